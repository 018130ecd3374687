import { z } from 'zod';
import { blankToNull, normaliseFuelType, normalisePlate, optionalWireDecimal, toSaoPauloIso, wireDecimal } from '../sdk/fuel-normalise.ts';
import type { FuelTransaction, NormalisedRecord } from '../sdk/records.ts';

/**
 * An item of `GET /v1/abastecimentos` (providers.md §4, the proposed shape [U]). Only the id, time, amounts and
 * status are required; descriptive fields may be missing or null. Numbers are read from JSON numbers or numeric
 * strings alike, since nothing documents which the provider sends.
 */
const text = z.string().nullish();

export const maxiFrotaFuelWire = z.looseObject({
  id: z.union([z.number().int(), z.string().min(1)]),
  dataHora: z.string(),
  placa: text,
  motorista: z.looseObject({ nome: text, cpf: text, matricula: text }).nullish(),
  cartao: text,
  combustivel: text,
  litros: wireDecimal,
  valorLitro: optionalWireDecimal,
  valorTotal: wireDecimal,
  hodometro: optionalWireDecimal,
  posto: z.looseObject({ cnpj: text, nome: text, cidade: text, uf: text }).nullish(),
  status: z.string(),
});

export type MaxiFrotaFuelWire = z.output<typeof maxiFrotaFuelWire>;

const wireInteger = z.union([z.number().int(), z.string().regex(/^\s*\d+\s*$/).transform(Number)]);

/** A page: the proposed envelope (counts as numbers or strings), or a bare list of fuelings with no counts. */
export const maxiFrotaPage = z.union([
  z.looseObject({
    pagina: wireInteger.optional(),
    tamanhoPagina: wireInteger.optional(),
    totalRegistros: wireInteger.nullish(),
    itens: z.array(z.unknown()),
  }),
  z.array(z.unknown()).transform((itens) => ({ itens, totalRegistros: null })),
]);

/** APROVADA → approved, CANCELADA → canceled; any other status (none is documented) → pending, never approved. */
function maxiFrotaStatus(status: string): FuelTransaction['status'] {
  switch (status.trim().toUpperCase()) {
    case 'APROVADA':
      return 'approved';
    case 'CANCELADA':
      return 'canceled';
    default:
      return 'pending';
  }
}

const digitsOrNull = (value: string | null | undefined): string | null => blankToNull(value)?.replace(/\D/g, '') || null;

export function mapMaxiFrotaFuel(fuel: MaxiFrotaFuelWire): NormalisedRecord {
  const externalId = String(fuel.id);
  const { fuelType, fuelTypeRaw } = normaliseFuelType(fuel.combustivel);
  const data: FuelTransaction = {
    provider: 'maxifrota',
    externalId,
    occurredAt: toSaoPauloIso(fuel.dataHora),
    vehiclePlate: normalisePlate(fuel.placa),
    driver: {
      name: blankToNull(fuel.motorista?.nome),
      document: digitsOrNull(fuel.motorista?.cpf),
      registration: blankToNull(fuel.motorista?.matricula),
    },
    cardNumberMasked: blankToNull(fuel.cartao),
    fuelType,
    fuelTypeRaw,
    liters: fuel.litros,
    pricePerLiter: fuel.valorLitro ?? null,
    totalAmount: fuel.valorTotal,
    currency: 'BRL',
    odometerKm: fuel.hodometro ?? null,
    station: {
      cnpj: digitsOrNull(fuel.posto?.cnpj),
      name: blankToNull(fuel.posto?.nome),
      city: blankToNull(fuel.posto?.cidade),
      uf: blankToNull(fuel.posto?.uf)?.toUpperCase() ?? null,
    },
    status: maxiFrotaStatus(fuel.status),
  };
  return { model: 'fuel_transaction', externalId, data };
}
