import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor, customerContactActor, providerActor, systemActor } from '../../src/platform/actor.ts';
import { startTestPonte, type TestPonte } from '../support/test-ponte.ts';

let ponte: TestPonte;
let admin: string;
let agent: { id: string; token: string };
let customer: { id: string; token: string; accountId: string };
let otherAccountId: string;

beforeAll(async () => {
  ponte = await startTestPonte({ workers: false });
  admin = await ponte.adminToken();
  const account = await ponte.accounts.createAccount(cliActor, { name: 'Transportes Rio Claro' });
  otherAccountId = (await ponte.accounts.createAccount(cliActor, { name: 'Frota Vizinha' })).id;
  const agentUser = await ponte.accounts.createUser(cliActor, { email: 'agente@ponte.example', name: 'Ana Agente', role: 'agent' });
  const customerUser = await ponte.accounts.createUser(cliActor, { email: 'marina@rioclaro.example', name: 'Marina Souza', role: 'customer', accountId: account.id });
  agent = { id: agentUser.id, token: await ponte.tokenFor(agentUser.id) };
  customer = { id: customerUser.id, token: await ponte.tokenFor(customerUser.id), accountId: account.id };
});
afterAll(async () => ponte?.dispose());

const call = (method: 'GET' | 'POST' | 'PATCH', url: string, token: string, payload?: object) =>
  ponte.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

interface Detail {
  id: string;
  status: string;
  assigneeId: string | null;
  requester: { email: string; name: string | null };
  messages: { id: string; body: string; direction: string; visibility: string }[];
  timeline: { type: string; actor: string; data: Record<string, unknown> }[];
}

