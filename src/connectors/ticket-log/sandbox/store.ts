import { randomBytes } from 'node:crypto';
import { FuelLedger, mixSeed, type FleetFuelTransaction, type FuelStatus } from '../../sandbox-kit/fuel-data.ts';
import { SeededPicker } from '../../sandbox-kit/random.ts';
import {
  FLEET_CARD_TYPE,
  toTicketLogTransaction,
  type TicketLogRecord,
  type TicketLogTransaction,
} from './transaction-schema.ts';

export interface TicketLogStoreOptions {
  seed: number;
  now: () => Date;
  transactionsPerDay: number;
  historyDays: number;
}

/** A Ticket Log customer (`codigoCliente`) with the one web-operator login the sandbox issues for it. */
export interface TicketLogClient {
  codigoCliente: number;
  username: string;
  password: string;
  ledger: FuelLedger<TicketLogRecord>;
}

export interface TicketLogSearch {
  /** Local `YYYY-MM-DDTHH:mm:ss`, inclusive. */
  from: string;
  to: string;
  codigoTipoCartao: number;
  codigoProduto?: number;
  considerarTransacao: 'V' | 'T';
  ordem: 'S' | 'N';
}

export type TransactionOverrides = Partial<TicketLogTransaction> & { status?: FuelStatus };

/**
 * Each customer numbers its sales from its own block of `codigoTransacao`, so a customer's data does not depend on
 * what was asked of other customers first (a block holds a million sales, far more than a sandbox ever makes).
 */
const FIRST_TRANSACTION_CODE = 310_000_000;
const CODES_PER_CLIENT = 1_000_000;

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Customers, their credentials and their sales; all in memory. */
export class TicketLogStore {
  readonly #options: TicketLogStoreOptions;
  readonly #picker: SeededPicker;
  readonly #clients = new Map<number, TicketLogClient>();
  readonly #byUsername = new Map<string, TicketLogClient>();
  readonly #nextCode = new Map<number, number>();

  constructor(options: TicketLogStoreOptions) {
    this.#options = options;
    this.#picker = new SeededPicker(mixSeed(options.seed, 0x71c));
  }

  /** A new customer with generated history; the customer code and username follow the seed, the password is random. */
  createClient(): TicketLogClient {
    let codigoCliente: number;
    do codigoCliente = this.#picker.integer(100_000, 999_999);
    while (this.#clients.has(codigoCliente));
    let username: string;
    do username = `[OperadorWeb]app${this.#picker.integer(10_000, 99_999)}`;
    while (this.#byUsername.has(username));
    this.#nextCode.set(codigoCliente, FIRST_TRANSACTION_CODE + this.#clients.size * CODES_PER_CLIENT);
    const ledger: FuelLedger<TicketLogRecord> = new FuelLedger<TicketLogRecord>(
      { ...this.#options, seed: mixSeed(this.#options.seed, codigoCliente) },
      {
        toRecord: (sale): TicketLogRecord => this.#toRecord(codigoCliente, sale, ledger.generator.fleet.manager),
        localDateTimeOf: (record) => record.transacao.dataTransacao,
      },
    );
    const client: TicketLogClient = { codigoCliente, username, password: randomBytes(12).toString('base64url'), ledger };
    this.#clients.set(codigoCliente, client);
    this.#byUsername.set(username, client);
    return client;
  }

  client(codigoCliente: number): TicketLogClient | undefined {
    return this.#clients.get(codigoCliente);
  }

  authenticate(username: string, password: string): TicketLogClient | undefined {
    const client = this.#byUsername.get(username);
    return client && client.password === password ? client : undefined;
  }

  /**
   * `considerarTransacao` [U, the sandbox's reading]: "T" (todas) returns every sale, validated, pending and
   * canceled; "V" (validadas) only validated ones. V is a subset of T, so a client that asks for both must
   * deduplicate on `codigoTransacao`. `ordem` "S" sorts by `dataTransacao`; "N" keeps the provider's own order
   * (`codigoTransacao`). `validacao` is accepted and has no effect. `codigoTipoCartao` must match the card type
   * (all sandbox cards are type 4, anything else finds nothing); `codigoProduto` [S], when sent, keeps only sales
   * whose `codigoTipoCombustivel` equals it.
   */
  search(client: TicketLogClient, query: TicketLogSearch): TicketLogTransaction[] {
    const records = client.ledger
      .between(query.from, query.to)
      .filter(
        (record) =>
          record.codigoTipoCartao === query.codigoTipoCartao &&
          (query.codigoProduto === undefined || record.transacao.codigoTipoCombustivel === query.codigoProduto) &&
          (query.considerarTransacao === 'T' || record.status === 'approved'),
      );
    if (query.ordem === 'N') records.sort((a, b) => a.transacao.codigoTransacao - b.transacao.codigoTransacao);
    return records.map((record) => record.transacao);
  }

  /**
   * Adds one sale: generated for `date` (or the day of `overrides.dataTransacao`, or today), then overlaid with the
   * given fields. A control-added sale is validated ("approved") unless `status` says otherwise. Changing liters or
   * price without a total recomputes the total.
   */
  addTransaction(client: TicketLogClient, overrides: TransactionOverrides, date?: string): TicketLogRecord | 'duplicate_code' {
    const { status, ...fields } = overrides;
    if (fields.codigoTransacao !== undefined && client.ledger.all().some((r) => r.transacao.codigoTransacao === fields.codigoTransacao)) {
      return 'duplicate_code';
    }
    const base = this.#toRecord(client.codigoCliente, client.ledger.draft(fields.dataTransacao?.slice(0, 10) ?? date), client.ledger.generator.fleet.manager);
    const transacao = { ...base.transacao, ...fields };
    if ((fields.litros !== undefined || fields.valorLitro !== undefined) && fields.valorTransacao === undefined) {
      transacao.valorTransacao = round2(transacao.litros * transacao.valorLitro);
    }
    const record: TicketLogRecord = { ...base, status: status ?? 'approved', transacao };
    client.ledger.add(record);
    return record;
  }

  #toRecord(codigoCliente: number, sale: FleetFuelTransaction, manager: string): TicketLogRecord {
    const code = this.#nextCode.get(codigoCliente)!;
    this.#nextCode.set(codigoCliente, code + 1);
    return { status: sale.status, codigoTipoCartao: FLEET_CARD_TYPE, transacao: toTicketLogTransaction(sale, code, manager) };
  }
}
