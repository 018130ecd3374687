// Latency of turning PagHiper's whole notification catalog on for an account (POST
// /v1/connectors/paghiper/notifications/activate: 22 message templates and 22 rules, checked concurrently, saved in
// one transaction) while 11 other clients keep the server busy, against a baseline measured in the same run under the
// same load: one template and one rule made the ordinary way (POST /v1/notification-templates, then POST
// /v1/notification-rules with its templateId). Each round uses an account of its own made beforehand (an account with
// the catalog on skips everything). The measured requests are sent one at a time from this process, an activation
// then a baseline pair in turn, so both see the same load as it drifts; the background is an authenticated GET
// /v1/accounts from the autocannon child for the whole measured stretch. Reported: p50 and max of each, and their
// ratio (activation p50 ÷ baseline pair p50).
import { formatTable, percentile, progress, type BenchOptions, type BenchResult } from './support/benchmark.ts';
import { startBenchPonte } from './support/bench-ponte.ts';
import { LoadClient } from './support/load-client.ts';
import type { LoadStats, LoadTarget } from './support/load-protocol.ts';
import { catalogEntryOf } from '../src/connectors/catalog.ts';
import { cliActor } from '../src/platform/actor.ts';

/** Rounds of each at the default 10 s; --duration scales them. */
const ROUNDS_PER_10_SECONDS = 8;
const MIN_ROUNDS = 3;
/** With the measured request itself, a dozen concurrent requests: the load the activation's fix was made for. */
const BACKGROUND_CONNECTIONS = 11;
const BACKGROUND_PATH = '/v1/accounts';
/** The background runs in chunks this long, one after another, until the measured rounds are done (it cannot be stopped midway). */
const BACKGROUND_CHUNK_SECONDS = 3;
/** Lets autocannon open its connections and the server settle under them before the first measured request. */
const SETTLE_MS = 1_000;
const CATALOG_ENTRY = 'paghiper:boleto.created';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Answer {
  status: number;
  body: string;
  ms: number;
}

/** The requests this benchmark measures, with the admin token. */
class Api {
  constructor(
    private readonly address: string,
    private readonly token: string,
  ) {}

