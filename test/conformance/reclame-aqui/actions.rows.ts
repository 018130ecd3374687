import { emptyOk, json, nginx502 } from '../support/answers.ts';
import { type HugmeRow, keptToken, RENEWED_TOKEN } from './harness.ts';
import { hugmeError, issued, organization, tokenCall, write } from './wire.ts';

/** The manifest's actions: answers, messages, evaluation and moderation requests, and "Buscar página". */

const given = { tokens: keptToken };
const TICKET = '2856434';
const answer = { action: 'public_answer', input: { ticketId: TICKET, message: 'Olá, Carla: estornamos a cobrança em dobro.' } };
const answerBody = { id: TICKET, message: 'Olá, Carla: estornamos a cobrança em dobro.' };
const COMPANIES = [
  { id: 9981, name: 'Empresa Exemplo', shortname: 'empresa-exemplo', url: 'https://www.reclameaqui.com.br/empresa/empresa-exemplo/' },
  { id: 9982, name: 'São Paulo Serviços', shortname: 'sao-paulo-servicos', url: '' },
];

export const actionRows: HugmeRow[] = [
  {
    name: 'public answer: 200 {success:true, message} → sent, with HugMe\'s words',
    given,
    call: answer,
    serves: [write('/message/public', json(200, { success: true, message: 'Resposta enviada' }), answerBody)],
    expect: { result: { ticketId: TICKET, providerMessage: 'Resposta enviada' } },
  },
  {
    name: 'public answer: 200 with an empty body → sent',
    why: 'The body of a write is unknown [U]: HTTP 200 is the documented success.',
    given,
    call: answer,
    serves: [write('/message/public', emptyOk, answerBody)],
    expect: { result: { ticketId: TICKET } },
  },
  {
    name: 'public answer: 200 with a plain "OK" (not JSON) → sent, never sent twice',
    why: 'The body of a write is unknown [U]; calling a 2xx a failure would have an agent answer the consumer twice.',
    given,
    call: answer,
    serves: [write('/message/public', { status: 200, headers: { 'content-type': 'text/plain' }, body: 'OK' }, answerBody)],
    expect: { result: { ticketId: TICKET } },
  },
  {
    name: 'public answer: 204 No Content → sent',
    given,
    call: answer,
    serves: [write('/message/public', { status: 204 }, answerBody)],
    expect: { result: { ticketId: TICKET } },
  },
  {
    name: 'public answer: 200 {success:false, message} → rejected, with HugMe\'s words',
    given,
    call: answer,
    serves: [write('/message/public', json(200, { success: false, message: 'Reclamação já respondida' }), answerBody)],
    expect: { error: { kind: 'rejected', status: 200, providerMessage: 'Reclamação já respondida' } },
  },
  {
    name: 'public answer: 400 {message, code, success:false} → rejected, with HugMe\'s words',
    given,
    call: answer,
    serves: [write('/message/public', hugmeError(400, 'Mensagem muito curta', 4001), answerBody)],
    expect: { error: { kind: 'rejected', status: 400, providerMessage: 'Mensagem muito curta' } },
  },
  {
    name: 'public answer: 401 → token renewed, the answer sent once more → sent',
    given,
    call: answer,
    serves: [write('/message/public', hugmeError(401, 'Token expirado', 4011), answerBody), tokenCall(issued(RENEWED_TOKEN)), write('/message/public', json(200, { success: true }), answerBody, RENEWED_TOKEN)],
    expect: { result: { ticketId: TICKET }, tokensSaved: [{ accessToken: RENEWED_TOKEN }] },
  },
  {
    name: 'public answer: 502 page from nginx → unavailable',
    given,
    call: answer,
    serves: [write('/message/public', nginx502, answerBody)],
    expect: { error: { kind: 'unavailable', status: 502 } },
  },
  {
    name: 'private message → POST /message/private {id, message, email}',
    given,
    call: { action: 'private_message', input: { ticketId: TICKET, message: 'Pode nos enviar o comprovante?', email: 'sac@example.com.br' } },
    serves: [write('/message/private', json(200, { success: true, data: { id: TICKET, ticket_interaction_id: 77001 } }), { id: TICKET, message: 'Pode nos enviar o comprovante?', email: 'sac@example.com.br' })],
    expect: { result: { ticketId: TICKET, interactionId: '77001' } },
  },
  {
    name: 'request evaluation → POST /evaluation {"id":"2856434"}',
    given,
    call: { action: 'request_evaluation', input: { ticketId: TICKET } },
    serves: [write('/evaluation', json(200, { success: true }), { id: TICKET })],
    expect: { result: { ticketId: TICKET } },
  },
  {
    name: 'request moderation, reason 1 (outra empresa) → POST /moderation with migrateTO',
    given,
    call: { action: 'request_moderation', input: { ticketId: TICKET, reason: '1', message: 'A reclamação é sobre a filial.', migrateTo: '9982' } },
    serves: [write('/moderation', json(200, { success: true }), { id: TICKET, reason: 1, message: 'A reclamação é sobre a filial.', migrateTO: '9982' })],
    expect: { result: { ticketId: TICKET } },
  },
  {
    name: 'request moderation, reason 4 (duplicidade) → POST /moderation without migrateTO',
    given,
    call: { action: 'request_moderation', input: { ticketId: TICKET, reason: '4', message: 'Duplicada da 2856433.', migrateTo: '9982' } },
    serves: [write('/moderation', json(200, { success: true }), { id: TICKET, reason: 4, message: 'Duplicada da 2856433.' })],
    expect: { result: { ticketId: TICKET } },
  },
  {
    name: 'request moderation refused: 422 {message} → rejected, with HugMe\'s words',
    given,
    call: { action: 'request_moderation', input: { ticketId: TICKET, reason: '17', message: 'Não violamos o direito do consumidor.' } },
    serves: [write('/moderation', hugmeError(422, 'Prazo para moderação encerrado', 4220), { id: TICKET, reason: 17 })],
    expect: { error: { kind: 'rejected', status: 422, providerMessage: 'Prazo para moderação encerrado' } },
  },
  {
    name: 'find company pages "sao paulo": organization a bare list → the matching page (accents and case ignored)',
    given,
    call: { action: 'find_company_pages', input: { name: 'sao paulo' } },
    serves: [organization(json(200, COMPANIES))],
    expect: { result: { companies: [{ id: 9982, name: 'São Paulo Serviços', page: 'sao-paulo-servicos', url: null }] } },
  },
  {
    name: 'find company pages: organization wrapped as {"data":[…]} → the pages',
    why: 'HugMe wraps its other lists in `data`; the organization may come either way (tolerant).',
    given,
    call: { action: 'find_company_pages', input: {} },
    serves: [organization(json(200, { data: COMPANIES }))],
    expect: { result: { companies: [{ id: 9981, page: 'empresa-exemplo' }, { id: 9982 }] } },
  },
];
