import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify as toYaml } from 'yaml';
import { cliActor } from '../../src/platform/actor.ts';
import { checkMaintenanceWindow, checkSyntax, checkVersion, type ApiDescription, type CallFacts, type CatalogEntry, type MaintenanceWindow } from '../../src/modules/partner-apis/index.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

/** A credit partner's API: proposals in v1 and v2, the FGTS advance only in v2 (OpenAPI 3.0, with `nullable`). */
const CREDITO = JSON.parse(readFileSync(new URL('../fixtures/partner-apis/credito-openapi.json', import.meta.url), 'utf8')) as Record<string, unknown>;

const CATALOG: CatalogEntry[] = [
  { product: 'consignado', name: { 'pt-BR': 'Crédito consignado', en: 'Payroll loan' }, operationIds: ['createProposalV1', 'createProposalV2'], versions: ['v1', 'v2'], offeredThroughApi: true },
  { product: 'proposta-fgts', name: { 'pt-BR': 'Antecipação do FGTS', en: 'FGTS advance' }, operationIds: ['createFgtsProposal'], versions: ['v2'], offeredThroughApi: true },
  {
    product: 'portabilidade',
    name: { 'pt-BR': 'Portabilidade de crédito', en: 'Credit portability' },
    operationIds: [],
    versions: [],
    offeredThroughApi: false,
    consoleHint: { 'pt-BR': 'Peça a portabilidade no console do parceiro.', en: 'Request portability in the partner console.' },
  },
];

const CLOSING = { name: 'Fechamento diário', cron: '30 23 * * *', durationMinutes: 60, advice: { 'pt-BR': 'Reenvie depois das 00:30.', en: 'Resend after 00:30.' } } satisfies Omit<MaintenanceWindow, 'timezone'>;

let ponte: TestPonte;
let adminToken: string;
let agentToken: string;
let customer: { token: string; id: string };
let credito: string;

const call = (method: 'GET' | 'POST' | 'PUT', url: string, token: string, payload?: unknown, headers: Record<string, string> = {}) =>
  ponte.app.inject({ method, url, headers: { authorization: `Bearer ${token}`, ...headers }, ...(payload !== undefined ? { payload: payload as object } : {}) });

const facts = (method: string, path: string, payload: unknown = null, at = new Date('2026-03-02T15:00:00Z'), route = 'unmatched'): CallFacts => ({ method, route, path, payload, at });

beforeAll(async () => {
  ponte = await startTestPonte({ workers: false });
  adminToken = await ponte.adminToken();
  const agent = await ponte.accounts.createUser(cliActor, { email: 'agente@ponte.example', name: 'Ana Agente', role: 'agent' });
  agentToken = await ponte.tokenFor(agent.id);
  const account = await ponte.accounts.createAccount(cliActor, { name: 'Correspondente Bancário Sul' });
  const user = await ponte.accounts.createUser(cliActor, { email: 'dev@cbsul.example', name: 'Dev CB Sul', role: 'customer', accountId: account.id });
  customer = { token: await ponte.tokenFor(user.id), id: user.id };
  const registered = await call('POST', '/v1/partner-apis', adminToken, { name: 'API de Crédito', slug: 'credito' });
  expect(registered.statusCode).toBe(201);
  credito = registered.json().id;
  expect(credito).toMatch(/^papi_/);
});
afterAll(async () => ponte?.dispose());

