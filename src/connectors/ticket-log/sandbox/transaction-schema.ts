import { z } from 'zod';
import type { FleetFuelTransaction, FuelStatus, FuelType } from '../../sandbox-kit/fuel-data.ts';

/**
 * One item of `transacoes` in `POST /ebs/transacaoVeiculo/search`, with every field of the typed client entity in
 * providers.md §3. Decimals are JSON numbers; `dataTransacao` is São Paulo local time without a zone.
 */
export const ticketLogTransactionSchema = z.object({
  codigoTransacao: z.number().int(),
  dataTransacao: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/),
  valorTransacao: z.number(),
  litros: z.number(),
  valorLitro: z.number(),
  valorSaldoAnterior: z.number(),
  tipoCombustivel: z.string(),
  codigoTipoCombustivel: z.number().int(),
  placa: z.string(),
  numeroCartao: z.string(),
  nomeMotorista: z.string(),
  numeroMatricula: z.string(),
  codigoUsuarioCartao: z.number().int(),
  quilometragem: z.number().int(),
  quilometrosRodados: z.number(),
  quilometrosPorLitro: z.number(),
  cnpjEstabelecimento: z.string(),
  codigoEstabelecimento: z.number().int(),
  nomeReduzidoEstabelecimento: z.string(),
  nomeCidade: z.string(),
  uf: z.string(),
  veiculoFabricante: z.string(),
  veiculoModelo: z.string(),
  ano: z.number().int(),
  cor: z.string(),
  codigoVeiculoCliente: z.string(),
  codigoFamiliaVeiculo: z.number().int(),
  tipoFrota: z.string(),
  segmentoVeiculo: z.string(),
  grupoRestricaoVeiculo: z.string(),
  grupoRestricaoTransacao: z.string(),
  codigoLiberacaoRestricao: z.number().int().nullable(),
  responsavel: z.string(),
  servico: z.string(),
  codigoServico: z.number().int(),
  codigoOrdemServico: z.number().int().nullable(),
  codigoServicoOrdemServico: z.number().int().nullable(),
  numeroTerminal: z.string(),
  descricaoSeriePos: z.string(),
  controlaHodometro: z.boolean(),
  controlaHorimetro: z.boolean(),
  exibeMediaQuilometragem: z.boolean(),
  controleDesempenho: z.boolean(),
  quilometragemInicial: z.boolean(),
  principal: z.boolean(),
});

export type TicketLogTransaction = z.infer<typeof ticketLogTransactionSchema>;

/**
 * What the sandbox keeps per sale. Ticket Log's wire format has no status field: the status only decides which
 * `considerarTransacao` queries return the sale (see search-route.ts).
 */
export interface TicketLogRecord {
  status: FuelStatus;
  codigoTipoCartao: number;
  transacao: TicketLogTransaction;
}

/** Fuel product codes. Invented [U]: no public list exists; 4 = DIESEL S10 matches the one script's `codigoProduto`. */
const FUEL_PRODUCT_CODES: Record<FuelType, number> = {
  GASOLINA: 1,
  ETANOL: 2,
  DIESEL: 3,
  'DIESEL S10': 4,
  'GASOLINA ADITIVADA': 5,
  GNV: 6,
  'ARLA 32': 7,
};

/** Every public script sends `codigoTipoCartao: 4`; the sandbox's fleet cards are all of that type. */
export const FLEET_CARD_TYPE = 4;
const CARD_BIN = '6036';

export function toTicketLogTransaction(sale: FleetFuelTransaction, codigoTransacao: number, responsavel: string): TicketLogTransaction {
  const { vehicle, driver, station } = sale;
  const heavy = vehicle.segment === 'PESADO' || vehicle.segment === 'MEDIO';
  return {
    codigoTransacao,
    dataTransacao: sale.localDateTime,
    valorTransacao: sale.totalAmount,
    litros: sale.liters,
    valorLitro: sale.pricePerLiter,
    valorSaldoAnterior: sale.cardBalanceBefore,
    tipoCombustivel: sale.fuelType,
    codigoTipoCombustivel: FUEL_PRODUCT_CODES[sale.fuelType],
    placa: vehicle.plateAsSent,
    numeroCartao: `${CARD_BIN}********${vehicle.cardSuffix}`,
    nomeMotorista: driver.name,
    numeroMatricula: driver.registration,
    codigoUsuarioCartao: driver.cardUserCode,
    quilometragem: sale.odometerKm,
    quilometrosRodados: sale.kmDriven,
    quilometrosPorLitro: sale.kmPerLiter,
    cnpjEstabelecimento: station.cnpj,
    codigoEstabelecimento: station.code,
    nomeReduzidoEstabelecimento: station.name,
    nomeCidade: station.city,
    uf: station.uf,
    veiculoFabricante: vehicle.manufacturer,
    veiculoModelo: vehicle.model,
    ano: vehicle.year,
    cor: vehicle.color,
    codigoVeiculoCliente: vehicle.clientVehicleCode,
    codigoFamiliaVeiculo: vehicle.familyCode,
    tipoFrota: vehicle.fleetType,
    segmentoVeiculo: vehicle.segment,
    grupoRestricaoVeiculo: vehicle.restrictionGroup,
    grupoRestricaoTransacao: sale.fuelType === 'ARLA 32' ? 'ARLA' : 'COMBUSTIVEL',
    codigoLiberacaoRestricao: null,
    responsavel,
    servico: 'ABASTECIMENTO',
    codigoServico: 1,
    codigoOrdemServico: null,
    codigoServicoOrdemServico: null,
    numeroTerminal: station.terminal,
    descricaoSeriePos: station.posSerial,
    controlaHodometro: true,
    controlaHorimetro: vehicle.controlsHourMeter,
    exibeMediaQuilometragem: true,
    controleDesempenho: heavy,
    quilometragemInicial: sale.firstReading,
    principal: vehicle.principalCard,
  };
}
