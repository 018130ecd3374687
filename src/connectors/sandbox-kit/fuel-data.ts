import { SeededPicker, seededRandom } from './random.ts';

/**
 * A deterministic generator of Brazilian fleet fuel transactions, shared by the fuel-card sandboxes (Ticket Log,
 * Maxi Frota). It knows nothing of either wire format: each sandbox maps a `FleetFuelTransaction` to its own shape.
 * The same seed always yields the same fleet and, asked day by day in the same order, the same transactions.
 */

import { addDays, instantOf, saoPauloDate, saoPauloLocalDateTime as saoPauloDateTime } from '../../platform/calendar/sao-paulo.ts';

const DAY_MS = 86_400_000;

export { isCalendarDate, isLocalDateTime, SAO_PAULO_OFFSET } from '../../platform/calendar/sao-paulo.ts';

/** Combines numbers into one 32-bit seed (FNV-1a style with a murmur finaliser), so sub-streams stay independent. */
export function mixSeed(...parts: number[]): number {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    hash = Math.imul(hash ^ (part >>> 0), 0x01000193);
    hash = Math.imul(hash ^ (hash >>> 15), 0x85ebca6b);
    hash ^= hash >>> 13;
  }
  return hash >>> 0;
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

export const FUEL_TYPES = ['DIESEL S10', 'DIESEL', 'GASOLINA', 'GASOLINA ADITIVADA', 'ETANOL', 'GNV', 'ARLA 32'] as const;
export type FuelType = (typeof FUEL_TYPES)[number];

/** Pump prices in BRL per liter (per m³ for GNV), around early-2026 averages. */
const BASE_PRICE: Record<FuelType, number> = {
  'DIESEL S10': 6.19, DIESEL: 6.05, GASOLINA: 6.29, 'GASOLINA ADITIVADA': 6.49, ETANOL: 4.29, GNV: 4.99, 'ARLA 32': 3.89,
};

export type VehicleSegment = 'PESADO' | 'MEDIO' | 'UTILITARIO' | 'LEVE';

interface VehicleModel {
  manufacturer: string; model: string; segment: VehicleSegment; familyCode: number;
  fuels: readonly FuelType[]; tankLiters: number; kmPerLiter: number; dailyKm: number;
  /** Refrigerated bodies run an engine whose hours are metered. */
  hourMeter?: boolean;
}

