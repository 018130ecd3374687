import type { BusinessCalendar } from '../../platform/calendar/business-calendar.ts';
import type { Clock } from '../../platform/clock.ts';
import { FINDING_CHECKS, type Finding, type FindingCheck, type FindingOutcome } from '../../platform/findings.ts';
import type { ApiDescription, CallFacts } from '../../modules/partner-apis/index.ts';

type Environment = 'sandbox' | 'production';

/** What the request log knows of the call a ticket is about (Ponte's own log, or an operator API's batches). */
export interface DiagnosedCall {
  requestId: string;
  at: string;
  apiKeyId: string | null;
  userId: string | null;
  tokenId: string | null;
  /** The environment the call was made to (not the key's). */
  environment: Environment | null;
  partnerApiId: string | null;
  method: string;
  route: string;
  path: string;
  status: number;
  problemCode: string | null;
  payload: unknown;
}

interface KeyFacts {
  id: string;
  displayPrefix: string;
  environment: Environment;
  status: 'active' | 'revoked';
  revokedAt: string | null;
  userIds: string[];
}

interface TokenFacts {
  id: string;
  apiKeyId: string | null;
  userId: string | null;
  issuedAt: Date;
  expiresAt: Date;
}

interface UserFacts {
  id: string;
  email: string;
  accountId: string | null;
  blockedAt: string | null;
}

/** What the diagnostics read, each through its module's public side (wired in ponte.ts). */
export interface DiagnosticsDeps {
  clock: Clock;
  calendar: BusinessCalendar;
  keys: { findById(id: string): Promise<KeyFacts | null> };
  tokens: {
    describe(tokenId: string): Promise<TokenFacts | null>;
    latestIssued(filter: { apiKeyId: string; userId: string | null }): Promise<TokenFacts | null>;
  };
  /** Users by id or e-mail. */
  users: { find(idOrEmail: string): Promise<UserFacts | null>; byIds(ids: string[]): Promise<UserFacts[]> };
  requestLog: {
    othersWithProblem(query: {
      problemCode: string;
      partnerApiId: string | null;
      from: Date;
      to: Date;
      excludeApiKeyId: string | null;
      excludeUserId: string | null;
      excludeRequestId: string;
    }): Promise<{ requests: number; apiKeys: number; users: number }>;
  };
  /** The API's description (versions, catalog, windows, schemas) and the checks made against it. */
  apis: {
    describe(partnerApiId: string | null): Promise<ApiDescription>;
    checkVersion(description: ApiDescription, call: CallFacts): Finding;
    checkSyntax(description: ApiDescription, call: CallFacts): Finding;
    checkMaintenanceWindow(description: ApiDescription, call: CallFacts): Finding;
  };
}

const ENVIRONMENT_NAMES: Record<Environment, { 'pt-BR': string; en: string }> = {
  sandbox: { 'pt-BR': 'homologação (sandbox)', en: 'sandbox (homologação)' },
  production: { 'pt-BR': 'produção', en: 'production' },
};

/** Token problems: the call came without a token Ponte could use. */
const TOKEN_PROBLEMS = new Set(['unauthenticated', 'token_malformed', 'token_invalid', 'token_expired']);

/** How far back "the same problem for other partners" looks: an incident after a release shows within the hour. */
const NEIGHBOURHOOD_MS = 60 * 60 * 1000;

const finding = (check: FindingCheck, outcome: FindingOutcome, ptBR: string, en: string, data: Record<string, unknown>, guide?: string): Finding => ({
  check,
  outcome,
  summary: { 'pt-BR': ptBR, en },
  data,
  ...(guide ? { guide } : {}),
});

/** The user a token request to Ponte named in its body (`user`), when the log could not tie it to one. */
function userNamedIn(call: DiagnosedCall): string | null {
  if (call.partnerApiId !== null || call.route !== '/v1/auth/token') return null;
  const body = (call.payload as { body?: unknown } | null)?.body;
  const user = (body as { user?: unknown } | null)?.user;
  return typeof user === 'string' && user.length > 0 && user.length <= 320 ? user : null;
}