describe('registering and importing a partner API', () => {
  it('refuses customers and agents, changing nothing', async () => {
    expect((await call('POST', '/v1/partner-apis', customer.token, { name: 'Outra', slug: 'outra' })).statusCode).toBe(403);
    expect((await call('PUT', `/v1/partner-apis/${credito}/openapi`, customer.token, CREDITO)).json()).toMatchObject({ code: 'forbidden' });
    expect((await call('GET', `/v1/partner-apis/${credito}`, agentToken)).statusCode).toBe(403);
    expect((await call('GET', '/v1/partner-apis', customer.token)).statusCode).toBe(403);
    const listed = await call('GET', '/v1/partner-apis', adminToken);
    expect(listed.json().data.map((api: { slug: string }) => api.slug)).toEqual(['credito']);
    expect((await call('GET', `/v1/partner-apis/${credito}`, adminToken)).json().document).toBeNull();
  });

  it('imports the OpenAPI document: operations with their versions and request schemas, references resolved', async () => {
    const imported = await call('PUT', `/v1/partner-apis/${credito}/openapi`, adminToken, CREDITO);
    expect(imported.statusCode).toBe(200);
    const api = imported.json();
    expect(api.document).toMatchObject({ openapi: '3.0.3', title: 'API de Crédito do Banco Exemplo', version: '2.4.1' });
    expect(api.versions).toEqual(['v1', 'v2']);
    expect(api.operations.map((operation: { method: string; path: string; operationId: string; version: string }) => `${operation.method} ${operation.path} ${operation.operationId} ${operation.version}`)).toEqual([
      'GET /v1/simulacoes simulateV1 v1',
      'POST /v1/propostas createProposalV1 v1',
      'GET /v1/propostas/{propostaId} getProposalV1 v1',
      'POST /v2/propostas createProposalV2 v2',
      'GET /v2/propostas/{propostaId} getProposalV2 v2',
      'POST /v2/propostas/fgts createFgtsProposal v2',
    ]);
    const fgts = api.operations.find((operation: { operationId: string }) => operation.operationId === 'createFgtsProposal');
    expect(fgts.request).toMatchObject({ bodyRequired: true, body: { required: ['cpf', 'valorSaque', 'tokenAutorizacao'], properties: { cpf: { type: 'string', pattern: '^[0-9]{11}$' } } } });
    expect(JSON.stringify(api.operations)).not.toContain('$ref');
    const getProposal = api.operations.find((operation: { operationId: string }) => operation.operationId === 'getProposalV1');
    expect(getProposal.request.path).toMatchObject({ required: ['propostaId'], properties: { propostaId: { pattern: '^prp_[0-9a-z]{12}$' } } });
  });

  it('takes the document as YAML too, and a new import replaces the one before', async () => {
    const other = await ponte.partnerApis.register(cliActor, { name: 'API de Consórcio', slug: 'consorcio' });
    const yamlDocument = toYaml({ ...CREDITO, info: { title: 'API de Consórcio', version: '1.0.0' }, servers: [{ url: 'https://api.consorcio.example/api/v3' }], paths: { '/cotas': { get: { operationId: 'listQuotas', responses: { 200: { description: 'ok' } } } } } });
    const imported = await call('PUT', `/v1/partner-apis/${other.id}/openapi`, adminToken, yamlDocument, { 'content-type': 'application/yaml' });
    expect(imported.statusCode).toBe(200);
    // No version in the path: the server URL's.
    expect(imported.json().operations).toMatchObject([{ method: 'GET', path: '/cotas', operationId: 'listQuotas', version: 'v3', basePath: '/api/v3' }]);
    const replaced = await call('PUT', `/v1/partner-apis/${other.id}/openapi`, adminToken, { ...CREDITO, servers: [], info: { title: 'API de Consórcio', version: '4.2.0' }, paths: { '/lances': { post: { responses: { 201: { description: 'ok' } } } } } });
    expect(replaced.json().operations).toMatchObject([{ method: 'POST', path: '/lances', operationId: null, version: 'v4' }]);
    const description = await ponte.partnerApis.describe(other.id);
    expect(description.operations).toHaveLength(1);
    expect(checkVersion(description, facts('POST', '/lances')).outcome).toBe('pass');
  });

  it('imports a 3.1 document whose schema refers to itself (a tree), and validates against it', async () => {
    const tree = await ponte.partnerApis.register(cliActor, { name: 'API de Categorias', slug: 'categorias' });
    const document = {
      openapi: '3.1.0',
      info: { title: 'API de Categorias', version: '1.2.0' },
      paths: {
        '/v1/categorias': {
          post: {
            operationId: 'createCategory',
            requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Categoria' } } } },
            responses: { 201: { description: 'ok' } },
          },
        },
      },
      components: {
        schemas: {
          Categoria: {
            type: 'object',
            required: ['nome'],
            properties: { nome: { type: 'string' }, codigo: { type: ['integer', 'null'] }, filhas: { type: 'array', items: { $ref: '#/components/schemas/Categoria' } } },
          },
        },
      },
    };
    expect((await call('PUT', `/v1/partner-apis/${tree.id}/openapi`, adminToken, document)).statusCode).toBe(200);
    const description = await ponte.partnerApis.describe(tree.id);
    expect(checkSyntax(description, facts('POST', '/v1/categorias', { body: { nome: 'Veículos', codigo: null, filhas: [{ nome: 'Leves', filhas: [] }] } })).outcome).toBe('pass');
    expect(checkSyntax(description, facts('POST', '/v1/categorias', { body: { nome: 'Veículos', codigo: 'x', filhas: [{ codigo: 2 }] } })).data.errors).toEqual([
      { field: 'body.codigo', message: 'must be integer,null' },
      { field: 'body.filhas.0.nome', message: "must have required property 'nome'" },
    ]);
  });

  it('refuses a document that is not valid OpenAPI 3.0/3.1, naming what is wrong, and keeps the one before', async () => {
    const swagger = await call('PUT', `/v1/partner-apis/${credito}/openapi`, adminToken, { swagger: '2.0', info: { title: 'Velha', version: '1' }, paths: {} });
    expect(swagger.statusCode).toBe(422);
    expect(swagger.json()).toMatchObject({ code: 'partner_api_document_invalid', field: 'body.openapi' });

    const noInfo = await call('PUT', `/v1/partner-apis/${credito}/openapi`, adminToken, { openapi: '3.1.0', paths: {} });
    expect(noInfo.statusCode).toBe(422);
    expect(noInfo.json().errors).toContainEqual({ field: 'body.info', message: "must have required property 'info'" });

    const badOperation = await call('PUT', `/v1/partner-apis/${credito}/openapi`, adminToken, { ...CREDITO, paths: { '/v1/x': { post: { responses: { 200: { content: {} } } } } } });
    expect(badOperation.statusCode).toBe(422);
    expect(badOperation.json().field).toMatch(/^body\.paths\.\/v1\/x\.post/);

    const dangling = await call('PUT', `/v1/partner-apis/${credito}/openapi`, adminToken, { ...CREDITO, components: {} });
    expect(dangling.statusCode).toBe(422);
    expect(dangling.json().code).toBe('partner_api_document_invalid');

    const notYaml = await call('PUT', `/v1/partner-apis/${credito}/openapi`, adminToken, 'openapi: [3.1\n  nope: {', { 'content-type': 'application/yaml' });
    expect(notYaml.json()).toMatchObject({ code: 'partner_api_document_invalid', field: 'body' });

    const api = (await call('GET', `/v1/partner-apis/${credito}`, adminToken)).json();
    expect(api.document.title).toBe('API de Crédito do Banco Exemplo');
    expect(api.operations).toHaveLength(6);
  });

  it('answers 404 for an unknown partner API, and 409 for an import over Ponte’s own', async () => {
    expect((await call('PUT', '/v1/partner-apis/papi_nope/openapi', adminToken, CREDITO)).json()).toMatchObject({ code: 'partner_api_not_found' });
    expect((await call('PUT', '/v1/partner-apis/ponte/openapi', adminToken, CREDITO)).json()).toMatchObject({ code: 'partner_api_own_document' });
  });
});

