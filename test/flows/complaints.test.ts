import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../src/platform/actor.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

/*
 * Reclame Aqui complaints as tickets, against the HugMe sandbox over real HTTP: automatic conversion after a sync,
 * consumer messages once each, answers sent to HugMe inside the agent's request, and closing with an allowed solution.
 */

let ponte: TestPonte;
let admin: string;
let agentId: string;
let agent: string;

beforeAll(async () => {
  ponte = await startTestPonte({ sandboxes: true, workers: false });
  admin = await ponte.adminToken();
  const user = await ponte.accounts.createUser(cliActor, { email: 'atendente@operadora.example', name: 'Atendente', role: 'agent' });
  agentId = user.id;
  agent = await ponte.tokenFor(agentId);
  // A reaction sees the events after its first run: this is that run.
  await ponte.eventReactions.runAll();
});
afterAll(async () => ponte?.dispose());

const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, token = admin, payload?: object) =>
  ponte.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

/** The HugMe sandbox's own control API (the origin: HugMe's base URL ends in /api). */
async function control<T = Record<string, unknown>>(method: string, path: string, body?: object): Promise<T> {
  const origin = new URL(ponte.sandboxes['reclame-aqui']!.baseUrl).origin;
  const response = await fetch(`${origin}${path}`, { method, headers: body ? { 'content-type': 'application/json' } : {}, ...(body ? { body: JSON.stringify(body) } : {}) });
  expect(response.status).toBeLessThan(300);
  return (await response.json()) as T;
}

interface HugmeTicket {
  interactions: { ticket_interaction_type_id: number; message: string; privacy: boolean }[];
}

const SOLUTIONS = ['Estorno realizado', 'Esclarecimento prestado'];

function settings(overrides: Record<string, unknown> = {}) {
  return {
    enabled: true,
    customerType: 'Consumidor final',
    region: 'Sudeste',
    creatorUserId: agentId,
    sector: 'SAC',
    occurrenceType: 'Reclamação',
    occurrence: 'Reclame Aqui',
    solutions: SOLUTIONS,
    ...overrides,
  };
}

/** An account with an active Reclame Aqui integration on a fresh HugMe client with no history. */
async function setUp(name: string, config: Record<string, unknown> = {}) {
  const account = await ponte.accounts.createAccount(cliActor, { name });
  const client = await control<{ client_id: string; client_secret: string; company: { id: number } }>('POST', '/_control/credentials', { history_days: 0, complaints_per_day: 0 });
  const created = await call('POST', '/v1/integrations', admin, {
    accountId: account.id,
    connector: 'reclame-aqui',
    environment: 'sandbox',
    config: { companyEmail: 'sac@loja.example', retroactiveMonths: 0, companyId: client.company.id, ...config },
    credentials: { clientId: client.client_id, clientSecret: client.client_secret },
  });
  expect(created.json()).toMatchObject({ state: 'active' });
  return { accountId: account.id, integrationId: created.json().id as string, clientId: client.client_id };
}

async function newComplaint(clientId: string) {
  return control<{ id: number }>('POST', '/_control/complaints', {
    client_id: clientId,
    complaint_title: 'Cobrança em dobro',
    complaint_content: 'Fui cobrada duas vezes pelo mesmo plano em março.',
    customer: { name: 'Carla Dias', email: ['carla@example.com.br'] },
  });
}

/** A poll of the integration, then the reactions over the events it made. */
async function sync(integrationId: string): Promise<void> {
  const end = await ponte.sync.engine.poll(integrationId);
  expect(end).toMatchObject({ status: 'succeeded' });
  await ponte.eventsReadable();
  await ponte.eventReactions.runAll();
}

async function complaintTickets(integrationId: string): Promise<{ id: string; kind: string; category: string; priority: string; assigneeId: string | null; status: string }[]> {
  const response = await call('GET', `/v1/tickets?integrationId=${integrationId}&kind=complaint`);
  expect(response.statusCode).toBe(200);
  return response.json().data;
}

const ticketOf = async (ticketId: string) => (await call('GET', `/v1/tickets/${ticketId}`)).json() as { messages: { direction: string; visibility: string; body: string }[]; timeline: { type: string; data: Record<string, unknown> }[]; status: string };