/**
 * The partner API procedure's checks, run on a logged call: the key (exists, active, environment), the user (exists,
 * not blocked, linked to the key; the key's users), the token (age at the call, renewed since), the time (business
 * hours, maintenance windows), the version and the syntax against the API's description, and the neighbourhood (the
 * same problem for other partners in the hour before). Each finding says pass, fail or unknown with what it saw.
 */
export class Diagnostics {
  constructor(private readonly deps: DiagnosticsDeps) {}

  /**
   * The findings on a call, for a ticket of `accountId`: people are named only when they are of that account or
   * linked to the call's key (a partner cannot learn about other accounts' users by naming them in a call).
   */
  async run(call: DiagnosedCall, scope: { accountId: string }): Promise<Finding[]> {
    const at = new Date(call.at);
    const key = call.apiKeyId ? await this.deps.keys.findById(call.apiKeyId) : null;
    const user = await this.#userOf(call, key, scope.accountId);
    const description = await this.deps.apis.describe(call.partnerApiId);
    const facts: CallFacts = { method: call.method, route: call.route, path: call.path, payload: call.payload, at };
    const findings = [
      ...this.#keyFindings(call, key),
      ...(await this.#userFindings(call, key, user, scope.accountId)),
      await this.#tokenFinding(call, key, at),
      this.#businessHoursFinding(at),
      this.deps.apis.checkMaintenanceWindow(description, facts),
      this.deps.apis.checkVersion(description, facts),
      this.deps.apis.checkSyntax(description, facts),
      await this.#neighbourhoodFinding(call, at, user?.user?.id ?? null),
    ];
    return findings.sort((a, b) => FINDING_CHECKS.indexOf(a.check) - FINDING_CHECKS.indexOf(b.check));
  }

  /** The logged user; else the one the call named; else the key's only user (a refusal before the user was known). */
  async #userOf(call: DiagnosedCall, key: KeyFacts | null, accountId: string): Promise<{ named: string; user: UserFacts | null } | null> {
    const named = call.userId ?? userNamedIn(call) ?? (key?.userIds.length === 1 ? key.userIds[0]! : null);
    if (!named) return null;
    const user = await this.deps.users.find(named);
    // Someone else's user is, to this account, a user that does not exist here.
    const visible = user !== null && (user.accountId === accountId || (key?.userIds.includes(user.id) ?? false));
    return { named, user: visible ? user : null };
  }