describe('the product catalog and the maintenance windows', () => {
  it('refuses a catalog naming an operation the document does not have, changing nothing', async () => {
    const refused = await call('PUT', `/v1/partner-apis/${credito}/catalog`, adminToken, {
      products: [CATALOG[0], { ...CATALOG[1], operationIds: ['createFgtsProposalV1'] }],
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'partner_api_catalog_invalid', field: 'body.products.1.operationIds.0' });
    const unknownVersion = await call('PUT', `/v1/partner-apis/${credito}/catalog`, adminToken, { products: [{ ...CATALOG[1], versions: ['v3'] }] });
    expect(unknownVersion.json()).toMatchObject({ code: 'partner_api_catalog_invalid', field: 'body.products.0.versions.0' });
    const badShape = await call('PUT', `/v1/partner-apis/${credito}/catalog`, adminToken, { products: [{ ...CATALOG[0], offeredThroughApi: 'sim' }] });
    expect(badShape.json()).toMatchObject({ code: 'validation_failed', field: 'body.products.0.offeredThroughApi' });
    expect((await ponte.partnerApis.describe(credito)).products).toEqual([]);

    const saved = await call('PUT', `/v1/partner-apis/${credito}/catalog`, adminToken, { products: CATALOG });
    expect(saved.statusCode).toBe(200);
    expect((await ponte.partnerApis.describe(credito)).products.map((entry) => entry.product)).toEqual(['consignado', 'proposta-fgts', 'portabilidade']);
  });

  it('refuses a window whose cron or time zone cannot be used, naming the field, changing nothing', async () => {
    for (const [window, field] of [
      [{ ...CLOSING, cron: '30 25 * * *' }, 'body.windows.0.cron'],
      [{ ...CLOSING, cron: '0 2 * *' }, 'body.windows.0.cron'],
      [{ ...CLOSING, cron: '0 0 2 * * *' }, 'body.windows.0.cron'],
      [{ ...CLOSING, timezone: 'America/Sao_Paolo' }, 'body.windows.0.timezone'],
    ] as const) {
      const refused = await call('PUT', `/v1/partner-apis/${credito}/maintenance-windows`, adminToken, { windows: [window] });
      expect(refused.statusCode).toBe(422);
      expect(refused.json()).toMatchObject({ code: 'partner_api_window_invalid', field });
    }
    expect((await call('PUT', `/v1/partner-apis/${credito}/maintenance-windows`, adminToken, { windows: [{ ...CLOSING, durationMinutes: 0 }] })).json().field).toBe('body.windows.0.durationMinutes');
    expect((await ponte.partnerApis.describe(credito)).maintenanceWindows).toEqual([]);
    expect((await call('PUT', `/v1/partner-apis/${credito}/maintenance-windows`, customer.token, { windows: [CLOSING] })).statusCode).toBe(403);

    const saved = await call('PUT', `/v1/partner-apis/${credito}/maintenance-windows`, adminToken, { windows: [CLOSING] });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().windows).toEqual([{ ...CLOSING, timezone: 'America/Sao_Paulo' }]);
  });
});