async function openAsCustomer(subject = 'Integração do cartão Maxi Frota'): Promise<Detail> {
  const response = await call('POST', '/v1/tickets', customer.token, { subject, message: { body: 'Quero integrar o cartão da frota.' } });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const detail = async (id: string, token: string) => (await call('GET', `/v1/tickets/${id}`, token)).json() as Detail;

describe('the tickets API', { timeout: 60_000 }, () => {
  it('opens a customer’s ticket for its own account, from the customer, with the timeline', async () => {
    const ticket = await openAsCustomer();
    expect(ticket).toMatchObject({
      accountId: customer.accountId,
      kind: 'onboarding',
      status: 'open',
      requester: { email: 'marina@rioclaro.example', name: 'Marina Souza' },
      locale: 'pt-BR',
      messages: [{ direction: 'inbound', visibility: 'public', body: 'Quero integrar o cartão da frota.' }],
    });
    expect(ticket.timeline.map((event) => [event.type, event.actor])).toEqual([
      ['created', customer.id],
      ['message_added', customer.id],
    ]);
    const audit = (await call('GET', `/v1/audit-log?targetId=${ticket.id}`, admin)).json().data.map((entry: { action: string }) => entry.action);
    expect(audit.sort()).toEqual(['ticket.created', 'ticket.message_added']);
  });

  it('keeps internal notes from the customer, and other accounts’ tickets out of sight (404)', async () => {
    const ticket = await openAsCustomer();
    const note = await call('POST', `/v1/tickets/${ticket.id}/messages`, agent.token, { body: 'Cliente já tem contrato ativo.', visibility: 'internal' });
    expect(note.statusCode).toBe(201);
    expect(note.json()).toMatchObject({ direction: 'outbound', visibility: 'internal', author: agent.id });
    await call('POST', `/v1/tickets/${ticket.id}/messages`, agent.token, { body: 'Envie a chave de autorização.' });

    const staffView = await detail(ticket.id, agent.token);
    expect(staffView.messages.map((message) => message.visibility)).toEqual(['public', 'internal', 'public']);
    const customerView = await detail(ticket.id, customer.token);
    expect(customerView.messages.map((message) => message.body)).toEqual(['Quero integrar o cartão da frota.', 'Envie a chave de autorização.']);
    expect(customerView.timeline.filter((event) => event.type === 'message_added')).toHaveLength(2);
    expect(staffView.timeline.filter((event) => event.type === 'message_added')).toHaveLength(3);

    const internal = await call('POST', `/v1/tickets/${ticket.id}/messages`, customer.token, { body: 'Nota?', visibility: 'internal' });
    expect(internal.json()).toMatchObject({ status: 403, code: 'forbidden' });

    const theirs = await call('POST', '/v1/tickets', admin, { accountId: otherAccountId, subject: 'Outra conta', requester: { email: 'dono@vizinha.example' } });
    expect(theirs.statusCode).toBe(201);
    const theirId = theirs.json().id as string;
    expect((await call('GET', `/v1/tickets/${theirId}`, customer.token)).json()).toMatchObject({ status: 404, code: 'ticket_not_found' });
    expect((await call('POST', `/v1/tickets/${theirId}/messages`, customer.token, { body: 'Olá' })).statusCode).toBe(404);
    expect((await call('PATCH', `/v1/tickets/${theirId}`, customer.token, { status: 'closed' })).statusCode).toBe(404);
    const mine = (await call('GET', '/v1/tickets?limit=500', customer.token)).json().data as { accountId: string }[];
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((row) => row.accountId === customer.accountId)).toBe(true);
    const sneaky = await call('POST', '/v1/tickets', customer.token, { accountId: otherAccountId, subject: 'Entrar na outra conta' });
    expect(sneaky.json()).toMatchObject({ status: 404, code: 'account_not_found', field: 'body.accountId' });
    // Customers may not change status or assignee of their own tickets either: forbidden once the ticket is found.
    expect((await call('PATCH', `/v1/tickets/${ticket.id}`, customer.token, { status: 'closed' })).statusCode).toBe(403);
  });

  it('waits for the customer, reopens on the answer, and puts status and assignee changes on the timeline', async () => {
    const ticket = await openAsCustomer();
    const asked = await call('POST', `/v1/tickets/${ticket.id}/messages`, agent.token, { body: 'Envie a chave, por favor.', awaitCustomer: true });
    expect(asked.statusCode).toBe(201);
    expect((await detail(ticket.id, agent.token)).status).toBe('waiting_customer');
    await call('POST', `/v1/tickets/${ticket.id}/messages`, customer.token, { body: 'Segue a chave.' });
    expect((await detail(ticket.id, agent.token)).status).toBe('open');

    const changed = await call('PATCH', `/v1/tickets/${ticket.id}`, agent.token, { status: 'waiting_provider', assigneeId: agent.id, reason: 'Cadastro enviado à Maxi Frota' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ status: 'waiting_provider', assigneeId: agent.id });
    const unassigned = await call('PATCH', `/v1/tickets/${ticket.id}`, admin, { assigneeId: null });
    expect(unassigned.json()).toMatchObject({ assigneeId: null });
    const timeline = (await detail(ticket.id, agent.token)).timeline.filter((event) => event.type !== 'message_added' && event.type !== 'created');
    expect(timeline.map((event) => [event.type, event.data])).toEqual([
      ['status_changed', { from: 'open', to: 'waiting_customer', reason: null, cause: 'awaiting_customer' }],
      ['status_changed', { from: 'waiting_customer', to: 'open', reason: null, cause: 'customer_answered' }],
      ['assigned', { from: null, to: agent.id }],
      ['status_changed', { from: 'open', to: 'waiting_provider', reason: 'Cadastro enviado à Maxi Frota', cause: 'set' }],
      ['assigned', { from: agent.id, to: null }],
    ]);
    const byAssignee = (await call('GET', `/v1/tickets?status=waiting_provider&assigneeId=${agent.id}`, admin)).json().data;
    expect(byAssignee).toEqual([]);
    expect((await call('GET', `/v1/tickets?status=waiting_provider&accountId=${customer.accountId}`, admin)).json().data.map((row: { id: string }) => row.id)).toContain(ticket.id);

    expect((await call('PATCH', `/v1/tickets/${ticket.id}`, agent.token, { status: 'closed' })).json()).toMatchObject({ status: 'closed' });
    expect((await call('PATCH', `/v1/tickets/${ticket.id}`, agent.token, { status: 'open' })).json()).toMatchObject({ status: 409, code: 'ticket_closed' });
    expect((await call('POST', `/v1/tickets/${ticket.id}/messages`, customer.token, { body: 'Mais uma coisa' })).json()).toMatchObject({ status: 409, code: 'ticket_closed' });
  });

  it('attaches a re-delivered e-mail once, and finds an integration’s open onboarding ticket', async () => {
    // A bare integration row: the onboarding flow would open its own ticket.
    const integration = await ponte.database.transaction(({ db }) =>
      ponte.integrations.insert(db, cliActor, { accountId: customer.accountId, connector: 'ticket-log', environment: 'sandbox', state: 'requested', config: { clientCode: 4242 } }),
    );
    const flow = systemActor('onboarding');
    const opened = await ponte.database.transaction(({ db }) =>
      ponte.tickets.open(db, flow, { accountId: customer.accountId, integrationId: integration.id, kind: 'onboarding', subject: 'Integração Ticket Log', requester: { email: 'marina@rioclaro.example' } }),
    );
    expect(await ponte.tickets.findOpenFor(ponte.database.db, integration.id, 'onboarding')).toMatchObject({ id: opened.id });

    const reply = { direction: 'inbound' as const, visibility: 'public' as const, from: 'marina@rioclaro.example', to: ['suporte@ponte.example'], subject: 'Re: Integração Ticket Log', body: 'Segue o CNPJ.', attachments: [{ filename: 'cnpj.pdf', contentType: 'application/pdf', size: 1234 }], mailMessageId: `<${opened.id}@mail.rioclaro.example>` };
    const contact = customerContactActor(customer.accountId, 'marina@rioclaro.example');
    const first = await ponte.database.transaction(({ db }) => ponte.tickets.addMessage(db, contact, opened.id, reply));
    const again = await ponte.database.transaction(({ db }) => ponte.tickets.addMessage(db, contact, opened.id, reply));
    expect(first.created).toBe(true);
    expect(again).toEqual({ message: first.message, created: false });
    const seen = await detail(opened.id, customer.token);
    expect(seen.messages).toEqual([expect.objectContaining({ id: first.message.id, attachments: reply.attachments, from: 'marina@rioclaro.example' })]);
    expect(seen.timeline.filter((event) => event.type === 'message_added')).toHaveLength(1);
    expect(seen.timeline[0]).toMatchObject({ type: 'created', actor: 'system:onboarding' });

    const byIntegration = (await call('GET', `/v1/tickets?integrationId=${integration.id}`, admin)).json().data;
    expect(byIntegration.map((row: { id: string }) => row.id)).toEqual([opened.id]);
    // The provider's approval, found by polling it, resolves the onboarding.
    await ponte.database.transaction(({ db }) => ponte.tickets.setStatus(db, providerActor('ticket-log'), opened.id, 'resolved', 'Aprovado pela Ticket Log'));
    expect((await detail(opened.id, agent.token)).timeline.at(-1)).toMatchObject({ type: 'status_changed', actor: 'provider:ticket-log', data: { to: 'resolved' } });
    expect(await ponte.tickets.findOpenFor(ponte.database.db, integration.id, 'onboarding')).toBeNull();

    const elsewhere = await call('POST', '/v1/tickets', admin, { accountId: otherAccountId, integrationId: integration.id, subject: 'Integração de outra conta', requester: { email: 'x@vizinha.example' } });
    expect(elsewhere.json()).toMatchObject({ status: 404, code: 'integration_not_found', field: 'body.integrationId' });
  });

  it('pages the list by id', async () => {
    const all = (await call('GET', '/v1/tickets?limit=500', admin)).json().data as { id: string }[];
    expect(all.length).toBeGreaterThan(2);
    const first = (await call('GET', '/v1/tickets?limit=2', admin)).json().data as { id: string }[];
    const rest = (await call('GET', `/v1/tickets?limit=500&after=${first[1]!.id}`, admin)).json().data as { id: string }[];
    expect([...first, ...rest].map((row) => row.id)).toEqual(all.map((row) => row.id));
  });

  it('answers bad input with problem+json naming the field', async () => {
    const ticket = await openAsCustomer();
    const cases: [string, string, string, object, number, string][] = [
      ['POST', '/v1/tickets', admin, { subject: 'Sem conta', requester: { email: 'a@b.example' } }, 400, 'body.accountId'],
      ['POST', '/v1/tickets', admin, { accountId: customer.accountId, subject: 'Sem solicitante' }, 400, 'body.requester'],
      ['POST', '/v1/tickets', customer.token, { subject: '' }, 400, 'body.subject'],
      ['POST', '/v1/tickets', customer.token, { subject: 'Tipo errado', kind: 'reclamacao' }, 400, 'body.kind'],
      ['POST', '/v1/tickets', customer.token, { subject: 'E-mail errado', requester: { email: 'não é e-mail' } }, 400, 'body.requester.email'],
      ['POST', `/v1/tickets/${ticket.id}/messages`, customer.token, { body: '   ' }, 400, 'body.body'],
      ['PATCH', `/v1/tickets/${ticket.id}`, agent.token, { status: 'archived' }, 400, 'body.status'],
      ['PATCH', `/v1/tickets/${ticket.id}`, agent.token, { assigneeId: customer.id }, 422, 'body.assigneeId'],
      ['PATCH', `/v1/tickets/${ticket.id}`, agent.token, { assigneeId: 'usr_naoexiste000000000' }, 422, 'body.assigneeId'],
      ['GET', '/v1/tickets?status=archived', admin, {}, 400, 'query.status'],
    ];
    for (const [method, url, token, payload, status, field] of cases) {
      const response = await call(method as 'GET' | 'POST' | 'PATCH', url, token, method === 'GET' ? undefined : payload);
      expect(response.headers['content-type'], `${method} ${url} ${JSON.stringify(payload)}`).toMatch(/^application\/problem\+json/);
      expect(response.json(), `${method} ${url} ${JSON.stringify(payload)}`).toMatchObject({ status, field });
    }
    expect((await call('PATCH', `/v1/tickets/${ticket.id}`, agent.token, { assigneeId: customer.id })).json()).toMatchObject({ code: 'ticket_assignee_invalid' });
    expect((await detail(ticket.id, agent.token)).timeline.map((event) => event.type)).toEqual(['created', 'message_added']);
    expect((await ponte.app.inject({ method: 'GET', url: '/v1/tickets' })).statusCode).toBe(401);
  });
});