  #keyFindings(call: DiagnosedCall, key: KeyFacts | null): Finding[] {
    if (!key) {
      const exists =
        call.problemCode === 'api_key_unknown'
          ? finding('key_exists', 'fail', 'A chave enviada não existe: nenhuma chave ativa da Ponte corresponde a ela.', 'The key sent does not exist: no Ponte key matches it.', { apiKeyId: call.apiKeyId }, 'authentication#keys')
          : finding('key_exists', 'unknown', 'A chamada não identificou uma chave de API.', 'The call did not identify an API key.', { apiKeyId: call.apiKeyId });
      const unknown = (check: FindingCheck) => finding(check, 'unknown', 'Sem chave identificada, não há o que verificar.', 'No key identified: nothing to check.', {});
      return [exists, unknown('key_active'), unknown('key_environment')];
    }
    const keyData = { apiKey: `${key.displayPrefix}…`, apiKeyId: key.id };
    const exists = finding('key_exists', 'pass', `A chave ${key.displayPrefix}… existe.`, `The key ${key.displayPrefix}… exists.`, keyData);
    const revokedBefore = key.revokedAt !== null && Date.parse(key.revokedAt) <= Date.parse(call.at);
    const active =
      key.status === 'revoked'
        ? finding(
            'key_active',
            revokedBefore ? 'fail' : 'pass',
            revokedBefore
              ? `A chave ${key.displayPrefix}… foi revogada em ${this.#local(key.revokedAt!, 'pt-BR')}, antes da chamada.`
              : `A chave ${key.displayPrefix}… estava ativa na hora da chamada; foi revogada depois, em ${this.#local(key.revokedAt!, 'pt-BR')}.`,
            revokedBefore
              ? `The key ${key.displayPrefix}… was revoked on ${this.#local(key.revokedAt!, 'en')}, before the call.`
              : `The key ${key.displayPrefix}… was active at the call; it was revoked later, on ${this.#local(key.revokedAt!, 'en')}.`,
            { ...keyData, status: key.status, revokedAt: key.revokedAt },
            'authentication#keys',
          )
        : finding('key_active', 'pass', `A chave ${key.displayPrefix}… está ativa.`, `The key ${key.displayPrefix}… is active.`, { ...keyData, status: key.status, revokedAt: null });
    const environmentData = { ...keyData, keyEnvironment: key.environment, requestEnvironment: call.environment };
    const environment =
      call.environment === null
        ? finding('key_environment', 'unknown', 'O log não diz para qual ambiente a chamada foi.', 'The log does not say which environment the call went to.', environmentData)
        : call.environment === key.environment
          ? finding(
              'key_environment',
              'pass',
              `A chave é de ${ENVIRONMENT_NAMES[key.environment]['pt-BR']}, o mesmo ambiente da chamada.`,
              `The key belongs to ${ENVIRONMENT_NAMES[key.environment].en}, the environment the call went to.`,
              environmentData,
            )
          : finding(
              'key_environment',
              'fail',
              `A chave ${key.displayPrefix}… é de ${ENVIRONMENT_NAMES[key.environment]['pt-BR']}, mas a chamada foi para ${ENVIRONMENT_NAMES[call.environment]['pt-BR']}.`,
              `The key ${key.displayPrefix}… belongs to ${ENVIRONMENT_NAMES[key.environment].en}, but the call went to ${ENVIRONMENT_NAMES[call.environment].en}.`,
              environmentData,
              'environments#key-environment',
            );
    return [exists, active, environment];
  }

  async #userFindings(call: DiagnosedCall, key: KeyFacts | null, found: { named: string; user: UserFacts | null } | null, accountId: string): Promise<Finding[]> {
    // The key's users of other accounts (a key shared by an admin across accounts) are counted, never named.
    const keyUsers = key ? await this.deps.users.byIds(key.userIds) : [];
    const emails = keyUsers
      .filter((user) => user.accountId === accountId)
      .map((user) => user.email)
      .sort();
    const elsewhere = key ? key.userIds.length - emails.length : 0;
    const listed = { 'pt-BR': [...emails, ...(elsewhere ? [`+${elsewhere} de outra(s) conta(s)`] : [])].join(', '), en: [...emails, ...(elsewhere ? [`+${elsewhere} of other account(s)`] : [])].join(', ') };
    const usersFinding = !key
      ? finding('key_users', 'unknown', 'Sem chave identificada, não se sabe quais usuários ela tem.', 'No key identified: its users are unknown.', {})
      : key.userIds.length === 0
        ? finding('key_users', 'pass', 'É uma chave de operador, sem usuários ligados.', 'An operator key, with no users linked.', { count: 0, users: [] })
        : finding(
            'key_users',
            key.userIds.length > 1 && !found ? 'fail' : 'pass',
            key.userIds.length > 1
              ? `A chave tem ${key.userIds.length} usuários (${listed['pt-BR']}): cada chamada de token precisa dizer qual deles age (campo "user").`
              : `A chave tem um usuário: ${listed['pt-BR']}.`,
            key.userIds.length > 1
              ? `The key has ${key.userIds.length} users (${listed.en}): each token request must say which one acts ("user").`
              : `The key has one user: ${listed.en}.`,
            { count: key.userIds.length, users: emails, usersOfOtherAccounts: elsewhere },
            key.userIds.length > 1 ? 'authentication#users' : undefined,
          );
    if (!found) {
      const unknown = (check: FindingCheck) =>
        finding(check, 'unknown', 'A chamada não identificou um usuário.', 'The call did not identify a user.', { problemCode: call.problemCode });
      return [unknown('user_exists'), unknown('user_active'), unknown('user_linked_to_key'), usersFinding];
    }
    const { named, user } = found;
    if (!user) {
      return [
        finding('user_exists', 'fail', `O usuário ${named} não existe nesta conta.`, `The user ${named} does not exist in this account.`, { user: named }, 'authentication#users'),
        finding('user_active', 'unknown', 'Usuário inexistente.', 'No such user.', { user: named }),
        finding('user_linked_to_key', 'unknown', 'Usuário inexistente.', 'No such user.', { user: named }),
        usersFinding,
      ];
    }
    const userData = { user: user.email, userId: user.id };
    const exists = finding('user_exists', 'pass', `O usuário ${user.email} existe.`, `The user ${user.email} exists.`, userData);
    const active = user.blockedAt
      ? finding(
          'user_active',
          'fail',
          `O usuário ${user.email} está bloqueado desde ${this.#local(user.blockedAt, 'pt-BR')}.`,
          `The user ${user.email} has been blocked since ${this.#local(user.blockedAt, 'en')}.`,
          { ...userData, blockedAt: user.blockedAt },
          'authentication#users',
        )
      : finding('user_active', 'pass', `O usuário ${user.email} está ativo.`, `The user ${user.email} is active.`, { ...userData, blockedAt: null });
    const linked = !key
      ? finding('user_linked_to_key', 'unknown', 'Sem chave identificada.', 'No key identified.', userData)
      : key.userIds.length === 0
        ? finding('user_linked_to_key', 'unknown', 'Chave de operador: não tem usuários ligados.', 'An operator key: it has no users linked.', userData)
        : key.userIds.includes(user.id)
          ? finding('user_linked_to_key', 'pass', `${user.email} está ligado à chave ${key.displayPrefix}….`, `${user.email} is linked to the key ${key.displayPrefix}….`, userData)
          : finding(
              'user_linked_to_key',
              'fail',
              `${user.email} não está ligado à chave ${key.displayPrefix}…; os usuários dela são: ${listed['pt-BR']}.`,
              `${user.email} is not linked to the key ${key.displayPrefix}…; its users are: ${listed.en}.`,
              { ...userData, linkedUsers: emails },
              'authentication#users',
            );
    return [exists, active, linked, usersFinding];
  }

  async #tokenFinding(call: DiagnosedCall, key: KeyFacts | null, at: Date): Promise<Finding> {
    const token = call.tokenId ? await this.deps.tokens.describe(call.tokenId) : null;
    if (!token) {
      if (call.problemCode && TOKEN_PROBLEMS.has(call.problemCode)) {
        return finding(
          'token',
          'fail',
          'A chamada veio sem um token válido emitido pela Ponte (ausente, malformado ou desconhecido).',
          'The call came without a valid token issued by Ponte (missing, malformed or unknown).',
          { problemCode: call.problemCode },
          'authentication#tokens',
        );
      }
      return finding('token', 'unknown', 'A chamada não usou token (por exemplo, a própria troca de chave por token).', 'The call used no token (for example, the key-for-token exchange itself).', {});
    }
    const ageSeconds = Math.round((at.getTime() - token.issuedAt.getTime()) / 1000);
    const expired = at.getTime() >= token.expiresAt.getTime();
    const latest = token.apiKeyId ? await this.deps.tokens.latestIssued({ apiKeyId: token.apiKeyId, userId: token.userId }) : null;
    const newer = latest && latest.id !== token.id && latest.issuedAt.getTime() > token.issuedAt.getTime() ? latest : null;
    const data = {
      tokenId: token.id,
      issuedAt: token.issuedAt.toISOString(),
      expiresAt: token.expiresAt.toISOString(),
      ageAtRequestSeconds: ageSeconds,
      expiredAtRequest: expired,
      newerTokenIssuedAt: newer ? newer.issuedAt.toISOString() : null,
      apiKey: key ? `${key.displayPrefix}…` : null,
    };
    const renewed = {
      'pt-BR': newer ? `Um token novo foi emitido depois, em ${this.#local(newer.issuedAt, 'pt-BR')}.` : 'Nenhum token novo foi emitido para esta chave e usuário desde então.',
      en: newer ? `A newer token was issued later, on ${this.#local(newer.issuedAt, 'en')}.` : 'No newer token has been issued for this key and user since.',
    };
    const age = this.#duration(ageSeconds);
    if (expired) {
      const late = Math.round((at.getTime() - token.expiresAt.getTime()) / 1000);
      return finding(
        'token',
        'fail',
        `O token foi emitido em ${this.#local(token.issuedAt, 'pt-BR')} e venceu em ${this.#local(token.expiresAt, 'pt-BR')} (validade de 12 horas); a chamada veio ${this.#duration(late)} depois do vencimento, com o token com ${age}. ${renewed['pt-BR']}`,
        `The token was issued on ${this.#local(token.issuedAt, 'en')} and expired on ${this.#local(token.expiresAt, 'en')} (12-hour lifetime); the call came ${this.#duration(late)} after it expired, the token ${age} old. ${renewed.en}`,
        data,
        'authentication#token-renewal',
      );
    }
    return finding(
      'token',
      'pass',
      `O token era válido na hora da chamada (emitido há ${age}, vence em ${this.#local(token.expiresAt, 'pt-BR')}). ${renewed['pt-BR']}`,
      `The token was valid at the call (issued ${age} before, expires on ${this.#local(token.expiresAt, 'en')}). ${renewed.en}`,
      data,
    );
  }

  #businessHoursFinding(at: Date): Finding {
    const { calendar } = this.deps;
    const data = { at: at.toISOString(), timeZone: calendar.settings.timeZone, opensAt: calendar.settings.opensAt, closesAt: calendar.settings.closesAt, holiday: calendar.holidayOn(at)?.name ?? null };
    if (calendar.isOpen(at)) {
      return finding('business_hours', 'pass', `A chamada foi em horário comercial (${this.#local(at, 'pt-BR')}).`, `The call was within business hours (${this.#local(at, 'en')}).`, { ...data, inBusinessHours: true });
    }
    const holiday = data.holiday ? { 'pt-BR': `, feriado: ${data.holiday}`, en: `, a holiday: ${data.holiday}` } : { 'pt-BR': '', en: '' };
    return finding(
      'business_hours',
      'fail',
      `A chamada foi fora do horário comercial (${this.#local(at, 'pt-BR')}${holiday['pt-BR']}): rotinas noturnas e janelas de manutenção rodam nesses horários.`,
      `The call was outside business hours (${this.#local(at, 'en')}${holiday.en}): nightly routines and maintenance windows run then.`,
      { ...data, inBusinessHours: false },
      'off-hours#business-hours',
    );
  }

  async #neighbourhoodFinding(call: DiagnosedCall, at: Date, userId: string | null): Promise<Finding> {
    if (!call.problemCode) {
      return finding('neighbourhood', 'unknown', 'A chamada não tem código de problema para comparar com outros parceiros.', 'The call has no problem code to compare with other partners.', {});
    }
    const from = new Date(at.getTime() - NEIGHBOURHOOD_MS);
    const to = new Date(Math.min(this.deps.clock.now().getTime(), at.getTime() + NEIGHBOURHOOD_MS));
    const others = await this.deps.requestLog.othersWithProblem({
      problemCode: call.problemCode,
      partnerApiId: call.partnerApiId,
      from,
      to,
      excludeApiKeyId: call.apiKeyId,
      excludeUserId: call.userId ?? userId,
      excludeRequestId: call.requestId,
    });
    const data = { problemCode: call.problemCode, from: from.toISOString(), to: to.toISOString(), otherRequests: others.requests, otherApiKeys: others.apiKeys, otherUsers: others.users };
    if (others.apiKeys === 0 && others.users === 0) {
      return finding(
        'neighbourhood',
        'pass',
        `Nenhum outro parceiro teve ${call.problemCode} na última hora: o problema é desta integração.`,
        `No other partner had ${call.problemCode} in the last hour: the problem is this integration's.`,
        data,
      );
    }
    const partners = Math.max(others.apiKeys, others.users);
    return finding(
      'neighbourhood',
      'fail',
      `Outros ${partners} parceiro(s) tiveram ${call.problemCode} na última hora (${others.requests} chamadas): pode ser um incidente (por exemplo, depois de uma publicação).`,
      `${partners} other partner(s) had ${call.problemCode} in the last hour (${others.requests} calls): possibly an incident (after a release, say).`,
      data,
      `problems#${call.problemCode}`,
    );
  }

  #local(instant: Date | string, locale: 'pt-BR' | 'en'): string {
    return this.deps.calendar.formatDeadline(typeof instant === 'string' ? new Date(instant) : instant, locale);
  }

  #duration(seconds: number): string {
    const total = Math.abs(seconds);
    const hours = Math.floor(total / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    const rest = total % 60;
    const parts: string[] = [];
    if (hours) parts.push(`${hours} h`);
    if (minutes) parts.push(`${minutes} min`);
    if (rest || parts.length === 0) parts.push(`${rest} s`);
    return parts.join(' ');
  }
}
