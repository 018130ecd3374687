import { z } from 'zod';
import { FUEL_TYPES, type FuelTransaction } from './records.ts';
import { isCalendarDate, SAO_PAULO_OFFSET, saoPauloLocalDateTime } from '../../platform/calendar/sao-paulo.ts';

export { addDays, isCalendarDate, saoPauloDate } from '../../platform/calendar/sao-paulo.ts';

/**
 * Normalisation shared by the fuel-card connectors (Ticket Log, Maxi Frota) on the way to the canonical
 * FuelTransaction (providers.md §5): plates, fuel types, São Paulo times and local days, and the idempotency key.
 */

export type CanonicalFuelType = (typeof FUEL_TYPES)[number];

/** Brazil has had no daylight saving time since 2019: São Paulo is UTC-3 all year. */

/** "abc-1234" → "ABC1234", "abc 1d23" → "ABC1D23": upper case, letters and digits only; blank → null. */
/** Provider text with blanks meaning "none": trimmed, or null. */
export const blankToNull = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

export function normalisePlate(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const plate = raw.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return plate === '' ? null : plate;
}

/**
 * A decimal as fuel-card providers send it: a JSON number, or a string ("120.5", or "120,5" with the Brazilian
 * decimal comma). One separator is read as the decimal one; "1.234,56" (two) is refused rather than guessed.
 */
export const wireDecimal = z.union([
  z.number(),
  z
    .string()
    .regex(/^\s*-?\d+(?:[.,]\d+)?\s*$/, 'must be a decimal number')
    .transform((text) => Number(text.trim().replace(',', '.'))),
]);

/** An optional decimal: missing, null or a blank string is null (a descriptive number left empty). */
export const optionalWireDecimal = z.union([wireDecimal, z.string().regex(/^\s*$/).transform(() => null)]).nullish();

/** Spelling variants seen on fuel-card statements, after upper-casing, accent removal and squeezing separators. */
const FUEL_ALIASES: Record<string, CanonicalFuelType> = {
  ETANOL: 'ETANOL',
  ALCOOL: 'ETANOL',
  ETANOL_COMUM: 'ETANOL',
  ETANOL_HIDRATADO: 'ETANOL',
  GASOLINA: 'GASOLINA',
  GASOLINA_COMUM: 'GASOLINA',
  GASOLINA_C: 'GASOLINA',
  GASOLINA_ADITIVADA: 'GASOLINA_ADITIVADA',
  GASOLINA_ADIT: 'GASOLINA_ADITIVADA',
  DIESEL: 'DIESEL',
  DIESEL_COMUM: 'DIESEL',
  DIESEL_S500: 'DIESEL',
  DIESEL_S_500: 'DIESEL',
  OLEO_DIESEL: 'DIESEL',
  DIESEL_S10: 'DIESEL_S10',
  DIESEL_S_10: 'DIESEL_S10',
  S10: 'DIESEL_S10',
  OLEO_DIESEL_S10: 'DIESEL_S10',
  GNV: 'GNV',
  GAS_NATURAL: 'GNV',
  GAS_NATURAL_VEICULAR: 'GNV',
  ARLA32: 'ARLA32',
  ARLA_32: 'ARLA32',
  ARLA: 'ARLA32',
};

/**
 * "DIESEL S10" → DIESEL_S10, "ARLA 32" → ARLA32, "Gasolina Aditivada" → GASOLINA_ADITIVADA; anything unknown (or
 * missing) → OUTROS. The provider's text is always kept, trimmed, as `fuelTypeRaw`.
 */
export function normaliseFuelType(raw: string | null | undefined): { fuelType: CanonicalFuelType; fuelTypeRaw: string | null } {
  const fuelTypeRaw = raw === null || raw === undefined || raw.trim() === '' ? null : raw.trim();
  if (fuelTypeRaw === null) return { fuelType: 'OUTROS', fuelTypeRaw };
  const key = fuelTypeRaw
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
  const known = FUEL_ALIASES[key] ?? ((FUEL_TYPES as readonly string[]).includes(key) ? (key as CanonicalFuelType) : undefined);
  return { fuelType: known ?? 'OUTROS', fuelTypeRaw };
}

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?$/;

/**
 * A provider time as ISO 8601 with the São Paulo offset, to the second:
 * - a local time without a zone (Ticket Log's `2026-03-17T10:22:33`, also with a space or without seconds) is read as
 *   São Paulo local time: "2026-03-17T10:22:33-03:00";
 * - a time with a zone (`Z`, `+00:00`, `-03:00`) is converted: "2026-03-17T13:22:33Z" → "2026-03-17T10:22:33-03:00".
 * Throws on anything else, so a connector can answer bad_response.
 */
export function toSaoPauloIso(raw: string): string {
  const text = raw.trim();
  const local = LOCAL_DATE_TIME.exec(text);
  if (local) {
    const candidate = `${local[1]}T${local[2]}:${local[3] ?? '00'}`;
    if (!Number.isNaN(Date.parse(`${candidate}Z`)) && isCalendarDate(local[1]!)) return `${candidate}${SAO_PAULO_OFFSET}`;
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(text)) {
    const instant = Date.parse(text);
    if (!Number.isNaN(instant)) return `${saoPauloLocalDateTime(new Date(instant))}${SAO_PAULO_OFFSET}`;
  }
  throw new Error(`Not a date-time: ${JSON.stringify(raw.slice(0, 40))}`);
}

/** The hub's idempotency key for a fuel transaction: `provider:externalId`, e.g. `ticketlog:310000042`. */
export const fuelIdempotencyKey = (transaction: Pick<FuelTransaction, 'provider' | 'externalId'>): string =>
  `${transaction.provider}:${transaction.externalId}`;
