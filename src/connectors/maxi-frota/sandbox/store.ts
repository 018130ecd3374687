import { FuelLedger, mixSeed, type FleetFuelTransaction } from '../../sandbox-kit/fuel-data.ts';
import { SeededPicker } from '../../sandbox-kit/random.ts';
import { toMaxiFrotaFuel, type MaxiFrotaFuel } from './fuel-schema.ts';

export interface MaxiFrotaStoreOptions {
  seed: number;
  now: () => Date;
  transactionsPerDay: number;
  historyDays: number;
}

/** A Maxi Frota customer: the fleet whose manager generates authorization keys in the portal. */
export interface MaxiFrotaClient {
  clientId: string;
  ledger: FuelLedger<MaxiFrotaFuel>;
}

/** Each customer numbers its fuelings from its own block of ids, so its data never depends on other customers. */
const FIRST_FUELING_ID = 7_000_000;
const IDS_PER_CLIENT = 1_000_000;

const round2 = (value: number) => Math.round(value * 100) / 100;

export class MaxiFrotaStore {
  readonly #options: MaxiFrotaStoreOptions;
  readonly #picker: SeededPicker;
  readonly #clients = new Map<string, MaxiFrotaClient>();
  readonly #nextId = new Map<string, number>();

  constructor(options: MaxiFrotaStoreOptions) {
    this.#options = options;
    this.#picker = new SeededPicker(mixSeed(options.seed, 0x3af1));
  }

  /** A new customer with generated history; its id follows the seed. */
  createClient(): MaxiFrotaClient {
    let clientId: string;
    do clientId = `cli_${this.#picker.code(12, 'abcdefghijklmnopqrstuvwxyz0123456789')}`;
    while (this.#clients.has(clientId));
    this.#nextId.set(clientId, FIRST_FUELING_ID + this.#clients.size * IDS_PER_CLIENT);
    const ledger: FuelLedger<MaxiFrotaFuel> = new FuelLedger<MaxiFrotaFuel>(
      { ...this.#options, seed: mixSeed(this.#options.seed, 0x3af2, this.#clients.size) },
      { toRecord: (sale): MaxiFrotaFuel => this.#toFuel(clientId, sale), localDateTimeOf: (fuel) => fuel.dataHora.slice(0, 19) },
    );
    const client = { clientId, ledger };
    this.#clients.set(clientId, client);
    return client;
  }

  client(clientId: string): MaxiFrotaClient | undefined {
    return this.#clients.get(clientId);
  }

  /** Fuelings on the local days `from` to `to` (inclusive, `YYYY-MM-DD`) up to now, by `dataHora` then id. */
  fuelings(client: MaxiFrotaClient, from: string, to: string): MaxiFrotaFuel[] {
    return client.ledger.between(`${from}T00:00:00`, `${to}T23:59:59`);
  }

  /**
   * Adds one fueling: generated for `date` (or the day of `overrides.dataHora`, or today), then overlaid with the
   * given fields. APROVADA unless `status` says otherwise; new liters or price without a total recompute the total.
   */
  addFueling(client: MaxiFrotaClient, overrides: Partial<MaxiFrotaFuel>, date?: string): MaxiFrotaFuel | 'duplicate_id' {
    if (overrides.id !== undefined && client.ledger.all().some((fuel) => fuel.id === overrides.id)) return 'duplicate_id';
    const base = this.#toFuel(client.clientId, client.ledger.draft(overrides.dataHora?.slice(0, 10) ?? date));
    const fuel: MaxiFrotaFuel = { ...base, status: 'APROVADA', ...overrides };
    if ((overrides.litros !== undefined || overrides.valorLitro !== undefined) && overrides.valorTotal === undefined) {
      fuel.valorTotal = round2(fuel.litros * fuel.valorLitro);
    }
    client.ledger.add(fuel);
    return fuel;
  }

  #toFuel(clientId: string, sale: FleetFuelTransaction): MaxiFrotaFuel {
    const id = this.#nextId.get(clientId)!;
    this.#nextId.set(clientId, id + 1);
    return toMaxiFrotaFuel(sale, id);
  }
}