/** An integration converting complaints, with one complaint synced into its ticket. */
async function converted(name: string) {
  const setup = await setUp(name, { syncGroup: 'Prioridade alta' });
  expect((await call('PUT', `/v1/integrations/${setup.integrationId}/complaint-conversion`, agent, settings())).statusCode).toBe(200);
  const complaint = await newComplaint(setup.clientId);
  await sync(setup.integrationId);
  const [ticket] = await complaintTickets(setup.integrationId);
  return { ...setup, complaintId: complaint.id, ticketId: ticket!.id };
}

describe('complaints as tickets', { timeout: 120_000 }, () => {
  it('turns a synced complaint into one ticket with the defaults, and adds only new consumer messages on later syncs', async () => {
    const { integrationId, clientId } = await setUp('Loja Reclamada', { syncGroup: 'Prioridade alta' });
    const put = await call('PUT', `/v1/integrations/${integrationId}/complaint-conversion`, agent, settings());
    expect(put.json()).toMatchObject({ integrationId, enabled: true, creatorUserId: agentId, solutions: SOLUTIONS });
    const complaint = await newComplaint(clientId);

    await sync(integrationId);
    const tickets = await complaintTickets(integrationId);
    expect(tickets).toEqual([expect.objectContaining({ kind: 'complaint', category: 'complaint', priority: 'high', assigneeId: agentId, status: 'open' })]);
    const ticketId = tickets[0]!.id;
    const view = (await call('GET', `/v1/complaints/${ticketId}`)).json();
    expect(view).toMatchObject({
      complaintId: String(complaint.id),
      consumer: { name: 'Carla Dias', email: 'carla@example.com.br' },
      syncGroup: 'Prioridade alta',
      defaults: { customerType: 'Consumidor final', region: 'Sudeste', creatorUserId: agentId, sector: 'SAC', occurrenceType: 'Reclamação', occurrence: 'Reclame Aqui', solutions: SOLUTIONS },
      allowedSolutions: SOLUTIONS,
      answers: [],
    });
    let ticket = await ticketOf(ticketId);
    expect(ticket.messages).toEqual([expect.objectContaining({ direction: 'inbound', visibility: 'public', body: 'Fui cobrada duas vezes pelo mesmo plano em março.' })]);
    expect(ticket.timeline.find((event) => event.type === 'complaint_converted')?.data).toMatchObject({ customerType: 'Consumidor final', sector: 'SAC', priority: 'high' });

    // The consumer writes again, and the complaint changes status: one new message, the status on the timeline.
    await control('PATCH', `/_control/complaints/${complaint.id}`, { consumer_reply: { message: 'Ainda não recebi o estorno.' } });
    await sync(integrationId);
    await control('PATCH', `/_control/complaints/${complaint.id}`, { ra_status: 7 });
    await sync(integrationId);
    await sync(integrationId);

    expect(await complaintTickets(integrationId)).toHaveLength(1);
    ticket = await ticketOf(ticketId);
    expect(ticket.messages.map((message) => [message.direction, message.body])).toEqual([
      ['inbound', 'Fui cobrada duas vezes pelo mesmo plano em março.'],
      ['inbound', 'Ainda não recebi o estorno.'],
    ]);
    expect(ticket.timeline.filter((event) => event.type === 'complaint_status_changed').map((event) => event.data.to)).toEqual([
      expect.objectContaining({ raStatus: { id: 7, name: 'Réplica do consumidor' } }),
    ]);

    // Closed at Reclame Aqui: the timeline says so.
    await control('PATCH', `/_control/complaints/${complaint.id}`, { active: false, ra_status: 13 });
    await sync(integrationId);
    ticket = await ticketOf(ticketId);
    expect(ticket.timeline.some((event) => event.type === 'complaint_closed_at_provider')).toBe(true);
  });

  it('sends an agent’s public answer to HugMe in the same request and keeps it on the ticket as sent', async () => {
    const { ticketId, complaintId } = await converted('Loja Respondida');
    const message = 'Olá, Carla! O estorno foi feito hoje e aparece na sua fatura em até 2 dias úteis.';

    const answered = await call('POST', `/v1/complaints/${ticketId}/answers`, agent, { type: 'public_answer', message });
    expect(answered.statusCode).toBe(201);
    expect(answered.json()).toMatchObject({ type: 'public_answer', outcome: 'sent', interactionId: expect.any(String), messageId: expect.any(String) });
    const hugme = await control<HugmeTicket>('GET', `/_control/complaints/${complaintId}`);
    expect(hugme.interactions.at(-1)).toMatchObject({ ticket_interaction_type_id: 2, message, privacy: false });

    const ticket = await ticketOf(ticketId);
    expect(ticket.messages.at(-1)).toMatchObject({ direction: 'outbound', visibility: 'public', body: message });
    expect(ticket.timeline.find((event) => event.type === 'complaint_answer_sent')?.data).toMatchObject({ type: 'public_answer', messageId: answered.json().messageId });
    expect((await call('GET', `/v1/complaints/${ticketId}`)).json().answers).toEqual([expect.objectContaining({ outcome: 'sent', type: 'public_answer' })]);
  });

  it('returns HugMe’s refusal at once and never marks the answer sent', async () => {
    const { ticketId, complaintId } = await converted('Loja Recusada');
    const before = await ticketOf(ticketId);
    await control('POST', '/_control/faults/next', { faults: [{ kind: 'status', status: 400, body: { message: 'O ticket não permite esta ação no momento', code: 4091, success: false } }] });

    const refused = await call('POST', `/v1/complaints/${ticketId}/answers`, agent, { type: 'public_answer', message: 'Resposta que não vai chegar.' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'provider_refused_action', providerMessage: expect.stringContaining('não permite esta ação') });

    const hugme = await control<HugmeTicket>('GET', `/_control/complaints/${complaintId}`);
    expect(hugme.interactions.some((interaction) => interaction.message === 'Resposta que não vai chegar.')).toBe(false);
    const ticket = await ticketOf(ticketId);
    expect(ticket.messages).toHaveLength(before.messages.length);
    expect(ticket.timeline.find((event) => event.type === 'complaint_answer_failed')?.data).toMatchObject({ type: 'public_answer', problemCode: 'provider_refused_action' });
    expect((await call('GET', `/v1/complaints/${ticketId}`)).json().answers).toEqual([expect.objectContaining({ outcome: 'failed', messageId: null })]);
  });

  it('refuses input failing the action’s schema naming the field, and answers from customers or about another account’s complaint', async () => {
    const { ticketId, complaintId, accountId } = await converted('Loja Validada');
    const before = await control<HugmeTicket>('GET', `/_control/complaints/${complaintId}`);

    const noReason = await call('POST', `/v1/complaints/${ticketId}/answers`, agent, { type: 'request_moderation', message: 'Duplicada.' });
    expect(noReason.json()).toMatchObject({ status: 400, code: 'validation_failed', field: 'body.reason' });
    const badType = await call('POST', `/v1/complaints/${ticketId}/answers`, agent, { type: 'refund', message: 'x' });
    expect(badType.json()).toMatchObject({ status: 400, field: 'body.type' });

    const other = await ponte.accounts.createAccount(cliActor, { name: 'Outra Loja' });
    const stranger = await ponte.accounts.createUser(cliActor, { email: 'dono@outraloja.example', name: 'Dono', role: 'customer', accountId: other.id });
    const owner = await ponte.accounts.createUser(cliActor, { email: 'dona@lojavalidada.example', name: 'Dona', role: 'customer', accountId });
    const answer = { type: 'public_answer', message: 'Olá!' };
    expect((await call('POST', `/v1/complaints/${ticketId}/answers`, await ponte.tokenFor(stranger.id), answer)).statusCode).toBe(404);
    expect((await call('POST', `/v1/complaints/${ticketId}/answers`, await ponte.tokenFor(owner.id), answer)).statusCode).toBe(403);

    expect(await control<HugmeTicket>('GET', `/_control/complaints/${complaintId}`)).toEqual(before);
  });

  it('makes no ticket while conversion is off', async () => {
    const never = await setUp('Loja Sem Conversão');
    await newComplaint(never.clientId);
    await sync(never.integrationId);
    expect(await complaintTickets(never.integrationId)).toEqual([]);

    const off = await setUp('Loja Desligada');
    expect((await call('PUT', `/v1/integrations/${off.integrationId}/complaint-conversion`, admin, settings({ enabled: false }))).statusCode).toBe(200);
    const earlier = await newComplaint(off.clientId);
    await sync(off.integrationId);
    expect(await complaintTickets(off.integrationId)).toEqual([]);

    // Turned on, the complaint synced while it was off becomes a ticket when it next changes.
    expect((await call('PUT', `/v1/integrations/${off.integrationId}/complaint-conversion`, admin, settings())).statusCode).toBe(200);
    await sync(off.integrationId);
    expect(await complaintTickets(off.integrationId)).toEqual([]);
    await control('PATCH', `/_control/complaints/${earlier.id}`, { consumer_reply: { message: 'Alguém vai me responder?' } });
    await sync(off.integrationId);
    const [ticket] = await complaintTickets(off.integrationId);
    expect((await ticketOf(ticket!.id)).messages.map((message) => message.body)).toEqual(['Fui cobrada duas vezes pelo mesmo plano em março.', 'Alguém vai me responder?']);
  });

  it('validates the conversion settings, naming the field', async () => {
    const { integrationId } = await setUp('Loja Configurada');
    const url = `/v1/integrations/${integrationId}/complaint-conversion`;
    expect((await call('PUT', url, agent, settings({ solutions: [] }))).json()).toMatchObject({ status: 400, field: 'body.solutions' });
    expect((await call('PUT', url, agent, settings({ region: undefined }))).json()).toMatchObject({ status: 400, field: 'body.region' });
    const customer = await ponte.accounts.createUser(cliActor, { email: 'cliente@configurada.example', name: 'Cliente', role: 'customer', accountId: (await ponte.accounts.createAccount(cliActor, { name: 'Conta C' })).id });
    expect((await call('PUT', url, agent, settings({ creatorUserId: customer.id }))).json()).toMatchObject({ status: 422, code: 'complaint_creator_invalid', field: 'body.creatorUserId' });
    expect((await call('PUT', url, await ponte.tokenFor(customer.id), settings())).statusCode).toBe(404);
    expect((await call('GET', url, agent)).json()).toMatchObject({ enabled: false, solutions: [] });
  });

  it('closes a complaint ticket only with one of the configured solutions', async () => {
    const { ticketId, complaintId, integrationId } = await converted('Loja Encerrada');

    const other = await call('POST', `/v1/complaints/${ticketId}/close`, agent, { solution: 'Cliente desistiu' });
    expect(other.json()).toMatchObject({ status: 422, code: 'complaint_solution_not_allowed', field: 'body.solution', allowedSolutions: SOLUTIONS });
    const byStatus = await call('PATCH', `/v1/tickets/${ticketId}`, agent, { status: 'closed' });
    // Closed by its stage only, where the solution is checked: never by the bare status.
    expect(byStatus.json()).toMatchObject({ status: 409, code: 'support_stage_conflict', field: 'body.status' });
    expect((await ticketOf(ticketId)).status).toBe('open');

    const closed = await call('POST', `/v1/complaints/${ticketId}/close`, agent, { solution: 'Estorno realizado' });
    expect(closed.statusCode).toBe(200);
    expect(closed.json().ticket).toMatchObject({ status: 'closed', stage: 'closed', solution: 'Estorno realizado' });

    // The consumer writes after the closing: the sync goes on, and the text is on the closed ticket's timeline.
    await control('PATCH', `/_control/complaints/${complaintId}`, { consumer_reply: { message: 'Obrigada!' } });
    await sync(integrationId);
    const ticket = await ticketOf(ticketId);
    expect(ticket.messages.some((message) => message.body === 'Obrigada!')).toBe(false);
    expect(ticket.timeline.find((event) => event.type === 'complaint_message_after_closing')?.data).toMatchObject({ body: 'Obrigada!' });
  });
});
