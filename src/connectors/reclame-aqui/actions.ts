import type { ProviderResponse } from '../sdk/provider-http.ts';
import { ProviderError } from '../sdk/provider-error.ts';
import { organizationCompanies, writeResultIn } from './answer-shapes.ts';
import { reclameAquiManifest } from './manifest.ts';
import { type HugmeSession, providerMessage } from './session.ts';

/** Moderation reason 1 ("outra empresa") moves the complaint to another company, named by `migrateTO`. */
const MODERATION_OTHER_COMPANY = '1';

interface ActionCall {
  path: string;
  body: Record<string, string | number>;
}

/**
 * The manifest's actions as HugMe calls. Every body is sent as JSON: the public answer and the evaluation request
 * are JSON in public clients, and while the private message and moderation are multipart there, HugMe's sandbox
 * (and, by the clients' disagreement, likely the provider) takes JSON too; attachments (which need multipart) are
 * not offered by the manifest's actions.
 */
function actionCall(action: string, input: Record<string, string>): ActionCall {
  const id = input.ticketId!;
  switch (action) {
    case 'public_answer':
      return { path: '/ticket/v1/tickets/message/public', body: { id, message: input.message! } };
    case 'private_message':
      return { path: '/ticket/v1/tickets/message/private', body: { id, message: input.message!, email: input.email! } };
    case 'request_evaluation':
      return { path: '/ticket/v1/tickets/evaluation', body: { id } };
    case 'request_moderation': {
      const body: ActionCall['body'] = { id, reason: Number(input.reason), message: input.message! };
      // Sent only with reason 1; without it HugMe refuses the request, and that refusal is reported as is.
      if (input.reason === MODERATION_OTHER_COMPANY && input.migrateTo) body.migrateTO = input.migrateTo;
      return { path: '/ticket/v1/tickets/moderation', body };
    }
    default:
      throw new Error(`Reclame Aqui has no action "${action}"`);
  }
}

/**
 * Runs one action. Unknown actions and input that does not match the manifest are programming errors and throw a
 * plain Error (the platform validates input against the manifest before calling); anything HugMe refuses (4xx, or a
 * 200 that says `success:false`) is a ProviderError('rejected') carrying HugMe's own message.
 */
export async function runHugmeAction(session: HugmeSession, action: string, input: unknown): Promise<Record<string, unknown>> {
  const declared = reclameAquiManifest.actions.find((candidate) => candidate.key === action);
  if (!declared) throw new Error(`Reclame Aqui has no action "${action}"`);
  const parsed = declared.input.safeParse(input);
  if (!parsed.success) throw new Error(`Invalid input for Reclame Aqui action ${action}: ${parsed.error.message}`);
  if (action === 'find_company_pages') return findCompanyPages(session, (parsed.data as { name?: string }).name);
  const call = actionCall(action, parsed.data as Record<string, string>);
  const response = await sendWrite(session, call);
  if (response === null) return { ticketId: String(call.body.id) };
  const result = writeResultIn(response.body);
  if (!isSuccess(response.status) || (response.body as { success?: unknown } | null)?.success === false) {
    const message = providerMessage(response);
    throw new ProviderError('rejected', `HugMe refused ${action} on ticket ${String(call.body.id)} (${response.status})${message ? `: ${message}` : ''}`, {
      status: response.status,
      providerMessage: message,
    });
  }
  return {
    ticketId: String(result.id ?? call.body.id),
    ...(result.interactionId !== undefined ? { interactionId: String(result.interactionId) } : {}),
    ...(result.message !== undefined ? { providerMessage: result.message } : {}),
  };
}

const isSuccess = (status: number) => status >= 200 && status < 300;

/**
 * The write call. The body of a successful write is unknown ([U]): a 2xx whose body is not JSON (plain "OK") is done,
 * answered null, since calling it a failure would have an agent send the same answer to the consumer twice.
 */
async function sendWrite(session: HugmeSession, call: ActionCall): Promise<ProviderResponse | null> {
  try {
    return await session.call({ method: 'POST', path: call.path, json: call.body });
  } catch (error) {
    const status = error instanceof ProviderError ? error.details.status : undefined;
    if (error instanceof ProviderError && error.kind === 'bad_response' && status !== undefined && isSuccess(status)) return null;
    throw error;
  }
}

/** One company page of the client's HugMe organization, as an admin picks it for the config. */
export interface CompanyPage {
  id: number;
  name: string;
  /** The page's slug on reclameaqui.com.br (HugMe's `shortname`), what the config's companyPage holds. */
  page: string | null;
  url: string | null;
}

/** Case- and accent-insensitive text, so "sao" finds "São". */
const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();

/**
 * find_company_pages ("Buscar página"): GET the client's organization and, when a name is given, keep the companies
 * whose name or page contains it (case- and accent-insensitive). The organization's shape is read leniently (see
 * organizationCompanies); entries without a numeric id or a name are skipped. A refusal is `rejected` with HugMe's
 * message; here the list is truly needed, so a body without one is `bad_response`.
 */
async function findCompanyPages(session: HugmeSession, name: string | undefined): Promise<Record<string, unknown>> {
  const response = await session.call({ method: 'GET', path: '/companies/v1/companies/organization' });
  if (!isSuccess(response.status)) {
    const message = providerMessage(response);
    throw new ProviderError(response.status >= 400 && response.status < 500 ? 'rejected' : 'bad_response', `HugMe's organization answered ${response.status}${message ? `: ${message}` : ''}`, {
      status: response.status,
      providerMessage: message,
    });
  }
  const found = organizationCompanies(response.body);
  if (!found) throw new ProviderError('bad_response', "HugMe's organization holds no list of companies", { providerMessage: response.text.slice(0, 500) });
  const wanted = fold(name ?? '');
  const companies: CompanyPage[] = [];
  for (const { id, name: companyName, shortname: page, url } of found) {
    if (companyName === null) continue;
    if (wanted !== '' && !fold(companyName).includes(wanted) && !fold(page ?? '').includes(wanted)) continue;
    companies.push({ id, name: companyName, page, url });
  }
  return { companies };
}