describe('the checks on a partner API', () => {
  let description: ApiDescription;
  beforeAll(async () => {
    description = await ponte.partnerApis.describe(credito);
  });

  it('version: a v1 call to the FGTS advance, which exists only in v2, fails naming the product and the versions', () => {
    const finding = checkVersion(description, facts('POST', '/v1/propostas/fgts', { query: {}, body: { cpf: '12345678909' } }));
    expect(finding).toMatchObject({ check: 'version', outcome: 'fail', guide: 'versions#products', data: { calledVersion: 'v1', product: 'proposta-fgts', availableVersions: ['v2'] } });
    expect(finding.summary['pt-BR']).toContain('v2');
    expect(checkVersion(description, facts('POST', '/v2/propostas/fgts'))).toMatchObject({ outcome: 'pass', data: { calledVersion: 'v2', product: 'proposta-fgts', operationId: 'createFgtsProposal' } });
    expect(checkVersion(description, facts('GET', '/v1/propostas/prp_0123456789ab', null, undefined, '/v1/propostas/:propostaId'))).toMatchObject({ outcome: 'pass', data: { operationId: 'getProposalV1' } });
  });

  it('version: a product never offered through the API fails with the console hint', () => {
    const finding = checkVersion(description, facts('POST', '/v2/portabilidade'));
    expect(finding).toMatchObject({ outcome: 'fail', guide: 'versions#not-offered', data: { product: 'portabilidade', consoleHint: { en: 'Request portability in the partner console.' } } });
    expect(finding.summary['pt-BR']).toContain('console do parceiro');
  });

  it('version: unknown when nothing matches, or when the API has no document', async () => {
    expect(checkVersion(description, facts('DELETE', '/v9/nada'))).toMatchObject({ outcome: 'unknown', data: { reason: 'no_matching_operation' } });
    const bare = await ponte.partnerApis.register(cliActor, { name: 'API sem documento', slug: 'sem-documento' });
    const empty = await ponte.partnerApis.describe(bare.id);
    expect(checkVersion(empty, facts('POST', '/v1/propostas'))).toMatchObject({ outcome: 'unknown', data: { reason: 'no_document' } });
    expect(checkSyntax(empty, facts('POST', '/v1/propostas', { body: {} }))).toMatchObject({ outcome: 'unknown', data: { reason: 'no_document' } });
    expect(checkMaintenanceWindow(empty, facts('POST', '/v1/propostas'))).toMatchObject({ outcome: 'unknown', data: { reason: 'no_windows' } });
  });

  it('syntax: the fields at fault in the body, query and path; redacted secrets count as sent', () => {
    const bad = checkSyntax(description, facts('POST', '/v2/propostas/fgts', { query: {}, body: { valorSaque: '1500', tokenAutorizacao: '[REDACTED]' } }));
    expect(bad).toMatchObject({ check: 'syntax', outcome: 'fail', data: { operationId: 'createFgtsProposal' } });
    expect(bad.data.errors).toEqual([
      { field: 'body.cpf', message: "must have required property 'cpf'" },
      { field: 'body.valorSaque', message: 'must be number' },
    ]);
    expect(bad.summary.en).toContain('body.cpf');
    // OpenAPI 3.0: `nullable`, and a boolean exclusiveMinimum.
    expect(checkSyntax(description, facts('POST', '/v2/propostas/fgts', { query: {}, body: { cpf: '12345678909', valorSaque: 1500, tokenAutorizacao: '[REDACTED]', banco: null } })).outcome).toBe('pass');
    expect(checkSyntax(description, facts('POST', '/v2/propostas/fgts', { body: { cpf: '12345678909', valorSaque: 0, tokenAutorizacao: 123456 } })).data.errors).toEqual([
      { field: 'body.valorSaque', message: 'must be > 0' },
    ]);
    const proposal = checkSyntax(description, facts('POST', '/v1/propostas', { query: {}, body: { cpf: '123', produto: 'imobiliario', valor: 50, prazoMeses: 12, corretor: 'x' } }));
    expect(proposal.data.errors).toEqual(
      expect.arrayContaining([
        { field: 'body.cpf', message: 'must match pattern "^[0-9]{11}$"' },
        { field: 'body.produto', message: 'must be equal to one of the allowed values' },
        { field: 'body.valor', message: 'must be >= 100' },
        { field: 'body.corretor', message: 'is not a known field' },
      ]),
    );
    expect(checkSyntax(description, facts('POST', '/v1/propostas', { query: {}, body: null })).data.errors).toEqual([{ field: 'body', message: 'is required' }]);
    expect(checkSyntax(description, facts('GET', '/v1/simulacoes', { query: { valor: 'mil' }, body: null })).data.errors).toEqual([{ field: 'query.valor', message: 'must be number' }]);
    expect(checkSyntax(description, facts('GET', '/v1/simulacoes', { query: { valor: '1500', prazoMeses: '24' }, body: null })).outcome).toBe('pass');
    expect(checkSyntax(description, facts('GET', '/v1/propostas/123', { query: {}, body: null })).data.errors).toEqual([{ field: 'path.propostaId', message: 'must match pattern "^prp_[0-9a-z]{12}$"' }]);
  });

  it('syntax: unknown without a stored payload (successful calls keep none) or a matching operation', () => {
    expect(checkSyntax(description, facts('POST', '/v2/propostas/fgts', null))).toMatchObject({ outcome: 'unknown', data: { reason: 'no_payload' } });
    expect(checkSyntax(description, facts('POST', '/v3/propostas', { body: {} }))).toMatchObject({ outcome: 'unknown', data: { reason: 'no_matching_operation' } });
  });

  it('maintenance window: a call at 23:45 and one at 00:15 (São Paulo) fall inside the 23:30 window of 60 minutes; 00:30 does not', () => {
    // 23:45 on 2 March in São Paulo (UTC−3) is 02:45 UTC on the 3rd.
    const late = checkMaintenanceWindow(description, facts('POST', '/v2/propostas', null, new Date('2026-03-03T02:45:00Z')));
    expect(late).toMatchObject({
      check: 'maintenance_window',
      outcome: 'fail',
      guide: 'off-hours#maintenance-windows',
      data: { window: 'Fechamento diário', startedAt: '2026-03-03T02:30:00.000Z', endsAt: '2026-03-03T03:30:00.000Z', reprocessAfter: '2026-03-03T03:30:00.000Z', advice: CLOSING.advice },
    });
    expect(late.summary['pt-BR']).toContain('02/03/2026 23:30');
    // After midnight the occurrence began the day before.
    expect(checkMaintenanceWindow(description, facts('POST', '/v2/propostas', null, new Date('2026-03-03T03:15:00Z')))).toMatchObject({
      outcome: 'fail',
      data: { startedAt: '2026-03-03T02:30:00.000Z', endsAt: '2026-03-03T03:30:00.000Z' },
    });
    expect(checkMaintenanceWindow(description, facts('POST', '/v2/propostas', null, new Date('2026-03-03T02:30:00Z'))).outcome).toBe('fail');
    expect(checkMaintenanceWindow(description, facts('POST', '/v2/propostas', null, new Date('2026-03-03T03:30:00Z')))).toMatchObject({
      outcome: 'pass',
      data: { nextWindow: { name: 'Fechamento diário', startsAt: '2026-03-04T02:30:00.000Z', endsAt: '2026-03-04T03:30:00.000Z' } },
    });
  });
});