const MODELS: readonly VehicleModel[] = [
  { manufacturer: 'SCANIA', model: 'R 450 A6X4', segment: 'PESADO', familyCode: 1, fuels: ['DIESEL S10'], tankLiters: 700, kmPerLiter: 2.4, dailyKm: 480 },
  { manufacturer: 'VOLVO', model: 'FH 540 6X4', segment: 'PESADO', familyCode: 1, fuels: ['DIESEL S10'], tankLiters: 680, kmPerLiter: 2.3, dailyKm: 500 },
  { manufacturer: 'MERCEDES-BENZ', model: 'ACTROS 2651', segment: 'PESADO', familyCode: 1, fuels: ['DIESEL S10', 'DIESEL'], tankLiters: 640, kmPerLiter: 2.4, dailyKm: 450 },
  { manufacturer: 'VOLKSWAGEN', model: 'CONSTELLATION 24.280', segment: 'MEDIO', familyCode: 2, fuels: ['DIESEL S10'], tankLiters: 275, kmPerLiter: 3.1, dailyKm: 320, hourMeter: true },
  { manufacturer: 'IVECO', model: 'TECTOR 240E30', segment: 'MEDIO', familyCode: 2, fuels: ['DIESEL', 'DIESEL S10'], tankLiters: 300, kmPerLiter: 3, dailyKm: 300 },
  { manufacturer: 'MERCEDES-BENZ', model: 'SPRINTER 416 FURGAO', segment: 'UTILITARIO', familyCode: 3, fuels: ['DIESEL S10'], tankLiters: 75, kmPerLiter: 8.5, dailyKm: 220 },
  { manufacturer: 'FIAT', model: 'DUCATO CARGO', segment: 'UTILITARIO', familyCode: 3, fuels: ['DIESEL S10'], tankLiters: 90, kmPerLiter: 9, dailyKm: 200 },
  { manufacturer: 'FIAT', model: 'DOBLO CARGO 1.8 GNV', segment: 'UTILITARIO', familyCode: 3, fuels: ['GNV', 'GNV', 'GASOLINA'], tankLiters: 60, kmPerLiter: 11, dailyKm: 140 },
  { manufacturer: 'FIAT', model: 'STRADA FREEDOM 1.3', segment: 'LEVE', familyCode: 4, fuels: ['GASOLINA', 'ETANOL', 'GASOLINA ADITIVADA'], tankLiters: 55, kmPerLiter: 11, dailyKm: 120 },
  { manufacturer: 'VOLKSWAGEN', model: 'SAVEIRO ROBUST 1.6', segment: 'LEVE', familyCode: 4, fuels: ['GASOLINA', 'ETANOL'], tankLiters: 55, kmPerLiter: 10.5, dailyKm: 110 },
  { manufacturer: 'CHEVROLET', model: 'ONIX 1.0', segment: 'LEVE', familyCode: 4, fuels: ['GASOLINA', 'ETANOL', 'GASOLINA ADITIVADA'], tankLiters: 44, kmPerLiter: 12.5, dailyKm: 90 },
  { manufacturer: 'TOYOTA', model: 'HILUX CD SRV 2.8', segment: 'LEVE', familyCode: 4, fuels: ['DIESEL S10'], tankLiters: 80, kmPerLiter: 9.5, dailyKm: 150 },
];

const COLORS = ['BRANCA', 'BRANCA', 'PRATA', 'PRETA', 'VERMELHA', 'AZUL', 'CINZA'];
const FIRST_NAMES = ['JOAO', 'JOSE', 'ANTONIO', 'FRANCISCO', 'CARLOS', 'PAULO', 'PEDRO', 'LUCAS', 'MARCOS', 'LUIZ', 'RAFAEL', 'ANDERSON', 'MARIA', 'ANA', 'JULIANA', 'PATRICIA', 'ADRIANA', 'FERNANDA'];
const LAST_NAMES = ['SILVA', 'SANTOS', 'OLIVEIRA', 'SOUZA', 'RODRIGUES', 'FERREIRA', 'ALVES', 'PEREIRA', 'LIMA', 'GOMES', 'COSTA', 'RIBEIRO', 'MARTINS', 'CARVALHO', 'ROCHA', 'ALMEIDA'];

/** Fictional stations in real cities (upper case without accents, as fuel-card systems print them). */
const STATIONS: readonly (readonly [name: string, city: string, uf: string])[] = [
  ['AUTO POSTO BANDEIRANTES', 'CAMPINAS', 'SP'], ['POSTO SERRA DO JAPI', 'JUNDIAI', 'SP'],
  ['AUTO POSTO MARGINAL TIETE', 'SAO PAULO', 'SP'], ['POSTO ANHANGUERA KM 312', 'RIBEIRAO PRETO', 'SP'],
  ['POSTO TRES PINHEIROS', 'CURITIBA', 'PR'], ['AUTO POSTO CAFE NORTE', 'LONDRINA', 'PR'],
  ['POSTO RODOANEL BH', 'BELO HORIZONTE', 'MG'], ['POSTO TRIANGULO MINEIRO', 'UBERLANDIA', 'MG'],
  ['AUTO POSTO PRINCESA', 'JOINVILLE', 'SC'], ['POSTO CERRADO BR 153', 'GOIANIA', 'GO'],
  ['POSTO PANTANAL SUL', 'CAMPO GRANDE', 'MS'], ['AUTO POSTO PORTAL DO SERTAO', 'FEIRA DE SANTANA', 'BA'],
];

