import { z } from 'zod';
import { blankToNull, normaliseFuelType, normalisePlate, optionalWireDecimal, toSaoPauloIso, wireDecimal } from '../sdk/fuel-normalise.ts';
import type { FuelTransaction, NormalisedRecord } from '../sdk/records.ts';

/**
 * The fields of a Ticket Log `transacoes` item that the canonical FuelTransaction needs (providers.md §3). Only the
 * code, time and amounts are required; everything descriptive may be missing or null without failing the day.
 * Numbers are read from JSON numbers or from numeric strings ("709.75", "709,75"), whichever the day brings.
 */
const text = z.string().nullish();
const decimal = optionalWireDecimal;

export const ticketLogTransactionWire = z.looseObject({
  codigoTransacao: z.union([z.number().int(), z.string().regex(/^\d+$/)]),
  dataTransacao: z.string(),
  valorTransacao: wireDecimal,
  litros: wireDecimal,
  valorLitro: decimal,
  tipoCombustivel: text,
  placa: text,
  numeroCartao: text,
  nomeMotorista: text,
  numeroMatricula: text,
  quilometragem: decimal,
  cnpjEstabelecimento: text,
  nomeReduzidoEstabelecimento: text,
  nomeCidade: text,
  uf: text,
});

export type TicketLogTransactionWire = z.output<typeof ticketLogTransactionWire>;

export const ticketLogSearchResponse = z.looseObject({
  sucesso: z.boolean(),
  mensagem: z.string().nullish(),
  transacoes: z.array(z.unknown()).nullish(),
});

/**
 * Which `considerarTransacao` queries returned a sale. Ticket Log sends no status field, so the status is derived
 * from that: a sale in the "V" (validated) answer is `approved`; one only in the "T" (all) answer is `pending`.
 * "T" also holds canceled sales, and nothing on the wire tells them from pending ones, so a canceled sale stays
 * `pending` (never `approved`, so nobody counts it as settled spending); a pending sale that is validated later
 * shows up in "V" on a following poll and is updated to `approved` under the same idempotency key.
 */
export type TicketLogMembership = 'validated' | 'all_only';


export function mapTicketLogTransaction(transaction: TicketLogTransactionWire, membership: TicketLogMembership): NormalisedRecord {
  const externalId = String(transaction.codigoTransacao);
  const { fuelType, fuelTypeRaw } = normaliseFuelType(transaction.tipoCombustivel);
  const data: FuelTransaction = {
    provider: 'ticketlog',
    externalId,
    occurredAt: toSaoPauloIso(transaction.dataTransacao),
    vehiclePlate: normalisePlate(transaction.placa),
    driver: {
      name: blankToNull(transaction.nomeMotorista),
      // Ticket Log sends no driver document (CPF).
      document: null,
      registration: blankToNull(transaction.numeroMatricula),
    },
    cardNumberMasked: blankToNull(transaction.numeroCartao),
    fuelType,
    fuelTypeRaw,
    liters: transaction.litros,
    pricePerLiter: transaction.valorLitro ?? null,
    totalAmount: transaction.valorTransacao,
    currency: 'BRL',
    odometerKm: transaction.quilometragem ?? null,
    station: {
      cnpj: blankToNull(transaction.cnpjEstabelecimento)?.replace(/\D/g, '') || null,
      name: blankToNull(transaction.nomeReduzidoEstabelecimento),
      city: blankToNull(transaction.nomeCidade),
      uf: blankToNull(transaction.uf)?.toUpperCase() ?? null,
    },
    status: membership === 'validated' ? 'approved' : 'pending',
  };
  return { model: 'fuel_transaction', externalId, data };
}