describe('Ponte’s own API, described the same way', () => {
  it('describe(null): the /v1 operations of Ponte’s OpenAPI document, version v1, no catalog and no windows', async () => {
    const own = await ponte.partnerApis.describe(null);
    expect(own).toMatchObject({ partnerApiId: null, name: 'Ponte API', versions: ['v1'], products: [], maintenanceWindows: [] });
    expect(own.operations.map((operation) => `${operation.method} ${operation.path}`)).toEqual(expect.arrayContaining(['POST /v1/support/tickets', 'PUT /v1/partner-apis/{partnerApiId}/catalog']));
    expect(checkMaintenanceWindow(own, facts('GET', '/v1/accounts')).outcome).toBe('unknown');
    expect((await call('GET', '/v1/partner-apis/ponte', adminToken)).json()).toMatchObject({ id: 'ponte', partnerApiId: null, versions: ['v1'], document: null });
  });

  it('syntax and version of a real failed call: a support ticket without `subject`, as the request log kept it', async () => {
    const response = await ponte.app.inject({
      method: 'POST',
      url: '/v1/support/tickets',
      headers: { authorization: `Bearer ${customer.token}`, 'x-request-id': 'cbsul-sem-assunto-1' },
      payload: { description: 'A API responde 500 de madrugada', apiKey: 'pk_production_abcdefghijklmnop' },
    });
    expect(response.statusCode).toBe(400);
    const [logged] = await ponte.apiAccess.requestLog.findByRequestId('cbsul-sem-assunto-1');
    expect(logged!.payload).toMatchObject({ body: { apiKey: '[REDACTED]' } });
    const own = await ponte.partnerApis.describe(null);
    const call = { method: logged!.method, route: logged!.route, path: logged!.path, payload: logged!.payload, at: new Date(logged!.at) };
    const syntax = checkSyntax(own, call);
    expect(syntax).toMatchObject({ outcome: 'fail', data: { operationId: 'openSupportTicket' } });
    expect(syntax.data.errors).toEqual([
      { field: 'body.subject', message: "must have required property 'subject'" },
      { field: 'body.apiKey', message: 'is not a known field' },
    ]);
    expect(checkVersion(own, call)).toMatchObject({ outcome: 'pass', data: { calledVersion: 'v1', operationId: 'openSupportTicket' } });
    expect(checkSyntax(own, { ...call, payload: { query: {}, body: { subject: 'Erro 500', description: 'De madrugada' } } }).outcome).toBe('pass');
  });

  it('takes maintenance windows for Ponte’s own API under the id `ponte`', async () => {
    const saved = await call('PUT', '/v1/partner-apis/ponte/maintenance-windows', adminToken, { windows: [{ name: 'Backup noturno', cron: '0 3 * * *', durationMinutes: 30 }] });
    expect(saved.statusCode).toBe(200);
    const own = await ponte.partnerApis.describe(null);
    expect(own.maintenanceWindows).toEqual([{ name: 'Backup noturno', cron: '0 3 * * *', durationMinutes: 30, timezone: 'America/Sao_Paulo' }]);
    expect(checkMaintenanceWindow(own, facts('GET', '/v1/accounts', null, new Date('2026-03-03T06:10:00Z')))).toMatchObject({ outcome: 'fail', data: { window: 'Backup noturno' } });
    const catalog = await call('PUT', '/v1/partner-apis/ponte/catalog', adminToken, { products: [{ ...CATALOG[0], operationIds: ['createProposalV1'], versions: ['v1'] }] });
    expect(catalog.json()).toMatchObject({ code: 'partner_api_catalog_invalid', field: 'body.products.0.operationIds.0' });
  });
});