export interface FleetVehicle {
  index: number;
  /** Normalised: upper case, no hyphen (ABC1234 or Mercosul ABC1D23). */
  plate: string;
  /** As the provider holds it: sometimes with a hyphen or in lower case, to exercise normalisation. */
  plateAsSent: string;
  manufacturer: string; model: string; year: number; color: string;
  segment: VehicleSegment; familyCode: number; fleetType: 'PROPRIA' | 'AGREGADA'; clientVehicleCode: string;
  fuels: readonly FuelType[]; tankLiters: number; kmPerLiter: number; dailyKm: number;
  odometerStartKm: number; controlsHourMeter: boolean;
  cardSuffix: string; principalCard: boolean; monthlyLimit: number; restrictionGroup: string;
  driverIndex: number;
}

export interface FleetDriver {
  /** `cpf`: 11 digits with valid check digits. */
  name: string; cpf: string; registration: string; cardUserCode: number;
}

export interface FuelStation {
  /** 14 digits with valid check digits. */
  cnpj: string;
  code: number; name: string; city: string; uf: string;
  priceFactor: number; terminal: string; posSerial: string;
}

export interface Fleet {
  manager: string; vehicles: FleetVehicle[]; drivers: FleetDriver[]; stations: FuelStation[];
}

function checkDigit(digits: number[], weights: number[]): number {
  const rest = digits.reduce((sum, digit, i) => sum + digit * weights[i]!, 0) % 11;
  return rest < 2 ? 0 : 11 - rest;
}

function cpf(picker: SeededPicker): string {
  const digits = Array.from({ length: 9 }, () => picker.integer(0, 9));
  digits.push(checkDigit(digits, [10, 9, 8, 7, 6, 5, 4, 3, 2]));
  digits.push(checkDigit(digits, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]));
  return digits.join('');
}

function cnpj(picker: SeededPicker): string {
  const digits = [...Array.from({ length: 8 }, () => picker.integer(0, 9)), 0, 0, 0, 1];
  digits.push(checkDigit(digits, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]));
  digits.push(checkDigit(digits, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]));
  return digits.join('');
}