  async post(path: string, body: unknown): Promise<Answer> {
    const started = performance.now();
    const response = await fetch(`${this.address}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text, ms: performance.now() - started };
  }

  activate(accountId: string): Promise<Answer> {
    return this.post('/v1/connectors/paghiper/notifications/activate', { accountId, environment: 'sandbox' });
  }

  /** One e-mail template with the catalog's wording of boleto.created, then one rule sending it: both answers and their total time. */
  async templateAndRule(accountId: string): Promise<{ template: Answer; rule: Answer | null; ms: number }> {
    const wording = catalogEntryOf(CATALOG_ENTRY)!.entry.defaultTemplates.email['pt-BR'];
    const template = await this.post('/v1/notification-templates', {
      accountId,
      name: 'Boleto gerado (e-mail)',
      channel: 'email',
      locale: 'pt-BR',
      catalogEntry: CATALOG_ENTRY,
      subject: wording.subject,
      body: wording.body,
    });
    if (template.status !== 201) return { template, rule: null, ms: template.ms };
    const templateId = (JSON.parse(template.body) as { id: string }).id;
    const rule = await this.post('/v1/notification-rules', {
      accountId,
      environment: 'sandbox',
      eventType: 'payment.created',
      channel: 'email',
      recipient: 'record',
      templateId,
      catalogEntry: CATALOG_ENTRY,
    });
    return { template, rule, ms: template.ms + rule.ms };
  }
}

const rulesIn = (answer: Answer): number => (JSON.parse(answer.body) as { rules: unknown[] }).rules.length;
const shown = (answer: Answer) => `${answer.status}: ${answer.body.slice(0, 300)}`;

/** Background load in back-to-back chunks until `stop()`; then its totals over every chunk. */
class BackgroundLoad {
  #stopped = false;
  readonly #chunks: LoadStats[] = [];
  readonly #running: Promise<void>;

  constructor(load: LoadClient, target: Omit<LoadTarget, 'durationSeconds'>) {
    this.#running = (async () => {
      while (!this.#stopped) this.#chunks.push(await load.run({ ...target, durationSeconds: BACKGROUND_CHUNK_SECONDS }));
    })();
  }

  async stop() {
    this.#stopped = true;
    await this.#running;
    const total = this.#chunks.reduce((sum, chunk) => sum + chunk.total, 0);
    const seconds = this.#chunks.length * BACKGROUND_CHUNK_SECONDS;
    return {
      requestsPerSecond: seconds > 0 ? Math.round(total / seconds) : 0,
      non2xx: this.#chunks.reduce((sum, chunk) => sum + chunk.non2xx, 0),
      errors: this.#chunks.reduce((sum, chunk) => sum + chunk.errors, 0),
      seconds,
    };
  }
}

export async function run(options: BenchOptions): Promise<BenchResult> {
  const rounds = Math.max(MIN_ROUNDS, Math.round((ROUNDS_PER_10_SECONDS * options.durationSeconds) / 10));
  const load = LoadClient.start();
  progress(options, 'activation: starting Ponte on a throw-away database…');
  const server = await startBenchPonte().catch(async (error: unknown) => {
    await load.close();
    throw error;
  });
  try {
    const token = await server.adminToken();
    const api = new Api(server.address, token);
    // One more of each for the requests sent by hand before the load.
    progress(options, `activation: creating ${2 * (rounds + 1)} accounts…`);
    const newAccount = async (name: string) => (await server.ponte.accounts.createAccount(cliActor, { name, contactEmail: 'dono@loja.example' })).id;
    const activationAccounts: string[] = [];
    const baselineAccounts: string[] = [];
    for (let index = 0; index <= rounds; index++) {
      activationAccounts.push(await newAccount(`Loja catálogo ${index}`));
      baselineAccounts.push(await newAccount(`Loja regra ${index}`));
    }

    // By hand before the load: a wrong body fails here with its status and answer, not as a run of refusals.
    const firstActivation = await api.activate(activationAccounts.shift()!);
    if (firstActivation.status !== 201) throw new Error(`POST …/notifications/activate answered ${shown(firstActivation)}`);
    const expectedRules = rulesIn(firstActivation);
    if (expectedRules === 0) throw new Error(`POST …/notifications/activate made no rule for a fresh account: ${firstActivation.body.slice(0, 300)}`);
    const firstPair = await api.templateAndRule(baselineAccounts.shift()!);
    if (firstPair.template.status !== 201) throw new Error(`POST /v1/notification-templates answered ${shown(firstPair.template)}`);
    if (firstPair.rule?.status !== 201) throw new Error(`POST /v1/notification-rules answered ${firstPair.rule ? shown(firstPair.rule) : 'nothing'}`);
    const backgroundCheck = await fetch(`${server.address}${BACKGROUND_PATH}`, { headers: { authorization: `Bearer ${token}` } });
    if (backgroundCheck.status !== 200) throw new Error(`GET ${BACKGROUND_PATH} answered ${backgroundCheck.status}: ${(await backgroundCheck.text()).slice(0, 300)}`);
    await backgroundCheck.body?.cancel();

    progress(options, `activation: ${rounds} activations and ${rounds} template-and-rule pairs, in turn, under ${BACKGROUND_CONNECTIONS} connections of GET ${BACKGROUND_PATH}…`);
    const problems: string[] = [];
    const activationMs: number[] = [];
    const pairMs: number[] = [];
    const background = new BackgroundLoad(load, {
      url: `${server.address}${BACKGROUND_PATH}`,
      headers: { authorization: `Bearer ${token}` },
      connections: BACKGROUND_CONNECTIONS,
    });
    let backgroundStats;
    try {
      await sleep(SETTLE_MS);
      for (let round = 0; round < rounds; round++) {
        const activation = await api.activate(activationAccounts[round]!);
        activationMs.push(activation.ms);
        if (activation.status !== 201) problems.push(`activation ${round + 1} answered ${shown(activation)}`);
        else if (rulesIn(activation) !== expectedRules) problems.push(`activation ${round + 1} made ${rulesIn(activation)} rules, not ${expectedRules}`);

        const pair = await api.templateAndRule(baselineAccounts[round]!);
        pairMs.push(pair.ms);
        if (pair.template.status !== 201) problems.push(`baseline ${round + 1}: POST /v1/notification-templates answered ${shown(pair.template)}`);
        else if (pair.rule?.status !== 201) problems.push(`baseline ${round + 1}: POST /v1/notification-rules answered ${pair.rule ? shown(pair.rule) : 'nothing'}`);
        progress(options, `activation: round ${round + 1}/${rounds}: activation ${Math.round(activation.ms)} ms, template and rule ${Math.round(pair.ms)} ms`);
      }
    } finally {
      backgroundStats = await background.stop();
    }
    if (backgroundStats.non2xx > 0) problems.push(`background GET ${BACKGROUND_PATH}: ${backgroundStats.non2xx} responses were not 2xx`);
    if (backgroundStats.errors > 0) problems.push(`background GET ${BACKGROUND_PATH}: ${backgroundStats.errors} connection errors or timeouts`);
    if (backgroundStats.requestsPerSecond === 0) problems.push(`background GET ${BACKGROUND_PATH}: no request was answered`);

    const activationFigures = { p50: percentile(activationMs, 0.5), max: percentile(activationMs, 1) };
    const pairFigures = { p50: percentile(pairMs, 0.5), max: percentile(pairMs, 1) };
    const report = {
      benchmark: 'activation',
      engine: server.engine,
      method: `POST /v1/connectors/paghiper/notifications/activate for a fresh account, against POST /v1/notification-templates then POST /v1/notification-rules (${CATALOG_ENTRY}, e-mail) for a fresh account; one at a time, in turn, under ${BACKGROUND_CONNECTIONS} connections of an authenticated GET ${BACKGROUND_PATH}`,
      rounds,
      rulesPerActivation: expectedRules,
      activationMs: activationFigures,
      templateAndRuleMs: pairFigures,
      /** Goal < 6 on both engines. */
      ratio: pairFigures.p50 > 0 ? Math.round((activationFigures.p50 / pairFigures.p50) * 1000) / 1000 : 0,
      background: { path: BACKGROUND_PATH, connections: BACKGROUND_CONNECTIONS, ...backgroundStats },
    };

    const table = [
      `activation on ${server.engine}, ${rounds} rounds of each, under ${BACKGROUND_CONNECTIONS} connections of GET ${BACKGROUND_PATH} (${backgroundStats.requestsPerSecond.toLocaleString('en-US')} req/s, ${backgroundStats.non2xx} non-2xx, ${backgroundStats.errors} errors)`,
      formatTable([
        ['measured', 'p50 ms', 'max ms'],
        [`activate PagHiper's catalog (${expectedRules} rules)`, activationFigures.p50, activationFigures.max],
        ['one template, then one rule', pairFigures.p50, pairFigures.max],
      ]),
      `ratio (activation p50 ÷ template and rule p50): ${report.ratio}`,
    ].join('\n');
    return { report, table, problems };
  } finally {
    progress(options, 'activation: closing Ponte…');
    await load.close();
    await server.dispose();
  }
}
