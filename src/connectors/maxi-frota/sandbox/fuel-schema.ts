import { z } from 'zod';
import { SAO_PAULO_OFFSET, type FleetFuelTransaction } from '../../sandbox-kit/fuel-data.ts';

/**
 * One item of `itens` in `GET /v1/abastecimentos`: the proposal's Fuel shape (providers.md §4 [U]), §5's canonical
 * fields with Portuguese camelCase keys. `dataHora` is ISO 8601 with the São Paulo offset.
 */
export const maxiFrotaFuelSchema = z.object({
  id: z.number().int(),
  dataHora: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-03:00$/, 'expected YYYY-MM-DDTHH:mm:ss-03:00'),
  placa: z.string(),
  motorista: z.object({ nome: z.string(), cpf: z.string(), matricula: z.string() }),
  cartao: z.string(),
  combustivel: z.string(),
  litros: z.number(),
  valorLitro: z.number(),
  valorTotal: z.number(),
  hodometro: z.number().int(),
  horimetro: z.number().nullable(),
  posto: z.object({ cnpj: z.string(), nome: z.string(), cidade: z.string(), uf: z.string() }),
  status: z.enum(['APROVADA', 'CANCELADA']),
});

export type MaxiFrotaFuel = z.infer<typeof maxiFrotaFuelSchema>;

const CARD_BIN = '6071';

/**
 * The proposal has two statuses only, so a sale still pending validation is reported as APROVADA (the card
 * authorised it); only voided sales are CANCELADA.
 */
export function toMaxiFrotaFuel(sale: FleetFuelTransaction, id: number): MaxiFrotaFuel {
  return {
    id,
    dataHora: `${sale.localDateTime}${SAO_PAULO_OFFSET}`,
    placa: sale.vehicle.plateAsSent,
    motorista: { nome: sale.driver.name, cpf: sale.driver.cpf, matricula: sale.driver.registration },
    cartao: `${CARD_BIN}********${sale.vehicle.cardSuffix}`,
    combustivel: sale.fuelType,
    litros: sale.liters,
    valorLitro: sale.pricePerLiter,
    valorTotal: sale.totalAmount,
    hodometro: sale.odometerKm,
    horimetro: sale.hourMeter,
    posto: { cnpj: sale.station.cnpj, nome: sale.station.name, cidade: sale.station.city, uf: sale.station.uf },
    status: sale.status === 'canceled' ? 'CANCELADA' : 'APROVADA',
  };
}