function plates(picker: SeededPicker): { plate: string; plateAsSent: string } {
  const letters = picker.code(3, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
  const tail = picker.chance(0.5) // Mercosul ABC1D23, else the old ABC1234
    ? `${picker.integer(0, 9)}${picker.code(1, 'ABCDEFGHIJ')}${picker.code(2, '0123456789')}`
    : picker.code(4, '0123456789');
  const plate = `${letters}${tail}`;
  const style = picker.next();
  const plateAsSent = style < 0.2 ? `${letters}-${tail}` : style < 0.3 ? plate.toLowerCase() : plate;
  return { plate, plateAsSent };
}

const personName = (picker: SeededPicker) =>
  `${picker.pick(FIRST_NAMES)} ${picker.chance(0.4) ? `${picker.pick(LAST_NAMES)} ` : ''}${picker.pick(LAST_NAMES)}`;

function generateFleet(seed: number, vehicleCount = 12, driverCount = 10): Fleet {
  const picker = new SeededPicker(seed);
  const drivers = Array.from({ length: driverCount }, (): FleetDriver => ({
    name: personName(picker),
    cpf: cpf(picker),
    registration: String(picker.integer(1000, 99999)),
    cardUserCode: picker.integer(100_000, 999_999),
  }));
  // Consecutive models from a seeded offset: a 12-vehicle fleet has every model, so every fuel type shows up.
  const offset = picker.integer(0, MODELS.length - 1);
  const vehicles = Array.from({ length: vehicleCount }, (_, index): FleetVehicle => {
    const { hourMeter, ...model } = MODELS[(index + offset) % MODELS.length]!;
    const heavy = model.segment === 'PESADO' || model.segment === 'MEDIO';
    const estimatedMonthlySpend = ((model.dailyKm * 30) / model.kmPerLiter) * BASE_PRICE[model.fuels[0]!];
    return {
      index,
      ...plates(picker),
      ...model,
      year: picker.integer(2016, 2025),
      color: picker.pick(COLORS),
      fleetType: picker.chance(0.8) ? 'PROPRIA' : 'AGREGADA',
      odometerStartKm: picker.integer(heavy ? 150_000 : 20_000, heavy ? 600_000 : 120_000),
      controlsHourMeter: hourMeter === true,
      clientVehicleCode: `FROTA-${String(index + 1).padStart(3, '0')}`,
      cardSuffix: picker.code(4, '0123456789'),
      principalCard: picker.chance(0.85),
      monthlyLimit: Math.ceil((estimatedMonthlySpend * 1.6) / 100) * 100,
      restrictionGroup: heavy ? 'PESADOS DIESEL' : 'LEVES PADRAO',
      driverIndex: picker.integer(0, driverCount - 1),
    };
  });
  const stations = [...STATIONS]
    .map((station) => ({ station, order: picker.next() }))
    .sort((a, b) => a.order - b.order)
    .slice(0, 8)
    .map(({ station: [name, city, uf] }): FuelStation => ({
      cnpj: cnpj(picker),
      code: picker.integer(10_000, 999_999),
      name, city, uf,
      priceFactor: round(0.96 + picker.next() * 0.09, 3),
      terminal: picker.code(8, '0123456789'),
      posSerial: `POS ${picker.pick(['INGENICO MOVE5000', 'PAX D195', 'GERTEC GPOS700'])} ${picker.code(6)}`,
    }));
  return { manager: personName(picker), vehicles, drivers, stations };
}

/** approved: settled; pending: authorised, not yet validated; canceled: voided after the sale. */
export type FuelStatus = 'approved' | 'pending' | 'canceled';

export interface FleetFuelTransaction {
  /** São Paulo local `YYYY-MM-DDTHH:mm:ss`. */
  localDateTime: string;
  status: FuelStatus;
  vehicle: FleetVehicle; driver: FleetDriver; station: FuelStation;
  fuelType: FuelType; liters: number; pricePerLiter: number; totalAmount: number;
  odometerKm: number;
  /** Since the vehicle's previous fill (0 for ARLA 32, which is not fuel). */
  kmDriven: number;
  kmPerLiter: number;
  /** The first odometer reading the card has seen for this vehicle. */
  firstReading: boolean;
  hourMeter: number | null;
  cardBalanceBefore: number;
}

/** Odometers are a pure, increasing function of time per vehicle, counted from this instant (2025-01-01 local). */
const ODOMETER_EPOCH = Date.parse('2025-01-01T00:00:00-03:00');
/** Sales happen between 05:30 and 22:30 local. */
const [FIRST_SALE_SECOND, LAST_SALE_SECOND] = [5.5 * 3600, 22.5 * 3600];

export class FleetFuelGenerator {
  readonly fleet: Fleet;
  readonly #seed: number;
  readonly #lastFill = new Map<number, { at: string; odometerKm: number }>();
  /** Card spending per vehicle and month (`index:YYYY-MM`), for the balance before each sale. */
  readonly #spent = new Map<string, number>();
  #extras = 0;

  constructor(seed: number) {
    this.#seed = seed;
    this.fleet = generateFleet(mixSeed(seed, 1));
  }

  /** `count` sales on one local day, in time order. Ask days in ascending order for realistic odometers. */
  day(localDate: string, count: number): FleetFuelTransaction[] {
    const picker = new SeededPicker(mixSeed(this.#seed, 2, Date.parse(`${localDate}T00:00:00Z`) / DAY_MS));
    return Array.from({ length: count }, () => picker.integer(FIRST_SALE_SECOND, LAST_SALE_SECOND))
      .sort((a, b) => a - b)
      .map((second) => this.#transaction(picker, `${localDate}T${clockTime(second)}`));
  }

  /** One more sale on a local day, no later than `latest` (a local date-time) when that falls on the same day. */
  extra(localDate: string, latest?: string): FleetFuelTransaction {
    const picker = new SeededPicker(mixSeed(this.#seed, 3, ++this.#extras));
    const end = latest?.startsWith(localDate) ? secondsOf(latest) : LAST_SALE_SECOND;
    const second = picker.integer(Math.min(FIRST_SALE_SECOND, end), end);
    return this.#transaction(picker, `${localDate}T${clockTime(second)}`);
  }

  #transaction(picker: SeededPicker, localDateTime: string): FleetFuelTransaction {
    const instant = instantOf(localDateTime);
    const vehicle = this.#pickVehicle(picker, instant);
    const arla = vehicle.segment === 'PESADO' && picker.chance(0.08);
    const fuelType = arla ? 'ARLA 32' : picker.pick(vehicle.fuels);
    const status: FuelStatus = picker.chance(0.07) ? 'canceled' : picker.chance(0.05) ? 'pending' : 'approved';
    const station = picker.pick(this.fleet.stations);
    const driver = picker.chance(0.85) ? this.fleet.drivers[vehicle.driverIndex]! : picker.pick(this.fleet.drivers);
    const odometerKm = this.#odometerAt(vehicle, instant);
    const last = this.#lastFill.get(vehicle.index);
    const sinceLast = last && last.at < localDateTime ? odometerKm - last.odometerKm : Math.round(vehicle.dailyKm * 1.5);
    const kmDriven = arla ? 0 : sinceLast;
    const efficiency = vehicle.kmPerLiter * (fuelType === 'ETANOL' ? 0.7 : 1) * (0.9 + picker.next() * 0.2);
    const liters = arla
      ? round(10 + picker.next() * 35, 2)
      : round(Math.min(Math.max(kmDriven / efficiency, vehicle.tankLiters * 0.12), vehicle.tankLiters * 0.95), 2);
    const pricePerLiter = round(BASE_PRICE[fuelType] * station.priceFactor + (picker.next() - 0.5) * 0.06, 3);
    const totalAmount = round(liters * pricePerLiter, 2);
    const cardBalanceBefore = this.#charge(vehicle, localDateTime, status === 'canceled' ? 0 : totalAmount);
    if (!arla && status !== 'canceled' && (!last || last.at < localDateTime)) {
      this.#lastFill.set(vehicle.index, { at: localDateTime, odometerKm });
    }
    return {
      localDateTime, status, vehicle, driver, station, fuelType, liters, pricePerLiter, totalAmount, odometerKm, kmDriven,
      kmPerLiter: kmDriven > 0 ? round(kmDriven / liters, 2) : 0,
      firstReading: !last,
      hourMeter: vehicle.controlsHourMeter ? round(odometerKm / 42, 1) : null,
      cardBalanceBefore,
    };
  }

  /** The vehicle that most needs fuel is the likeliest to stop next. */
  #pickVehicle(picker: SeededPicker, instant: Date): FleetVehicle {
    const needs = this.fleet.vehicles.map((vehicle) => {
      const last = this.#lastFill.get(vehicle.index);
      const range = vehicle.kmPerLiter * vehicle.tankLiters;
      return last ? Math.max(0.05, (this.#odometerAt(vehicle, instant) - last.odometerKm) / range) : 0.5;
    });
    let target = picker.next() * needs.reduce((sum, need) => sum + need, 0);
    for (const [index, need] of needs.entries()) {
      target -= need;
      if (target <= 0) return this.fleet.vehicles[index]!;
    }
    return this.fleet.vehicles.at(-1)!;
  }

  /** Daily distance varies (a seeded jitter under 80% of the mean), but the odometer never runs backwards. */
  #odometerAt(vehicle: FleetVehicle, instant: Date): number {
    const days = (instant.getTime() - ODOMETER_EPOCH) / DAY_MS;
    const day = Math.floor(days);
    const reading = (n: number) =>
      vehicle.odometerStartKm + n * vehicle.dailyKm + seededRandom(mixSeed(this.#seed, 4, vehicle.index, n))() * 0.8 * vehicle.dailyKm;
    return Math.max(0, Math.round(reading(day) + (days - day) * (reading(day + 1) - reading(day))));
  }

  /** Returns the card balance before the sale and books it; the fleet manager tops a short card up. */
  #charge(vehicle: FleetVehicle, localDateTime: string, amount: number): number {
    const key = `${vehicle.index}:${localDateTime.slice(0, 7)}`;
    let spent = this.#spent.get(key) ?? 0;
    while (vehicle.monthlyLimit - spent < amount) spent -= vehicle.monthlyLimit / 2;
    this.#spent.set(key, spent + amount);
    return round(vehicle.monthlyLimit - spent, 2);
  }
}

const secondsOf = (localDateTime: string) =>
  Number(localDateTime.slice(11, 13)) * 3600 + Number(localDateTime.slice(14, 16)) * 60 + Number(localDateTime.slice(17, 19));

const clockTime = (second: number) =>
  [Math.floor(second / 3600), Math.floor((second % 3600) / 60), second % 60].map((n) => String(n).padStart(2, '0')).join(':');

export interface FuelLedgerOptions {
  seed: number; now: () => Date; transactionsPerDay: number; historyDays: number;
}

/** How a sandbox turns a generated sale into its own record, and reads a record's local time back. */
export interface FuelRecordShape<R> {
  toRecord(transaction: FleetFuelTransaction): R;
  localDateTimeOf(record: R): string;
}

/**
 * One customer's sales in a sandbox's own record shape: `historyDays` of history before the creation day, then
 * every day up to today, generated lazily on first use and as the injected clock moves on (`catchUp`, which
 * every read calls). Reads never see a sale later than "now".
 */
export class FuelLedger<R> {
  readonly generator: FleetFuelGenerator;
  readonly #options: FuelLedgerOptions;
  readonly #records: R[] = [];
  readonly #shape: FuelRecordShape<R>;
  #generatedThrough: string;

  constructor(options: FuelLedgerOptions, shape: FuelRecordShape<R>) {
    this.#options = options;
    this.#shape = shape;
    this.generator = new FleetFuelGenerator(options.seed);
    this.#generatedThrough = addDays(saoPauloDate(options.now()), -options.historyDays - 1);
  }

  /** Generates every day up to today (by the injected clock) not generated yet. */
  catchUp(): void {
    const today = saoPauloDate(this.#options.now());
    while (this.#generatedThrough < today) {
      this.#generatedThrough = addDays(this.#generatedThrough, 1);
      for (const sale of this.generator.day(this.#generatedThrough, this.#options.transactionsPerDay)) {
        this.#records.push(this.#shape.toRecord(sale));
      }
    }
  }

  /** A fresh generated sale on a local day (today by default), already in the past when that day is today. */
  draft(localDate?: string): FleetFuelTransaction {
    this.catchUp();
    const now = saoPauloDateTime(this.#options.now());
    return this.generator.extra(localDate ?? now.slice(0, 10), now);
  }

  add(record: R): void {
    this.#records.push(record);
  }

  /** Records with a local time in [from, to] (inclusive, `YYYY-MM-DDTHH:mm:ss`) and not after now, in time order. */
  between(from: string, to: string): R[] {
    this.catchUp();
    const now = saoPauloDateTime(this.#options.now());
    const last = to < now ? to : now;
    return this.#records
      .map((record) => ({ record, at: this.#shape.localDateTimeOf(record) }))
      .filter(({ at }) => at >= from && at <= last)
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
      .map(({ record }) => record);
  }

  all(): readonly R[] {
    return this.#records;
  }
}
