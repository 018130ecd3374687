// Generated from /openapi.json by `npm run web:api` (test/web/api-types.test.ts). Do not edit.
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The process is up
         * @description Liveness probe: answers 200 while the process serves HTTP, without touching the database. Restart the process when it stops answering.
         */
        get: operations["checkLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hooks/{integrationId}/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A provider callback (the integration’s “URL de Callback”)
         * @description Give this URL (the integration’s `callbackUrl`) to the provider. Whatever the provider posts is stored sealed and acknowledged at once; a job reads it afterwards and, for PagHiper, confirms it by calling PagHiper back, since its notification carries no signature. A delivery seen before answers `duplicate: true`. The token in the path is the credential: no Authorization header.
         */
        post: operations["receiveProviderCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The database and the queue answer
         * @description Readiness probe: 200 when the database and the job queue both answer, 503 naming the failing check otherwise. Send traffic only to ready processes.
         */
        get: operations["checkReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Accounts you can see (a customer sees its own)
         * @description Admins and agents see every account; a customer’s token lists only the account it belongs to.
         */
        get: operations["listAccounts"];
        put?: never;
        /**
         * Create a customer account (admins)
         * @description An account is one customer of the operator (a fleet company, a store): its users, integrations, events and notification rules all belong to it. It starts with the notification rules its contact needs (onboarding steps, reconnect required, sync failed), which can be edited or removed.
         */
        post: operations["createAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One account
         * @description A customer asking for another account is told it does not exist (404), not that it is forbidden.
         */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an account’s name, contact or language (admins and agents)
         * @description The fields sent replace the current ones; `contactEmail: null` removes the contact.
         */
        patch: operations["updateAccount"];
        trace?: never;
    };
    "/v1/accounts/{accountId}/notification-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An account’s quiet hours and daily caps for messages to its buyers and consumers
         * @description Staff, or the account’s own customers. Without settings of its own an account has the defaults: WhatsApp to a record’s person held from 21:00 to 08:00 (America/Sao_Paulo), at most 3 WhatsApp messages a day to one person.
         */
        get: operations["getNotificationSettings"];
        /**
         * Change an account’s quiet hours, their time zone and channels, or its daily caps
         * @description Only the fields sent change. Quiet hours hold messages to a record’s person (never staff alerts) until they end; a message over the daily cap is skipped with `recipient_cap`.
         */
        put: operations["updateNotificationSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{accountId}/whatsapp-senders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The account’s WhatsApp Business numbers
         * @description One per environment at most, without their secrets, each with the `webhookUrl` to register at Meta.
         */
        get: operations["listWhatsappSenders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{accountId}/whatsapp-senders/{environment}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the account’s WhatsApp Business number for an environment
         * @description Admins. WhatsApp notifications of the account in that environment go out from this number, through the WhatsApp Business Cloud API. The access token, app secret and verify token are sealed together in the credential vault and never shown again; sending again replaces them. The answer carries the `webhookUrl` to register at Meta so that delivery statuses and “SAIR” replies reach Ponte.
         */
        put: operations["putWhatsappSender"];
        post?: never;
        /**
         * Remove the account’s WhatsApp number for an environment
         * @description Admins. Its sealed secrets are destroyed; WhatsApp notifications of the account in that environment then fail as not configured until a number is set again.
         */
        delete: operations["deleteWhatsappSender"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{accountId}/whatsapp-senders/{environment}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check the number and its token with the WhatsApp Cloud API
         * @description Admins and agents. Reads the number from Graph (`GET /{phone-number-id}`) with the sealed token: its display number and quality rating when they go together, `whatsapp_sender_check_failed` with Graph’s code when not.
         */
        post: operations["checkWhatsappSender"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * API keys, without their secrets (admins)
         * @description Every key, oldest first, with its display prefix, linked users, status and last use; filter by environment or status.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key (admins); the key is in this response only
         * @description A key belongs to one environment and is linked to the users who may act through it; a key without users is an operator key that acts as admin. With `partnerApiId` the key is for that partner API: its tokens are introspected by the API’s gateway and never work on Ponte’s own routes. With `purpose: "gateway"` (and `partnerApiId`, no users) it is the credential of that API’s gateway for POST /v1/auth/introspect and POST /v1/api-requests/batch, and nothing else. Ponte keeps only a digest: copy `key` now, it is never shown again.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One API key (admins)
         * @description The key’s metadata, linked users and last use; never its secret.
         */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{keyId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke an API key; its tokens stop working at once (admins)
         * @description Revoking cannot be undone: the partner needs a new key. Revoking a revoked key changes nothing and answers the key as it is.
         */
        post: operations["revokeApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The API request log, newest first (admins)
         * @description Every /v1 request with its key, token, user, environment, route, status, latency and problem code, and the requests partner APIs’ gateways posted; failures keep the error message and the query and body sent, secrets redacted. The support desk’s evidence: filter by key, user, route, request id or period.
         */
        get: operations["listApiRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-requests/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A partner API gateway’s request log, in batches
         * @description Up to 1000 requests the gateway served, with the same fields as Ponte’s own log, so the support desk diagnoses them alike. A batch is all or nothing: an invalid row, or one naming a key or token that is not of the gateway’s partner API, refuses it whole with a problem naming `body.requests.<i>.<field>`. Rows already stored (same request id and time) are skipped: send a batch again when its answer was lost. The gateway authenticates with HTTP Basic (RFC 7662 §2.1): `client_id` is its gateway key’s id (`key_…`), `client_secret` the gateway key itself, made by an admin at POST /v1/api-keys with `purpose: "gateway"` and the partner API’s id. A wrong or missing credential is answered 401 `gateway_unauthenticated` with `WWW-Authenticate: Basic`; repeated refusals from one address, or for one gateway key from addresses it never signed in from, are answered 429 for a while. A gateway key works on these two routes only.
         */
        post: operations["appendGatewayRequestLog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Admin actions, newest first (admins only)
         * @description Who created, changed, revoked or deleted what, and when. Page back with `before` set to the oldest `at` of the previous page.
         */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/introspect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Token introspection for a partner API’s gateway (RFC 7662)
         * @description Is this bearer token good for the gateway’s partner API right now, and whose is it? Send `token` (and optionally `token_type_hint=access_token`) form-encoded or as JSON. An unknown, expired or purged token, one whose key was revoked, or a token for another API (Ponte’s own included) is just `{"active": false}`. The gateway authenticates with HTTP Basic (RFC 7662 §2.1): `client_id` is its gateway key’s id (`key_…`), `client_secret` the gateway key itself, made by an admin at POST /v1/api-keys with `purpose: "gateway"` and the partner API’s id. A wrong or missing credential is answered 401 `gateway_unauthenticated` with `WWW-Authenticate: Basic`; repeated refusals from one address, or for one gateway key from addresses it never signed in from, are answered 429 for a while. A gateway key works on these two routes only.
         */
        post: operations["introspectToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange an e-mail and password for a 12-hour access token (console users)
         * @description For people using the console and the customer portal. The token acts in the environment asked for (production by default). Repeated refusals from one address or for one e-mail are answered 429 for a while.
         */
        post: operations["logIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who the access token acts as
         * @description The role, user, account and environment behind the token: what every other route checks. An operator key without users acts as admin, with no user.
         */
        get: operations["getCurrentPrincipal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/password-resets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a password reset e-mail
         * @description When the e-mail is a user’s who may sign in, Ponte e-mails a link to the portal (customers) or the console (staff) that lets them choose a new password within 1 hour. The answer is the same 202 whether or not the e-mail has a user. Requests are limited per address and per e-mail.
         */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/password-resets/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Choose a new password with a reset or invitation link
         * @description The `token` is the one in the e-mailed link (`…/redefinir-senha?token=…`). The password is set, the link stops working and every access token and session of the user is revoked. Repeated refusals from one address are answered 429 for a while.
         */
        post: operations["confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in to the console or the portal with an e-mail and password (cookie session)
         * @description Sets the cookies `ponte_session` (HttpOnly, SameSite=Strict: the access token) and `ponte_csrf` (readable by the page), both until the session ends. The session acts in the environment asked for (production by default). Repeated refusals from one address or for one e-mail are answered 429 for a while, as on POST /v1/auth/login.
         */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/sessions/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is signed in (cookie session)
         * @description The console and the portal call it on load. Answers 401 `unauthenticated` when no session cookie came.
         */
        get: operations["getCurrentSession"];
        put?: never;
        post?: never;
        /**
         * Sign out (cookie session)
         * @description Revokes the session’s access token at once and clears both cookies. Like every write with the session cookie, it needs the x-csrf-token header.
         */
        delete: operations["signOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/sessions/current/environment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Switch the session between sandbox (homologação) and production
         * @description A new session for the same person in the environment asked for; the old one is revoked. Sets the cookies `ponte_session` (HttpOnly, SameSite=Strict: the access token) and `ponte_csrf` (readable by the page), both until the session ends.
         */
        put: operations["switchSessionEnvironment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange an API key for a 12-hour access token
         * @description Send the key, the user acting through it (needed when the key is linked to several) and, to guard against mix-ups, the environment you mean to call. Send the token as `Authorization: Bearer <access_token>` until it expires; then exchange the key again. Repeated refusals from one address or for one key are answered 429 for a while.
         */
        post: operations["exchangeApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{ticketId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The complaint behind a ticket: its Reclame Aqui status, defaults, allowed solutions and answers
         * @description A customer sees its own account’s only (another’s answers 404). The ticket’s messages and timeline are at GET /v1/tickets/{ticketId}.
         */
        get: operations["getComplaint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{ticketId}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a complaint on Reclame Aqui now: public answer, private message, evaluation or moderation request (admins and agents)
         * @description Sent to HugMe inside this request, with the integration’s credentials and within its rate limit, and audited. On success the answer is recorded as sent (a public answer or private message also as an outbound message on the ticket). A refusal answers 422 `provider_refused_action` with HugMe’s words; an outage 502 or 429 with Retry-After; the attempt is then kept as failed on the timeline and nothing is marked sent. Input is checked against the connector action’s schema first: a 400 names the field and nothing is sent.
         */
        post: operations["answerComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{ticketId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a complaint ticket with one of its integration’s solutions (admins and agents)
         * @description The ticket goes through the stages still ahead of it (resolved, then closed) with the solution and `complaint` as its final category. A solution outside the integration’s list answers 422 `complaint_solution_not_allowed` with `allowedSolutions`, and nothing changes. Closing a complaint ticket any other way (PATCH /v1/tickets/{id}, PATCH /v1/support/tickets/{id}) needs an allowed solution too.
         */
        post: operations["closeComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The connector catalog, with credential and config fields as JSON Schema
         * @description Every provider Ponte connects to: category, onboarding flow, default sync interval, record models, events, actions and checklist, with the credential and config fields an integration needs (and their bounds) as JSON Schema, to build forms from.
         */
        get: operations["listConnectors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connectors/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One connector of the catalog
         * @description One entry of the catalog by its key (`paghiper`, `reclame-aqui`, `maxi-frota`, `ticket-log`).
         */
        get: operations["getConnector"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connectors/{key}/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The notifications a connector offers, with the variables its templates may use
         * @description The connector’s notification catalog: each entry’s name (pt-BR and en), happy-path priority, how Ponte recognises it (the provider’s status or rule), its trigger and default timing, who it goes to by default, and its built-in e-mail and WhatsApp templates; with the variables its records fill. A template that uses any other variable is refused when saved.
         */
        get: operations["listConnectorNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connectors/{key}/notifications/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn a connector’s catalog of notifications on for an account: a rule and an editable template per entry and channel
         * @description Admins. Each entry gets the account’s own copy of its built-in template (edit it with PATCH /v1/notification-templates/{id}) and a rule that follows the entry, sent to the record’s person (a buyer) or the account’s contact as the catalog says. WhatsApp needs the account’s WhatsApp sender, whose approved templates are checked. Entries already on are skipped and listed in `skipped`.
         */
        post: operations["activateNotificationCatalog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Events in the order they happened, paged by an opaque cursor
         * @description Pass `nextCursor` back as `cursor` to read on; on the last page it is where to poll from for new events. The order is the order of commit: an event shows once every transaction that began before it has ended (usually milliseconds), so a cursor never passes over an event that commits late. A customer reads its own account’s events whatever `accountId` says.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Integrations you can see
         * @description In id order, 100 a page by default; pass the last id as `after` for the next page. A customer sees its own account’s integrations only; cancelled integrations are left out.
         */
        get: operations["listIntegrations"];
        put?: never;
        /**
         * Request an integration; credentials given now are verified with the provider first
         * @description Config and credentials are checked against the connector’s fields and bounds (see GET /v1/connectors/{key}). With credentials, self-service and key-exchange connectors are verified (the key exchanged) at once and start `active`, with a backfill of the retroactive window; a refusal answers 422 with the provider’s words and leaves the integration `awaiting_customer` (or `key_expired`), with a ticket and an e-mail giving the customer a /connect link. Without credentials, or for a provider-approval connector (Ticket Log), the onboarding starts: a ticket, the instructions e-mailed to the account’s contact, reminders, and the provider’s 15-day approval. Credentials are sealed and never returned.
         */
        post: operations["createIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/{integrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One integration, with its callback URL, sync state and backfill progress
         * @description Its lifecycle state (and why), masked credential fingerprint, config, callback URL to give the provider, next and last sync, and the backfill’s progress. Another account’s integration answers 404.
         */
        get: operations["getIntegration"];
        put?: never;
        post?: never;
        /**
         * Cancel an integration; its syncs stop
         * @description Its syncs stop and its credentials are destroyed; its records and events stay. A cancelled integration answers 404 afterwards.
         */
        delete: operations["cancelIntegration"];
        options?: never;
        head?: never;
        /**
         * Change config fields (validated against the connector’s bounds)
         * @description The fields sent replace those of the current config; the result must satisfy the connector’s bounds (e.g. a sync interval of 10 to 1440 minutes for Reclame Aqui). A new sync interval takes effect from the next run.
         */
        patch: operations["updateIntegrationConfig"];
        trace?: never;
    };
    "/v1/integrations/{integrationId}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a connector action on the provider now (answer a complaint, create or cancel a charge…)
         * @description Runs one of the connector’s actions (GET /v1/connectors/{key} lists them with their input schemas) on an active integration, synchronously, with its credentials and within the provider’s rate limit. The body is checked against the action’s schema first: a 400 names the field and nothing reaches the provider. A refusal by the provider answers 422 with its own words (`providerMessage`); an outage 502, or 429 with Retry-After when the provider asks to slow down. Reclame Aqui: public_answer, private_message, request_evaluation, request_moderation, find_company_pages; PagHiper: create_charge, charge_status, cancel_charge.
         */
        post: operations["runIntegrationAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/{integrationId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the provider’s approval (provider-approval connectors such as Ticket Log; admins and agents)
         * @description The credentials are verified with the provider and the integration becomes `active`, with its backfill and syncs; the customer is told, and asked to validate the first data once it arrives.
         */
        post: operations["approveIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/{integrationId}/checklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health checklist: green, yellow or red items with reasons
         * @description Evaluated now: credentials verified, a recent successful sync, the callback heard from (connectors with webhooks), notification rules, first data and onboarding complete; the overall status is the worst item’s.
         */
        get: operations["getIntegrationChecklist"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/{integrationId}/complaint-conversion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A complaint channel integration’s automatic conversion of complaints into tickets (admins and agents)
         * @description Off, with empty defaults, until set.
         */
        get: operations["getComplaintConversion"];
        /**
         * Turn automatic conversion on or off, with the tickets’ defaults (admins and agents)
         * @description With conversion on, every complaint synced (created, or first seen changing) becomes one `complaint` ticket of the integration’s account, with these defaults, assigned to `creatorUserId`, and with the priority of the integration’s sync group. The consumer’s messages arrive on it; closing it needs one of `solutions`. Every field is required; a bad one answers 400 (or 422 for a creator who is not an admin or agent) naming it, and nothing changes.
         */
        put: operations["setComplaintConversion"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/{integrationId}/connect-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * E-mail the customer a new /connect link, with the instructions again
         * @description For an integration waiting for the customer’s credentials whose link was lost or expired: a new single-use link goes to the onboarding ticket’s contact, and earlier links stop working. The link itself is never returned.
         */
        post: operations["resendIntegrationConnectLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/{integrationId}/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand over credentials for an integration waiting for them
         * @description For an integration that is `awaiting_customer`, `key_expired`, `needs_revision` or `reconnect_required`: the credentials are sealed at once, then verified (self-service), exchanged (Maxi Frota’s key) or sent for the provider’s approval (Ticket Log). The answer is the integration after that step. The /connect page does the same for customers without an API key.
         */
        post: operations["submitIntegrationCredentials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/{integrationId}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop syncing until resumed
         * @description Only an active integration can be paused; callbacks received meanwhile are still stored and handled on resume.
         */
        post: operations["pauseIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/{integrationId}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The integration’s normalised records, newest first
         * @description Payments, fuel transactions or complaints as Ponte normalised them, with the provider’s id, status and content hash. Page back with `before` set to the smallest `id` of the previous page.
         */
        get: operations["listIntegrationRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/{integrationId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the provider’s rejection, with its reason (admins and agents)
         * @description The integration moves to `needs_revision`; the reason is e-mailed to the customer with a new /connect link to resubmit, after which it waits for the provider again.
         */
        post: operations["rejectIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/{integrationId}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sync again
         * @description Only a paused integration can be resumed; it syncs at once and then on its interval.
         */
        post: operations["resumeIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/{integrationId}/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Poll the provider now, or as soon as the sync running now ends
         * @description Queues a poll of an active integration. When a sync holds the integration, the answer names it and the poll starts once it has ended; follow it in GET /v1/integrations/{integrationId}/sync-runs.
         */
        post: operations["syncIntegrationNow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/{integrationId}/sync-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Polls, backfill steps and callback batches, newest first, with their counts
         * @description Each run’s kind, status, duration, counts (fetched, added, updated, unchanged, deleted) and error: where to look when data stops arriving.
         */
        get: operations["listSyncRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/{integrationId}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every lifecycle step of the integration, oldest first, with who moved it and why, and what it waits for now
         * @description Each move: when, from and to which state, the actor (a person, a key, Ponte’s own jobs, the provider, or the customer through a link or a reply), the reason, and the ticket or message that caused it. `waitingFor` says who must act now (the customer, Ponte exchanging a key, or the provider approving), since when and by when, with the office time left on the business calendar; null when nobody is awaited.
         */
        get: operations["getIntegrationTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/integrations/{integrationId}/validation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The customer’s answer to “os dados estão corretos?”
         * @description `confirmed: true` closes the onboarding; otherwise `divergence` says what is wrong, and the onboarding ticket is reopened for an agent.
         */
        post: operations["validateIntegrationData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Server-sent events: which lists changed
         * @description An `text/event-stream` (EventSource). It starts with `retry: 3000`, then sends `event: change` with `data: {"topic":"<topic>"}` within about 1 s of a change to a row of that topic the caller may see (admins and agents: every account; customers: their own), and a `: ping` comment every 15 s. The event names no row: fetch the list again. Reconnect when it ends (the browser's EventSource does).
         */
        get: operations["streamLiveUpdates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notification-opt-outs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * People who asked not to receive an account’s notifications
         * @description Newest first, up to 1000; filter by account and channel. A customer sees its own account’s only. Messages to these addresses are skipped with the reason `opted_out`.
         */
        get: operations["listNotificationOptOuts"];
        put?: never;
        /**
         * Record that someone asked not to receive an account’s messages on a channel
         * @description Admins. For a request that came another way (by phone, at the store). Recording one already there answers it with 200.
         */
        post: operations["createNotificationOptOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notification-opt-outs/{optOutId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove an opt-out: the person consented again
         * @description Admins. Messages to the address go out again from now on; the audit log records who removed it.
         */
        delete: operations["deleteNotificationOptOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notification-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Notification figures over a time range: events, notifications by status, channel and catalog entry, latency, WhatsApp rates, skips, sync success
         * @description Admins and agents for any account (or all of them without `accountId`), customers for their own. `from` (inclusive) and `to` (exclusive) are ISO dates (midnight in the account’s time zone) or date-times; default: the last 30 days, at most 366. Notifications count when created in the range, as `GET /v1/notifications` lists them. `format=csv` answers one long table (section, day, type, channel, status, catalog_entry, reason, integration_id, metric, value) to pivot in a spreadsheet.
         */
        get: operations["getNotificationReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notification-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Notification rules you can see
         * @description Oldest first, up to 1000; filter by account, integration or event type. A customer sees its own account’s rules only.
         */
        get: operations["listNotificationRules"];
        put?: never;
        /**
         * Notify someone of an event type of an account, by e-mail or by a signed webhook
         * @description Admins. E-mails use the built-in template of the event type in the rule’s language (pt-BR by default, or en). Webhooks are signed by the Standard Webhooks scheme with the `signingSecret` returned here, once. A rule scoped to an integration must share its account and environment, and the integration’s connector must emit the event type.
         */
        post: operations["createNotificationRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notification-rules/{ruleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One notification rule
         * @description The rule without its signing secret, which is shown only when it is created or rotated.
         */
        get: operations["getNotificationRule"];
        put?: never;
        post?: never;
        /**
         * Delete a rule; what it left waiting is canceled
         * @description Admins. Nothing more is made from the rule, its waiting notifications are canceled and its signing secret destroyed; what it sent stays in the send queue.
         */
        delete: operations["deleteNotificationRule"];
        options?: never;
        head?: never;
        /**
         * Change a rule’s recipients, language, delay or scope; disabling it cancels what it left waiting
         * @description Admins. Only the fields sent change; the channel and event type of a rule stay as created.
         */
        patch: operations["updateNotificationRule"];
        trace?: never;
    };
    "/v1/notification-rules/{ruleId}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable a disabled rule again, such as one Ponte disabled for a failing webhook endpoint
         * @description Admins. Ponte disables a webhook rule by itself when its endpoint answers 410 Gone, or when every delivery has failed for 5 days (`disabledReason` says which, `failingSince` since when), and tells the account’s contact. Enabling clears both; events from now on are notified again (what was canceled stays canceled: retry it one by one). A rule that is enabled already answers 409.
         */
        post: operations["enableNotificationRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notification-rules/{ruleId}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new signing secret for a webhook rule, shown once; the old one also signs during the grace period
         * @description Admins. During the grace period each message carries both signatures, so the receiver can switch to the new secret without rejecting anything. E-mail rules have no secret (409).
         */
        post: operations["rotateNotificationRuleSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notification-rules/{ruleId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a `ponte.test` message to the rule’s recipients now and say whether it went
         * @description Admins and agents. Sent at once, outside the send queue: how to check an address or an endpoint (and its signature check) before real events flow. A failed delivery is a 200 with `delivered: false` and the error.
         */
        post: operations["testNotificationRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notification-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Message templates you can see
         * @description Oldest first, up to 1000; filter by account, channel or catalog entry. A customer sees its own account’s templates only.
         */
        get: operations["listNotificationTemplates"];
        put?: never;
        /**
         * A message template of an account: an e-mail in Liquid, or an approved WhatsApp template with its parameters
         * @description Admins and agents. Variables (`{{ payer.name }}`, `{{ amount }}`, `{{ due_date }}`, …) are those the connector provides (`GET /v1/connectors/{key}/notifications`); an unknown variable, one the connector does not provide, a Liquid syntax error or a WhatsApp parameter count that differs from the approved template’s is refused (422, naming the field), and nothing is saved.
         */
        post: operations["createNotificationTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notification-templates/{templateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One message template
         * @description A deleted template, or another account’s for a customer, is not found.
         */
        get: operations["getNotificationTemplate"];
        put?: never;
        post?: never;
        /**
         * Delete a message template; rules that chose it send the built-in template instead
         * @description Admins and agents.
         */
        delete: operations["deleteNotificationTemplate"];
        options?: never;
        head?: never;
        /**
         * Change a message template’s name, language or text
         * @description Admins and agents. Only the fields sent change; the channel, catalog entry and connector stay as created. The result is checked as when created (422, nothing saved).
         */
        patch: operations["updateNotificationTemplate"];
        trace?: never;
    };
    "/v1/notification-templates/{templateId}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The message a template makes, from a sample record or a real event of the account
         * @description `{"sample": true}` renders it with a realistic sample record of its catalog entry; `{"recordEventId": "evt_…"}` with that event of the template’s account (of the template’s connector). Nothing is sent.
         */
        post: operations["previewNotificationTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The send queue, newest first: each notification’s status, schedule, attempts and last error
         * @description Filter by account, status, rule, integration or event type; pass `nextCursor` back as `cursor` for the next page (null on the last). A customer sees its own account’s notifications only.
         */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications/{notificationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One notification of the send queue
         * @description Its status, schedule, priority, attempts, last error and, once sent, when.
         */
        get: operations["getNotification"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications/{notificationId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a notification still waiting to be sent
         * @description Admins and agents. Only a scheduled notification can be canceled; one being sent, sent, failed or canceled answers 409.
         */
        post: operations["cancelNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications/{notificationId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a failed or canceled notification again, now
         * @description Admins and agents. Puts it back in the send queue, due now; a notification in any other state answers 409.
         */
        post: operations["retryNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partner-apis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The registered partner APIs
         * @description Admins only, oldest first. Ponte’s own API is not listed: it is `ponte`.
         */
        get: operations["listPartnerApis"];
        put?: never;
        /**
         * Register an API of the operator’s that Ponte fronts
         * @description Admins only. Then import its OpenAPI document, its product catalog and its maintenance windows, so that its partners’ failed calls are diagnosed as Ponte’s own are.
         */
        post: operations["registerPartnerApi"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partner-apis/{partnerApiId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A partner API as the diagnostics see it
         * @description Admins only. Its imported document, the operations extracted from it (method, path template, operationId, version, request schemas), its product catalog and maintenance windows. `ponte` is Ponte’s own API, described by its own OpenAPI document.
         */
        get: operations["getPartnerApi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partner-apis/{partnerApiId}/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace the API’s product catalog
         * @description Admins only. Which product exists in which version, through which operations, or that it is not offered through the API (with what to do instead). Every operationId must be in the imported document, every version one of the API’s; else nothing changes.
         */
        put: operations["setPartnerApiCatalog"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partner-apis/{partnerApiId}/maintenance-windows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace the API’s scheduled routines and maintenance windows
         * @description Admins only. Each window starts at its cron’s times (five fields, in its IANA time zone, America/Sao_Paulo by default) and lasts `durationMinutes`; a call that falls inside is diagnosed as such, with the advice to reprocess. A cron or time zone that cannot be used is refused, naming the field.
         */
        put: operations["setPartnerApiMaintenanceWindows"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partner-apis/{partnerApiId}/openapi": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Import the API’s OpenAPI 3.0 or 3.1 document (JSON or YAML), replacing the one before
         * @description Admins only. The document is validated (a problem names where it is wrong, and the document before stays), stored, and its operations extracted: method, path template, operationId, version (from a `/v1/`, `/v2/`… path prefix, else the server URL’s, else `info.version`’s major) and the request schemas with `$ref`s resolved. Send it as `application/json`, or as `application/yaml`. Only references inside the document are followed.
         */
        put: operations["importPartnerApiDocument"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Figures across every account for the console’s reports (admins and agents)
         * @description Over the last `days` days (São Paulo days): live events per day, event-to-sent latency p50/p95 per channel, onboarding time per connector (request → first active) and SLA timers met and breached per support category. Filter by environment (tickets have none: the SLA figures cover both).
         */
        get: operations["getReportsOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The support desk’s figures over the tickets opened in a period (admins and agents)
         * @description Tickets by category and stage; first answer and resolution against the SLA (met, breached, running, paused; median office time); escalations with and without complete evidence; complaint answer times (from a customer message to the next public answer: median and p90, nearest rank). Default period: the last 30 days.
         */
        get: operations["getSupportReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support/sla-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The SLA targets of every category, in office hours (admins and agents)
         * @description First answer and resolution targets in office hours of the business calendar (PONTE_BUSINESS_HOURS, PONTE_HOLIDAYS); `custom` says whether an admin set them.
         */
        get: operations["listSupportSlaPolicies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support/sla-policies/{category}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a category’s SLA targets in office hours (admins)
         * @description New tickets of the category, and tickets moved to it, get due times from these; open tickets keep theirs. The resolution target cannot be shorter than the first answer’s.
         */
        put: operations["setSupportSlaPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a problem with Ponte’s API, citing the failed call’s request id
         * @description Customers for their own account, staff for any. With `requestId`, the evidence (masked key, user, environment, endpoint, redacted payload, date and time, status, error) is copied from the request log; the request must be one of the account’s (else 404 and no ticket). The category is suggested from the problem code and the words used, unless given.
         */
        post: operations["openSupportTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support/tickets/{ticketId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One support ticket, with its stage, evidence and what evidence is missing
         * @description A customer sees its own account’s only (another’s answers 404), without internal notes.
         */
        get: operations["getSupportTicket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Move a support ticket’s stage, or change its category, team, priority or closing details
         * @description Admins and agents. Stages: received → initial_analysis → investigation → resolved | escalated → closed; another move answers 409 with the current stage and the allowed ones. `escalated` passes the evidence gate; `closed` needs `solution` and `finalCategory`. Every change lands on the timeline; on a refusal nothing changes.
         */
        patch: operations["updateSupportTicket"];
        trace?: never;
    };
    "/v1/support/tickets/{ticketId}/diagnostics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run the diagnostics again, on the cited call or on another one now cited (admins and agents)
         * @description The partner API procedure’s checks (key, user, token, time, maintenance window, version, syntax, other partners with the same problem) on the logged call; each finding is pass, fail or unknown with the data it saw, and the run replaces the previous one as evidence. With `requestId`, that call’s evidence is copied first.
         */
        post: operations["diagnoseSupportTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support/tickets/{ticketId}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Escalate to engineering: only with every mandatory piece of evidence (admins and agents)
         * @description Refused with 422 `support_evidence_missing` and the `missing` items while any of key, user, environment, endpoint, payload, date and time or error message is missing. Otherwise the stage becomes escalated, the team engineering, and the evidence is summed up in an internal note.
         */
        post: operations["escalateSupportTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/support/tickets/{ticketId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add evidence an agent found (admins and agents)
         * @description Each item given replaces the one before; keys are kept masked and payloads redacted.
         */
        post: operations["addSupportEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tickets you can see
         * @description In id order, 100 a page by default; pass the last id as `after` for the next page. Filter by account, integration, kind, status or assignee. A customer sees its own account’s tickets only.
         */
        get: operations["listTickets"];
        put?: never;
        /**
         * Open a ticket for an account, with a first message
         * @description Staff open one for any account; a customer for its own (the default). The requester is by default the user opening it. A first message from a customer is from the customer; one from staff is to the customer, or an internal note.
         */
        post: operations["openTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/{ticketId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One ticket, with its messages and timeline
         * @description Messages and timeline oldest first. A customer sees its own account’s tickets only (another’s answers 404) and never internal notes.
         */
        get: operations["getTicket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a ticket’s status or assignee
         * @description Admins and agents. The assignee must be an admin or agent user (null: nobody). A closed ticket stays closed (409). Each change lands on the ticket’s timeline.
         */
        patch: operations["updateTicket"];
        trace?: never;
    };
    "/v1/tickets/{ticketId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reply on a ticket, or add an internal note
         * @description A customer’s message is a public one from the customer, and puts a ticket waiting for the customer (or resolved) back to open. Staff reply publicly (with `awaitCustomer`, the ticket then waits for the customer) or add an internal note, which customers never see. A closed ticket answers 409.
         */
        post: operations["addTicketMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tickets/set-aside-mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * E-mail no ticket could take, newest first (admins and agents)
         * @description Replies whose routing address did not verify (forged, altered or unsigned), replies to a closed or unknown ticket, and automatic replies: kept here for an agent, never attached to a guessed ticket.
         */
        get: operations["listSetAsideMail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Users you can see (a customer sees its account’s)
         * @description Admins and agents see every user; a customer sees the users of its own account.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a user (admins)
         * @description Admins and agents are operator staff; a customer belongs to one account (`accountId` is required for them). Without a password the user is e-mailed an invitation: a link, valid for 7 days, to choose one (POST /v1/users/{userId}/invitation sends a new one). The user is created even when the e-mail cannot be sent.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Block or unblock a user (admins)
         * @description A blocked user cannot sign in, get a token or act through an API key; their tokens stop working at once. The support desk’s diagnostics report it.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/v1/users/{userId}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * E-mail a user a new invitation (admins)
         * @description The e-mail carries a link to choose a password, valid for 7 days; earlier links keep working until they expire or one is used. A user created without a password is invited at once.
         */
        post: operations["inviteUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/whatsapp/webhooks/{senderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Meta’s subscription check of a WhatsApp sender’s callback URL
         * @description Meta calls it when the callback URL is saved: `hub.challenge` comes back as text/plain when `hub.verify_token` is the sender’s; 403 otherwise.
         */
        get: operations["verifyWhatsappWebhook"];
        put?: never;
        /**
         * Meta’s delivery statuses and replies for a WhatsApp sender
         * @description Signed by Meta with the sender’s app secret (`X-Hub-Signature-256`); an unsigned or wrongly signed delivery changes nothing. Statuses move the notification with that message id to delivered or read (never back), or fail the attempt, which the send queue retries on its schedule (or fails for good for an undeliverable number); a reply SAIR, PARAR, STOP, CANCELAR or DESCADASTRAR opts the number out of the account’s WhatsApp messages.
         */
        post: operations["receiveWhatsappWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description application/problem+json (RFC 9457) */
        Problem: {
            /** @description Stable problem code, e.g. token_expired */
            code: string;
            detail?: string;
            errors?: {
                field: string;
                message: string;
            }[];
            /** @description Where the offending value was: body.x, query.x, params.x, header.x */
            field?: string;
            /** @description The path of the request */
            instance?: string;
            /** @description Quote it to support: it finds the request in the request log */
            requestId: string;
            status: number;
            title: string;
            /** @description The code's section in the guides: <Ponte's address>/docs/guides/problems#<code> */
            type: string;
        } & {
            [key: string]: unknown;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    checkLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    receiveProviderCallback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                integrationId: string;
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example apiKey=apk_EXEMPLO_nao_e_uma_chave&transaction_id=HF97T5SH2ZQNLF6Z&notification_id=W6QM6MORZW4KUENC&notification_date=2026-03-02+09%3A04%3A55&idPlataforma=1 */
                "application/json": string;
                /** @example apiKey=apk_EXEMPLO_nao_e_uma_chave&transaction_id=HF97T5SH2ZQNLF6Z&notification_id=W6QM6MORZW4KUENC&notification_date=2026-03-02+09%3A04%3A55&idPlataforma=1 */
                "application/x-www-form-urlencoded": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "received": true,
                     *       "duplicate": false
                     *     }
                     */
                    "application/json": {
                        duplicate: boolean;
                        /** @enum {boolean} */
                        received: true;
                    };
                };
            };
            /** @description Bad Request: `callback_empty` (The callback has no body); `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `callback_not_found` (There is no callback at this address) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ready",
                     *       "checks": {
                     *         "database": "ok",
                     *         "queue": "ok"
                     *       }
                     *     }
                     */
                    "application/json": {
                        checks: {
                            [key: string]: "ok" | "failing";
                        };
                        /** @enum {string} */
                        status: "ready";
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency does not answer */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "not_ready",
                     *       "checks": {
                     *         "database": "ok",
                     *         "queue": "failing"
                     *       }
                     *     }
                     */
                    "application/json": {
                        checks: {
                            [key: string]: "ok" | "failing";
                        };
                        /** @enum {string} */
                        status: "not_ready";
                    };
                };
            };
        };
    };
    listAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *           "name": "Transportes Rio Claro Ltda",
                     *           "contactEmail": "frota@transportesrioclaro.com.br",
                     *           "contactName": "Marina Souza",
                     *           "locale": "pt-BR",
                     *           "createdAt": "2026-03-01T13:45:00.000Z"
                     *         },
                     *         {
                     *           "id": "acc_1q5w9e3r7t2y6u0i4o8p",
                     *           "name": "Auto Posto Serra Azul Eireli",
                     *           "contactEmail": null,
                     *           "contactName": null,
                     *           "locale": "pt-BR",
                     *           "createdAt": "2026-02-11T10:20:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        data: {
                            /** @description Who hears about onboarding and what the account must act on */
                            contactEmail: string | null;
                            contactName: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            /**
                             * @description The language of what Ponte writes to the account’s people
                             * @enum {string}
                             */
                            locale: "pt-BR" | "en";
                            name: string;
                        }[];
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Transportes Rio Claro Ltda",
                 *       "contactEmail": "frota@transportesrioclaro.com.br",
                 *       "contactName": "Marina Souza",
                 *       "locale": "pt-BR"
                 *     }
                 */
                "application/json": {
                    /** @description Receives onboarding instructions, reminders and what the account must act on */
                    contactEmail?: string | null;
                    contactName?: string | null;
                    /**
                     * @description pt-BR by default
                     * @enum {string}
                     */
                    locale?: "pt-BR" | "en";
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "name": "Transportes Rio Claro Ltda",
                     *       "contactEmail": "frota@transportesrioclaro.com.br",
                     *       "contactName": "Marina Souza",
                     *       "locale": "pt-BR",
                     *       "createdAt": "2026-03-01T13:45:00.000Z"
                     *     }
                     */
                    "application/json": {
                        /** @description Who hears about onboarding and what the account must act on */
                        contactEmail: string | null;
                        contactName: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        id: string;
                        /**
                         * @description The language of what Ponte writes to the account’s people
                         * @enum {string}
                         */
                        locale: "pt-BR" | "en";
                        name: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "name": "Transportes Rio Claro Ltda",
                     *       "contactEmail": "frota@transportesrioclaro.com.br",
                     *       "contactName": "Marina Souza",
                     *       "locale": "pt-BR",
                     *       "createdAt": "2026-03-01T13:45:00.000Z"
                     *     }
                     */
                    "application/json": {
                        /** @description Who hears about onboarding and what the account must act on */
                        contactEmail: string | null;
                        contactName: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        id: string;
                        /**
                         * @description The language of what Ponte writes to the account’s people
                         * @enum {string}
                         */
                        locale: "pt-BR" | "en";
                        name: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `account_not_found` (The account does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "contactEmail": "financeiro@transportesrioclaro.com.br",
                 *       "locale": "en"
                 *     }
                 */
                "application/json": {
                    /** @description Receives onboarding instructions, reminders and what the account must act on */
                    contactEmail?: string | null;
                    contactName?: string | null;
                    /**
                     * @description pt-BR by default
                     * @enum {string}
                     */
                    locale?: "pt-BR" | "en";
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "name": "Transportes Rio Claro Ltda",
                     *       "contactEmail": "frota@transportesrioclaro.com.br",
                     *       "contactName": "Marina Souza",
                     *       "locale": "pt-BR",
                     *       "createdAt": "2026-03-01T13:45:00.000Z"
                     *     }
                     */
                    "application/json": {
                        /** @description Who hears about onboarding and what the account must act on */
                        contactEmail: string | null;
                        contactName: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        id: string;
                        /**
                         * @description The language of what Ponte writes to the account’s people
                         * @enum {string}
                         */
                        locale: "pt-BR" | "en";
                        name: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `account_not_found` (The account does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNotificationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "quietHours": {
                     *         "start": "21:00",
                     *         "end": "08:00"
                     *       },
                     *       "timeZone": "America/Sao_Paulo",
                     *       "quietChannels": [
                     *         "whatsapp"
                     *       ],
                     *       "dailyCaps": {
                     *         "whatsapp": 3,
                     *         "email": null
                     *       },
                     *       "updatedAt": null
                     *     }
                     */
                    "application/json": {
                        accountId: string;
                        /** @description At most this many messages a day to one person on the channel; beyond it they are skipped (`recipient_cap`). Null: no cap. */
                        dailyCaps: {
                            email: number | null;
                            whatsapp: number | null;
                        };
                        /** @description The channels quiet hours hold back */
                        quietChannels: ("email" | "webhook" | "whatsapp")[];
                        /** @description Messages to a record’s person due inside this window (local time; it may cross midnight) wait until it ends, never dropped. Null: none. */
                        quietHours: {
                            end: string;
                            start: string;
                        } | null;
                        /** @description IANA time zone of the quiet hours, the daily caps and due-date reminders */
                        timeZone: string;
                        /** @description Null: the account still has the defaults */
                        updatedAt: string | null;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `account_not_found` (The account does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateNotificationSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "quietHours": {
                 *         "start": "20:00",
                 *         "end": "09:00"
                 *       },
                 *       "dailyCaps": {
                 *         "whatsapp": 2
                 *       }
                 *     }
                 */
                "application/json": {
                    dailyCaps?: {
                        email?: number | null;
                        whatsapp?: number | null;
                    };
                    quietChannels?: ("email" | "webhook" | "whatsapp")[];
                    quietHours?: {
                        end: string;
                        start: string;
                    } | null;
                    timeZone?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "quietHours": {
                     *         "start": "20:00",
                     *         "end": "09:00"
                     *       },
                     *       "timeZone": "America/Sao_Paulo",
                     *       "quietChannels": [
                     *         "whatsapp"
                     *       ],
                     *       "dailyCaps": {
                     *         "whatsapp": 2,
                     *         "email": null
                     *       },
                     *       "updatedAt": "2026-11-29T12:00:00.000Z"
                     *     }
                     */
                    "application/json": {
                        accountId: string;
                        /** @description At most this many messages a day to one person on the channel; beyond it they are skipped (`recipient_cap`). Null: no cap. */
                        dailyCaps: {
                            email: number | null;
                            whatsapp: number | null;
                        };
                        /** @description The channels quiet hours hold back */
                        quietChannels: ("email" | "webhook" | "whatsapp")[];
                        /** @description Messages to a record’s person due inside this window (local time; it may cross midnight) wait until it ends, never dropped. Null: none. */
                        quietHours: {
                            end: string;
                            start: string;
                        } | null;
                        /** @description IANA time zone of the quiet hours, the daily caps and due-date reminders */
                        timeZone: string;
                        /** @description Null: the account still has the defaults */
                        updatedAt: string | null;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `account_not_found` (The account does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWhatsappSenders: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "wsnd_3k8m2q7x4c9v1b6n0z5p",
                     *           "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *           "environment": "production",
                     *           "phoneNumberId": "109876543210001",
                     *           "businessAccountId": "209876543210001",
                     *           "webhookUrl": "https://ponte.example.com.br/v1/whatsapp/webhooks/wsnd_3k8m2q7x4c9v1b6n0z5p",
                     *           "createdAt": "2026-03-02T12:00:00.000Z",
                     *           "updatedAt": "2026-03-02T12:00:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        data: {
                            accountId: string;
                            businessAccountId: string;
                            createdAt: string;
                            /** @enum {string} */
                            environment: "sandbox" | "production";
                            id: string;
                            phoneNumberId: string;
                            updatedAt: string;
                            /** @description The callback URL to register at Meta (WhatsApp › Configuration), with the verify token, subscribed to `messages` */
                            webhookUrl: string;
                        }[];
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `account_not_found` (The account does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putWhatsappSender: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
                environment: "sandbox" | "production";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "phoneNumberId": "109876543210001",
                 *       "businessAccountId": "209876543210001",
                 *       "accessToken": "EAAexemploNaoEumToken000000",
                 *       "appSecret": "exemplo-app-secret-0000",
                 *       "verifyToken": "exemplo-verify-token-0000"
                 *     }
                 */
                "application/json": {
                    /** @description A system user’s permanent access token with whatsapp_business_messaging and whatsapp_business_management. Sealed; never shown again */
                    accessToken: string;
                    /** @description The Meta app’s secret, which signs the webhooks (X-Hub-Signature-256). Sealed */
                    appSecret: string;
                    /** @description The WhatsApp Business Account (WABA) id the number belongs to; its templates are read from it */
                    businessAccountId: string;
                    /** @description The sending number’s id at Meta (WhatsApp Manager › API Setup) */
                    phoneNumberId: string;
                    /** @description Any value you choose, entered at Meta with the callback URL for its subscription check. Sealed */
                    verifyToken: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "wsnd_3k8m2q7x4c9v1b6n0z5p",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "environment": "production",
                     *       "phoneNumberId": "109876543210001",
                     *       "businessAccountId": "209876543210001",
                     *       "webhookUrl": "https://ponte.example.com.br/v1/whatsapp/webhooks/wsnd_3k8m2q7x4c9v1b6n0z5p",
                     *       "createdAt": "2026-03-02T12:00:00.000Z",
                     *       "updatedAt": "2026-03-02T12:00:00.000Z"
                     *     }
                     */
                    "application/json": {
                        accountId: string;
                        businessAccountId: string;
                        createdAt: string;
                        /** @enum {string} */
                        environment: "sandbox" | "production";
                        id: string;
                        phoneNumberId: string;
                        updatedAt: string;
                        /** @description The callback URL to register at Meta (WhatsApp › Configuration), with the verify token, subscribed to `messages` */
                        webhookUrl: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `account_not_found` (The account does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWhatsappSender: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
                environment: "sandbox" | "production";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `account_not_found` (The account does not exist); `whatsapp_sender_not_found` (The account has no WhatsApp sender in that environment) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkWhatsappSender: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
                environment: "sandbox" | "production";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ok": true,
                     *       "displayPhoneNumber": "+55 11 90000-0001",
                     *       "verifiedName": "Loja Exemplo",
                     *       "qualityRating": "GREEN"
                     *     }
                     */
                    "application/json": {
                        displayPhoneNumber: string;
                        /** @enum {boolean} */
                        ok: true;
                        qualityRating?: string;
                        verifiedName?: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `account_not_found` (The account does not exist); `whatsapp_sender_not_found` (The account has no WhatsApp sender in that environment) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity: `whatsapp_sender_check_failed` (The WhatsApp Cloud API refused the sender’s number or token) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                environment?: "sandbox" | "production";
                status?: "active" | "revoked";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "key_9d2f6h0k4m8p1r5t3v7x",
                     *           "name": "Integração ERP Transportes Rio Claro",
                     *           "environment": "sandbox",
                     *           "displayPrefix": "pk_sandbox_EXEM…",
                     *           "purpose": "access",
                     *           "partnerApiId": null,
                     *           "status": "active",
                     *           "userIds": [
                     *             "usr_3f8h1k5m9p2r6t0w4y7a"
                     *           ],
                     *           "createdAt": "2026-03-01T13:45:00.000Z",
                     *           "revokedAt": null,
                     *           "lastUsedAt": "2026-03-02T09:12:31.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            createdAt: string;
                            displayPrefix: string;
                            /** @enum {string} */
                            environment: "sandbox" | "production";
                            id: string;
                            lastUsedAt: string | null;
                            name: string;
                            /** @description The partner API the key is for; null for Ponte’s own API */
                            partnerApiId: string | null;
                            /**
                             * @description access: exchanged for tokens; gateway: a partner API gateway’s credential (HTTP Basic)
                             * @enum {string}
                             */
                            purpose: "access" | "gateway";
                            revokedAt: string | null;
                            /** @enum {string} */
                            status: "active" | "revoked";
                            userIds: string[];
                        }[];
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Integração ERP Transportes Rio Claro",
                 *       "environment": "sandbox",
                 *       "users": [
                 *         "marina.souza@transportesrioclaro.com.br"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    environment: "sandbox" | "production";
                    name: string;
                    /** @description The partner API (papi_…) the key is for; absent for Ponte’s own API */
                    partnerApiId?: string;
                    /**
                     * @default access
                     * @enum {string}
                     */
                    purpose?: "access" | "gateway";
                    /** @description Ids or e-mails of the users allowed to use the key; none makes an operator key acting as admin */
                    users?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "key_9d2f6h0k4m8p1r5t3v7x",
                     *       "name": "Integração ERP Transportes Rio Claro",
                     *       "environment": "sandbox",
                     *       "displayPrefix": "pk_sandbox_EXEM…",
                     *       "purpose": "access",
                     *       "partnerApiId": null,
                     *       "status": "active",
                     *       "userIds": [
                     *         "usr_3f8h1k5m9p2r6t0w4y7a"
                     *       ],
                     *       "createdAt": "2026-03-01T13:45:00.000Z",
                     *       "revokedAt": null,
                     *       "lastUsedAt": null,
                     *       "key": "pk_sandbox_EXEMPLO_nao_e_uma_chave_de_verdade"
                     *     }
                     */
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        displayPrefix: string;
                        /** @enum {string} */
                        environment: "sandbox" | "production";
                        id: string;
                        /** @description The secret key: shown in this answer only */
                        key: string;
                        lastUsedAt: string | null;
                        name: string;
                        /** @description The partner API the key is for; null for Ponte’s own API */
                        partnerApiId: string | null;
                        /**
                         * @description access: exchanged for tokens; gateway: a partner API gateway’s credential (HTTP Basic)
                         * @enum {string}
                         */
                        purpose: "access" | "gateway";
                        revokedAt: string | null;
                        /** @enum {string} */
                        status: "active" | "revoked";
                        userIds: string[];
                    };
                };
            };
            /** @description Bad Request: `gateway_key_needs_partner_api` (A gateway key serves one partner API and no user); `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `user_not_found` (The user does not exist); `partner_api_not_found` (The partner API does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "key_9d2f6h0k4m8p1r5t3v7x",
                     *       "name": "Integração ERP Transportes Rio Claro",
                     *       "environment": "sandbox",
                     *       "displayPrefix": "pk_sandbox_EXEM…",
                     *       "purpose": "access",
                     *       "partnerApiId": null,
                     *       "status": "active",
                     *       "userIds": [
                     *         "usr_3f8h1k5m9p2r6t0w4y7a"
                     *       ],
                     *       "createdAt": "2026-03-01T13:45:00.000Z",
                     *       "revokedAt": null,
                     *       "lastUsedAt": "2026-03-02T09:12:31.000Z"
                     *     }
                     */
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        displayPrefix: string;
                        /** @enum {string} */
                        environment: "sandbox" | "production";
                        id: string;
                        lastUsedAt: string | null;
                        name: string;
                        /** @description The partner API the key is for; null for Ponte’s own API */
                        partnerApiId: string | null;
                        /**
                         * @description access: exchanged for tokens; gateway: a partner API gateway’s credential (HTTP Basic)
                         * @enum {string}
                         */
                        purpose: "access" | "gateway";
                        revokedAt: string | null;
                        /** @enum {string} */
                        status: "active" | "revoked";
                        userIds: string[];
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `api_key_not_found` (The API key does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "key_9d2f6h0k4m8p1r5t3v7x",
                     *       "name": "Integração ERP Transportes Rio Claro",
                     *       "environment": "sandbox",
                     *       "displayPrefix": "pk_sandbox_EXEM…",
                     *       "purpose": "access",
                     *       "partnerApiId": null,
                     *       "status": "revoked",
                     *       "userIds": [
                     *         "usr_3f8h1k5m9p2r6t0w4y7a"
                     *       ],
                     *       "createdAt": "2026-03-01T13:45:00.000Z",
                     *       "revokedAt": "2026-03-05T18:00:00.000Z",
                     *       "lastUsedAt": "2026-03-02T09:12:31.000Z"
                     *     }
                     */
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        displayPrefix: string;
                        /** @enum {string} */
                        environment: "sandbox" | "production";
                        id: string;
                        lastUsedAt: string | null;
                        name: string;
                        /** @description The partner API the key is for; null for Ponte’s own API */
                        partnerApiId: string | null;
                        /**
                         * @description access: exchanged for tokens; gateway: a partner API gateway’s credential (HTTP Basic)
                         * @enum {string}
                         */
                        purpose: "access" | "gateway";
                        revokedAt: string | null;
                        /** @enum {string} */
                        status: "active" | "revoked";
                        userIds: string[];
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `api_key_not_found` (The API key does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiRequests: {
        parameters: {
            query?: {
                apiKeyId?: string;
                environment?: "sandbox" | "production";
                failedOnly?: string;
                from?: string;
                limit?: number;
                /** @description Only rows of this partner API; `ponte` for Ponte’s own API */
                partnerApiId?: string;
                problemCode?: string;
                requestId?: string;
                /** @description Route pattern, e.g. /v1/accounts/:accountId */
                route?: string;
                status?: number;
                to?: string;
                userId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "req_2b6d0f4h8k1m5p9r3t7v",
                     *           "at": "2026-03-02T09:12:31.482Z",
                     *           "requestId": "5b0e7c1e-8d3a-4f57-9a43-2f0c6a1d9e10",
                     *           "apiKeyId": "key_9d2f6h0k4m8p1r5t3v7x",
                     *           "tokenId": "tok_4c8g2k6o0s4w8a2e6i0m",
                     *           "userId": "usr_3f8h1k5m9p2r6t0w4y7a",
                     *           "environment": "sandbox",
                     *           "partnerApiId": null,
                     *           "method": "POST",
                     *           "route": "/v1/integrations",
                     *           "path": "/v1/integrations",
                     *           "status": 422,
                     *           "latencyMs": 412,
                     *           "problemCode": "provider_refused_credentials",
                     *           "errorMessage": "PagHiper refused the credentials: token inválido",
                     *           "payload": {
                     *             "query": {},
                     *             "body": {
                     *               "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *               "connector": "paghiper",
                     *               "environment": "sandbox",
                     *               "credentials": "[REDACTED]"
                     *             }
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        data: {
                            apiKeyId: string | null;
                            /** Format: date-time */
                            at: string;
                            /** @description The environment the request was for */
                            environment: ("sandbox" | "production") | null;
                            /** @description For failures: the problem’s detail as answered, secrets redacted */
                            errorMessage: string | null;
                            id: string;
                            latencyMs: number;
                            method: string;
                            /** @description The partner API the request went to (rows its gateway posted); null for Ponte’s own */
                            partnerApiId: string | null;
                            path: string;
                            /** @description For failures: the query and body sent, secrets redacted */
                            payload: unknown;
                            problemCode: string | null;
                            requestId: string;
                            route: string;
                            status: number;
                            tokenId: string | null;
                            userId: string | null;
                        }[];
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    appendGatewayRequestLog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "requests": [
                 *         {
                 *           "at": "2026-03-02T09:12:31.482Z",
                 *           "requestId": "5b0e7c1e-8d3a-4f57-9a43-2f0c6a1d9e10",
                 *           "apiKeyId": "key_9d2f6h0k4m8p1r5t3v7x",
                 *           "tokenId": "tok_4c8g2k6o0s4w8a2e6i0m",
                 *           "userId": "usr_3f8h1k5m9p2r6t0w4y7a",
                 *           "environment": "sandbox",
                 *           "method": "POST",
                 *           "route": "/v2/proposals",
                 *           "path": "/v2/proposals",
                 *           "status": 422,
                 *           "latencyMs": 87,
                 *           "problemCode": "proposal_invalid",
                 *           "errorMessage": "body.amount: must be a positive number",
                 *           "payload": {
                 *             "query": {},
                 *             "body": {
                 *               "amount": -10
                 *             }
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    requests: {
                        /** @description The introspection’s client_id */
                        apiKeyId?: string | null;
                        /** Format: date-time */
                        at: string;
                        /** @description The environment the request was for */
                        environment?: ("sandbox" | "production") | null;
                        /** @description What the caller was answered; stored redacted and cut to 1000 characters */
                        errorMessage?: string | null;
                        latencyMs: number;
                        method: string;
                        path: string;
                        /** @description For failures: what the caller sent. Secrets are redacted on the way in; past 16 KiB only a preview is kept */
                        payload?: unknown;
                        problemCode?: string | null;
                        requestId: string;
                        /** @description Route pattern, with its version: /v2/proposals, /v1/contracts/:id */
                        route: string;
                        status: number;
                        /** @description The introspection’s jti */
                        tokenId?: string | null;
                        /** @description The introspection’s sub */
                        userId?: string | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "received": 1,
                     *       "stored": 1
                     *     }
                     */
                    "application/json": {
                        received: number;
                        /** @description Rows new to Ponte; the others were already stored */
                        stored: number;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `gateway_unauthenticated` (The partner API gateway’s credential is missing or wrong) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity: `request_log_row_refused` (A request-log row names a key or token the gateway does not serve) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `too_many_requests` (Too many refused attempts: wait before trying again) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` (The service is not ready) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                action?: string;
                actor?: string;
                /** @description Only entries before this time, to page back */
                before?: string;
                limit?: number;
                targetId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "aud_8c2e6g0j4l8n2q6s0u4w",
                     *           "at": "2026-03-01T13:50:12.000Z",
                     *           "actor": "usr_5h9k3m7p1s5v9y3b7e1g",
                     *           "action": "api_key.created",
                     *           "targetType": "api_key",
                     *           "targetId": "key_9d2f6h0k4m8p1r5t3v7x",
                     *           "details": {
                     *             "name": "Integração ERP Transportes Rio Claro",
                     *             "environment": "sandbox",
                     *             "userIds": [
                     *               "usr_3f8h1k5m9p2r6t0w4y7a"
                     *             ]
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        data: {
                            action: string;
                            actor: string;
                            /** Format: date-time */
                            at: string;
                            details?: {
                                [key: string]: unknown;
                            };
                            id: string;
                            targetId: string;
                            targetType: string;
                        }[];
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    introspectToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "pat_EXEMPLO_nao_e_um_token_de_verdade_0000",
                 *       "token_type_hint": "access_token"
                 *     }
                 */
                "application/json": {
                    token: string;
                    token_type_hint?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        /** @description The partner API’s slug */
                        aud?: string;
                        /** @description The API key the token was exchanged from */
                        client_id?: string;
                        /** @enum {string} */
                        environment?: "sandbox" | "production";
                        /** @description Seconds since the epoch: 12 hours after iat */
                        exp?: number;
                        iat?: number;
                        /** @description The token’s id: log it as tokenId */
                        jti?: string;
                        /** @description The user acting through the key; absent for an operator key */
                        sub?: string;
                        /** @enum {string} */
                        token_type?: "Bearer";
                        /** @description That user’s e-mail */
                        username?: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `gateway_unauthenticated` (The partner API gateway’s credential is missing or wrong) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `too_many_requests` (Too many refused attempts: wait before trying again) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` (The service is not ready) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "marina.souza@transportesrioclaro.com.br",
                 *       "password": "senha-de-exemplo-123",
                 *       "environment": "production"
                 *     }
                 */
                "application/json": {
                    /** Format: email */
                    email: string;
                    /**
                     * @default production
                     * @enum {string}
                     */
                    environment?: "sandbox" | "production";
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "access_token": "pat_EXEMPLO_nao_e_um_token_de_verdade_0000",
                     *       "token_type": "Bearer",
                     *       "expires_in": 43200,
                     *       "expires_at": "2026-03-02T01:45:00.000Z",
                     *       "environment": "production",
                     *       "user_id": "usr_3f8h1k5m9p2r6t0w4y7a",
                     *       "api_key_id": null
                     *     }
                     */
                    "application/json": {
                        access_token: string;
                        api_key_id: string | null;
                        /** @enum {string} */
                        environment: "sandbox" | "production";
                        /** Format: date-time */
                        expires_at: string;
                        /** @description Seconds until the token expires: always 43200 (12 hours) */
                        expires_in: number;
                        /** @enum {string} */
                        token_type: "Bearer";
                        user_id: string | null;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_credentials` (The e-mail or the password is wrong) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `too_many_requests` (Too many refused attempts: wait before trying again) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` (The service is not ready) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCurrentPrincipal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "role": "customer",
                     *       "userId": "usr_3f8h1k5m9p2r6t0w4y7a",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "apiKeyId": "key_9d2f6h0k4m8p1r5t3v7x",
                     *       "environment": "sandbox"
                     *     }
                     */
                    "application/json": {
                        accountId: string | null;
                        apiKeyId: string | null;
                        /** @enum {string} */
                        environment: "sandbox" | "production";
                        /** @enum {string} */
                        role: "admin" | "agent" | "customer";
                        userId: string | null;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "marina.souza@transportesrioclaro.com.br"
                 *     }
                 */
                "application/json": {
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "accepted": true
                     *     }
                     */
                    "application/json": {
                        /** @enum {boolean} */
                        accepted: true;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `too_many_requests` (Too many refused attempts: wait before trying again) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` (The service is not ready) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "EXEMPLO_nao_e_um_token_de_verdade_0000000000",
                 *       "password": "uma-senha-nova-e-longa"
                 *     }
                 */
                "application/json": {
                    password: string;
                    token: string;
                };
            };
        };
        responses: {
            /** @description The password was set */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `password_reset_token_invalid` (The password link is unknown, expired or already used); `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `too_many_requests` (Too many refused attempts: wait before trying again) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` (The service is not ready) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "marina.souza@transportesrioclaro.com.br",
                 *       "password": "senha-de-exemplo-123",
                 *       "environment": "production"
                 *     }
                 */
                "application/json": {
                    /** Format: email */
                    email: string;
                    /**
                     * @default production
                     * @enum {string}
                     */
                    environment?: "sandbox" | "production";
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "role": "customer",
                     *       "userId": "usr_3f8h1k5m9p2r6t0w4y7a",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "environment": "production",
                     *       "name": "Marina Souza",
                     *       "email": "marina.souza@transportesrioclaro.com.br",
                     *       "csrfToken": "EXEMPLO_nao_e_um_token_csrf_de_verdade_000",
                     *       "expiresAt": "2026-03-02T01:45:00.000Z"
                     *     }
                     */
                    "application/json": {
                        /** @description Set for customers: the account they see */
                        accountId: string | null;
                        /** @description Send it back as the x-csrf-token header on every request that is not GET, HEAD or OPTIONS (also in the ponte_csrf cookie) */
                        csrfToken: string;
                        email: string;
                        /** @enum {string} */
                        environment: "sandbox" | "production";
                        /**
                         * Format: date-time
                         * @description When the session ends (12 hours after sign-in): sign in again then
                         */
                        expiresAt: string;
                        name: string;
                        /** @enum {string} */
                        role: "admin" | "agent" | "customer";
                        userId: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `invalid_credentials` (The e-mail or the password is wrong) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `user_blocked` (The user is blocked) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `too_many_requests` (Too many refused attempts: wait before trying again) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` (The service is not ready) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCurrentSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "role": "customer",
                     *       "userId": "usr_3f8h1k5m9p2r6t0w4y7a",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "environment": "production",
                     *       "name": "Marina Souza",
                     *       "email": "marina.souza@transportesrioclaro.com.br",
                     *       "csrfToken": "EXEMPLO_nao_e_um_token_csrf_de_verdade_000",
                     *       "expiresAt": "2026-03-02T01:45:00.000Z"
                     *     }
                     */
                    "application/json": {
                        /** @description Set for customers: the account they see */
                        accountId: string | null;
                        /** @description Send it back as the x-csrf-token header on every request that is not GET, HEAD or OPTIONS (also in the ponte_csrf cookie) */
                        csrfToken: string;
                        email: string;
                        /** @enum {string} */
                        environment: "sandbox" | "production";
                        /**
                         * Format: date-time
                         * @description When the session ends (12 hours after sign-in): sign in again then
                         */
                        expiresAt: string;
                        name: string;
                        /** @enum {string} */
                        role: "admin" | "agent" | "customer";
                        userId: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `csrf_token_invalid` (The x-csrf-token header is missing or does not match the session) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    switchSessionEnvironment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "environment": "sandbox"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    environment: "sandbox" | "production";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "role": "admin",
                     *       "userId": "usr_3f8h1k5m9p2r6t0w4y7a",
                     *       "accountId": null,
                     *       "environment": "sandbox",
                     *       "name": "Marina Souza",
                     *       "email": "marina.souza@transportesrioclaro.com.br",
                     *       "csrfToken": "EXEMPLO_nao_e_um_token_csrf_de_verdade_000",
                     *       "expiresAt": "2026-03-02T01:45:00.000Z"
                     *     }
                     */
                    "application/json": {
                        /** @description Set for customers: the account they see */
                        accountId: string | null;
                        /** @description Send it back as the x-csrf-token header on every request that is not GET, HEAD or OPTIONS (also in the ponte_csrf cookie) */
                        csrfToken: string;
                        email: string;
                        /** @enum {string} */
                        environment: "sandbox" | "production";
                        /**
                         * Format: date-time
                         * @description When the session ends (12 hours after sign-in): sign in again then
                         */
                        expiresAt: string;
                        name: string;
                        /** @enum {string} */
                        role: "admin" | "agent" | "customer";
                        userId: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `csrf_token_invalid` (The x-csrf-token header is missing or does not match the session) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exchangeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "apiKey": "pk_sandbox_EXEMPLO_nao_e_uma_chave_de_verdade",
                 *       "user": "marina.souza@transportesrioclaro.com.br",
                 *       "environment": "sandbox"
                 *     }
                 */
                "application/json": {
                    /** @description pk_sandbox_… or pk_production_… */
                    apiKey: string;
                    /** @enum {string} */
                    environment?: "sandbox" | "production";
                    /** @description Id (usr_…) or e-mail of the user acting through the key */
                    user?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "access_token": "pat_EXEMPLO_nao_e_um_token_de_verdade_0000",
                     *       "token_type": "Bearer",
                     *       "expires_in": 43200,
                     *       "expires_at": "2026-03-02T01:45:00.000Z",
                     *       "environment": "sandbox",
                     *       "user_id": "usr_3f8h1k5m9p2r6t0w4y7a",
                     *       "api_key_id": "key_9d2f6h0k4m8p1r5t3v7x"
                     *     }
                     */
                    "application/json": {
                        access_token: string;
                        api_key_id: string | null;
                        /** @enum {string} */
                        environment: "sandbox" | "production";
                        /** Format: date-time */
                        expires_at: string;
                        /** @description Seconds until the token expires: always 43200 (12 hours) */
                        expires_in: number;
                        /** @enum {string} */
                        token_type: "Bearer";
                        user_id: string | null;
                    };
                };
            };
            /** @description Bad Request: `user_required` (This API key is linked to several users: say which one); `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `api_key_unknown` (The API key is not known); `api_key_revoked` (The API key has been revoked) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `api_key_wrong_environment` (The API key belongs to the other environment); `user_not_linked_to_key` (The user is not linked to this API key) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `user_not_found` (The user does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `too_many_requests` (Too many refused attempts: wait before trying again) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` (The service is not ready) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ticketId": "tkt_9a3e7i1m5q9u3y7c1g5k",
                     *       "ticket": {
                     *         "status": "open",
                     *         "stage": "received",
                     *         "priority": "high",
                     *         "assigneeId": "usr_5h9k3m7p1s5v9y3b7e1g",
                     *         "solution": null
                     *       },
                     *       "integrationId": "int_6p0t4x8b2f6j0n4r8v2z",
                     *       "complaintId": "43534294",
                     *       "reclameAquiId": "118273645",
                     *       "consumer": {
                     *         "name": "Carla Dias",
                     *         "email": "carla@example.com.br"
                     *       },
                     *       "raStatus": {
                     *         "id": 6,
                     *         "name": "Respondido"
                     *       },
                     *       "hugmeStatus": {
                     *         "id": 2,
                     *         "name": "Respondido"
                     *       },
                     *       "answered": true,
                     *       "rating": null,
                     *       "closedAtProvider": null,
                     *       "syncGroup": "Prioridade alta",
                     *       "defaults": {
                     *         "customerType": "Consumidor final",
                     *         "region": "Sudeste",
                     *         "creatorUserId": "usr_5h9k3m7p1s5v9y3b7e1g",
                     *         "sector": "SAC",
                     *         "occurrenceType": "Reclamação",
                     *         "occurrence": "Reclame Aqui",
                     *         "solutions": [
                     *           "Estorno realizado",
                     *           "Esclarecimento prestado"
                     *         ]
                     *       },
                     *       "allowedSolutions": [
                     *         "Estorno realizado",
                     *         "Esclarecimento prestado"
                     *       ],
                     *       "answers": [
                     *         {
                     *           "id": "cans_3f7j1n5r9v3z7d1h5l9p",
                     *           "ticketId": "tkt_9a3e7i1m5q9u3y7c1g5k",
                     *           "type": "public_answer",
                     *           "outcome": "sent",
                     *           "messageId": "msg_2b6f0j4n8r2v6z0d4h8l",
                     *           "interactionId": "160441007",
                     *           "providerMessage": "Resposta pública enviada com sucesso",
                     *           "problemCode": null,
                     *           "error": null,
                     *           "actor": "usr_5h9k3m7p1s5v9y3b7e1g",
                     *           "at": "2026-03-02T14:10:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        allowedSolutions: string[];
                        answered: boolean;
                        answers: {
                            actor: string;
                            /** Format: date-time */
                            at: string;
                            error: string | null;
                            id: string;
                            /** @description HugMe’s interaction id */
                            interactionId: string | null;
                            /** @description The ticket message holding the text (public answer, private message; a moderation’s text is an internal note) */
                            messageId: string | null;
                            /**
                             * @description sent: HugMe took it; failed: it was refused or HugMe was not reached, and nothing reached the consumer
                             * @enum {string}
                             */
                            outcome: "sent" | "failed";
                            problemCode: string | null;
                            /** @description HugMe’s words */
                            providerMessage: string | null;
                            ticketId: string;
                            /** @enum {string} */
                            type: "public_answer" | "private_message" | "request_evaluation" | "request_moderation";
                        }[];
                        closedAtProvider: string | null;
                        /** @description HugMe’s ticket id */
                        complaintId: string;
                        consumer: {
                            email: string | null;
                            name: string | null;
                        };
                        defaults: {
                            creatorUserId: string;
                            customerType: string;
                            occurrence: string;
                            occurrenceType: string;
                            region: string;
                            sector: string;
                            solutions: string[];
                        };
                        hugmeStatus: {
                            id: number;
                            name: string;
                        } | null;
                        integrationId: string;
                        raStatus: {
                            id: number;
                            name: string;
                        } | null;
                        rating: number | null;
                        /** @description Reclame Aqui’s complaint id */
                        reclameAquiId: string | null;
                        syncGroup: string | null;
                        ticket: {
                            assigneeId: string | null;
                            priority: string;
                            solution: string | null;
                            stage: string | null;
                            status: string;
                        };
                        ticketId: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `ticket_not_found` (The ticket does not exist); `complaint_not_found` (The ticket is not a complaint from Reclame Aqui) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    answerComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticketId: string;
            };
            cookie?: never;
        };
        /** @description public_answer: `message`. private_message: `message`, `email` (default: the consumer’s). request_evaluation: nothing else. request_moderation: `reason` (1, 4, 5, 15, 16, 17 or 19), `message`, and `migrateTo` with reason 1. */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The HugMe action
                     * @enum {string}
                     */
                    type: "public_answer" | "private_message" | "request_evaluation" | "request_moderation";
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "cans_3f7j1n5r9v3z7d1h5l9p",
                     *       "ticketId": "tkt_9a3e7i1m5q9u3y7c1g5k",
                     *       "type": "public_answer",
                     *       "outcome": "sent",
                     *       "messageId": "msg_2b6f0j4n8r2v6z0d4h8l",
                     *       "interactionId": "160441007",
                     *       "providerMessage": "Resposta pública enviada com sucesso",
                     *       "problemCode": null,
                     *       "error": null,
                     *       "actor": "usr_5h9k3m7p1s5v9y3b7e1g",
                     *       "at": "2026-03-02T14:10:00.000Z"
                     *     }
                     */
                    "application/json": {
                        actor: string;
                        /** Format: date-time */
                        at: string;
                        error: string | null;
                        id: string;
                        /** @description HugMe’s interaction id */
                        interactionId: string | null;
                        /** @description The ticket message holding the text (public answer, private message; a moderation’s text is an internal note) */
                        messageId: string | null;
                        /**
                         * @description sent: HugMe took it; failed: it was refused or HugMe was not reached, and nothing reached the consumer
                         * @enum {string}
                         */
                        outcome: "sent" | "failed";
                        problemCode: string | null;
                        /** @description HugMe’s words */
                        providerMessage: string | null;
                        ticketId: string;
                        /** @enum {string} */
                        type: "public_answer" | "private_message" | "request_evaluation" | "request_moderation";
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `ticket_not_found` (The ticket does not exist); `complaint_not_found` (The ticket is not a complaint from Reclame Aqui) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `ticket_closed` (The ticket is closed); `integration_state_conflict` (The integration is not in a state that allows this) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity: `provider_refused_action` (The provider refused the action) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `provider_rate_limited` (The provider asks to slow down: try again later) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Bad Gateway: `provider_unavailable` (The provider could not be reached) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "solution": "Estorno realizado",
                 *       "reason": "Consumidora confirmou o estorno na fatura"
                 *     }
                 */
                "application/json": {
                    /** @description Shown on the timeline */
                    reason?: string;
                    /** @description One of the integration’s solutions (`allowedSolutions`) */
                    solution: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ticketId": "tkt_9a3e7i1m5q9u3y7c1g5k",
                     *       "ticket": {
                     *         "status": "closed",
                     *         "stage": "closed",
                     *         "priority": "high",
                     *         "assigneeId": "usr_5h9k3m7p1s5v9y3b7e1g",
                     *         "solution": "Estorno realizado"
                     *       },
                     *       "integrationId": "int_6p0t4x8b2f6j0n4r8v2z",
                     *       "complaintId": "43534294",
                     *       "reclameAquiId": "118273645",
                     *       "consumer": {
                     *         "name": "Carla Dias",
                     *         "email": "carla@example.com.br"
                     *       },
                     *       "raStatus": {
                     *         "id": 6,
                     *         "name": "Respondido"
                     *       },
                     *       "hugmeStatus": {
                     *         "id": 2,
                     *         "name": "Respondido"
                     *       },
                     *       "answered": true,
                     *       "rating": null,
                     *       "closedAtProvider": null,
                     *       "syncGroup": "Prioridade alta",
                     *       "defaults": {
                     *         "customerType": "Consumidor final",
                     *         "region": "Sudeste",
                     *         "creatorUserId": "usr_5h9k3m7p1s5v9y3b7e1g",
                     *         "sector": "SAC",
                     *         "occurrenceType": "Reclamação",
                     *         "occurrence": "Reclame Aqui",
                     *         "solutions": [
                     *           "Estorno realizado",
                     *           "Esclarecimento prestado"
                     *         ]
                     *       },
                     *       "allowedSolutions": [
                     *         "Estorno realizado",
                     *         "Esclarecimento prestado"
                     *       ],
                     *       "answers": [
                     *         {
                     *           "id": "cans_3f7j1n5r9v3z7d1h5l9p",
                     *           "ticketId": "tkt_9a3e7i1m5q9u3y7c1g5k",
                     *           "type": "public_answer",
                     *           "outcome": "sent",
                     *           "messageId": "msg_2b6f0j4n8r2v6z0d4h8l",
                     *           "interactionId": "160441007",
                     *           "providerMessage": "Resposta pública enviada com sucesso",
                     *           "problemCode": null,
                     *           "error": null,
                     *           "actor": "usr_5h9k3m7p1s5v9y3b7e1g",
                     *           "at": "2026-03-02T14:10:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        allowedSolutions: string[];
                        answered: boolean;
                        answers: {
                            actor: string;
                            /** Format: date-time */
                            at: string;
                            error: string | null;
                            id: string;
                            /** @description HugMe’s interaction id */
                            interactionId: string | null;
                            /** @description The ticket message holding the text (public answer, private message; a moderation’s text is an internal note) */
                            messageId: string | null;
                            /**
                             * @description sent: HugMe took it; failed: it was refused or HugMe was not reached, and nothing reached the consumer
                             * @enum {string}
                             */
                            outcome: "sent" | "failed";
                            problemCode: string | null;
                            /** @description HugMe’s words */
                            providerMessage: string | null;
                            ticketId: string;
                            /** @enum {string} */
                            type: "public_answer" | "private_message" | "request_evaluation" | "request_moderation";
                        }[];
                        closedAtProvider: string | null;
                        /** @description HugMe’s ticket id */
                        complaintId: string;
                        consumer: {
                            email: string | null;
                            name: string | null;
                        };
                        defaults: {
                            creatorUserId: string;
                            customerType: string;
                            occurrence: string;
                            occurrenceType: string;
                            region: string;
                            sector: string;
                            solutions: string[];
                        };
                        hugmeStatus: {
                            id: number;
                            name: string;
                        } | null;
                        integrationId: string;
                        raStatus: {
                            id: number;
                            name: string;
                        } | null;
                        rating: number | null;
                        /** @description Reclame Aqui’s complaint id */
                        reclameAquiId: string | null;
                        syncGroup: string | null;
                        ticket: {
                            assigneeId: string | null;
                            priority: string;
                            solution: string | null;
                            stage: string | null;
                            status: string;
                        };
                        ticketId: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `ticket_not_found` (The ticket does not exist); `complaint_not_found` (The ticket is not a complaint from Reclame Aqui) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `ticket_closed` (The ticket is closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity: `complaint_solution_not_allowed` (A complaint ticket closes with one of the solutions its integration allows) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listConnectors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "key": "paghiper",
                     *           "name": "PagHiper",
                     *           "category": "payment_gateway",
                     *           "description": {
                     *             "pt-BR": "Boletos e PIX do PagHiper: cobranças, pagamentos e notificações automáticas.",
                     *             "en": "PagHiper bank slips (boleto) and PIX: charges, payments and automatic notifications."
                     *           },
                     *           "authScheme": "body_credentials",
                     *           "onboardingFlow": "self_service",
                     *           "defaultSyncIntervalMinutes": 5,
                     *           "webhooks": true,
                     *           "models": [
                     *             "payment"
                     *           ],
                     *           "events": [
                     *             "payment.created",
                     *             "payment.paid",
                     *             "payment.reserved",
                     *             "payment.completed",
                     *             "payment.canceled",
                     *             "payment.refunded",
                     *             "payment.processing",
                     *             "payment.overdue",
                     *             "payment.updated"
                     *           ],
                     *           "credentialsSchema": {
                     *             "type": "object",
                     *             "properties": {
                     *               "apiKey": {
                     *                 "type": "string",
                     *                 "maxLength": 50,
                     *                 "pattern": "^apk_",
                     *                 "description": "API Key (apk_…), em Minha Conta > Credenciais"
                     *               },
                     *               "token": {
                     *                 "type": "string",
                     *                 "minLength": 1,
                     *                 "maxLength": 128,
                     *                 "description": "Token, em Minha Conta > Credenciais",
                     *                 "writeOnly": true,
                     *                 "format": "password"
                     *               }
                     *             },
                     *             "required": [
                     *               "apiKey",
                     *               "token"
                     *             ],
                     *             "additionalProperties": false
                     *           },
                     *           "configSchema": {
                     *             "type": "object",
                     *             "properties": {
                     *               "syncIntervalMinutes": {
                     *                 "default": 5,
                     *                 "description": "Minutes between syncs (5–1440)",
                     *                 "type": "integer",
                     *                 "minimum": 5,
                     *                 "maximum": 1440
                     *               },
                     *               "retroactiveMonths": {
                     *                 "default": 3,
                     *                 "description": "Months of history fetched on activation (0 = today only, up to 12)",
                     *                 "type": "integer",
                     *                 "minimum": 0,
                     *                 "maximum": 12
                     *               },
                     *               "paymentMethods": {
                     *                 "default": [
                     *                   "boleto",
                     *                   "pix"
                     *                 ],
                     *                 "description": "Which APIs to sync",
                     *                 "minItems": 1,
                     *                 "type": "array",
                     *                 "items": {
                     *                   "type": "string",
                     *                   "enum": [
                     *                     "boleto",
                     *                     "pix"
                     *                   ]
                     *                 }
                     *               }
                     *             },
                     *             "additionalProperties": false
                     *           },
                     *           "actions": [
                     *             {
                     *               "key": "cancel_charge",
                     *               "name": {
                     *                 "pt-BR": "Cancelar cobrança",
                     *                 "en": "Cancel charge"
                     *               },
                     *               "inputSchema": {
                     *                 "type": "object",
                     *                 "properties": {
                     *                   "transactionId": {
                     *                     "type": "string",
                     *                     "minLength": 16,
                     *                     "maxLength": 16
                     *                   },
                     *                   "method": {
                     *                     "type": "string",
                     *                     "enum": [
                     *                       "boleto",
                     *                       "pix"
                     *                     ]
                     *                   }
                     *                 },
                     *                 "required": [
                     *                   "transactionId",
                     *                   "method"
                     *                 ],
                     *                 "additionalProperties": false
                     *               }
                     *             },
                     *             {
                     *               "key": "create_charge",
                     *               "name": {
                     *                 "pt-BR": "Criar cobrança",
                     *                 "en": "Create charge"
                     *               },
                     *               "inputSchema": {
                     *                 "type": "object",
                     *                 "properties": {
                     *                   "method": {
                     *                     "type": "string",
                     *                     "enum": [
                     *                       "boleto",
                     *                       "pix"
                     *                     ]
                     *                   },
                     *                   "orderId": {
                     *                     "type": "string",
                     *                     "minLength": 1,
                     *                     "maxLength": 64
                     *                   },
                     *                   "payer": {
                     *                     "type": "object",
                     *                     "properties": {
                     *                       "name": {
                     *                         "type": "string",
                     *                         "minLength": 1,
                     *                         "maxLength": 200
                     *                       },
                     *                       "email": {
                     *                         "type": "string",
                     *                         "format": "email",
                     *                         "pattern": "^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$"
                     *                       },
                     *                       "document": {
                     *                         "type": "string",
                     *                         "pattern": "^(\\d{11}|\\d{14})$"
                     *                       },
                     *                       "phone": {
                     *                         "type": "string",
                     *                         "pattern": "^\\+?[\\d\\s().-]{8,20}$"
                     *                       }
                     *                     },
                     *                     "required": [
                     *                       "name",
                     *                       "email",
                     *                       "document"
                     *                     ],
                     *                     "additionalProperties": false
                     *                   },
                     *                   "items": {
                     *                     "minItems": 1,
                     *                     "maxItems": 400,
                     *                     "type": "array",
                     *                     "items": {
                     *                       "type": "object",
                     *                       "properties": {
                     *                         "id": {
                     *                           "type": "string",
                     *                           "minLength": 1,
                     *                           "maxLength": 100
                     *                         },
                     *                         "description": {
                     *                           "type": "string",
                     *                           "minLength": 1,
                     *                           "maxLength": 255
                     *                         },
                     *                         "quantity": {
                     *                           "type": "integer",
                     *                           "minimum": 1,
                     *                           "maximum": 9007199254740991
                     *                         },
                     *                         "priceCents": {
                     *                           "type": "integer",
                     *                           "minimum": 1,
                     *                           "maximum": 9007199254740991
                     *                         }
                     *                       },
                     *                       "required": [
                     *                         "id",
                     *                         "description",
                     *                         "quantity",
                     *                         "priceCents"
                     *                       ],
                     *                       "additionalProperties": false
                     *                     }
                     *                   },
                     *                   "daysDueDate": {
                     *                     "type": "integer",
                     *                     "minimum": 0,
                     *                     "maximum": 400
                     *                   },
                     *                   "minutesDueDate": {
                     *                     "type": "integer",
                     *                     "minimum": 1,
                     *                     "maximum": 525600
                     *                   },
                     *                   "notificationUrl": {
                     *                     "type": "string",
                     *                     "maxLength": 2000,
                     *                     "format": "uri"
                     *                   }
                     *                 },
                     *                 "required": [
                     *                   "method",
                     *                   "orderId",
                     *                   "payer",
                     *                   "items"
                     *                 ],
                     *                 "additionalProperties": false
                     *               }
                     *             },
                     *             {
                     *               "key": "charge_status",
                     *               "name": {
                     *                 "pt-BR": "Consultar cobrança",
                     *                 "en": "Charge status"
                     *               },
                     *               "inputSchema": {
                     *                 "type": "object",
                     *                 "properties": {
                     *                   "transactionId": {
                     *                     "type": "string",
                     *                     "minLength": 16,
                     *                     "maxLength": 16
                     *                   },
                     *                   "method": {
                     *                     "type": "string",
                     *                     "enum": [
                     *                       "boleto",
                     *                       "pix"
                     *                     ]
                     *                   }
                     *                 },
                     *                 "required": [
                     *                   "transactionId",
                     *                   "method"
                     *                 ],
                     *                 "additionalProperties": false
                     *               }
                     *             }
                     *           ],
                     *           "checklist": [
                     *             {
                     *               "key": "credentials_verified",
                     *               "label": {
                     *                 "pt-BR": "Credenciais verificadas",
                     *                 "en": "Credentials verified"
                     *               }
                     *             },
                     *             {
                     *               "key": "callback_configured",
                     *               "label": {
                     *                 "pt-BR": "URL de notificação configurada e recebida",
                     *                 "en": "Notification URL configured and heard from"
                     *               }
                     *             },
                     *             {
                     *               "key": "recent_sync",
                     *               "label": {
                     *                 "pt-BR": "Sincronização recente",
                     *                 "en": "Recent sync"
                     *               }
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        data: {
                            actions: {
                                /** @description JSON Schema (draft 2020-12) */
                                inputSchema: {
                                    [key: string]: unknown;
                                };
                                key: string;
                                name: {
                                    en: string;
                                    "pt-BR": string;
                                };
                            }[];
                            /** @enum {string} */
                            authScheme: "body_credentials" | "oauth2_client_credentials" | "http_basic" | "authorization_key_exchange";
                            /** @enum {string} */
                            category: "fuel_card" | "payment_gateway" | "complaint_channel";
                            checklist: {
                                key: string;
                                label: {
                                    en: string;
                                    "pt-BR": string;
                                };
                            }[];
                            /** @description JSON Schema (draft 2020-12) */
                            configSchema: {
                                [key: string]: unknown;
                            };
                            /** @description JSON Schema (draft 2020-12) */
                            credentialsSchema: {
                                [key: string]: unknown;
                            };
                            defaultSyncIntervalMinutes: number;
                            description: {
                                en: string;
                                "pt-BR": string;
                            };
                            events: string[];
                            key: string;
                            models: ("payment" | "fuel_transaction" | "complaint")[];
                            name: string;
                            /** @enum {string} */
                            onboardingFlow: "self_service" | "key_exchange" | "provider_approval";
                            webhooks: boolean;
                        }[];
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getConnector: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "key": "paghiper",
                     *       "name": "PagHiper",
                     *       "category": "payment_gateway",
                     *       "description": {
                     *         "pt-BR": "Boletos e PIX do PagHiper: cobranças, pagamentos e notificações automáticas.",
                     *         "en": "PagHiper bank slips (boleto) and PIX: charges, payments and automatic notifications."
                     *       },
                     *       "authScheme": "body_credentials",
                     *       "onboardingFlow": "self_service",
                     *       "defaultSyncIntervalMinutes": 5,
                     *       "webhooks": true,
                     *       "models": [
                     *         "payment"
                     *       ],
                     *       "events": [
                     *         "payment.created",
                     *         "payment.paid",
                     *         "payment.reserved",
                     *         "payment.completed",
                     *         "payment.canceled",
                     *         "payment.refunded",
                     *         "payment.processing",
                     *         "payment.overdue",
                     *         "payment.updated"
                     *       ],
                     *       "credentialsSchema": {
                     *         "type": "object",
                     *         "properties": {
                     *           "apiKey": {
                     *             "type": "string",
                     *             "maxLength": 50,
                     *             "pattern": "^apk_",
                     *             "description": "API Key (apk_…), em Minha Conta > Credenciais"
                     *           },
                     *           "token": {
                     *             "type": "string",
                     *             "minLength": 1,
                     *             "maxLength": 128,
                     *             "description": "Token, em Minha Conta > Credenciais",
                     *             "writeOnly": true,
                     *             "format": "password"
                     *           }
                     *         },
                     *         "required": [
                     *           "apiKey",
                     *           "token"
                     *         ],
                     *         "additionalProperties": false
                     *       },
                     *       "configSchema": {
                     *         "type": "object",
                     *         "properties": {
                     *           "syncIntervalMinutes": {
                     *             "default": 5,
                     *             "description": "Minutes between syncs (5–1440)",
                     *             "type": "integer",
                     *             "minimum": 5,
                     *             "maximum": 1440
                     *           },
                     *           "retroactiveMonths": {
                     *             "default": 3,
                     *             "description": "Months of history fetched on activation (0 = today only, up to 12)",
                     *             "type": "integer",
                     *             "minimum": 0,
                     *             "maximum": 12
                     *           },
                     *           "paymentMethods": {
                     *             "default": [
                     *               "boleto",
                     *               "pix"
                     *             ],
                     *             "description": "Which APIs to sync",
                     *             "minItems": 1,
                     *             "type": "array",
                     *             "items": {
                     *               "type": "string",
                     *               "enum": [
                     *                 "boleto",
                     *                 "pix"
                     *               ]
                     *             }
                     *           }
                     *         },
                     *         "additionalProperties": false
                     *       },
                     *       "actions": [
                     *         {
                     *           "key": "cancel_charge",
                     *           "name": {
                     *             "pt-BR": "Cancelar cobrança",
                     *             "en": "Cancel charge"
                     *           },
                     *           "inputSchema": {
                     *             "type": "object",
                     *             "properties": {
                     *               "transactionId": {
                     *                 "type": "string",
                     *                 "minLength": 16,
                     *                 "maxLength": 16
                     *               },
                     *               "method": {
                     *                 "type": "string",
                     *                 "enum": [
                     *                   "boleto",
                     *                   "pix"
                     *                 ]
                     *               }
                     *             },
                     *             "required": [
                     *               "transactionId",
                     *               "method"
                     *             ],
                     *             "additionalProperties": false
                     *           }
                     *         },
                     *         {
                     *           "key": "create_charge",
                     *           "name": {
                     *             "pt-BR": "Criar cobrança",
                     *             "en": "Create charge"
                     *           },
                     *           "inputSchema": {
                     *             "type": "object",
                     *             "properties": {
                     *               "method": {
                     *                 "type": "string",
                     *                 "enum": [
                     *                   "boleto",
                     *                   "pix"
                     *                 ]
                     *               },
                     *               "orderId": {
                     *                 "type": "string",
                     *                 "minLength": 1,
                     *                 "maxLength": 64
                     *               },
                     *               "payer": {
                     *                 "type": "object",
                     *                 "properties": {
                     *                   "name": {
                     *                     "type": "string",
                     *                     "minLength": 1,
                     *                     "maxLength": 200
                     *                   },
                     *                   "email": {
                     *                     "type": "string",
                     *                     "format": "email",
                     *                     "pattern": "^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$"
                     *                   },
                     *                   "document": {
                     *                     "type": "string",
                     *                     "pattern": "^(\\d{11}|\\d{14})$"
                     *                   },
                     *                   "phone": {
                     *                     "type": "string",
                     *                     "pattern": "^\\+?[\\d\\s().-]{8,20}$"
                     *                   }
                     *                 },
                     *                 "required": [
                     *                   "name",
                     *                   "email",
                     *                   "document"
                     *                 ],
                     *                 "additionalProperties": false
                     *               },
                     *               "items": {
                     *                 "minItems": 1,
                     *                 "maxItems": 400,
                     *                 "type": "array",
                     *                 "items": {
                     *                   "type": "object",
                     *                   "properties": {
                     *                     "id": {
                     *                       "type": "string",
                     *                       "minLength": 1,
                     *                       "maxLength": 100
                     *                     },
                     *                     "description": {
                     *                       "type": "string",
                     *                       "minLength": 1,
                     *                       "maxLength": 255
                     *                     },
                     *                     "quantity": {
                     *                       "type": "integer",
                     *                       "minimum": 1,
                     *                       "maximum": 9007199254740991
                     *                     },
                     *                     "priceCents": {
                     *                       "type": "integer",
                     *                       "minimum": 1,
                     *                       "maximum": 9007199254740991
                     *                     }
                     *                   },
                     *                   "required": [
                     *                     "id",
                     *                     "description",
                     *                     "quantity",
                     *                     "priceCents"
                     *                   ],
                     *                   "additionalProperties": false
                     *                 }
                     *               },
                     *               "daysDueDate": {
                     *                 "type": "integer",
                     *                 "minimum": 0,
                     *                 "maximum": 400
                     *               },
                     *               "minutesDueDate": {
                     *                 "type": "integer",
                     *                 "minimum": 1,
                     *                 "maximum": 525600
                     *               },
                     *               "notificationUrl": {
                     *                 "type": "string",
                     *                 "maxLength": 2000,
                     *                 "format": "uri"
                     *               }
                     *             },
                     *             "required": [
                     *               "method",
                     *               "orderId",
                     *               "payer",
                     *               "items"
                     *             ],
                     *             "additionalProperties": false
                     *           }
                     *         },
                     *         {
                     *           "key": "charge_status",
                     *           "name": {
                     *             "pt-BR": "Consultar cobrança",
                     *             "en": "Charge status"
                     *           },
                     *           "inputSchema": {
                     *             "type": "object",
                     *             "properties": {
                     *               "transactionId": {
                     *                 "type": "string",
                     *                 "minLength": 16,
                     *                 "maxLength": 16
                     *               },
                     *               "method": {
                     *                 "type": "string",
                     *                 "enum": [
                     *                   "boleto",
                     *                   "pix"
                     *                 ]
                     *               }
                     *             },
                     *             "required": [
                     *               "transactionId",
                     *               "method"
                     *             ],
                     *             "additionalProperties": false
                     *           }
                     *         }
                     *       ],
                     *       "checklist": [
                     *         {
                     *           "key": "credentials_verified",
                     *           "label": {
                     *             "pt-BR": "Credenciais verificadas",
                     *             "en": "Credentials verified"
                     *           }
                     *         },
                     *         {
                     *           "key": "callback_configured",
                     *           "label": {
                     *             "pt-BR": "URL de notificação configurada e recebida",
                     *             "en": "Notification URL configured and heard from"
                     *           }
                     *         },
                     *         {
                     *           "key": "recent_sync",
                     *           "label": {
                     *             "pt-BR": "Sincronização recente",
                     *             "en": "Recent sync"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        actions: {
                            /** @description JSON Schema (draft 2020-12) */
                            inputSchema: {
                                [key: string]: unknown;
                            };
                            key: string;
                            name: {
                                en: string;
                                "pt-BR": string;
                            };
                        }[];
                        /** @enum {string} */
                        authScheme: "body_credentials" | "oauth2_client_credentials" | "http_basic" | "authorization_key_exchange";
                        /** @enum {string} */
                        category: "fuel_card" | "payment_gateway" | "complaint_channel";
                        checklist: {
                            key: string;
                            label: {
                                en: string;
                                "pt-BR": string;
                            };
                        }[];
                        /** @description JSON Schema (draft 2020-12) */
                        configSchema: {
                            [key: string]: unknown;
                        };
                        /** @description JSON Schema (draft 2020-12) */
                        credentialsSchema: {
                            [key: string]: unknown;
                        };
                        defaultSyncIntervalMinutes: number;
                        description: {
                            en: string;
                            "pt-BR": string;
                        };
                        events: string[];
                        key: string;
                        models: ("payment" | "fuel_transaction" | "complaint")[];
                        name: string;
                        /** @enum {string} */
                        onboardingFlow: "self_service" | "key_exchange" | "provider_approval";
                        webhooks: boolean;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `connector_not_found` (There is no connector with this key) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listConnectorNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "connector": "paghiper",
                     *       "recordRecipient": {
                     *         "name": "payment.payer.name",
                     *         "email": "payment.payer.email",
                     *         "phone": "payment.payer.phone"
                     *       },
                     *       "variables": [
                     *         {
                     *           "name": "payer.name",
                     *           "description": {
                     *             "pt-BR": "Nome do pagador",
                     *             "en": "The payer’s name"
                     *           },
                     *           "example": "Maria Aparecida Souza"
                     *         },
                     *         {
                     *           "name": "payer.email",
                     *           "description": {
                     *             "pt-BR": "E-mail do pagador",
                     *             "en": "The payer’s e-mail"
                     *           },
                     *           "example": "maria.souza@gmail.com"
                     *         },
                     *         {
                     *           "name": "payer.phone",
                     *           "description": {
                     *             "pt-BR": "Telefone do pagador (E.164)",
                     *             "en": "The payer’s phone (E.164)"
                     *           },
                     *           "example": "+5511987654321"
                     *         },
                     *         {
                     *           "name": "amount",
                     *           "description": {
                     *             "pt-BR": "Valor da cobrança (R$ 1.234,56)",
                     *             "en": "The charge’s amount (R$1,234.56)"
                     *           },
                     *           "example": "R$ 1.234,56"
                     *         },
                     *         {
                     *           "name": "paid_amount",
                     *           "description": {
                     *             "pt-BR": "Valor pago, quando pago",
                     *             "en": "The amount paid, once paid"
                     *           },
                     *           "example": "R$ 1.234,56"
                     *         },
                     *         {
                     *           "name": "due_date",
                     *           "description": {
                     *             "pt-BR": "Vencimento (23/11/2026)",
                     *             "en": "Due date (11/23/2026)"
                     *           },
                     *           "example": "23/11/2026"
                     *         },
                     *         {
                     *           "name": "paid_at",
                     *           "description": {
                     *             "pt-BR": "Data e hora do pagamento",
                     *             "en": "When it was paid"
                     *           },
                     *           "example": "22/11/2026, 14:05"
                     *         },
                     *         {
                     *           "name": "boleto_url",
                     *           "description": {
                     *             "pt-BR": "Link do boleto",
                     *             "en": "The boleto’s link"
                     *           },
                     *           "example": "https://www.paghiper.com/checkout/boleto/AB12CD34EF56GH78"
                     *         },
                     *         {
                     *           "name": "digitable_line",
                     *           "description": {
                     *             "pt-BR": "Linha digitável do boleto",
                     *             "en": "The boleto’s digitable line"
                     *           },
                     *           "example": "34191.79001 01043.510047 91020.150008 1 96610000123456"
                     *         },
                     *         {
                     *           "name": "pix_code",
                     *           "description": {
                     *             "pt-BR": "Código PIX copia e cola",
                     *             "en": "The PIX copy-and-paste code"
                     *           },
                     *           "example": "00020101021226870014br.gov.bcb.pix2565pix.paghiper.com/qr/v2/AB12CD34EF56GH785204000053039865802BR5925LOJA6009SAO PAULO62070503***6304ABCD"
                     *         },
                     *         {
                     *           "name": "pix_url",
                     *           "description": {
                     *             "pt-BR": "Link do QR Code PIX",
                     *             "en": "The PIX QR code’s link"
                     *           },
                     *           "example": "https://pix.paghiper.com/checkout/AB12CD34EF56GH78"
                     *         },
                     *         {
                     *           "name": "order_id",
                     *           "description": {
                     *             "pt-BR": "Número do pedido na loja",
                     *             "en": "The store’s order number"
                     *           },
                     *           "example": "PED-48213"
                     *         },
                     *         {
                     *           "name": "transaction_id",
                     *           "description": {
                     *             "pt-BR": "Id da transação no PagHiper",
                     *             "en": "The PagHiper transaction id"
                     *           },
                     *           "example": "AB12CD34EF56GH78"
                     *         },
                     *         {
                     *           "name": "payment_method",
                     *           "description": {
                     *             "pt-BR": "Forma de pagamento (boleto ou PIX)",
                     *             "en": "Payment method (boleto or PIX)"
                     *           },
                     *           "example": "boleto"
                     *         },
                     *         {
                     *           "name": "status",
                     *           "description": {
                     *             "pt-BR": "Situação da cobrança",
                     *             "en": "The charge’s status"
                     *           },
                     *           "example": "Aguardando pagamento"
                     *         },
                     *         {
                     *           "name": "store.name",
                     *           "description": {
                     *             "pt-BR": "Nome da loja (a conta)",
                     *             "en": "The store’s name (the account)"
                     *           },
                     *           "example": "Loja Bella Casa"
                     *         }
                     *       ],
                     *       "entries": [
                     *         {
                     *           "id": "paghiper:boleto.created",
                     *           "key": "boleto.created",
                     *           "name": {
                     *             "pt-BR": "Boleto gerado",
                     *             "en": "Boleto issued"
                     *           },
                     *           "priority": 1,
                     *           "recognisedBy": {
                     *             "pt-BR": "Evento payment.created de uma cobrança com method = boleto.",
                     *             "en": "A payment.created event of a charge whose method is boleto."
                     *           },
                     *           "trigger": {
                     *             "kind": "event",
                     *             "eventType": "payment.created",
                     *             "where": {
                     *               "payment.method": "boleto"
                     *             }
                     *           },
                     *           "defaultTiming": {
                     *             "delaySeconds": 0
                     *           },
                     *           "audience": "record",
                     *           "defaultTemplates": {
                     *             "email": {
                     *               "pt-BR": {
                     *                 "subject": "Seu boleto de {{ amount }} na {{ store.name }}",
                     *                 "body": "Olá, {{ payer.name | default: \"cliente\" }}!\n\nSeu boleto de {{ amount }} do pedido {{ order_id }} na {{ store.name }} foi gerado e vence em {{ due_date }}.\n\n{% if boleto_url != \"\" %}Boleto: {{ boleto_url }}{% endif %}\n{% if digitable_line != \"\" %}Linha digitável: {{ digitable_line }}{% endif %}\n\nObrigado pela compra!"
                     *               },
                     *               "en": {
                     *                 "subject": "Your boleto of {{ amount }} at {{ store.name }}",
                     *                 "body": "Hello, {{ payer.name | default: \"customer\" }}!\n\nYour boleto of {{ amount }} for order {{ order_id }} at {{ store.name }} was issued and is due on {{ due_date }}.\n\n{% if boleto_url != \"\" %}Boleto: {{ boleto_url }}{% endif %}\n{% if digitable_line != \"\" %}Digitable line: {{ digitable_line }}{% endif %}\n\nThank you for your purchase!"
                     *               }
                     *             },
                     *             "whatsapp": {
                     *               "name": "boleto_criado",
                     *               "language": "pt_BR",
                     *               "parameters": [
                     *                 "{{ payer.name | default: \"cliente\" }}",
                     *                 "{{ amount }}",
                     *                 "{{ store.name }}",
                     *                 "{{ due_date }}"
                     *               ],
                     *               "body": "Olá {{1}}, seu boleto de {{2}} na {{3}} vence em {{4}}.\n\nPara não receber mais mensagens, responda SAIR."
                     *             }
                     *           }
                     *         },
                     *         {
                     *           "id": "paghiper:boleto.due_soon",
                     *           "key": "boleto.due_soon",
                     *           "name": {
                     *             "pt-BR": "Boleto vence em 2 dias",
                     *             "en": "Boleto due in 2 days"
                     *           },
                     *           "priority": 2,
                     *           "recognisedBy": {
                     *             "pt-BR": "Dois dias antes do vencimento (dueDate), às 09:00, enquanto o status do PagHiper for pending.",
                     *             "en": "Two days before the due date (dueDate), at 09:00, while PagHiper’s status is pending."
                     *           },
                     *           "trigger": {
                     *             "kind": "due_date",
                     *             "model": "payment",
                     *             "daysFromDueDate": -2,
                     *             "at": "09:00",
                     *             "while": [
                     *               "pending"
                     *             ],
                     *             "where": {
                     *               "payment.method": "boleto"
                     *             }
                     *           },
                     *           "defaultTiming": {
                     *             "daysFromDueDate": -2,
                     *             "at": "09:00"
                     *           },
                     *           "audience": "record",
                     *           "defaultTemplates": {
                     *             "email": {
                     *               "pt-BR": {
                     *                 "subject": "Seu boleto vence em {{ due_date }}",
                     *                 "body": "Olá, {{ payer.name | default: \"cliente\" }}!\n\nLembrete: seu boleto de {{ amount }} na {{ store.name }} vence em {{ due_date }}.\n\n{% if boleto_url != \"\" %}Boleto: {{ boleto_url }}{% endif %}\n{% if digitable_line != \"\" %}Linha digitável: {{ digitable_line }}{% endif %}\n\nSe você já pagou, desconsidere esta mensagem."
                     *               },
                     *               "en": {
                     *                 "subject": "Your boleto is due on {{ due_date }}",
                     *                 "body": "Hello, {{ payer.name | default: \"customer\" }}!\n\nA reminder: your boleto of {{ amount }} at {{ store.name }} is due on {{ due_date }}.\n\n{% if boleto_url != \"\" %}Boleto: {{ boleto_url }}{% endif %}\n{% if digitable_line != \"\" %}Digitable line: {{ digitable_line }}{% endif %}\n\nIf you have already paid, please disregard this message."
                     *               }
                     *             },
                     *             "whatsapp": {
                     *               "name": "boleto_vencendo",
                     *               "language": "pt_BR",
                     *               "parameters": [
                     *                 "{{ payer.name | default: \"cliente\" }}",
                     *                 "{{ amount }}"
                     *               ],
                     *               "body": "Olá {{1}}, seu boleto de {{2}} vence em breve.\n\nPara não receber mais mensagens, responda SAIR."
                     *             }
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        connector: string;
                        entries: {
                            /** @enum {string} */
                            audience: "record" | "account_contact";
                            defaultTemplates: {
                                email: {
                                    en: {
                                        body: string;
                                        subject: string;
                                    };
                                    "pt-BR": {
                                        body: string;
                                        subject: string;
                                    };
                                };
                                whatsapp?: {
                                    body?: string;
                                    language: string;
                                    name: string;
                                    parameters: string[];
                                };
                            };
                            /** @description When it is sent unless the rule says otherwise (times are HH:MM in the account’s time zone) */
                            defaultTiming: {
                                delaySeconds: number;
                            } | {
                                at: string;
                                daysFromDueDate: number;
                            } | {
                                dailyAt: string;
                            };
                            /** @description `connector:key`, as notification rules and templates name it */
                            id: string;
                            key: string;
                            name: {
                                en: string;
                                "pt-BR": string;
                            };
                            /** @description Happy-path step (1 first); later steps supersede earlier ones still waiting */
                            priority: number;
                            recognisedBy: {
                                en: string;
                                "pt-BR": string;
                            };
                            trigger: {
                                eventType: string;
                                /** @enum {string} */
                                kind: "event";
                                /** @description Dotted paths of the event’s data and the value (or values) each must have */
                                where?: {
                                    [key: string]: string | string[];
                                };
                            } | {
                                at: string;
                                daysFromDueDate: number;
                                /** @enum {string} */
                                kind: "due_date";
                                /** @enum {string} */
                                model: "payment";
                                /** @description Dotted paths of the event’s data and the value (or values) each must have */
                                where?: {
                                    [key: string]: string | string[];
                                };
                                while: string[];
                            } | {
                                at: string;
                                groupBy: string;
                                /** @enum {string} */
                                kind: "daily_digest";
                                /** @enum {string} */
                                model: "fuel_transaction";
                            };
                        }[];
                        /** @description Where a record’s own person (payer, consumer, driver) is in an event’s data; null: nobody to write to */
                        recordRecipient: {
                            email?: string;
                            name?: string;
                            phone?: string;
                        } | null;
                        /** @description What this connector’s records fill in a template: `{{ name }}` */
                        variables: {
                            description: {
                                en: string;
                                "pt-BR": string;
                            };
                            example: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `connector_not_found` (There is no connector with this key) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    activateNotificationCatalog: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                 *       "environment": "sandbox",
                 *       "integrationId": "int_6p0t4x8b2f6j0n4r8v2z",
                 *       "entries": [
                 *         "boleto.created",
                 *         "boleto.due_soon",
                 *         "boleto.paid"
                 *       ]
                 *     }
                 */
                "application/json": {
                    accountId: string;
                    /** @description Absent: e-mail, plus WhatsApp for entries that message a record’s person */
                    channels?: ("email" | "whatsapp")[];
                    /** @description Entry keys, e.g. boleto.created; absent: the whole catalog */
                    entries?: string[];
                    /**
                     * @description Default: the environment of your API key
                     * @enum {string}
                     */
                    environment?: "sandbox" | "production";
                    /** @description Only this integration’s records; absent: every integration of the connector in the account */
                    integrationId?: string | null;
                    /** @enum {string} */
                    locale?: "pt-BR" | "en";
                    /** @description Due-date entries’ timing instead of the catalog’s, by entry key */
                    timings?: {
                        [key: string]: {
                            /** @description Local time of the account’s time zone */
                            at: string;
                            /** @description Days from the due date: -2 is two days before, 0 the day itself, 1 the day after */
                            daysFromDueDate: number;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "rules": [
                     *         {
                     *           "id": "nrl_5g9k3o7s1w5a9e3i7m1q",
                     *           "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *           "environment": "sandbox",
                     *           "integrationId": "int_6p0t4x8b2f6j0n4r8v2z",
                     *           "eventType": "payment.due_date",
                     *           "channel": "whatsapp",
                     *           "recipient": "record",
                     *           "emailTo": null,
                     *           "phoneTo": null,
                     *           "webhookUrl": null,
                     *           "locale": "pt-BR",
                     *           "delaySeconds": 0,
                     *           "timing": {
                     *             "daysFromDueDate": -2,
                     *             "at": "09:00"
                     *           },
                     *           "catalogEntry": "paghiper:boleto.due_soon",
                     *           "templateId": "ntpl_8q2w6e0r4t8y2u6i0o4p",
                     *           "previousSecretValidUntil": null,
                     *           "enabled": true,
                     *           "disabledReason": null,
                     *           "failingSince": null,
                     *           "createdAt": "2026-03-02T09:10:00.000Z",
                     *           "updatedAt": "2026-03-02T09:10:00.000Z"
                     *         }
                     *       ],
                     *       "templates": [
                     *         {
                     *           "id": "ntpl_8q2w6e0r4t8y2u6i0o4p",
                     *           "name": "Boleto vence em 2 dias (WhatsApp)",
                     *           "channel": "whatsapp",
                     *           "catalogEntry": "paghiper:boleto.due_soon"
                     *         }
                     *       ],
                     *       "skipped": [
                     *         {
                     *           "entry": "boleto.created",
                     *           "channel": "email",
                     *           "reason": "already on"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        rules: {
                            accountId: string;
                            /** @description The connector catalog entry the rule follows (`paghiper:boleto.created`), which may narrow the events it takes */
                            catalogEntry: string | null;
                            /** @enum {string} */
                            channel: "email" | "webhook" | "whatsapp";
                            /** Format: date-time */
                            createdAt: string;
                            delaySeconds: number;
                            /** @description Why Ponte disabled the rule by itself, until someone enables it again; null otherwise */
                            disabledReason: {
                                /** @description `endpoint_gone` (HTTP 410) or `endpoint_failing` (every delivery failed for 5 days) */
                                code: string;
                                /** @description What happened, in English, for logs */
                                message: string;
                            } | null;
                            emailTo: string[] | null;
                            enabled: boolean;
                            /** @enum {string} */
                            environment: "sandbox" | "production";
                            eventType: string;
                            /** @description Webhook rules: since when every delivery has failed; null while they succeed */
                            failingSince: string | null;
                            id: string;
                            /** @description Null: every integration of the account in that environment */
                            integrationId: string | null;
                            /** @enum {string} */
                            locale: "pt-BR" | "en";
                            /** @description Fixed WhatsApp recipients, E.164 */
                            phoneTo: string[] | null;
                            /** @description Webhook rules after a rotation: until when the previous secret also signs */
                            previousSecretValidUntil: string | null;
                            /**
                             * @description fixed: the rule’s own addresses; record: the record’s person (a payment’s payer, a complaint’s consumer); account_contact: the account’s contact e-mail
                             * @enum {string}
                             */
                            recipient: "fixed" | "record" | "account_contact";
                            /** @description The account’s template; null: the catalog entry’s built-in one, or the event’s standard e-mail */
                            templateId: string | null;
                            /** @description payment.due_date rules: when to send relative to the record’s due date (negative days before it), at a local time of the account’s time zone */
                            timing: {
                                at: string;
                                daysFromDueDate: number;
                            } | null;
                            /** Format: date-time */
                            updatedAt: string;
                            webhookUrl: string | null;
                        }[];
                        skipped: {
                            channel: string;
                            entry: string;
                            reason: string;
                        }[];
                        templates: ({
                            catalogEntry: string | null;
                            channel: string;
                            id: string;
                            name: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `account_not_found` (The account does not exist); `integration_not_found` (The integration does not exist); `connector_not_found` (There is no connector with this key) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                accountId?: string;
                cursor?: string;
                environment?: "sandbox" | "production";
                integrationId?: string;
                limit?: number;
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "evt_4n8r2v6z0d4h8l2p6t0x",
                     *           "type": "payment.paid",
                     *           "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *           "integrationId": "int_6p0t4x8b2f6j0n4r8v2z",
                     *           "environment": "sandbox",
                     *           "subject": {
                     *             "model": "payment",
                     *             "id": "HF97T5SH2ZQNLF6Z"
                     *           },
                     *           "data": {
                     *             "payment": {
                     *               "externalId": "HF97T5SH2ZQNLF6Z",
                     *               "method": "pix",
                     *               "status": "paid",
                     *               "amountCents": 125990,
                     *               "currency": "BRL",
                     *               "paidAt": "2026-03-02T09:04:55-03:00",
                     *               "payer": {
                     *                 "name": "João Pereira da Silva",
                     *                 "document": "12.345.678/0001-95"
                     *               }
                     *             },
                     *             "previousStatus": "pending"
                     *           },
                     *           "origin": "live",
                     *           "occurredAt": "2026-03-02T12:05:03.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "c_MTIzNDU2OjQ1Njc4"
                     *     }
                     */
                    "application/json": {
                        data: {
                            accountId: string;
                            data: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            environment: "sandbox" | "production";
                            id: string;
                            integrationId: string | null;
                            /** Format: date-time */
                            occurredAt: string;
                            /**
                             * @description `history`: found in the provider’s past by a backfill (notification rules skip these); `live`: happened now
                             * @enum {string}
                             */
                            origin: "live" | "history";
                            subject: {
                                id: string;
                                model: string;
                            } | null;
                            type: string;
                        }[];
                        nextCursor: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIntegrations: {
        parameters: {
            query?: {
                accountId?: string;
                /** @description The last id of the previous page */
                after?: string;
                connector?: string;
                environment?: "sandbox" | "production";
                limit?: number;
                state?: "requested" | "awaiting_customer" | "credentials_received" | "connecting" | "pending_provider_approval" | "needs_revision" | "active" | "reconnect_required" | "key_expired" | "failed" | "paused" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "int_6p0t4x8b2f6j0n4r8v2z",
                     *           "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *           "connector": "paghiper",
                     *           "environment": "sandbox",
                     *           "state": "active",
                     *           "stateReason": null,
                     *           "config": {
                     *             "syncIntervalMinutes": 5,
                     *             "retroactiveMonths": 3,
                     *             "paymentMethods": [
                     *               "boleto",
                     *               "pix"
                     *             ]
                     *           },
                     *           "credential": {
                     *             "maskedFingerprint": "••••3f9ac41e",
                     *             "lastVerifiedAt": "2026-03-02T09:00:00.000Z",
                     *             "expiresAt": null
                     *           },
                     *           "callbackUrl": "https://ponte.example.com.br/hooks/int_6p0t4x8b2f6j0n4r8v2z/EXEMPLO",
                     *           "sync": {
                     *             "enabled": true,
                     *             "intervalMinutes": 5,
                     *             "nextSyncAt": "2026-03-02T12:10:00.000Z",
                     *             "lastSyncAt": "2026-03-02T12:05:00.000Z",
                     *             "lastSuccessAt": "2026-03-02T12:05:02.310Z",
                     *             "lastStatus": "succeeded",
                     *             "lastError": null,
                     *             "lastCallbackAt": null,
                     *             "firstDataAt": "2026-03-02T09:01:12.000Z"
                     *           },
                     *           "backfill": {
                     *             "status": "succeeded",
                     *             "window": {
                     *               "from": "2025-12-02T03:00:00.000Z",
                     *               "to": "2026-03-02T09:00:00.000Z"
                     *             },
                     *             "done": 3,
                     *             "total": 3,
                     *             "records": 1287,
                     *             "error": null,
                     *             "startedAt": "2026-03-02T09:00:01.000Z",
                     *             "finishedAt": "2026-03-02T09:04:40.000Z"
                     *           },
                     *           "createdAt": "2026-03-02T09:00:00.000Z",
                     *           "updatedAt": "2026-03-02T09:00:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        data: {
                            accountId: string;
                            backfill: {
                                done: number;
                                error: string | null;
                                finishedAt: string | null;
                                records: number;
                                /** Format: date-time */
                                startedAt: string;
                                /** @enum {string} */
                                status: "pending" | "running" | "succeeded" | "failed";
                                total: number;
                                window: {
                                    /** Format: date-time */
                                    from: string;
                                    /** Format: date-time */
                                    to: string;
                                };
                            } | null;
                            /** @description The URL to give the provider for its callbacks (“URL de Callback”) */
                            callbackUrl: string | null;
                            config: {
                                [key: string]: unknown;
                            };
                            connector: string;
                            /** Format: date-time */
                            createdAt: string;
                            credential: {
                                expiresAt: string | null;
                                lastVerifiedAt: string | null;
                                maskedFingerprint: string;
                            } | null;
                            /** @enum {string} */
                            environment: "sandbox" | "production";
                            id: string;
                            /** @enum {string} */
                            state: "requested" | "awaiting_customer" | "credentials_received" | "connecting" | "pending_provider_approval" | "needs_revision" | "active" | "reconnect_required" | "key_expired" | "failed" | "paused" | "cancelled";
                            stateReason: string | null;
                            sync: {
                                enabled: boolean;
                                firstDataAt: string | null;
                                intervalMinutes: number;
                                lastCallbackAt: string | null;
                                lastError: string | null;
                                lastStatus: ("succeeded" | "failed" | "deferred") | null;
                                lastSuccessAt: string | null;
                                lastSyncAt: string | null;
                                /** Format: date-time */
                                nextSyncAt: string;
                            } | null;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                 *       "connector": "paghiper",
                 *       "environment": "sandbox",
                 *       "config": {
                 *         "syncIntervalMinutes": 5,
                 *         "retroactiveMonths": 3,
                 *         "paymentMethods": [
                 *           "boleto",
                 *           "pix"
                 *         ]
                 *       },
                 *       "credentials": {
                 *         "apiKey": "apk_EXEMPLO_nao_e_uma_chave",
                 *         "token": "TOKEN_DE_EXEMPLO_0000"
                 *       }
                 *     }
                 */
                "application/json": {
                    accountId: string;
                    config?: {
                        [key: string]: unknown;
                    };
                    connector: string;
                    /** @description Who to write to; by default the account’s contact, else the requesting user */
                    contact?: {
                        /** Format: email */
                        email: string;
                        name?: string;
                    };
                    credentials?: {
                        [key: string]: unknown;
                    };
                    /** @enum {string} */
                    environment: "sandbox" | "production";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "int_6p0t4x8b2f6j0n4r8v2z",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "connector": "paghiper",
                     *       "environment": "sandbox",
                     *       "state": "active",
                     *       "stateReason": null,
                     *       "config": {
                     *         "syncIntervalMinutes": 5,
                     *         "retroactiveMonths": 3,
                     *         "paymentMethods": [
                     *           "boleto",
                     *           "pix"
                     *         ]
                     *       },
                     *       "credential": {
                     *         "maskedFingerprint": "••••3f9ac41e",
                     *         "lastVerifiedAt": "2026-03-02T09:00:00.000Z",
                     *         "expiresAt": null
                     *       },
                     *       "callbackUrl": "https://ponte.example.com.br/hooks/int_6p0t4x8b2f6j0n4r8v2z/EXEMPLO",
                     *       "sync": {
                     *         "enabled": true,
                     *         "intervalMinutes": 5,
                     *         "nextSyncAt": "2026-03-02T12:10:00.000Z",
                     *         "lastSyncAt": "2026-03-02T12:05:00.000Z",
                     *         "lastSuccessAt": "2026-03-02T12:05:02.310Z",
                     *         "lastStatus": "succeeded",
                     *         "lastError": null,
                     *         "lastCallbackAt": null,
                     *         "firstDataAt": "2026-03-02T09:01:12.000Z"
                     *       },
                     *       "backfill": {
                     *         "status": "succeeded",
                     *         "window": {
                     *           "from": "2025-12-02T03:00:00.000Z",
                     *           "to": "2026-03-02T09:00:00.000Z"
                     *         },
                     *         "done": 3,
                     *         "total": 3,
                     *         "records": 1287,
                     *         "error": null,
                     *         "startedAt": "2026-03-02T09:00:01.000Z",
                     *         "finishedAt": "2026-03-02T09:04:40.000Z"
                     *       },
                     *       "createdAt": "2026-03-02T09:00:00.000Z",
                     *       "updatedAt": "2026-03-02T09:00:00.000Z"
                     *     }
                     */
                    "application/json": {
                        accountId: string;
                        backfill: {
                            done: number;
                            error: string | null;
                            finishedAt: string | null;
                            records: number;
                            /** Format: date-time */
                            startedAt: string;
                            /** @enum {string} */
                            status: "pending" | "running" | "succeeded" | "failed";
                            total: number;
                            window: {
                                /** Format: date-time */
                                from: string;
                                /** Format: date-time */
                                to: string;
                            };
                        } | null;
                        /** @description The URL to give the provider for its callbacks (“URL de Callback”) */
                        callbackUrl: string | null;
                        config: {
                            [key: string]: unknown;
                        };
                        connector: string;
                        /** Format: date-time */
                        createdAt: string;
                        credential: {
                            expiresAt: string | null;
                            lastVerifiedAt: string | null;
                            maskedFingerprint: string;
                        } | null;
                        /** @enum {string} */
                        environment: "sandbox" | "production";
                        id: string;
                        /** @enum {string} */
                        state: "requested" | "awaiting_customer" | "credentials_received" | "connecting" | "pending_provider_approval" | "needs_revision" | "active" | "reconnect_required" | "key_expired" | "failed" | "paused" | "cancelled";
                        stateReason: string | null;
                        sync: {
                            enabled: boolean;
                            firstDataAt: string | null;
                            intervalMinutes: number;
                            lastCallbackAt: string | null;
                            lastError: string | null;
                            lastStatus: ("succeeded" | "failed" | "deferred") | null;
                            lastSuccessAt: string | null;
                            lastSyncAt: string | null;
                            /** Format: date-time */
                            nextSyncAt: string;
                        } | null;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `account_not_found` (The account does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity: `provider_refused_credentials` (The provider refused the credentials); `contact_missing` (Nobody to write to about this integration) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Bad Gateway: `provider_unavailable` (The provider could not be reached) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "int_6p0t4x8b2f6j0n4r8v2z",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "connector": "paghiper",
                     *       "environment": "sandbox",
                     *       "state": "active",
                     *       "stateReason": null,
                     *       "config": {
                     *         "syncIntervalMinutes": 5,
                     *         "retroactiveMonths": 3,
                     *         "paymentMethods": [
                     *           "boleto",
                     *           "pix"
                     *         ]
                     *       },
                     *       "credential": {
                     *         "maskedFingerprint": "••••3f9ac41e",
                     *         "lastVerifiedAt": "2026-03-02T09:00:00.000Z",
                     *         "expiresAt": null
                     *       },
                     *       "callbackUrl": "https://ponte.example.com.br/hooks/int_6p0t4x8b2f6j0n4r8v2z/EXEMPLO",
                     *       "sync": {
                     *         "enabled": true,
                     *         "intervalMinutes": 5,
                     *         "nextSyncAt": "2026-03-02T12:10:00.000Z",
                     *         "lastSyncAt": "2026-03-02T12:05:00.000Z",
                     *         "lastSuccessAt": "2026-03-02T12:05:02.310Z",
                     *         "lastStatus": "succeeded",
                     *         "lastError": null,
                     *         "lastCallbackAt": null,
                     *         "firstDataAt": "2026-03-02T09:01:12.000Z"
                     *       },
                     *       "backfill": {
                     *         "status": "succeeded",
                     *         "window": {
                     *           "from": "2025-12-02T03:00:00.000Z",
                     *           "to": "2026-03-02T09:00:00.000Z"
                     *         },
                     *         "done": 3,
                     *         "total": 3,
                     *         "records": 1287,
                     *         "error": null,
                     *         "startedAt": "2026-03-02T09:00:01.000Z",
                     *         "finishedAt": "2026-03-02T09:04:40.000Z"
                     *       },
                     *       "createdAt": "2026-03-02T09:00:00.000Z",
                     *       "updatedAt": "2026-03-02T09:00:00.000Z"
                     *     }
                     */
                    "application/json": {
                        accountId: string;
                        backfill: {
                            done: number;
                            error: string | null;
                            finishedAt: string | null;
                            records: number;
                            /** Format: date-time */
                            startedAt: string;
                            /** @enum {string} */
                            status: "pending" | "running" | "succeeded" | "failed";
                            total: number;
                            window: {
                                /** Format: date-time */
                                from: string;
                                /** Format: date-time */
                                to: string;
                            };
                        } | null;
                        /** @description The URL to give the provider for its callbacks (“URL de Callback”) */
                        callbackUrl: string | null;
                        config: {
                            [key: string]: unknown;
                        };
                        connector: string;
                        /** Format: date-time */
                        createdAt: string;
                        credential: {
                            expiresAt: string | null;
                            lastVerifiedAt: string | null;
                            maskedFingerprint: string;
                        } | null;
                        /** @enum {string} */
                        environment: "sandbox" | "production";
                        id: string;
                        /** @enum {string} */
                        state: "requested" | "awaiting_customer" | "credentials_received" | "connecting" | "pending_provider_approval" | "needs_revision" | "active" | "reconnect_required" | "key_expired" | "failed" | "paused" | "cancelled";
                        stateReason: string | null;
                        sync: {
                            enabled: boolean;
                            firstDataAt: string | null;
                            intervalMinutes: number;
                            lastCallbackAt: string | null;
                            lastError: string | null;
                            lastStatus: ("succeeded" | "failed" | "deferred") | null;
                            lastSuccessAt: string | null;
                            lastSyncAt: string | null;
                            /** Format: date-time */
                            nextSyncAt: string;
                        } | null;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `integration_not_found` (The integration does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelled */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `integration_not_found` (The integration does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateIntegrationConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "config": {
                 *         "syncIntervalMinutes": 15
                 *       }
                 *     }
                 */
                "application/json": {
                    config: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "int_6p0t4x8b2f6j0n4r8v2z",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "connector": "paghiper",
                     *       "environment": "sandbox",
                     *       "state": "active",
                     *       "stateReason": null,
                     *       "config": {
                     *         "syncIntervalMinutes": 15,
                     *         "retroactiveMonths": 3,
                     *         "paymentMethods": [
                     *           "boleto",
                     *           "pix"
                     *         ]
                     *       },
                     *       "credential": {
                     *         "maskedFingerprint": "••••3f9ac41e",
                     *         "lastVerifiedAt": "2026-03-02T09:00:00.000Z",
                     *         "expiresAt": null
                     *       },
                     *       "callbackUrl": "https://ponte.example.com.br/hooks/int_6p0t4x8b2f6j0n4r8v2z/EXEMPLO",
                     *       "sync": {
                     *         "enabled": true,
                     *         "intervalMinutes": 15,
                     *         "nextSyncAt": "2026-03-02T12:10:00.000Z",
                     *         "lastSyncAt": "2026-03-02T12:05:00.000Z",
                     *         "lastSuccessAt": "2026-03-02T12:05:02.310Z",
                     *         "lastStatus": "succeeded",
                     *         "lastError": null,
                     *         "lastCallbackAt": null,
                     *         "firstDataAt": "2026-03-02T09:01:12.000Z"
                     *       },
                     *       "backfill": {
                     *         "status": "succeeded",
                     *         "window": {
                     *           "from": "2025-12-02T03:00:00.000Z",
                     *           "to": "2026-03-02T09:00:00.000Z"
                     *         },
                     *         "done": 3,
                     *         "total": 3,
                     *         "records": 1287,
                     *         "error": null,
                     *         "startedAt": "2026-03-02T09:00:01.000Z",
                     *         "finishedAt": "2026-03-02T09:04:40.000Z"
                     *       },
                     *       "createdAt": "2026-03-02T09:00:00.000Z",
                     *       "updatedAt": "2026-03-02T09:00:00.000Z"
                     *     }
                     */
                    "application/json": {
                        accountId: string;
                        backfill: {
                            done: number;
                            error: string | null;
                            finishedAt: string | null;
                            records: number;
                            /** Format: date-time */
                            startedAt: string;
                            /** @enum {string} */
                            status: "pending" | "running" | "succeeded" | "failed";
                            total: number;
                            window: {
                                /** Format: date-time */
                                from: string;
                                /** Format: date-time */
                                to: string;
                            };
                        } | null;
                        /** @description The URL to give the provider for its callbacks (“URL de Callback”) */
                        callbackUrl: string | null;
                        config: {
                            [key: string]: unknown;
                        };
                        connector: string;
                        /** Format: date-time */
                        createdAt: string;
                        credential: {
                            expiresAt: string | null;
                            lastVerifiedAt: string | null;
                            maskedFingerprint: string;
                        } | null;
                        /** @enum {string} */
                        environment: "sandbox" | "production";
                        id: string;
                        /** @enum {string} */
                        state: "requested" | "awaiting_customer" | "credentials_received" | "connecting" | "pending_provider_approval" | "needs_revision" | "active" | "reconnect_required" | "key_expired" | "failed" | "paused" | "cancelled";
                        stateReason: string | null;
                        sync: {
                            enabled: boolean;
                            firstDataAt: string | null;
                            intervalMinutes: number;
                            lastCallbackAt: string | null;
                            lastError: string | null;
                            lastStatus: ("succeeded" | "failed" | "deferred") | null;
                            lastSuccessAt: string | null;
                            lastSyncAt: string | null;
                            /** Format: date-time */
                            nextSyncAt: string;
                        } | null;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `integration_not_found` (The integration does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    runIntegrationAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An action key of the integration’s connector (GET /v1/connectors/{key} lists them), e.g. `public_answer` or `create_charge` */
                action: string;
                integrationId: string;
            };
            cookie?: never;
        };
        /** @description The action’s input: one of the schemas below, by connector and action (each titled `<connector>.<action>`); GET /v1/connectors/{key} lists a connector’s actions with their input schemas. */
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                } | {
                    /** @enum {string} */
                    method: "boleto" | "pix";
                    transactionId: string;
                } | {
                    daysDueDate?: number;
                    items: {
                        description: string;
                        id: string;
                        priceCents: number;
                        quantity: number;
                    }[];
                    /** @enum {string} */
                    method: "boleto" | "pix";
                    minutesDueDate?: number;
                    /** Format: uri */
                    notificationUrl?: string;
                    orderId: string;
                    payer: {
                        document: string;
                        /** Format: email */
                        email: string;
                        name: string;
                        phone?: string;
                    };
                } | {
                    /** @enum {string} */
                    method: "boleto" | "pix";
                    transactionId: string;
                } | {
                    message: string;
                    ticketId: string;
                } | {
                    /** Format: email */
                    email: string;
                    message: string;
                    ticketId: string;
                } | {
                    ticketId: string;
                } | {
                    message: string;
                    migrateTo?: string;
                    /** @enum {string} */
                    reason: "1" | "4" | "5" | "15" | "16" | "17" | "19";
                    ticketId: string;
                } | {
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "action": "public_answer",
                     *       "result": {
                     *         "ticketId": "118234567",
                     *         "interactionId": "5550123",
                     *         "providerMessage": "Resposta pública enviada com sucesso"
                     *       }
                     *     }
                     */
                    "application/json": {
                        action: string;
                        /** @description The provider’s answer as the connector normalised it (a payment for PagHiper’s charges; ids of the ticket and interaction for HugMe’s writes) */
                        result: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `integration_not_found` (The integration does not exist); `action_not_found` (The connector has no such action) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `integration_state_conflict` (The integration is not in a state that allows this) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity: `provider_refused_action` (The provider refused the action) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too Many Requests: `provider_rate_limited` (The provider asks to slow down: try again later) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Bad Gateway: `provider_unavailable` (The provider could not be reached) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "Aprovado pela Ticket Log em 12/03, protocolo 88231"
                 *     }
                 */
                "application/json": {
                    /** @description What the provider said, for the timeline */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "int_6p0t4x8b2f6j0n4r8v2z",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "connector": "ticket-log",
                     *       "environment": "sandbox",
                     *       "state": "active",
                     *       "stateReason": null,
                     *       "config": {
                     *         "clientCode": 12345,
                     *         "cardTypeCode": 4,
                     *         "syncIntervalMinutes": 60,
                     *         "retroactiveMonths": 3
                     *       },
                     *       "credential": {
                     *         "maskedFingerprint": "••••3f9ac41e",
                     *         "lastVerifiedAt": "2026-03-02T09:00:00.000Z",
                     *         "expiresAt": null
                     *       },
                     *       "callbackUrl": null,
                     *       "sync": null,
                     *       "backfill": null,
                     *       "createdAt": "2026-03-02T09:00:00.000Z",
                     *       "updatedAt": "2026-03-02T09:00:00.000Z"
                     *     }
                     */
                    "application/json": {
                        accountId: string;
                        backfill: {
                            done: number;
                            error: string | null;
                            finishedAt: string | null;
                            records: number;
                            /** Format: date-time */
                            startedAt: string;
                            /** @enum {string} */
                            status: "pending" | "running" | "succeeded" | "failed";
                            total: number;
                            window: {
                                /** Format: date-time */
                                from: string;
                                /** Format: date-time */
                                to: string;
                            };
                        } | null;
                        /** @description The URL to give the provider for its callbacks (“URL de Callback”) */
                        callbackUrl: string | null;
                        config: {
                            [key: string]: unknown;
                        };
                        connector: string;
                        /** Format: date-time */
                        createdAt: string;
                        credential: {
                            expiresAt: string | null;
                            lastVerifiedAt: string | null;
                            maskedFingerprint: string;
                        } | null;
                        /** @enum {string} */
                        environment: "sandbox" | "production";
                        id: string;
                        /** @enum {string} */
                        state: "requested" | "awaiting_customer" | "credentials_received" | "connecting" | "pending_provider_approval" | "needs_revision" | "active" | "reconnect_required" | "key_expired" | "failed" | "paused" | "cancelled";
                        stateReason: string | null;
                        sync: {
                            enabled: boolean;
                            firstDataAt: string | null;
                            intervalMinutes: number;
                            lastCallbackAt: string | null;
                            lastError: string | null;
                            lastStatus: ("succeeded" | "failed" | "deferred") | null;
                            lastSuccessAt: string | null;
                            lastSyncAt: string | null;
                            /** Format: date-time */
                            nextSyncAt: string;
                        } | null;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `integration_not_found` (The integration does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `integration_state_conflict` (The integration is not in a state that allows this) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Bad Gateway: `provider_unavailable` (The provider could not be reached) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIntegrationChecklist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "yellow",
                     *       "items": [
                     *         {
                     *           "key": "credentials_verified",
                     *           "status": "green",
                     *           "reason": "Verified with the provider at 2026-03-02T09:00:00.000Z"
                     *         },
                     *         {
                     *           "key": "recent_sync",
                     *           "status": "green",
                     *           "reason": "Last sync succeeded at 2026-03-02T12:05:02.310Z"
                     *         },
                     *         {
                     *           "key": "callback",
                     *           "status": "yellow",
                     *           "reason": "Callback URL configured (https://ponte.example.com.br/hooks/int_6p0t4x8b2f6j0n4r8v2z/EXEMPLO); nothing received from the provider yet"
                     *         },
                     *         {
                     *           "key": "notification_rules",
                     *           "status": "green",
                     *           "reason": "2 notification rules for this integration’s events"
                     *         },
                     *         {
                     *           "key": "first_data",
                     *           "status": "green",
                     *           "reason": "First data received at 2026-03-02T09:01:12.000Z"
                     *         },
                     *         {
                     *           "key": "onboarding_complete",
                     *           "status": "green",
                     *           "reason": "Onboarding complete"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        items: {
                            key: string;
                            reason: string;
                            /** @enum {string} */
                            status: "green" | "yellow" | "red";
                        }[];
                        /** @enum {string} */
                        status: "green" | "yellow" | "red";
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `integration_not_found` (The integration does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getComplaintConversion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "enabled": true,
                     *       "customerType": "Consumidor final",
                     *       "region": "Sudeste",
                     *       "creatorUserId": "usr_5h9k3m7p1s5v9y3b7e1g",
                     *       "sector": "SAC",
                     *       "occurrenceType": "Reclamação",
                     *       "occurrence": "Reclame Aqui",
                     *       "solutions": [
                     *         "Estorno realizado",
                     *         "Produto trocado",
                     *         "Esclarecimento prestado"
                     *       ],
                     *       "priorities": {
                     *         "Grupo VIP": "urgent"
                     *       },
                     *       "integrationId": "int_6p0t4x8b2f6j0n4r8v2z",
                     *       "updatedAt": "2026-03-02T12:00:00.000Z",
                     *       "updatedBy": "usr_2c6g0k4o8s2w6a0e4i8m"
                     *     }
                     */
                    "application/json": {
                        creatorUserId: string;
                        customerType: string;
                        /** @description Automatic conversion: each complaint synced becomes a ticket */
                        enabled: boolean;
                        integrationId: string;
                        occurrence: string;
                        occurrenceType: string;
                        priorities: {
                            [key: string]: "low" | "normal" | "high" | "urgent";
                        };
                        region: string;
                        sector: string;
                        solutions: string[];
                        updatedAt: string | null;
                        updatedBy: string | null;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `integration_not_found` (The integration does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity: `complaint_conversion_unsupported` (Only a complaint channel’s integration converts complaints into tickets) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setComplaintConversion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "enabled": true,
                 *       "customerType": "Consumidor final",
                 *       "region": "Sudeste",
                 *       "creatorUserId": "usr_5h9k3m7p1s5v9y3b7e1g",
                 *       "sector": "SAC",
                 *       "occurrenceType": "Reclamação",
                 *       "occurrence": "Reclame Aqui",
                 *       "solutions": [
                 *         "Estorno realizado",
                 *         "Produto trocado",
                 *         "Esclarecimento prestado"
                 *       ],
                 *       "priorities": {
                 *         "Grupo VIP": "urgent"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description Usuário: the admin or agent the tickets are created for (assigned to) */
                    creatorUserId: string;
                    /** @description Tipo de cliente */
                    customerType: string;
                    /** @description Automatic conversion: each complaint synced becomes a ticket */
                    enabled: boolean;
                    /** @description Ocorrência */
                    occurrence: string;
                    /** @description Tipo de ocorrência */
                    occurrenceType: string;
                    /**
                     * @description Sync group name → ticket priority; without an entry the group’s words decide (urgente, alta, baixa…), else normal
                     * @default {}
                     */
                    priorities?: {
                        [key: string]: "low" | "normal" | "high" | "urgent";
                    };
                    /** @description Região */
                    region: string;
                    /** @description Setor */
                    sector: string;
                    /** @description Soluções: what a complaint ticket may be closed with */
                    solutions: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "enabled": true,
                     *       "customerType": "Consumidor final",
                     *       "region": "Sudeste",
                     *       "creatorUserId": "usr_5h9k3m7p1s5v9y3b7e1g",
                     *       "sector": "SAC",
                     *       "occurrenceType": "Reclamação",
                     *       "occurrence": "Reclame Aqui",
                     *       "solutions": [
                     *         "Estorno realizado",
                     *         "Produto trocado",
                     *         "Esclarecimento prestado"
                     *       ],
                     *       "priorities": {
                     *         "Grupo VIP": "urgent"
                     *       },
                     *       "integrationId": "int_6p0t4x8b2f6j0n4r8v2z",
                     *       "updatedAt": "2026-03-02T12:00:00.000Z",
                     *       "updatedBy": "usr_2c6g0k4o8s2w6a0e4i8m"
                     *     }
                     */
                    "application/json": {
                        creatorUserId: string;
                        customerType: string;
                        /** @description Automatic conversion: each complaint synced becomes a ticket */
                        enabled: boolean;
                        integrationId: string;
                        occurrence: string;
                        occurrenceType: string;
                        priorities: {
                            [key: string]: "low" | "normal" | "high" | "urgent";
                        };
                        region: string;
                        sector: string;
                        solutions: string[];
                        updatedAt: string | null;
                        updatedBy: string | null;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `integration_not_found` (The integration does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity: `complaint_conversion_unsupported` (Only a complaint channel’s integration converts complaints into tickets); `complaint_creator_invalid` (The creator of converted complaints must be an admin or agent user) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resendIntegrationConnectLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "expiresAt": "2026-03-09T12:00:00.000Z"
                     *     }
                     */
                    "application/json": {
                        /** Format: date-time */
                        expiresAt: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `integration_not_found` (The integration does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `integration_state_conflict` (The integration is not in a state that allows this) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity: `contact_missing` (Nobody to write to about this integration) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitIntegrationCredentials: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "credentials": {
                 *         "authorizationKey": "7KQ2-M4PX-9TZB-C3NV-H8WD"
                 *       }
                 *     }
                 */
                "application/json": {
                    credentials: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "int_6p0t4x8b2f6j0n4r8v2z",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "connector": "paghiper",
                     *       "environment": "sandbox",
                     *       "state": "active",
                     *       "stateReason": null,
                     *       "config": {
                     *         "syncIntervalMinutes": 5,
                     *         "retroactiveMonths": 3,
                     *         "paymentMethods": [
                     *           "boleto",
                     *           "pix"
                     *         ]
                     *       },
                     *       "credential": {
                     *         "maskedFingerprint": "••••3f9ac41e",
                     *         "lastVerifiedAt": "2026-03-02T09:00:00.000Z",
                     *         "expiresAt": null
                     *       },
                     *       "callbackUrl": "https://ponte.example.com.br/hooks/int_6p0t4x8b2f6j0n4r8v2z/EXEMPLO",
                     *       "sync": {
                     *         "enabled": true,
                     *         "intervalMinutes": 5,
                     *         "nextSyncAt": "2026-03-02T12:10:00.000Z",
                     *         "lastSyncAt": "2026-03-02T12:05:00.000Z",
                     *         "lastSuccessAt": "2026-03-02T12:05:02.310Z",
                     *         "lastStatus": "succeeded",
                     *         "lastError": null,
                     *         "lastCallbackAt": null,
                     *         "firstDataAt": "2026-03-02T09:01:12.000Z"
                     *       },
                     *       "backfill": {
                     *         "status": "succeeded",
                     *         "window": {
                     *           "from": "2025-12-02T03:00:00.000Z",
                     *           "to": "2026-03-02T09:00:00.000Z"
                     *         },
                     *         "done": 3,
                     *         "total": 3,
                     *         "records": 1287,
                     *         "error": null,
                     *         "startedAt": "2026-03-02T09:00:01.000Z",
                     *         "finishedAt": "2026-03-02T09:04:40.000Z"
                     *       },
                     *       "createdAt": "2026-03-02T09:00:00.000Z",
                     *       "updatedAt": "2026-03-02T09:00:00.000Z"
                     *     }
                     */
                    "application/json": {
                        accountId: string;
                        backfill: {
                            done: number;
                            error: string | null;
                            finishedAt: string | null;
                            records: number;
                            /** Format: date-time */
                            startedAt: string;
                            /** @enum {string} */
                            status: "pending" | "running" | "succeeded" | "failed";
                            total: number;
                            window: {
                                /** Format: date-time */
                                from: string;
                                /** Format: date-time */
                                to: string;
                            };
                        } | null;
                        /** @description The URL to give the provider for its callbacks (“URL de Callback”) */
                        callbackUrl: string | null;
                        config: {
                            [key: string]: unknown;
                        };
                        connector: string;
                        /** Format: date-time */
                        createdAt: string;
                        credential: {
                            expiresAt: string | null;
                            lastVerifiedAt: string | null;
                            maskedFingerprint: string;
                        } | null;
                        /** @enum {string} */
                        environment: "sandbox" | "production";
                        id: string;
                        /** @enum {string} */
                        state: "requested" | "awaiting_customer" | "credentials_received" | "connecting" | "pending_provider_approval" | "needs_revision" | "active" | "reconnect_required" | "key_expired" | "failed" | "paused" | "cancelled";
                        stateReason: string | null;
                        sync: {
                            enabled: boolean;
                            firstDataAt: string | null;
                            intervalMinutes: number;
                            lastCallbackAt: string | null;
                            lastError: string | null;
                            lastStatus: ("succeeded" | "failed" | "deferred") | null;
                            lastSuccessAt: string | null;
                            lastSyncAt: string | null;
                            /** Format: date-time */
                            nextSyncAt: string;
                        } | null;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `integration_not_found` (The integration does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `integration_state_conflict` (The integration is not in a state that allows this) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Bad Gateway: `provider_unavailable` (The provider could not be reached) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pauseIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "int_6p0t4x8b2f6j0n4r8v2z",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "connector": "paghiper",
                     *       "environment": "sandbox",
                     *       "state": "paused",
                     *       "stateReason": null,
                     *       "config": {
                     *         "syncIntervalMinutes": 5,
                     *         "retroactiveMonths": 3,
                     *         "paymentMethods": [
                     *           "boleto",
                     *           "pix"
                     *         ]
                     *       },
                     *       "credential": {
                     *         "maskedFingerprint": "••••3f9ac41e",
                     *         "lastVerifiedAt": "2026-03-02T09:00:00.000Z",
                     *         "expiresAt": null
                     *       },
                     *       "callbackUrl": "https://ponte.example.com.br/hooks/int_6p0t4x8b2f6j0n4r8v2z/EXEMPLO",
                     *       "sync": {
                     *         "enabled": true,
                     *         "intervalMinutes": 5,
                     *         "nextSyncAt": "2026-03-02T12:10:00.000Z",
                     *         "lastSyncAt": "2026-03-02T12:05:00.000Z",
                     *         "lastSuccessAt": "2026-03-02T12:05:02.310Z",
                     *         "lastStatus": "succeeded",
                     *         "lastError": null,
                     *         "lastCallbackAt": null,
                     *         "firstDataAt": "2026-03-02T09:01:12.000Z"
                     *       },
                     *       "backfill": {
                     *         "status": "succeeded",
                     *         "window": {
                     *           "from": "2025-12-02T03:00:00.000Z",
                     *           "to": "2026-03-02T09:00:00.000Z"
                     *         },
                     *         "done": 3,
                     *         "total": 3,
                     *         "records": 1287,
                     *         "error": null,
                     *         "startedAt": "2026-03-02T09:00:01.000Z",
                     *         "finishedAt": "2026-03-02T09:04:40.000Z"
                     *       },
                     *       "createdAt": "2026-03-02T09:00:00.000Z",
                     *       "updatedAt": "2026-03-02T09:00:00.000Z"
                     *     }
                     */
                    "application/json": {
                        accountId: string;
                        backfill: {
                            done: number;
                            error: string | null;
                            finishedAt: string | null;
                            records: number;
                            /** Format: date-time */
                            startedAt: string;
                            /** @enum {string} */
                            status: "pending" | "running" | "succeeded" | "failed";
                            total: number;
                            window: {
                                /** Format: date-time */
                                from: string;
                                /** Format: date-time */
                                to: string;
                            };
                        } | null;
                        /** @description The URL to give the provider for its callbacks (“URL de Callback”) */
                        callbackUrl: string | null;
                        config: {
                            [key: string]: unknown;
                        };
                        connector: string;
                        /** Format: date-time */
                        createdAt: string;
                        credential: {
                            expiresAt: string | null;
                            lastVerifiedAt: string | null;
                            maskedFingerprint: string;
                        } | null;
                        /** @enum {string} */
                        environment: "sandbox" | "production";
                        id: string;
                        /** @enum {string} */
                        state: "requested" | "awaiting_customer" | "credentials_received" | "connecting" | "pending_provider_approval" | "needs_revision" | "active" | "reconnect_required" | "key_expired" | "failed" | "paused" | "cancelled";
                        stateReason: string | null;
                        sync: {
                            enabled: boolean;
                            firstDataAt: string | null;
                            intervalMinutes: number;
                            lastCallbackAt: string | null;
                            lastError: string | null;
                            lastStatus: ("succeeded" | "failed" | "deferred") | null;
                            lastSuccessAt: string | null;
                            lastSyncAt: string | null;
                            /** Format: date-time */
                            nextSyncAt: string;
                        } | null;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `integration_not_found` (The integration does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `integration_state_conflict` (The integration is not in a state that allows this) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIntegrationRecords: {
        parameters: {
            query?: {
                before?: number;
                limit?: number;
                model?: string;
            };
            header?: never;
            path: {
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": 48213,
                     *           "model": "payment",
                     *           "externalId": "HF97T5SH2ZQNLF6Z",
                     *           "status": "paid",
                     *           "hash": "9b1d5f3c7a2e4b6d8f0a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e20a4",
                     *           "data": {
                     *             "provider": "paghiper",
                     *             "externalId": "HF97T5SH2ZQNLF6Z",
                     *             "method": "pix",
                     *             "orderId": "PED-2026-000318",
                     *             "status": "paid",
                     *             "amountCents": 125990,
                     *             "paidAmountCents": 125990,
                     *             "feeCents": 199,
                     *             "currency": "BRL",
                     *             "dueDate": "2026-03-05",
                     *             "createdAt": "2026-03-02T08:58:10-03:00",
                     *             "paidAt": "2026-03-02T09:04:55-03:00",
                     *             "payer": {
                     *               "name": "João Pereira da Silva",
                     *               "email": "financeiro@transportesrioclaro.com.br",
                     *               "document": "12.345.678/0001-95"
                     *             }
                     *           },
                     *           "firstSeenAt": "2026-03-02T11:58:10.000Z",
                     *           "lastSeenAt": "2026-03-02T12:05:02.000Z",
                     *           "updatedAt": "2026-03-02T12:05:02.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        data: {
                            data: {
                                [key: string]: unknown;
                            };
                            externalId: string;
                            /** Format: date-time */
                            firstSeenAt: string;
                            hash: string;
                            id: number;
                            /** Format: date-time */
                            lastSeenAt: string;
                            model: string;
                            status: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `integration_not_found` (The integration does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "O CNPJ 12.345.678/0001-95 não consta no contrato da Ticket Log"
                 *     }
                 */
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "int_6p0t4x8b2f6j0n4r8v2z",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "connector": "ticket-log",
                     *       "environment": "sandbox",
                     *       "state": "needs_revision",
                     *       "stateReason": "O CNPJ 12.345.678/0001-95 não consta no contrato da Ticket Log",
                     *       "config": {
                     *         "clientCode": 12345,
                     *         "cardTypeCode": 4,
                     *         "syncIntervalMinutes": 60,
                     *         "retroactiveMonths": 3
                     *       },
                     *       "credential": {
                     *         "maskedFingerprint": "••••3f9ac41e",
                     *         "lastVerifiedAt": "2026-03-02T09:00:00.000Z",
                     *         "expiresAt": null
                     *       },
                     *       "callbackUrl": null,
                     *       "sync": null,
                     *       "backfill": null,
                     *       "createdAt": "2026-03-02T09:00:00.000Z",
                     *       "updatedAt": "2026-03-02T09:00:00.000Z"
                     *     }
                     */
                    "application/json": {
                        accountId: string;
                        backfill: {
                            done: number;
                            error: string | null;
                            finishedAt: string | null;
                            records: number;
                            /** Format: date-time */
                            startedAt: string;
                            /** @enum {string} */
                            status: "pending" | "running" | "succeeded" | "failed";
                            total: number;
                            window: {
                                /** Format: date-time */
                                from: string;
                                /** Format: date-time */
                                to: string;
                            };
                        } | null;
                        /** @description The URL to give the provider for its callbacks (“URL de Callback”) */
                        callbackUrl: string | null;
                        config: {
                            [key: string]: unknown;
                        };
                        connector: string;
                        /** Format: date-time */
                        createdAt: string;
                        credential: {
                            expiresAt: string | null;
                            lastVerifiedAt: string | null;
                            maskedFingerprint: string;
                        } | null;
                        /** @enum {string} */
                        environment: "sandbox" | "production";
                        id: string;
                        /** @enum {string} */
                        state: "requested" | "awaiting_customer" | "credentials_received" | "connecting" | "pending_provider_approval" | "needs_revision" | "active" | "reconnect_required" | "key_expired" | "failed" | "paused" | "cancelled";
                        stateReason: string | null;
                        sync: {
                            enabled: boolean;
                            firstDataAt: string | null;
                            intervalMinutes: number;
                            lastCallbackAt: string | null;
                            lastError: string | null;
                            lastStatus: ("succeeded" | "failed" | "deferred") | null;
                            lastSuccessAt: string | null;
                            lastSyncAt: string | null;
                            /** Format: date-time */
                            nextSyncAt: string;
                        } | null;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `integration_not_found` (The integration does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `integration_state_conflict` (The integration is not in a state that allows this) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Bad Gateway: `provider_unavailable` (The provider could not be reached) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resumeIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "int_6p0t4x8b2f6j0n4r8v2z",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "connector": "paghiper",
                     *       "environment": "sandbox",
                     *       "state": "active",
                     *       "stateReason": null,
                     *       "config": {
                     *         "syncIntervalMinutes": 5,
                     *         "retroactiveMonths": 3,
                     *         "paymentMethods": [
                     *           "boleto",
                     *           "pix"
                     *         ]
                     *       },
                     *       "credential": {
                     *         "maskedFingerprint": "••••3f9ac41e",
                     *         "lastVerifiedAt": "2026-03-02T09:00:00.000Z",
                     *         "expiresAt": null
                     *       },
                     *       "callbackUrl": "https://ponte.example.com.br/hooks/int_6p0t4x8b2f6j0n4r8v2z/EXEMPLO",
                     *       "sync": {
                     *         "enabled": true,
                     *         "intervalMinutes": 5,
                     *         "nextSyncAt": "2026-03-02T12:10:00.000Z",
                     *         "lastSyncAt": "2026-03-02T12:05:00.000Z",
                     *         "lastSuccessAt": "2026-03-02T12:05:02.310Z",
                     *         "lastStatus": "succeeded",
                     *         "lastError": null,
                     *         "lastCallbackAt": null,
                     *         "firstDataAt": "2026-03-02T09:01:12.000Z"
                     *       },
                     *       "backfill": {
                     *         "status": "succeeded",
                     *         "window": {
                     *           "from": "2025-12-02T03:00:00.000Z",
                     *           "to": "2026-03-02T09:00:00.000Z"
                     *         },
                     *         "done": 3,
                     *         "total": 3,
                     *         "records": 1287,
                     *         "error": null,
                     *         "startedAt": "2026-03-02T09:00:01.000Z",
                     *         "finishedAt": "2026-03-02T09:04:40.000Z"
                     *       },
                     *       "createdAt": "2026-03-02T09:00:00.000Z",
                     *       "updatedAt": "2026-03-02T09:00:00.000Z"
                     *     }
                     */
                    "application/json": {
                        accountId: string;
                        backfill: {
                            done: number;
                            error: string | null;
                            finishedAt: string | null;
                            records: number;
                            /** Format: date-time */
                            startedAt: string;
                            /** @enum {string} */
                            status: "pending" | "running" | "succeeded" | "failed";
                            total: number;
                            window: {
                                /** Format: date-time */
                                from: string;
                                /** Format: date-time */
                                to: string;
                            };
                        } | null;
                        /** @description The URL to give the provider for its callbacks (“URL de Callback”) */
                        callbackUrl: string | null;
                        config: {
                            [key: string]: unknown;
                        };
                        connector: string;
                        /** Format: date-time */
                        createdAt: string;
                        credential: {
                            expiresAt: string | null;
                            lastVerifiedAt: string | null;
                            maskedFingerprint: string;
                        } | null;
                        /** @enum {string} */
                        environment: "sandbox" | "production";
                        id: string;
                        /** @enum {string} */
                        state: "requested" | "awaiting_customer" | "credentials_received" | "connecting" | "pending_provider_approval" | "needs_revision" | "active" | "reconnect_required" | "key_expired" | "failed" | "paused" | "cancelled";
                        stateReason: string | null;
                        sync: {
                            enabled: boolean;
                            firstDataAt: string | null;
                            intervalMinutes: number;
                            lastCallbackAt: string | null;
                            lastError: string | null;
                            lastStatus: ("succeeded" | "failed" | "deferred") | null;
                            lastSuccessAt: string | null;
                            lastSyncAt: string | null;
                            /** Format: date-time */
                            nextSyncAt: string;
                        } | null;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `integration_not_found` (The integration does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `integration_state_conflict` (The integration is not in a state that allows this) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    syncIntegrationNow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "queued": true,
                     *       "running": {
                     *         "runId": "run_0a4e8i2m6q0u4y8c2g6k",
                     *         "kind": "backfill",
                     *         "startedAt": "2026-03-02T12:00:00.000Z",
                     *         "leaseUntil": "2026-03-02T12:00:30.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @enum {boolean} */
                        queued: true;
                        /** @description The sync holding the integration now, if one does: the queued poll starts once it has ended */
                        running: {
                            /** @enum {string} */
                            kind: "poll" | "backfill" | "callback";
                            /**
                             * Format: date-time
                             * @description When its hold on the integration runs out unless renewed (it is, every few seconds, while it works)
                             */
                            leaseUntil: string;
                            runId: string;
                            /** Format: date-time */
                            startedAt: string;
                        } | null;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `integration_not_found` (The integration does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `integration_state_conflict` (The integration is not in a state that allows this) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSyncRuns: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "run_0a4e8i2m6q0u4y8c2g6k",
                     *           "kind": "poll",
                     *           "status": "succeeded",
                     *           "startedAt": "2026-03-02T12:05:00.000Z",
                     *           "finishedAt": "2026-03-02T12:05:02.310Z",
                     *           "durationMs": 2310,
                     *           "counts": {
                     *             "fetched": 42,
                     *             "added": 3,
                     *             "updated": 1,
                     *             "unchanged": 38,
                     *             "deleted": 0
                     *           },
                     *           "error": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        data: {
                            counts: {
                                added: number;
                                deleted: number;
                                fetched: number;
                                unchanged: number;
                                updated: number;
                            };
                            durationMs: number | null;
                            error: string | null;
                            finishedAt: string | null;
                            id: string;
                            /** @enum {string} */
                            kind: "poll" | "backfill" | "callback";
                            /** Format: date-time */
                            startedAt: string;
                            /** @enum {string} */
                            status: "running" | "succeeded" | "failed" | "deferred";
                        }[];
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `integration_not_found` (The integration does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIntegrationTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "trn_1a2b3c4d5e6f7g8h9i0j",
                     *           "at": "2026-03-02T12:00:00.000Z",
                     *           "from": null,
                     *           "to": "requested",
                     *           "actor": "usr_3f8h1k5m9p2r6t0w4y7a",
                     *           "reason": null,
                     *           "ticketId": null,
                     *           "messageId": null,
                     *           "data": {}
                     *         },
                     *         {
                     *           "id": "trn_2b3c4d5e6f7g8h9i0j1a",
                     *           "at": "2026-03-02T12:00:00.000Z",
                     *           "from": "requested",
                     *           "to": "awaiting_customer",
                     *           "actor": "usr_3f8h1k5m9p2r6t0w4y7a",
                     *           "reason": null,
                     *           "ticketId": "tkt_4h8l2p6t0x4b8f2j6n0r",
                     *           "messageId": null,
                     *           "data": {}
                     *         }
                     *       ],
                     *       "waitingFor": {
                     *         "who": "customer",
                     *         "what": "credentials",
                     *         "since": "2026-03-02T12:00:00.000Z",
                     *         "dueAt": "2026-03-09T12:00:00.000Z",
                     *         "businessMsLeft": 180000000
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: {
                            /** @description A user or API key id, `cli`, `system:<job>`, `provider:<connector>`, or `contact:<address>` for a customer known by a link or a reply */
                            actor: string;
                            /** Format: date-time */
                            at: string;
                            data: {
                                [key: string]: unknown;
                            };
                            /** @description Null for the creation */
                            from: ("requested" | "awaiting_customer" | "credentials_received" | "connecting" | "pending_provider_approval" | "needs_revision" | "active" | "reconnect_required" | "key_expired" | "failed" | "paused" | "cancelled") | null;
                            id: string;
                            messageId: string | null;
                            reason: string | null;
                            ticketId: string | null;
                            /** @enum {string} */
                            to: "requested" | "awaiting_customer" | "credentials_received" | "connecting" | "pending_provider_approval" | "needs_revision" | "active" | "reconnect_required" | "key_expired" | "failed" | "paused" | "cancelled";
                        }[];
                        waitingFor: {
                            /** @description Office time left until dueAt on the business calendar, in milliseconds */
                            businessMsLeft: number | null;
                            dueAt: string | null;
                            /** Format: date-time */
                            since: string;
                            /**
                             * @description credentials: the customer hands them over (/connect); key_exchange: Ponte exchanges a received key before its 12 hours end; approval: the provider’s 15 days
                             * @enum {string}
                             */
                            what: "credentials" | "key_exchange" | "approval";
                            /** @enum {string} */
                            who: "customer" | "ponte" | "provider";
                        } | null;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `integration_not_found` (The integration does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    validateIntegrationData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                integrationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "confirmed": false,
                 *       "divergence": "Faltam os abastecimentos da placa ABC1D23 de 02/03"
                 *     }
                 */
                "application/json": {
                    confirmed: boolean;
                    divergence?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "confirmed": false,
                     *       "ticketId": "tkt_4h8l2p6t0x4b8f2j6n0r"
                     *     }
                     */
                    "application/json": {
                        confirmed: boolean;
                        ticketId: string | null;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `integration_not_found` (The integration does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `integration_state_conflict` (The integration is not in a state that allows this) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity: `validation_divergence_missing` (A divergence needs a description) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    streamLiveUpdates: {
        parameters: {
            query?: {
                /** @description Comma-separated: notifications, sync-runs, tickets, integrations. Default: all of them */
                topics?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event stream */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example retry: 3000
                     *
                     *     event: change
                     *     data: {"topic":"tickets"}
                     *
                     *     : ping
                     */
                    "text/event-stream": string;
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNotificationOptOuts: {
        parameters: {
            query?: {
                accountId?: string;
                channel?: "email" | "webhook" | "whatsapp";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "nopt_5m1q8x3c7v2b9n4z6p0k",
                     *           "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *           "channel": "whatsapp",
                     *           "address": "+5511987654321",
                     *           "source": "whatsapp_reply",
                     *           "createdAt": "2026-03-02T12:00:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        data: {
                            accountId: string;
                            /** @description Lower-case e-mail, or E.164 phone */
                            address: string;
                            /** @enum {string} */
                            channel: "email" | "webhook" | "whatsapp";
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            source: "email_link" | "whatsapp_reply" | "api";
                        }[];
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createNotificationOptOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                 *       "channel": "whatsapp",
                 *       "address": "+5511987654321"
                 *     }
                 */
                "application/json": {
                    accountId: string;
                    address: string;
                    /** @enum {string} */
                    channel: "email" | "whatsapp";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "nopt_5m1q8x3c7v2b9n4z6p0k",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "channel": "whatsapp",
                     *       "address": "+5511987654321",
                     *       "source": "api",
                     *       "createdAt": "2026-03-02T12:00:00.000Z"
                     *     }
                     */
                    "application/json": {
                        accountId: string;
                        /** @description Lower-case e-mail, or E.164 phone */
                        address: string;
                        /** @enum {string} */
                        channel: "email" | "webhook" | "whatsapp";
                        createdAt: string;
                        id: string;
                        /** @enum {string} */
                        source: "email_link" | "whatsapp_reply" | "api";
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "nopt_5m1q8x3c7v2b9n4z6p0k",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "channel": "whatsapp",
                     *       "address": "+5511987654321",
                     *       "source": "api",
                     *       "createdAt": "2026-03-02T12:00:00.000Z"
                     *     }
                     */
                    "application/json": {
                        accountId: string;
                        /** @description Lower-case e-mail, or E.164 phone */
                        address: string;
                        /** @enum {string} */
                        channel: "email" | "webhook" | "whatsapp";
                        createdAt: string;
                        id: string;
                        /** @enum {string} */
                        source: "email_link" | "whatsapp_reply" | "api";
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `account_not_found` (The account does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteNotificationOptOut: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                optOutId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `notification_opt_out_not_found` (The opt-out does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNotificationReport: {
        parameters: {
            query?: {
                accountId?: string;
                /** @description Default: both */
                environment?: "sandbox" | "production";
                format?: "json" | "csv";
                /** @description Start, inclusive; default 30 days before `to` */
                from?: string;
                /** @description One integration (of `accountId`, when both are given) */
                integrationId?: string;
                /** @description End, exclusive; default now */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report: JSON, or with `format=csv` one long CSV table */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Live events (not a backfill’s past) by local day and type */
                        eventsByTypeAndDay: {
                            count: number;
                            /** Format: date */
                            day: string;
                            type: string;
                        }[];
                        /** @description From the event to its notification’s sending (percentile_cont), over rules that send at once; null without samples */
                        latency: {
                            eventToSentP50Seconds: number | null;
                            eventToSentP95Seconds: number | null;
                            samples: number;
                        };
                        /** @description Notifications created in the range: the same rows `GET /v1/notifications` lists */
                        notifications: {
                            byCatalogEntry: {
                                /** @description Null: rules not turned on from a catalog entry */
                                catalogEntry: string | null;
                                count: number;
                                /** @enum {string} */
                                status: "scheduled" | "sending" | "sent" | "delivered" | "read" | "failed" | "canceled" | "skipped";
                            }[];
                            byChannel: {
                                /** @enum {string} */
                                channel: "email" | "webhook" | "whatsapp";
                                count: number;
                                /** @enum {string} */
                                status: "scheduled" | "sending" | "sent" | "delivered" | "read" | "failed" | "canceled" | "skipped";
                            }[];
                            byStatus: {
                                canceled: number;
                                delivered: number;
                                failed: number;
                                read: number;
                                scheduled: number;
                                sending: number;
                                sent: number;
                                skipped: number;
                            };
                        };
                        range: {
                            /** Format: date-time */
                            from: string;
                            /** @description Where days begin: the account’s time zone (notification settings), else America/Sao_Paulo */
                            timeZone: string;
                            /**
                             * Format: date-time
                             * @description Exclusive
                             */
                            to: string;
                        };
                        /** @description Every reason, with 0 when none */
                        skipped: {
                            count: number;
                            reason: string;
                        }[];
                        /** @description Sync runs started in the range, per integration of the account (each listed, also without runs) */
                        syncSuccess: {
                            failed: number;
                            integrationId: string;
                            rate: number | null;
                            /** @description Succeeded plus failed (deferred runs are neither) */
                            runs: number;
                            succeeded: number;
                        }[];
                        whatsapp: {
                            /** @description Delivered or read */
                            delivered: number;
                            /** @description A fraction of `sent` (0 to 1, four decimals); null when nothing was sent */
                            deliveryRate: number | null;
                            failed: number;
                            read: number;
                            /** @description A fraction of `sent` (0 to 1, four decimals); null when nothing was sent */
                            readRate: number | null;
                            /** @description Accepted by WhatsApp: sent, delivered or read */
                            sent: number;
                        };
                    };
                    "text/csv": string;
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `account_not_found` (The account does not exist); `integration_not_found` (The integration does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity: `notification_report_range_invalid` (The report’s time range is not valid) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNotificationRules: {
        parameters: {
            query?: {
                accountId?: string;
                eventType?: string;
                integrationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "nrl_1c5g9k3o7s1w5a9e3i7m",
                     *           "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *           "environment": "sandbox",
                     *           "integrationId": "int_6p0t4x8b2f6j0n4r8v2z",
                     *           "eventType": "payment.paid",
                     *           "channel": "webhook",
                     *           "recipient": "fixed",
                     *           "emailTo": null,
                     *           "phoneTo": null,
                     *           "webhookUrl": "https://erp.transportesrioclaro.com.br/webhooks/ponte",
                     *           "locale": "pt-BR",
                     *           "delaySeconds": 0,
                     *           "timing": null,
                     *           "catalogEntry": null,
                     *           "templateId": null,
                     *           "previousSecretValidUntil": null,
                     *           "enabled": true,
                     *           "disabledReason": null,
                     *           "failingSince": null,
                     *           "createdAt": "2026-03-02T09:10:00.000Z",
                     *           "updatedAt": "2026-03-02T09:10:00.000Z"
                     *         },
                     *         {
                     *           "id": "nrl_2d6h0l4p8t2x6b0f4j8n",
                     *           "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *           "environment": "sandbox",
                     *           "integrationId": null,
                     *           "eventType": "payment.overdue",
                     *           "channel": "email",
                     *           "recipient": "fixed",
                     *           "emailTo": [
                     *             "financeiro@transportesrioclaro.com.br"
                     *           ],
                     *           "phoneTo": null,
                     *           "webhookUrl": null,
                     *           "locale": "pt-BR",
                     *           "delaySeconds": 0,
                     *           "timing": null,
                     *           "catalogEntry": null,
                     *           "templateId": null,
                     *           "previousSecretValidUntil": null,
                     *           "enabled": true,
                     *           "disabledReason": null,
                     *           "failingSince": null,
                     *           "createdAt": "2026-03-02T09:10:00.000Z",
                     *           "updatedAt": "2026-03-02T09:10:00.000Z"
                     *         },
                     *         {
                     *           "id": "nrl_5g9k3o7s1w5a9e3i7m1q",
                     *           "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *           "environment": "sandbox",
                     *           "integrationId": "int_6p0t4x8b2f6j0n4r8v2z",
                     *           "eventType": "payment.due_date",
                     *           "channel": "whatsapp",
                     *           "recipient": "record",
                     *           "emailTo": null,
                     *           "phoneTo": null,
                     *           "webhookUrl": null,
                     *           "locale": "pt-BR",
                     *           "delaySeconds": 0,
                     *           "timing": {
                     *             "daysFromDueDate": -2,
                     *             "at": "09:00"
                     *           },
                     *           "catalogEntry": "paghiper:boleto.due_soon",
                     *           "templateId": null,
                     *           "previousSecretValidUntil": null,
                     *           "enabled": true,
                     *           "disabledReason": null,
                     *           "failingSince": null,
                     *           "createdAt": "2026-03-02T09:10:00.000Z",
                     *           "updatedAt": "2026-03-02T09:10:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        data: {
                            accountId: string;
                            /** @description The connector catalog entry the rule follows (`paghiper:boleto.created`), which may narrow the events it takes */
                            catalogEntry: string | null;
                            /** @enum {string} */
                            channel: "email" | "webhook" | "whatsapp";
                            /** Format: date-time */
                            createdAt: string;
                            delaySeconds: number;
                            /** @description Why Ponte disabled the rule by itself, until someone enables it again; null otherwise */
                            disabledReason: {
                                /** @description `endpoint_gone` (HTTP 410) or `endpoint_failing` (every delivery failed for 5 days) */
                                code: string;
                                /** @description What happened, in English, for logs */
                                message: string;
                            } | null;
                            emailTo: string[] | null;
                            enabled: boolean;
                            /** @enum {string} */
                            environment: "sandbox" | "production";
                            eventType: string;
                            /** @description Webhook rules: since when every delivery has failed; null while they succeed */
                            failingSince: string | null;
                            id: string;
                            /** @description Null: every integration of the account in that environment */
                            integrationId: string | null;
                            /** @enum {string} */
                            locale: "pt-BR" | "en";
                            /** @description Fixed WhatsApp recipients, E.164 */
                            phoneTo: string[] | null;
                            /** @description Webhook rules after a rotation: until when the previous secret also signs */
                            previousSecretValidUntil: string | null;
                            /**
                             * @description fixed: the rule’s own addresses; record: the record’s person (a payment’s payer, a complaint’s consumer); account_contact: the account’s contact e-mail
                             * @enum {string}
                             */
                            recipient: "fixed" | "record" | "account_contact";
                            /** @description The account’s template; null: the catalog entry’s built-in one, or the event’s standard e-mail */
                            templateId: string | null;
                            /** @description payment.due_date rules: when to send relative to the record’s due date (negative days before it), at a local time of the account’s time zone */
                            timing: {
                                at: string;
                                daysFromDueDate: number;
                            } | null;
                            /** Format: date-time */
                            updatedAt: string;
                            webhookUrl: string | null;
                        }[];
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createNotificationRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                 *       "environment": "sandbox",
                 *       "integrationId": "int_6p0t4x8b2f6j0n4r8v2z",
                 *       "eventType": "payment.paid",
                 *       "channel": "webhook",
                 *       "webhookUrl": "https://erp.transportesrioclaro.com.br/webhooks/ponte",
                 *       "delaySeconds": 0
                 *     }
                 */
                "application/json": {
                    accountId: string;
                    catalogEntry?: string | null;
                    /** @enum {string} */
                    channel: "email" | "webhook" | "whatsapp";
                    delaySeconds?: number;
                    emailTo?: string[];
                    enabled?: boolean;
                    /**
                     * @description Default: the environment of your API key
                     * @enum {string}
                     */
                    environment?: "sandbox" | "production";
                    eventType: string;
                    integrationId?: string | null;
                    /** @enum {string} */
                    locale?: "pt-BR" | "en";
                    /** @description Fixed WhatsApp recipients, with area code (+55 11 98765-4321); stored as E.164 */
                    phoneTo?: string[];
                    /**
                     * @description Default fixed
                     * @enum {string}
                     */
                    recipient?: "fixed" | "record" | "account_contact";
                    templateId?: string | null;
                    timing?: {
                        /** @description Local time of the account’s time zone */
                        at: string;
                        /** @description Days from the due date: -2 is two days before, 0 the day itself, 1 the day after */
                        daysFromDueDate: number;
                    } | null;
                    /** Format: uri */
                    webhookUrl?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "nrl_1c5g9k3o7s1w5a9e3i7m",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "environment": "sandbox",
                     *       "integrationId": "int_6p0t4x8b2f6j0n4r8v2z",
                     *       "eventType": "payment.paid",
                     *       "channel": "webhook",
                     *       "recipient": "fixed",
                     *       "emailTo": null,
                     *       "phoneTo": null,
                     *       "webhookUrl": "https://erp.transportesrioclaro.com.br/webhooks/ponte",
                     *       "locale": "pt-BR",
                     *       "delaySeconds": 0,
                     *       "timing": null,
                     *       "catalogEntry": null,
                     *       "templateId": null,
                     *       "previousSecretValidUntil": null,
                     *       "enabled": true,
                     *       "disabledReason": null,
                     *       "failingSince": null,
                     *       "createdAt": "2026-03-02T09:10:00.000Z",
                     *       "updatedAt": "2026-03-02T09:10:00.000Z",
                     *       "signingSecret": "whsec_EXEMPLOnaoEumSegredoDeVerdade000000000"
                     *     }
                     */
                    "application/json": {
                        accountId: string;
                        /** @description The connector catalog entry the rule follows (`paghiper:boleto.created`), which may narrow the events it takes */
                        catalogEntry: string | null;
                        /** @enum {string} */
                        channel: "email" | "webhook" | "whatsapp";
                        /** Format: date-time */
                        createdAt: string;
                        delaySeconds: number;
                        /** @description Why Ponte disabled the rule by itself, until someone enables it again; null otherwise */
                        disabledReason: {
                            /** @description `endpoint_gone` (HTTP 410) or `endpoint_failing` (every delivery failed for 5 days) */
                            code: string;
                            /** @description What happened, in English, for logs */
                            message: string;
                        } | null;
                        emailTo: string[] | null;
                        enabled: boolean;
                        /** @enum {string} */
                        environment: "sandbox" | "production";
                        eventType: string;
                        /** @description Webhook rules: since when every delivery has failed; null while they succeed */
                        failingSince: string | null;
                        id: string;
                        /** @description Null: every integration of the account in that environment */
                        integrationId: string | null;
                        /** @enum {string} */
                        locale: "pt-BR" | "en";
                        /** @description Fixed WhatsApp recipients, E.164 */
                        phoneTo: string[] | null;
                        /** @description Webhook rules after a rotation: until when the previous secret also signs */
                        previousSecretValidUntil: string | null;
                        /**
                         * @description fixed: the rule’s own addresses; record: the record’s person (a payment’s payer, a complaint’s consumer); account_contact: the account’s contact e-mail
                         * @enum {string}
                         */
                        recipient: "fixed" | "record" | "account_contact";
                        /** @description Webhook rules: the Standard Webhooks secret (`whsec_…`) to verify signatures with. Shown this once; Ponte keeps it sealed. */
                        signingSecret: string | null;
                        /** @description The account’s template; null: the catalog entry’s built-in one, or the event’s standard e-mail */
                        templateId: string | null;
                        /** @description payment.due_date rules: when to send relative to the record’s due date (negative days before it), at a local time of the account’s time zone */
                        timing: {
                            at: string;
                            daysFromDueDate: number;
                        } | null;
                        /** Format: date-time */
                        updatedAt: string;
                        webhookUrl: string | null;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `account_not_found` (The account does not exist); `integration_not_found` (The integration does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNotificationRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ruleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "nrl_2d6h0l4p8t2x6b0f4j8n",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "environment": "sandbox",
                     *       "integrationId": null,
                     *       "eventType": "payment.overdue",
                     *       "channel": "email",
                     *       "recipient": "fixed",
                     *       "emailTo": [
                     *         "financeiro@transportesrioclaro.com.br"
                     *       ],
                     *       "phoneTo": null,
                     *       "webhookUrl": null,
                     *       "locale": "pt-BR",
                     *       "delaySeconds": 0,
                     *       "timing": null,
                     *       "catalogEntry": null,
                     *       "templateId": null,
                     *       "previousSecretValidUntil": null,
                     *       "enabled": true,
                     *       "disabledReason": null,
                     *       "failingSince": null,
                     *       "createdAt": "2026-03-02T09:10:00.000Z",
                     *       "updatedAt": "2026-03-02T09:10:00.000Z"
                     *     }
                     */
                    "application/json": {
                        accountId: string;
                        /** @description The connector catalog entry the rule follows (`paghiper:boleto.created`), which may narrow the events it takes */
                        catalogEntry: string | null;
                        /** @enum {string} */
                        channel: "email" | "webhook" | "whatsapp";
                        /** Format: date-time */
                        createdAt: string;
                        delaySeconds: number;
                        /** @description Why Ponte disabled the rule by itself, until someone enables it again; null otherwise */
                        disabledReason: {
                            /** @description `endpoint_gone` (HTTP 410) or `endpoint_failing` (every delivery failed for 5 days) */
                            code: string;
                            /** @description What happened, in English, for logs */
                            message: string;
                        } | null;
                        emailTo: string[] | null;
                        enabled: boolean;
                        /** @enum {string} */
                        environment: "sandbox" | "production";
                        eventType: string;
                        /** @description Webhook rules: since when every delivery has failed; null while they succeed */
                        failingSince: string | null;
                        id: string;
                        /** @description Null: every integration of the account in that environment */
                        integrationId: string | null;
                        /** @enum {string} */
                        locale: "pt-BR" | "en";
                        /** @description Fixed WhatsApp recipients, E.164 */
                        phoneTo: string[] | null;
                        /** @description Webhook rules after a rotation: until when the previous secret also signs */
                        previousSecretValidUntil: string | null;
                        /**
                         * @description fixed: the rule’s own addresses; record: the record’s person (a payment’s payer, a complaint’s consumer); account_contact: the account’s contact e-mail
                         * @enum {string}
                         */
                        recipient: "fixed" | "record" | "account_contact";
                        /** @description The account’s template; null: the catalog entry’s built-in one, or the event’s standard e-mail */
                        templateId: string | null;
                        /** @description payment.due_date rules: when to send relative to the record’s due date (negative days before it), at a local time of the account’s time zone */
                        timing: {
                            at: string;
                            daysFromDueDate: number;
                        } | null;
                        /** Format: date-time */
                        updatedAt: string;
                        webhookUrl: string | null;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `notification_rule_not_found` (The notification rule does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteNotificationRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ruleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `notification_rule_not_found` (The notification rule does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateNotificationRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ruleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "emailTo": [
                 *         "financeiro@transportesrioclaro.com.br",
                 *         "marina.souza@transportesrioclaro.com.br"
                 *       ],
                 *       "locale": "pt-BR",
                 *       "delaySeconds": 300
                 *     }
                 */
                "application/json": {
                    delaySeconds?: number;
                    emailTo?: string[];
                    enabled?: boolean;
                    integrationId?: string | null;
                    /** @enum {string} */
                    locale?: "pt-BR" | "en";
                    /** @description Fixed WhatsApp recipients, with area code (+55 11 98765-4321); stored as E.164 */
                    phoneTo?: string[];
                    templateId?: string | null;
                    timing?: {
                        /** @description Local time of the account’s time zone */
                        at: string;
                        /** @description Days from the due date: -2 is two days before, 0 the day itself, 1 the day after */
                        daysFromDueDate: number;
                    } | null;
                    /** Format: uri */
                    webhookUrl?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "nrl_2d6h0l4p8t2x6b0f4j8n",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "environment": "sandbox",
                     *       "integrationId": null,
                     *       "eventType": "payment.overdue",
                     *       "channel": "email",
                     *       "recipient": "fixed",
                     *       "emailTo": [
                     *         "financeiro@transportesrioclaro.com.br",
                     *         "marina.souza@transportesrioclaro.com.br"
                     *       ],
                     *       "phoneTo": null,
                     *       "webhookUrl": null,
                     *       "locale": "pt-BR",
                     *       "delaySeconds": 300,
                     *       "timing": null,
                     *       "catalogEntry": null,
                     *       "templateId": null,
                     *       "previousSecretValidUntil": null,
                     *       "enabled": true,
                     *       "disabledReason": null,
                     *       "failingSince": null,
                     *       "createdAt": "2026-03-02T09:10:00.000Z",
                     *       "updatedAt": "2026-03-03T10:00:00.000Z"
                     *     }
                     */
                    "application/json": {
                        accountId: string;
                        /** @description The connector catalog entry the rule follows (`paghiper:boleto.created`), which may narrow the events it takes */
                        catalogEntry: string | null;
                        /** @enum {string} */
                        channel: "email" | "webhook" | "whatsapp";
                        /** Format: date-time */
                        createdAt: string;
                        delaySeconds: number;
                        /** @description Why Ponte disabled the rule by itself, until someone enables it again; null otherwise */
                        disabledReason: {
                            /** @description `endpoint_gone` (HTTP 410) or `endpoint_failing` (every delivery failed for 5 days) */
                            code: string;
                            /** @description What happened, in English, for logs */
                            message: string;
                        } | null;
                        emailTo: string[] | null;
                        enabled: boolean;
                        /** @enum {string} */
                        environment: "sandbox" | "production";
                        eventType: string;
                        /** @description Webhook rules: since when every delivery has failed; null while they succeed */
                        failingSince: string | null;
                        id: string;
                        /** @description Null: every integration of the account in that environment */
                        integrationId: string | null;
                        /** @enum {string} */
                        locale: "pt-BR" | "en";
                        /** @description Fixed WhatsApp recipients, E.164 */
                        phoneTo: string[] | null;
                        /** @description Webhook rules after a rotation: until when the previous secret also signs */
                        previousSecretValidUntil: string | null;
                        /**
                         * @description fixed: the rule’s own addresses; record: the record’s person (a payment’s payer, a complaint’s consumer); account_contact: the account’s contact e-mail
                         * @enum {string}
                         */
                        recipient: "fixed" | "record" | "account_contact";
                        /** @description The account’s template; null: the catalog entry’s built-in one, or the event’s standard e-mail */
                        templateId: string | null;
                        /** @description payment.due_date rules: when to send relative to the record’s due date (negative days before it), at a local time of the account’s time zone */
                        timing: {
                            at: string;
                            daysFromDueDate: number;
                        } | null;
                        /** Format: date-time */
                        updatedAt: string;
                        webhookUrl: string | null;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `notification_rule_not_found` (The notification rule does not exist); `integration_not_found` (The integration does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    enableNotificationRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ruleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "nrl_1c5g9k3o7s1w5a9e3i7m",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "environment": "sandbox",
                     *       "integrationId": "int_6p0t4x8b2f6j0n4r8v2z",
                     *       "eventType": "payment.paid",
                     *       "channel": "webhook",
                     *       "recipient": "fixed",
                     *       "emailTo": null,
                     *       "phoneTo": null,
                     *       "webhookUrl": "https://erp.transportesrioclaro.com.br/webhooks/ponte",
                     *       "locale": "pt-BR",
                     *       "delaySeconds": 0,
                     *       "timing": null,
                     *       "catalogEntry": null,
                     *       "templateId": null,
                     *       "previousSecretValidUntil": null,
                     *       "enabled": true,
                     *       "disabledReason": null,
                     *       "failingSince": null,
                     *       "createdAt": "2026-03-02T09:10:00.000Z",
                     *       "updatedAt": "2026-03-09T14:00:00.000Z"
                     *     }
                     */
                    "application/json": {
                        accountId: string;
                        /** @description The connector catalog entry the rule follows (`paghiper:boleto.created`), which may narrow the events it takes */
                        catalogEntry: string | null;
                        /** @enum {string} */
                        channel: "email" | "webhook" | "whatsapp";
                        /** Format: date-time */
                        createdAt: string;
                        delaySeconds: number;
                        /** @description Why Ponte disabled the rule by itself, until someone enables it again; null otherwise */
                        disabledReason: {
                            /** @description `endpoint_gone` (HTTP 410) or `endpoint_failing` (every delivery failed for 5 days) */
                            code: string;
                            /** @description What happened, in English, for logs */
                            message: string;
                        } | null;
                        emailTo: string[] | null;
                        enabled: boolean;
                        /** @enum {string} */
                        environment: "sandbox" | "production";
                        eventType: string;
                        /** @description Webhook rules: since when every delivery has failed; null while they succeed */
                        failingSince: string | null;
                        id: string;
                        /** @description Null: every integration of the account in that environment */
                        integrationId: string | null;
                        /** @enum {string} */
                        locale: "pt-BR" | "en";
                        /** @description Fixed WhatsApp recipients, E.164 */
                        phoneTo: string[] | null;
                        /** @description Webhook rules after a rotation: until when the previous secret also signs */
                        previousSecretValidUntil: string | null;
                        /**
                         * @description fixed: the rule’s own addresses; record: the record’s person (a payment’s payer, a complaint’s consumer); account_contact: the account’s contact e-mail
                         * @enum {string}
                         */
                        recipient: "fixed" | "record" | "account_contact";
                        /** @description The account’s template; null: the catalog entry’s built-in one, or the event’s standard e-mail */
                        templateId: string | null;
                        /** @description payment.due_date rules: when to send relative to the record’s due date (negative days before it), at a local time of the account’s time zone */
                        timing: {
                            at: string;
                            daysFromDueDate: number;
                        } | null;
                        /** Format: date-time */
                        updatedAt: string;
                        webhookUrl: string | null;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `notification_rule_not_found` (The notification rule does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `notification_rule_conflict` (The notification rule does not allow this) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateNotificationRuleSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ruleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "graceSeconds": 3600
                 *     }
                 */
                "application/json": {
                    /**
                     * @description How long the old secret keeps signing beside the new one (default a day)
                     * @default 86400
                     */
                    graceSeconds?: number;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "nrl_1c5g9k3o7s1w5a9e3i7m",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "environment": "sandbox",
                     *       "integrationId": "int_6p0t4x8b2f6j0n4r8v2z",
                     *       "eventType": "payment.paid",
                     *       "channel": "webhook",
                     *       "recipient": "fixed",
                     *       "emailTo": null,
                     *       "phoneTo": null,
                     *       "webhookUrl": "https://erp.transportesrioclaro.com.br/webhooks/ponte",
                     *       "locale": "pt-BR",
                     *       "delaySeconds": 0,
                     *       "timing": null,
                     *       "catalogEntry": null,
                     *       "templateId": null,
                     *       "previousSecretValidUntil": "2026-03-03T11:00:00.000Z",
                     *       "enabled": true,
                     *       "disabledReason": null,
                     *       "failingSince": null,
                     *       "createdAt": "2026-03-02T09:10:00.000Z",
                     *       "updatedAt": "2026-03-03T10:00:00.000Z",
                     *       "signingSecret": "whsec_EXEMPLOnovoSegredoQueNaoEDeVerdade0000"
                     *     }
                     */
                    "application/json": {
                        accountId: string;
                        /** @description The connector catalog entry the rule follows (`paghiper:boleto.created`), which may narrow the events it takes */
                        catalogEntry: string | null;
                        /** @enum {string} */
                        channel: "email" | "webhook" | "whatsapp";
                        /** Format: date-time */
                        createdAt: string;
                        delaySeconds: number;
                        /** @description Why Ponte disabled the rule by itself, until someone enables it again; null otherwise */
                        disabledReason: {
                            /** @description `endpoint_gone` (HTTP 410) or `endpoint_failing` (every delivery failed for 5 days) */
                            code: string;
                            /** @description What happened, in English, for logs */
                            message: string;
                        } | null;
                        emailTo: string[] | null;
                        enabled: boolean;
                        /** @enum {string} */
                        environment: "sandbox" | "production";
                        eventType: string;
                        /** @description Webhook rules: since when every delivery has failed; null while they succeed */
                        failingSince: string | null;
                        id: string;
                        /** @description Null: every integration of the account in that environment */
                        integrationId: string | null;
                        /** @enum {string} */
                        locale: "pt-BR" | "en";
                        /** @description Fixed WhatsApp recipients, E.164 */
                        phoneTo: string[] | null;
                        /** @description Webhook rules after a rotation: until when the previous secret also signs */
                        previousSecretValidUntil: string | null;
                        /**
                         * @description fixed: the rule’s own addresses; record: the record’s person (a payment’s payer, a complaint’s consumer); account_contact: the account’s contact e-mail
                         * @enum {string}
                         */
                        recipient: "fixed" | "record" | "account_contact";
                        /** @description Webhook rules: the Standard Webhooks secret (`whsec_…`) to verify signatures with. Shown this once; Ponte keeps it sealed. */
                        signingSecret: string | null;
                        /** @description The account’s template; null: the catalog entry’s built-in one, or the event’s standard e-mail */
                        templateId: string | null;
                        /** @description payment.due_date rules: when to send relative to the record’s due date (negative days before it), at a local time of the account’s time zone */
                        timing: {
                            at: string;
                            daysFromDueDate: number;
                        } | null;
                        /** Format: date-time */
                        updatedAt: string;
                        webhookUrl: string | null;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `notification_rule_not_found` (The notification rule does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `notification_rule_conflict` (The notification rule does not allow this) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    testNotificationRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ruleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "delivered": false,
                     *       "error": "The endpoint answered 401: check the signature with the rule’s signing secret"
                     *     }
                     */
                    "application/json": {
                        delivered: boolean;
                        error: string | null;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `notification_rule_not_found` (The notification rule does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNotificationTemplates: {
        parameters: {
            query?: {
                accountId?: string;
                catalogEntry?: string;
                channel?: "email" | "whatsapp";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "ntpl_4k8p2t6x0b4f8j2n6r0v",
                     *           "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *           "name": "Boleto gerado — Bella Casa",
                     *           "channel": "email",
                     *           "locale": "pt-BR",
                     *           "catalogEntry": "paghiper:boleto.created",
                     *           "connector": "paghiper",
                     *           "subject": "Seu boleto de {{ amount }} na {{ store.name }}",
                     *           "body": "Olá, {{ payer.name }}!\n\nSeu boleto de {{ amount }} vence em {{ due_date }}.\n\nBoleto: {{ boleto_url }}",
                     *           "whatsappTemplateName": null,
                     *           "whatsappLanguage": null,
                     *           "whatsappParameters": null,
                     *           "createdAt": "2026-11-20T13:00:00.000Z",
                     *           "updatedAt": "2026-11-20T13:00:00.000Z"
                     *         },
                     *         {
                     *           "id": "ntpl_9c3g7k1o5s9w3a7e1i5m",
                     *           "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *           "name": "Boleto gerado — WhatsApp",
                     *           "channel": "whatsapp",
                     *           "locale": "pt-BR",
                     *           "catalogEntry": "paghiper:boleto.created",
                     *           "connector": "paghiper",
                     *           "subject": null,
                     *           "body": null,
                     *           "whatsappTemplateName": "boleto_criado",
                     *           "whatsappLanguage": "pt_BR",
                     *           "whatsappParameters": [
                     *             "{{ payer.name }}",
                     *             "{{ amount }}",
                     *             "{{ store.name }}",
                     *             "{{ due_date }}"
                     *           ],
                     *           "createdAt": "2026-11-20T13:00:00.000Z",
                     *           "updatedAt": "2026-11-20T13:00:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        data: {
                            accountId: string;
                            body: string | null;
                            /** @description The catalog entry it was made for (`paghiper:boleto.created`) */
                            catalogEntry: string | null;
                            /** @enum {string} */
                            channel: "email" | "whatsapp";
                            /** @description The connector whose records fill it: it decides which variables exist */
                            connector: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            locale: "pt-BR" | "en";
                            name: string;
                            subject: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            whatsappLanguage: string | null;
                            whatsappParameters: string[] | null;
                            whatsappTemplateName: string | null;
                        }[];
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createNotificationTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                 *       "name": "Boleto gerado — Bella Casa",
                 *       "channel": "email",
                 *       "locale": "pt-BR",
                 *       "catalogEntry": "paghiper:boleto.created",
                 *       "subject": "Seu boleto de {{ amount }} na {{ store.name }}",
                 *       "body": "Olá, {{ payer.name }}!\n\nSeu boleto de {{ amount }} vence em {{ due_date }}.\n\nBoleto: {{ boleto_url }}"
                 *     }
                 */
                "application/json": {
                    accountId: string;
                    /** @description E-mail: the plain-text body, Liquid; the HTML part is made from it, every value escaped, links clickable */
                    body?: string;
                    /** @description `connector:key` of the catalog entry it is for */
                    catalogEntry?: string;
                    /** @enum {string} */
                    channel: "email" | "whatsapp";
                    /** @description Required without catalogEntry */
                    connector?: string;
                    /**
                     * @description Default pt-BR
                     * @enum {string}
                     */
                    locale?: "pt-BR" | "en";
                    name: string;
                    /** @description E-mail: the subject, Liquid (`{{ payer.name }}`) */
                    subject?: string;
                    /** @description WhatsApp: the approved template’s language (default pt_BR) */
                    whatsappLanguage?: string;
                    /** @description WhatsApp: one Liquid expression per body parameter, in order */
                    whatsappParameters?: string[];
                    /** @description WhatsApp: the name of a template approved at Meta for the account’s number */
                    whatsappTemplateName?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ntpl_4k8p2t6x0b4f8j2n6r0v",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "name": "Boleto gerado — Bella Casa",
                     *       "channel": "email",
                     *       "locale": "pt-BR",
                     *       "catalogEntry": "paghiper:boleto.created",
                     *       "connector": "paghiper",
                     *       "subject": "Seu boleto de {{ amount }} na {{ store.name }}",
                     *       "body": "Olá, {{ payer.name }}!\n\nSeu boleto de {{ amount }} vence em {{ due_date }}.\n\nBoleto: {{ boleto_url }}",
                     *       "whatsappTemplateName": null,
                     *       "whatsappLanguage": null,
                     *       "whatsappParameters": null,
                     *       "createdAt": "2026-11-20T13:00:00.000Z",
                     *       "updatedAt": "2026-11-20T13:00:00.000Z"
                     *     }
                     */
                    "application/json": {
                        accountId: string;
                        body: string | null;
                        /** @description The catalog entry it was made for (`paghiper:boleto.created`) */
                        catalogEntry: string | null;
                        /** @enum {string} */
                        channel: "email" | "whatsapp";
                        /** @description The connector whose records fill it: it decides which variables exist */
                        connector: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        id: string;
                        /** @enum {string} */
                        locale: "pt-BR" | "en";
                        name: string;
                        subject: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        whatsappLanguage: string | null;
                        whatsappParameters: string[] | null;
                        whatsappTemplateName: string | null;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `account_not_found` (The account does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity: `notification_template_invalid` (The message template cannot be used) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNotificationTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                templateId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ntpl_9c3g7k1o5s9w3a7e1i5m",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "name": "Boleto gerado — WhatsApp",
                     *       "channel": "whatsapp",
                     *       "locale": "pt-BR",
                     *       "catalogEntry": "paghiper:boleto.created",
                     *       "connector": "paghiper",
                     *       "subject": null,
                     *       "body": null,
                     *       "whatsappTemplateName": "boleto_criado",
                     *       "whatsappLanguage": "pt_BR",
                     *       "whatsappParameters": [
                     *         "{{ payer.name }}",
                     *         "{{ amount }}",
                     *         "{{ store.name }}",
                     *         "{{ due_date }}"
                     *       ],
                     *       "createdAt": "2026-11-20T13:00:00.000Z",
                     *       "updatedAt": "2026-11-20T13:00:00.000Z"
                     *     }
                     */
                    "application/json": {
                        accountId: string;
                        body: string | null;
                        /** @description The catalog entry it was made for (`paghiper:boleto.created`) */
                        catalogEntry: string | null;
                        /** @enum {string} */
                        channel: "email" | "whatsapp";
                        /** @description The connector whose records fill it: it decides which variables exist */
                        connector: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        id: string;
                        /** @enum {string} */
                        locale: "pt-BR" | "en";
                        name: string;
                        subject: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        whatsappLanguage: string | null;
                        whatsappParameters: string[] | null;
                        whatsappTemplateName: string | null;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `notification_template_not_found` (The message template does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteNotificationTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                templateId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `notification_template_not_found` (The message template does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateNotificationTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                templateId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "subject": "Seu boleto de {{ amount }} vence em {{ due_date }}"
                 *     }
                 */
                "application/json": {
                    /** @description E-mail: the plain-text body, Liquid; the HTML part is made from it, every value escaped, links clickable */
                    body?: string;
                    /**
                     * @description Default pt-BR
                     * @enum {string}
                     */
                    locale?: "pt-BR" | "en";
                    name?: string;
                    /** @description E-mail: the subject, Liquid (`{{ payer.name }}`) */
                    subject?: string;
                    /** @description WhatsApp: the approved template’s language (default pt_BR) */
                    whatsappLanguage?: string;
                    /** @description WhatsApp: one Liquid expression per body parameter, in order */
                    whatsappParameters?: string[];
                    /** @description WhatsApp: the name of a template approved at Meta for the account’s number */
                    whatsappTemplateName?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ntpl_4k8p2t6x0b4f8j2n6r0v",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "name": "Boleto gerado — Bella Casa",
                     *       "channel": "email",
                     *       "locale": "pt-BR",
                     *       "catalogEntry": "paghiper:boleto.created",
                     *       "connector": "paghiper",
                     *       "subject": "Seu boleto de {{ amount }} vence em {{ due_date }}",
                     *       "body": "Olá, {{ payer.name }}!\n\nSeu boleto de {{ amount }} vence em {{ due_date }}.\n\nBoleto: {{ boleto_url }}",
                     *       "whatsappTemplateName": null,
                     *       "whatsappLanguage": null,
                     *       "whatsappParameters": null,
                     *       "createdAt": "2026-11-20T13:00:00.000Z",
                     *       "updatedAt": "2026-11-21T09:00:00.000Z"
                     *     }
                     */
                    "application/json": {
                        accountId: string;
                        body: string | null;
                        /** @description The catalog entry it was made for (`paghiper:boleto.created`) */
                        catalogEntry: string | null;
                        /** @enum {string} */
                        channel: "email" | "whatsapp";
                        /** @description The connector whose records fill it: it decides which variables exist */
                        connector: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        id: string;
                        /** @enum {string} */
                        locale: "pt-BR" | "en";
                        name: string;
                        subject: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        whatsappLanguage: string | null;
                        whatsappParameters: string[] | null;
                        whatsappTemplateName: string | null;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `notification_template_not_found` (The message template does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity: `notification_template_invalid` (The message template cannot be used) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewNotificationTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                templateId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "sample": true
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Render with a sample record of the template’s catalog entry
                     * @enum {boolean}
                     */
                    sample: true;
                } | {
                    /** @description Render with this event of the account (`evt_…`) */
                    recordEventId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sample": true,
                     *       "eventId": "evt_exemplo0000000000000",
                     *       "eventType": "payment.created",
                     *       "message": {
                     *         "kind": "whatsapp",
                     *         "templateName": "boleto_criado",
                     *         "language": "pt_BR",
                     *         "parameters": [
                     *           "Maria Aparecida Souza",
                     *           "R$ 1.234,56",
                     *           "Loja Bella Casa",
                     *           "23/11/2026"
                     *         ],
                     *         "text": "Olá Maria Aparecida Souza, seu boleto de R$ 1.234,56 na Loja Bella Casa vence em 23/11/2026.\n\nPara não receber mais mensagens, responda SAIR."
                     *       }
                     *     }
                     */
                    "application/json": {
                        eventId: string;
                        eventType: string;
                        message: {
                            html: string;
                            /** @enum {string} */
                            kind: "email";
                            subject: string;
                            text: string;
                        } | {
                            /** @enum {string} */
                            kind: "whatsapp";
                            language: string;
                            parameters: string[];
                            templateName: string;
                            /** @description The message as the person reads it, when Ponte knows the approved body (the catalogs’ built-in templates) */
                            text: string | null;
                        };
                        sample: boolean;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `notification_template_not_found` (The message template does not exist); `not_found` (The resource does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity: `notification_template_invalid` (The message template cannot be used) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                accountId?: string;
                cursor?: string;
                eventType?: string;
                integrationId?: string;
                limit?: number;
                ruleId?: string;
                status?: "scheduled" | "sending" | "sent" | "delivered" | "read" | "failed" | "canceled" | "skipped";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "ntf_3e7i1m5q9u3y7c1g5k9o",
                     *           "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *           "environment": "sandbox",
                     *           "ruleId": "nrl_1c5g9k3o7s1w5a9e3i7m",
                     *           "integrationId": "int_6p0t4x8b2f6j0n4r8v2z",
                     *           "eventId": "evt_4n8r2v6z0d4h8l2p6t0x",
                     *           "eventType": "payment.paid",
                     *           "channel": "webhook",
                     *           "recipient": "https://erp.transportesrioclaro.com.br/webhooks/ponte",
                     *           "catalogEntry": null,
                     *           "status": "sent",
                     *           "skipReason": null,
                     *           "providerMessageId": null,
                     *           "deliveredAt": null,
                     *           "readAt": null,
                     *           "priority": 40,
                     *           "scheduledAt": "2026-03-02T12:05:03.000Z",
                     *           "attempts": 1,
                     *           "lastError": null,
                     *           "sentAt": "2026-03-02T12:05:04.120Z",
                     *           "canceledReason": null,
                     *           "createdAt": "2026-03-02T12:05:03.000Z",
                     *           "updatedAt": "2026-03-02T12:05:04.120Z"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": {
                        data: {
                            accountId: string;
                            attempts: number;
                            canceledReason: string | null;
                            catalogEntry: string | null;
                            /** @enum {string} */
                            channel: "email" | "webhook" | "whatsapp";
                            /** Format: date-time */
                            createdAt: string;
                            deliveredAt: string | null;
                            /** @enum {string} */
                            environment: "sandbox" | "production";
                            eventId: string;
                            eventType: string;
                            id: string;
                            integrationId: string | null;
                            lastError: string | null;
                            /** @description Higher goes first among notifications due together (later happy-path steps) */
                            priority: number;
                            /** @description The channel’s id for the message (WhatsApp’s wamid) */
                            providerMessageId: string | null;
                            readAt: string | null;
                            /** @description Where it goes: e-mail address(es), an E.164 phone or a webhook URL; null when skipped for want of one */
                            recipient: string | null;
                            ruleId: string;
                            /**
                             * Format: date-time
                             * @description When it is (or was) due: its first attempt, or its next retry
                             */
                            scheduledAt: string;
                            sentAt: string | null;
                            /** @description Why a skipped notification was not sent; lastError says more */
                            skipReason: ("no_address" | "invalid_address" | "opted_out" | "recipient_cap") | null;
                            /** @enum {string} */
                            status: "scheduled" | "sending" | "sent" | "delivered" | "read" | "failed" | "canceled" | "skipped";
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNotification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                notificationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ntf_3e7i1m5q9u3y7c1g5k9o",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "environment": "sandbox",
                     *       "ruleId": "nrl_1c5g9k3o7s1w5a9e3i7m",
                     *       "integrationId": "int_6p0t4x8b2f6j0n4r8v2z",
                     *       "eventId": "evt_4n8r2v6z0d4h8l2p6t0x",
                     *       "eventType": "payment.paid",
                     *       "channel": "webhook",
                     *       "recipient": "https://erp.transportesrioclaro.com.br/webhooks/ponte",
                     *       "catalogEntry": null,
                     *       "status": "sent",
                     *       "skipReason": null,
                     *       "providerMessageId": null,
                     *       "deliveredAt": null,
                     *       "readAt": null,
                     *       "priority": 40,
                     *       "scheduledAt": "2026-03-02T12:05:03.000Z",
                     *       "attempts": 1,
                     *       "lastError": null,
                     *       "sentAt": "2026-03-02T12:05:04.120Z",
                     *       "canceledReason": null,
                     *       "createdAt": "2026-03-02T12:05:03.000Z",
                     *       "updatedAt": "2026-03-02T12:05:04.120Z"
                     *     }
                     */
                    "application/json": {
                        accountId: string;
                        attempts: number;
                        canceledReason: string | null;
                        catalogEntry: string | null;
                        /** @enum {string} */
                        channel: "email" | "webhook" | "whatsapp";
                        /** Format: date-time */
                        createdAt: string;
                        deliveredAt: string | null;
                        /** @enum {string} */
                        environment: "sandbox" | "production";
                        eventId: string;
                        eventType: string;
                        id: string;
                        integrationId: string | null;
                        lastError: string | null;
                        /** @description Higher goes first among notifications due together (later happy-path steps) */
                        priority: number;
                        /** @description The channel’s id for the message (WhatsApp’s wamid) */
                        providerMessageId: string | null;
                        readAt: string | null;
                        /** @description Where it goes: e-mail address(es), an E.164 phone or a webhook URL; null when skipped for want of one */
                        recipient: string | null;
                        ruleId: string;
                        /**
                         * Format: date-time
                         * @description When it is (or was) due: its first attempt, or its next retry
                         */
                        scheduledAt: string;
                        sentAt: string | null;
                        /** @description Why a skipped notification was not sent; lastError says more */
                        skipReason: ("no_address" | "invalid_address" | "opted_out" | "recipient_cap") | null;
                        /** @enum {string} */
                        status: "scheduled" | "sending" | "sent" | "delivered" | "read" | "failed" | "canceled" | "skipped";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `notification_not_found` (The notification does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelNotification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                notificationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ntf_3e7i1m5q9u3y7c1g5k9o",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "environment": "sandbox",
                     *       "ruleId": "nrl_1c5g9k3o7s1w5a9e3i7m",
                     *       "integrationId": "int_6p0t4x8b2f6j0n4r8v2z",
                     *       "eventId": "evt_4n8r2v6z0d4h8l2p6t0x",
                     *       "eventType": "payment.paid",
                     *       "channel": "webhook",
                     *       "recipient": "https://erp.transportesrioclaro.com.br/webhooks/ponte",
                     *       "catalogEntry": null,
                     *       "status": "canceled",
                     *       "skipReason": null,
                     *       "providerMessageId": null,
                     *       "deliveredAt": null,
                     *       "readAt": null,
                     *       "priority": 40,
                     *       "scheduledAt": "2026-03-02T12:05:03.000Z",
                     *       "attempts": 1,
                     *       "lastError": null,
                     *       "sentAt": null,
                     *       "canceledReason": "Canceled by usr_5h9k3m7p1s5v9y3b7e1g",
                     *       "createdAt": "2026-03-02T12:05:03.000Z",
                     *       "updatedAt": "2026-03-02T12:06:00.000Z"
                     *     }
                     */
                    "application/json": {
                        accountId: string;
                        attempts: number;
                        canceledReason: string | null;
                        catalogEntry: string | null;
                        /** @enum {string} */
                        channel: "email" | "webhook" | "whatsapp";
                        /** Format: date-time */
                        createdAt: string;
                        deliveredAt: string | null;
                        /** @enum {string} */
                        environment: "sandbox" | "production";
                        eventId: string;
                        eventType: string;
                        id: string;
                        integrationId: string | null;
                        lastError: string | null;
                        /** @description Higher goes first among notifications due together (later happy-path steps) */
                        priority: number;
                        /** @description The channel’s id for the message (WhatsApp’s wamid) */
                        providerMessageId: string | null;
                        readAt: string | null;
                        /** @description Where it goes: e-mail address(es), an E.164 phone or a webhook URL; null when skipped for want of one */
                        recipient: string | null;
                        ruleId: string;
                        /**
                         * Format: date-time
                         * @description When it is (or was) due: its first attempt, or its next retry
                         */
                        scheduledAt: string;
                        sentAt: string | null;
                        /** @description Why a skipped notification was not sent; lastError says more */
                        skipReason: ("no_address" | "invalid_address" | "opted_out" | "recipient_cap") | null;
                        /** @enum {string} */
                        status: "scheduled" | "sending" | "sent" | "delivered" | "read" | "failed" | "canceled" | "skipped";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `notification_not_found` (The notification does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `notification_state_conflict` (The notification is not in a state that allows this) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retryNotification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                notificationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ntf_3e7i1m5q9u3y7c1g5k9o",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "environment": "sandbox",
                     *       "ruleId": "nrl_1c5g9k3o7s1w5a9e3i7m",
                     *       "integrationId": "int_6p0t4x8b2f6j0n4r8v2z",
                     *       "eventId": "evt_4n8r2v6z0d4h8l2p6t0x",
                     *       "eventType": "payment.paid",
                     *       "channel": "webhook",
                     *       "recipient": "https://erp.transportesrioclaro.com.br/webhooks/ponte",
                     *       "catalogEntry": null,
                     *       "status": "scheduled",
                     *       "skipReason": null,
                     *       "providerMessageId": null,
                     *       "deliveredAt": null,
                     *       "readAt": null,
                     *       "priority": 40,
                     *       "scheduledAt": "2026-03-02T13:00:00.000Z",
                     *       "attempts": 0,
                     *       "lastError": "SMTP 451: caixa de destino temporariamente indisponível",
                     *       "sentAt": null,
                     *       "canceledReason": null,
                     *       "createdAt": "2026-03-02T12:05:03.000Z",
                     *       "updatedAt": "2026-03-02T13:00:00.000Z"
                     *     }
                     */
                    "application/json": {
                        accountId: string;
                        attempts: number;
                        canceledReason: string | null;
                        catalogEntry: string | null;
                        /** @enum {string} */
                        channel: "email" | "webhook" | "whatsapp";
                        /** Format: date-time */
                        createdAt: string;
                        deliveredAt: string | null;
                        /** @enum {string} */
                        environment: "sandbox" | "production";
                        eventId: string;
                        eventType: string;
                        id: string;
                        integrationId: string | null;
                        lastError: string | null;
                        /** @description Higher goes first among notifications due together (later happy-path steps) */
                        priority: number;
                        /** @description The channel’s id for the message (WhatsApp’s wamid) */
                        providerMessageId: string | null;
                        readAt: string | null;
                        /** @description Where it goes: e-mail address(es), an E.164 phone or a webhook URL; null when skipped for want of one */
                        recipient: string | null;
                        ruleId: string;
                        /**
                         * Format: date-time
                         * @description When it is (or was) due: its first attempt, or its next retry
                         */
                        scheduledAt: string;
                        sentAt: string | null;
                        /** @description Why a skipped notification was not sent; lastError says more */
                        skipReason: ("no_address" | "invalid_address" | "opted_out" | "recipient_cap") | null;
                        /** @enum {string} */
                        status: "scheduled" | "sending" | "sent" | "delivered" | "read" | "failed" | "canceled" | "skipped";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `notification_not_found` (The notification does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `notification_state_conflict` (The notification is not in a state that allows this) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPartnerApis: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "papi_3k7n1q5t9w2z6c0f4h8j",
                     *           "name": "API de Crédito",
                     *           "slug": "credito",
                     *           "createdAt": "2026-03-02T12:00:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        data: {
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            name: string;
                            slug: string;
                        }[];
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerPartnerApi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "API de Crédito",
                 *       "slug": "credito"
                 *     }
                 */
                "application/json": {
                    name: string;
                    slug: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "papi_3k7n1q5t9w2z6c0f4h8j",
                     *       "name": "API de Crédito",
                     *       "slug": "credito",
                     *       "createdAt": "2026-03-02T12:00:00.000Z"
                     *     }
                     */
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        id: string;
                        name: string;
                        slug: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `partner_api_slug_taken` (Another partner API already uses that slug) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPartnerApi: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A partner API’s id (`papi_…`), or `ponte` for Ponte’s own API */
                partnerApiId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "papi_3k7n1q5t9w2z6c0f4h8j",
                     *       "slug": "credito",
                     *       "partnerApiId": "papi_3k7n1q5t9w2z6c0f4h8j",
                     *       "name": "API de Crédito",
                     *       "versions": [
                     *         "v1",
                     *         "v2"
                     *       ],
                     *       "document": {
                     *         "openapi": "3.1.0",
                     *         "title": "API de Crédito",
                     *         "version": "2.3.0",
                     *         "importedAt": "2026-03-02T12:05:00.000Z",
                     *         "importedBy": "usr_2c6g0k4o8s2w6a0e4i8m"
                     *       },
                     *       "operations": [
                     *         {
                     *           "method": "POST",
                     *           "path": "/v2/propostas/fgts",
                     *           "operationId": "createFgtsProposal",
                     *           "version": "v2",
                     *           "basePath": "",
                     *           "request": {
                     *             "body": {
                     *               "type": "object",
                     *               "required": [
                     *                 "cpf",
                     *                 "valor"
                     *               ],
                     *               "properties": {
                     *                 "cpf": {
                     *                   "type": "string"
                     *                 },
                     *                 "valor": {
                     *                   "type": "number"
                     *                 }
                     *               }
                     *             },
                     *             "bodyRequired": true,
                     *             "query": null,
                     *             "path": null
                     *           },
                     *           "dialect": "3.1"
                     *         }
                     *       ],
                     *       "products": [
                     *         {
                     *           "product": "proposta-fgts",
                     *           "name": {
                     *             "pt-BR": "Proposta de antecipação do FGTS",
                     *             "en": "FGTS advance proposal"
                     *           },
                     *           "operationIds": [
                     *             "createFgtsProposal"
                     *           ],
                     *           "versions": [
                     *             "v2"
                     *           ],
                     *           "offeredThroughApi": true
                     *         },
                     *         {
                     *           "product": "portabilidade",
                     *           "name": {
                     *             "pt-BR": "Portabilidade de crédito",
                     *             "en": "Credit portability"
                     *           },
                     *           "operationIds": [],
                     *           "versions": [],
                     *           "offeredThroughApi": false,
                     *           "consoleHint": {
                     *             "pt-BR": "Faça a portabilidade pelo console do parceiro.",
                     *             "en": "Request portability in the partner console."
                     *           }
                     *         }
                     *       ],
                     *       "maintenanceWindows": [
                     *         {
                     *           "name": "Fechamento diário",
                     *           "cron": "30 23 * * *",
                     *           "durationMinutes": 60,
                     *           "timezone": "America/Sao_Paulo",
                     *           "advice": {
                     *             "pt-BR": "Reenvie a proposta depois das 00:30.",
                     *             "en": "Resend the proposal after 00:30."
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        document: {
                            /** Format: date-time */
                            importedAt: string;
                            importedBy: string;
                            openapi: string;
                            title: string;
                            version: string;
                        } | null;
                        id: string;
                        maintenanceWindows: {
                            /** @description What to tell a partner whose call fell inside (default: reprocess after the window ends) */
                            advice?: {
                                en: string;
                                "pt-BR": string;
                            };
                            /** @description Five fields: minute hour day-of-month month day-of-week, in `timezone` */
                            cron: string;
                            durationMinutes: number;
                            name: string;
                            /**
                             * @description IANA time zone of the cron’s times
                             * @default America/Sao_Paulo
                             */
                            timezone: string;
                        }[];
                        name: string;
                        operations: {
                            basePath: string;
                            /** @enum {string} */
                            dialect: "3.0" | "3.1";
                            method: string;
                            operationId: string | null;
                            path: string;
                            /** @description JSON Schemas, `$ref`s resolved */
                            request: {
                                body: unknown;
                                bodyRequired: boolean;
                                path: unknown;
                                query: unknown;
                            };
                            version: string | null;
                        }[];
                        /** @description null for Ponte’s own API */
                        partnerApiId: string | null;
                        products: {
                            /** @description What to do instead, for a product not offered through the API */
                            consoleHint?: {
                                en: string;
                                "pt-BR": string;
                            };
                            name: {
                                en: string;
                                "pt-BR": string;
                            };
                            /** @description false: the product exists but not through the API (e.g. only in the console) */
                            offeredThroughApi: boolean;
                            /**
                             * @description The operations that carry the product; each must be in the imported OpenAPI document
                             * @default []
                             */
                            operationIds: string[];
                            /** @description The product’s key, e.g. proposta-fgts */
                            product: string;
                            /**
                             * @description The API versions that offer it; empty: every version (or none, when not offered through the API)
                             * @default []
                             */
                            versions: string[];
                        }[];
                        slug: string | null;
                        versions: string[];
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `partner_api_not_found` (The partner API does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setPartnerApiCatalog: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A partner API’s id (`papi_…`), or `ponte` for Ponte’s own API */
                partnerApiId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "products": [
                 *         {
                 *           "product": "proposta-fgts",
                 *           "name": {
                 *             "pt-BR": "Proposta de antecipação do FGTS",
                 *             "en": "FGTS advance proposal"
                 *           },
                 *           "operationIds": [
                 *             "createFgtsProposal"
                 *           ],
                 *           "versions": [
                 *             "v2"
                 *           ],
                 *           "offeredThroughApi": true
                 *         },
                 *         {
                 *           "product": "portabilidade",
                 *           "name": {
                 *             "pt-BR": "Portabilidade de crédito",
                 *             "en": "Credit portability"
                 *           },
                 *           "operationIds": [],
                 *           "versions": [],
                 *           "offeredThroughApi": false,
                 *           "consoleHint": {
                 *             "pt-BR": "Faça a portabilidade pelo console do parceiro.",
                 *             "en": "Request portability in the partner console."
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    products: {
                        /** @description What to do instead, for a product not offered through the API */
                        consoleHint?: {
                            en: string;
                            "pt-BR": string;
                        };
                        name: {
                            en: string;
                            "pt-BR": string;
                        };
                        /** @description false: the product exists but not through the API (e.g. only in the console) */
                        offeredThroughApi: boolean;
                        /**
                         * @description The operations that carry the product; each must be in the imported OpenAPI document
                         * @default []
                         */
                        operationIds?: string[];
                        /** @description The product’s key, e.g. proposta-fgts */
                        product: string;
                        /**
                         * @description The API versions that offer it; empty: every version (or none, when not offered through the API)
                         * @default []
                         */
                        versions?: string[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "products": [
                     *         {
                     *           "product": "proposta-fgts",
                     *           "name": {
                     *             "pt-BR": "Proposta de antecipação do FGTS",
                     *             "en": "FGTS advance proposal"
                     *           },
                     *           "operationIds": [
                     *             "createFgtsProposal"
                     *           ],
                     *           "versions": [
                     *             "v2"
                     *           ],
                     *           "offeredThroughApi": true
                     *         },
                     *         {
                     *           "product": "portabilidade",
                     *           "name": {
                     *             "pt-BR": "Portabilidade de crédito",
                     *             "en": "Credit portability"
                     *           },
                     *           "operationIds": [],
                     *           "versions": [],
                     *           "offeredThroughApi": false,
                     *           "consoleHint": {
                     *             "pt-BR": "Faça a portabilidade pelo console do parceiro.",
                     *             "en": "Request portability in the partner console."
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        products: {
                            /** @description What to do instead, for a product not offered through the API */
                            consoleHint?: {
                                en: string;
                                "pt-BR": string;
                            };
                            name: {
                                en: string;
                                "pt-BR": string;
                            };
                            /** @description false: the product exists but not through the API (e.g. only in the console) */
                            offeredThroughApi: boolean;
                            /**
                             * @description The operations that carry the product; each must be in the imported OpenAPI document
                             * @default []
                             */
                            operationIds: string[];
                            /** @description The product’s key, e.g. proposta-fgts */
                            product: string;
                            /**
                             * @description The API versions that offer it; empty: every version (or none, when not offered through the API)
                             * @default []
                             */
                            versions: string[];
                        }[];
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `partner_api_not_found` (The partner API does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity: `partner_api_catalog_invalid` (The product catalog is not valid) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setPartnerApiMaintenanceWindows: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A partner API’s id (`papi_…`), or `ponte` for Ponte’s own API */
                partnerApiId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "windows": [
                 *         {
                 *           "name": "Fechamento diário",
                 *           "cron": "30 23 * * *",
                 *           "durationMinutes": 60,
                 *           "timezone": "America/Sao_Paulo",
                 *           "advice": {
                 *             "pt-BR": "Reenvie a proposta depois das 00:30.",
                 *             "en": "Resend the proposal after 00:30."
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    windows: {
                        /** @description What to tell a partner whose call fell inside (default: reprocess after the window ends) */
                        advice?: {
                            en: string;
                            "pt-BR": string;
                        };
                        /** @description Five fields: minute hour day-of-month month day-of-week, in `timezone` */
                        cron: string;
                        durationMinutes: number;
                        name: string;
                        /**
                         * @description IANA time zone of the cron’s times
                         * @default America/Sao_Paulo
                         */
                        timezone?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "windows": [
                     *         {
                     *           "name": "Fechamento diário",
                     *           "cron": "30 23 * * *",
                     *           "durationMinutes": 60,
                     *           "timezone": "America/Sao_Paulo",
                     *           "advice": {
                     *             "pt-BR": "Reenvie a proposta depois das 00:30.",
                     *             "en": "Resend the proposal after 00:30."
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        windows: {
                            /** @description What to tell a partner whose call fell inside (default: reprocess after the window ends) */
                            advice?: {
                                en: string;
                                "pt-BR": string;
                            };
                            /** @description Five fields: minute hour day-of-month month day-of-week, in `timezone` */
                            cron: string;
                            durationMinutes: number;
                            name: string;
                            /**
                             * @description IANA time zone of the cron’s times
                             * @default America/Sao_Paulo
                             */
                            timezone: string;
                        }[];
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `partner_api_not_found` (The partner API does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity: `partner_api_window_invalid` (The maintenance window is not valid) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importPartnerApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A partner API’s id (`papi_…`), or `ponte` for Ponte’s own API */
                partnerApiId: string;
            };
            cookie?: never;
        };
        /** @description The OpenAPI document itself */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "openapi": "3.1.0",
                 *       "info": {
                 *         "title": "API de Crédito",
                 *         "version": "2.3.0"
                 *       },
                 *       "paths": {}
                 *     }
                 */
                "application/json": {
                    [key: string]: unknown;
                } | string;
                /**
                 * @example {
                 *       "openapi": "3.1.0",
                 *       "info": {
                 *         "title": "API de Crédito",
                 *         "version": "2.3.0"
                 *       },
                 *       "paths": {}
                 *     }
                 */
                "application/yaml": {
                    [key: string]: unknown;
                } | string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "papi_3k7n1q5t9w2z6c0f4h8j",
                     *       "slug": "credito",
                     *       "partnerApiId": "papi_3k7n1q5t9w2z6c0f4h8j",
                     *       "name": "API de Crédito",
                     *       "versions": [
                     *         "v1",
                     *         "v2"
                     *       ],
                     *       "document": {
                     *         "openapi": "3.1.0",
                     *         "title": "API de Crédito",
                     *         "version": "2.3.0",
                     *         "importedAt": "2026-03-02T12:05:00.000Z",
                     *         "importedBy": "usr_2c6g0k4o8s2w6a0e4i8m"
                     *       },
                     *       "operations": [
                     *         {
                     *           "method": "POST",
                     *           "path": "/v2/propostas/fgts",
                     *           "operationId": "createFgtsProposal",
                     *           "version": "v2",
                     *           "basePath": "",
                     *           "request": {
                     *             "body": {
                     *               "type": "object",
                     *               "required": [
                     *                 "cpf",
                     *                 "valor"
                     *               ],
                     *               "properties": {
                     *                 "cpf": {
                     *                   "type": "string"
                     *                 },
                     *                 "valor": {
                     *                   "type": "number"
                     *                 }
                     *               }
                     *             },
                     *             "bodyRequired": true,
                     *             "query": null,
                     *             "path": null
                     *           },
                     *           "dialect": "3.1"
                     *         }
                     *       ],
                     *       "products": [
                     *         {
                     *           "product": "proposta-fgts",
                     *           "name": {
                     *             "pt-BR": "Proposta de antecipação do FGTS",
                     *             "en": "FGTS advance proposal"
                     *           },
                     *           "operationIds": [
                     *             "createFgtsProposal"
                     *           ],
                     *           "versions": [
                     *             "v2"
                     *           ],
                     *           "offeredThroughApi": true
                     *         },
                     *         {
                     *           "product": "portabilidade",
                     *           "name": {
                     *             "pt-BR": "Portabilidade de crédito",
                     *             "en": "Credit portability"
                     *           },
                     *           "operationIds": [],
                     *           "versions": [],
                     *           "offeredThroughApi": false,
                     *           "consoleHint": {
                     *             "pt-BR": "Faça a portabilidade pelo console do parceiro.",
                     *             "en": "Request portability in the partner console."
                     *           }
                     *         }
                     *       ],
                     *       "maintenanceWindows": [
                     *         {
                     *           "name": "Fechamento diário",
                     *           "cron": "30 23 * * *",
                     *           "durationMinutes": 60,
                     *           "timezone": "America/Sao_Paulo",
                     *           "advice": {
                     *             "pt-BR": "Reenvie a proposta depois das 00:30.",
                     *             "en": "Resend the proposal after 00:30."
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        document: {
                            /** Format: date-time */
                            importedAt: string;
                            importedBy: string;
                            openapi: string;
                            title: string;
                            version: string;
                        } | null;
                        id: string;
                        maintenanceWindows: {
                            /** @description What to tell a partner whose call fell inside (default: reprocess after the window ends) */
                            advice?: {
                                en: string;
                                "pt-BR": string;
                            };
                            /** @description Five fields: minute hour day-of-month month day-of-week, in `timezone` */
                            cron: string;
                            durationMinutes: number;
                            name: string;
                            /**
                             * @description IANA time zone of the cron’s times
                             * @default America/Sao_Paulo
                             */
                            timezone: string;
                        }[];
                        name: string;
                        operations: {
                            basePath: string;
                            /** @enum {string} */
                            dialect: "3.0" | "3.1";
                            method: string;
                            operationId: string | null;
                            path: string;
                            /** @description JSON Schemas, `$ref`s resolved */
                            request: {
                                body: unknown;
                                bodyRequired: boolean;
                                path: unknown;
                                query: unknown;
                            };
                            version: string | null;
                        }[];
                        /** @description null for Ponte’s own API */
                        partnerApiId: string | null;
                        products: {
                            /** @description What to do instead, for a product not offered through the API */
                            consoleHint?: {
                                en: string;
                                "pt-BR": string;
                            };
                            name: {
                                en: string;
                                "pt-BR": string;
                            };
                            /** @description false: the product exists but not through the API (e.g. only in the console) */
                            offeredThroughApi: boolean;
                            /**
                             * @description The operations that carry the product; each must be in the imported OpenAPI document
                             * @default []
                             */
                            operationIds: string[];
                            /** @description The product’s key, e.g. proposta-fgts */
                            product: string;
                            /**
                             * @description The API versions that offer it; empty: every version (or none, when not offered through the API)
                             * @default []
                             */
                            versions: string[];
                        }[];
                        slug: string | null;
                        versions: string[];
                    };
                };
            };
            /** @description Bad Request: `malformed_json` (The request body is not valid JSON); `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `partner_api_not_found` (The partner API does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `partner_api_own_document` (Ponte’s own API is described by Ponte’s own OpenAPI document) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity: `partner_api_document_invalid` (The OpenAPI document cannot be imported) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportsOverview: {
        parameters: {
            query?: {
                days?: number;
                /** @description Default: both */
                environment?: "sandbox" | "production";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "range": {
                     *         "from": "2026-02-28T12:00:00.000Z",
                     *         "to": "2026-03-30T12:00:00.000Z",
                     *         "timeZone": "America/Sao_Paulo",
                     *         "days": 30
                     *       },
                     *       "eventsPerDay": [
                     *         {
                     *           "day": "2026-03-29",
                     *           "count": 0
                     *         },
                     *         {
                     *           "day": "2026-03-30",
                     *           "count": 42
                     *         }
                     *       ],
                     *       "latencyByChannel": [
                     *         {
                     *           "channel": "webhook",
                     *           "p50Seconds": 1.2,
                     *           "p95Seconds": 4.8,
                     *           "samples": 310
                     *         }
                     *       ],
                     *       "onboardingByConnector": [
                     *         {
                     *           "connector": "paghiper",
                     *           "integrations": 3,
                     *           "p50Seconds": 86400,
                     *           "averageSeconds": 100800,
                     *           "maxSeconds": 172800
                     *         }
                     *       ],
                     *       "slaByCategory": [
                     *         {
                     *           "category": "sync_failure",
                     *           "firstAnswer": {
                     *             "met": 5,
                     *             "breached": 1
                     *           },
                     *           "resolution": {
                     *             "met": 4,
                     *             "breached": 0
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description Live events (not a backfill’s past) per local day, every day of the range, 0 when quiet */
                        eventsPerDay: {
                            count: number;
                            /** Format: date */
                            day: string;
                        }[];
                        /** @description From the event to its notification’s sending (percentile_cont), over notifications created in the range by rules that send at once */
                        latencyByChannel: {
                            channel: string;
                            p50Seconds: number | null;
                            p95Seconds: number | null;
                            samples: number;
                        }[];
                        /** @description From the integration’s request (creation) to its first move to active, over integrations first active in the range */
                        onboardingByConnector: {
                            averageSeconds: number | null;
                            connector: string;
                            integrations: number;
                            maxSeconds: number | null;
                            p50Seconds: number | null;
                        }[];
                        range: {
                            days: number;
                            /** Format: date-time */
                            from: string;
                            /** @description Where days begin */
                            timeZone: string;
                            /** Format: date-time */
                            to: string;
                        };
                        /** @description SLA timers of support tickets opened in the range: met when done by the due time; breached when done later or still open past it */
                        slaByCategory: {
                            category: string;
                            firstAnswer: {
                                breached: number;
                                met: number;
                            };
                            resolution: {
                                breached: number;
                                met: number;
                            };
                        }[];
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSupportReport: {
        parameters: {
            query?: {
                /** @description Start (inclusive); default: 30 days before `to` */
                from?: string;
                /** @description End (exclusive); default: now */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "from": "2026-03-01T03:00:00.000Z",
                     *       "to": "2026-04-01T03:00:00.000Z",
                     *       "tickets": {
                     *         "total": 3,
                     *         "byCategory": {
                     *           "api_question": 0,
                     *           "invalid_api_key": 2,
                     *           "access_token": 0,
                     *           "off_hours_error": 0,
                     *           "product_question": 0,
                     *           "unexplained_error": 0,
                     *           "key_user_confusion": 0,
                     *           "key_request": 0,
                     *           "bug": 0,
                     *           "onboarding": 0,
                     *           "complaint": 1,
                     *           "sync_failure": 0
                     *         },
                     *         "byStage": {
                     *           "received": 1,
                     *           "initial_analysis": 0,
                     *           "investigation": 0,
                     *           "resolved": 2,
                     *           "escalated": 0,
                     *           "closed": 0
                     *         }
                     *       },
                     *       "sla": {
                     *         "firstAnswer": {
                     *           "met": 2,
                     *           "breached": 1,
                     *           "running": 0,
                     *           "paused": 0,
                     *           "medianBusinessMs": 3600000
                     *         },
                     *         "resolution": {
                     *           "met": 2,
                     *           "breached": 0,
                     *           "running": 1,
                     *           "paused": 0,
                     *           "medianBusinessMs": 18000000
                     *         }
                     *       },
                     *       "escalations": {
                     *         "total": 1,
                     *         "withCompleteEvidence": 1,
                     *         "withoutCompleteEvidence": 0
                     *       },
                     *       "complaints": {
                     *         "answered": 4,
                     *         "unanswered": 1,
                     *         "medianMs": 5400000,
                     *         "p90Ms": 86400000,
                     *         "medianBusinessMs": 3600000,
                     *         "p90BusinessMs": 36000000
                     *       }
                     *     }
                     */
                    "application/json": {
                        complaints: {
                            answered: number;
                            medianBusinessMs: number | null;
                            medianMs: number | null;
                            p90BusinessMs: number | null;
                            p90Ms: number | null;
                            /** @description Complaint tickets whose last customer message has no answer yet */
                            unanswered: number;
                        };
                        escalations: {
                            total: number;
                            withCompleteEvidence: number;
                            /** @description Escalations recorded while mandatory evidence was missing: zero while the gate holds */
                            withoutCompleteEvidence: number;
                        };
                        /** Format: date-time */
                        from: string;
                        sla: {
                            firstAnswer: {
                                breached: number;
                                /** @description Median office time from opening to answer (or resolution), over the timers done */
                                medianBusinessMs: number | null;
                                met: number;
                                paused: number;
                                running: number;
                            };
                            resolution: {
                                breached: number;
                                /** @description Median office time from opening to answer (or resolution), over the timers done */
                                medianBusinessMs: number | null;
                                met: number;
                                paused: number;
                                running: number;
                            };
                        };
                        tickets: {
                            byCategory: {
                                access_token: number;
                                api_question: number;
                                bug: number;
                                complaint: number;
                                invalid_api_key: number;
                                key_request: number;
                                key_user_confusion: number;
                                off_hours_error: number;
                                onboarding: number;
                                product_question: number;
                                sync_failure: number;
                                unexplained_error: number;
                            };
                            byStage: {
                                closed: number;
                                escalated: number;
                                initial_analysis: number;
                                investigation: number;
                                received: number;
                                resolved: number;
                            };
                            total: number;
                        };
                        /** Format: date-time */
                        to: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSupportSlaPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "api_question": {
                     *         "firstAnswerHours": 4,
                     *         "resolutionHours": 30,
                     *         "custom": false
                     *       },
                     *       "invalid_api_key": {
                     *         "firstAnswerHours": 4,
                     *         "resolutionHours": 30,
                     *         "custom": false
                     *       },
                     *       "access_token": {
                     *         "firstAnswerHours": 4,
                     *         "resolutionHours": 30,
                     *         "custom": false
                     *       },
                     *       "off_hours_error": {
                     *         "firstAnswerHours": 4,
                     *         "resolutionHours": 30,
                     *         "custom": false
                     *       },
                     *       "product_question": {
                     *         "firstAnswerHours": 4,
                     *         "resolutionHours": 30,
                     *         "custom": false
                     *       },
                     *       "unexplained_error": {
                     *         "firstAnswerHours": 4,
                     *         "resolutionHours": 30,
                     *         "custom": false
                     *       },
                     *       "key_user_confusion": {
                     *         "firstAnswerHours": 4,
                     *         "resolutionHours": 30,
                     *         "custom": false
                     *       },
                     *       "key_request": {
                     *         "firstAnswerHours": 4,
                     *         "resolutionHours": 30,
                     *         "custom": false
                     *       },
                     *       "bug": {
                     *         "firstAnswerHours": 4,
                     *         "resolutionHours": 30,
                     *         "custom": false
                     *       },
                     *       "onboarding": {
                     *         "firstAnswerHours": 4,
                     *         "resolutionHours": 30,
                     *         "custom": false
                     *       },
                     *       "complaint": {
                     *         "firstAnswerHours": 4,
                     *         "resolutionHours": 30,
                     *         "custom": false
                     *       },
                     *       "sync_failure": {
                     *         "firstAnswerHours": 4,
                     *         "resolutionHours": 30,
                     *         "custom": false
                     *       }
                     *     }
                     */
                    "application/json": {
                        access_token: {
                            /** @description false: the default */
                            custom: boolean;
                            firstAnswerHours: number;
                            resolutionHours: number;
                        };
                        api_question: {
                            /** @description false: the default */
                            custom: boolean;
                            firstAnswerHours: number;
                            resolutionHours: number;
                        };
                        bug: {
                            /** @description false: the default */
                            custom: boolean;
                            firstAnswerHours: number;
                            resolutionHours: number;
                        };
                        complaint: {
                            /** @description false: the default */
                            custom: boolean;
                            firstAnswerHours: number;
                            resolutionHours: number;
                        };
                        invalid_api_key: {
                            /** @description false: the default */
                            custom: boolean;
                            firstAnswerHours: number;
                            resolutionHours: number;
                        };
                        key_request: {
                            /** @description false: the default */
                            custom: boolean;
                            firstAnswerHours: number;
                            resolutionHours: number;
                        };
                        key_user_confusion: {
                            /** @description false: the default */
                            custom: boolean;
                            firstAnswerHours: number;
                            resolutionHours: number;
                        };
                        off_hours_error: {
                            /** @description false: the default */
                            custom: boolean;
                            firstAnswerHours: number;
                            resolutionHours: number;
                        };
                        onboarding: {
                            /** @description false: the default */
                            custom: boolean;
                            firstAnswerHours: number;
                            resolutionHours: number;
                        };
                        product_question: {
                            /** @description false: the default */
                            custom: boolean;
                            firstAnswerHours: number;
                            resolutionHours: number;
                        };
                        sync_failure: {
                            /** @description false: the default */
                            custom: boolean;
                            firstAnswerHours: number;
                            resolutionHours: number;
                        };
                        unexplained_error: {
                            /** @description false: the default */
                            custom: boolean;
                            firstAnswerHours: number;
                            resolutionHours: number;
                        };
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setSupportSlaPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                category: "api_question" | "invalid_api_key" | "access_token" | "off_hours_error" | "product_question" | "unexplained_error" | "key_user_confusion" | "key_request" | "bug" | "onboarding" | "complaint" | "sync_failure";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "firstAnswerHours": 2,
                 *       "resolutionHours": 10
                 *     }
                 */
                "application/json": {
                    firstAnswerHours: number;
                    resolutionHours: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "api_question": {
                     *         "firstAnswerHours": 4,
                     *         "resolutionHours": 30,
                     *         "custom": false
                     *       },
                     *       "invalid_api_key": {
                     *         "firstAnswerHours": 4,
                     *         "resolutionHours": 30,
                     *         "custom": false
                     *       },
                     *       "access_token": {
                     *         "firstAnswerHours": 4,
                     *         "resolutionHours": 30,
                     *         "custom": false
                     *       },
                     *       "off_hours_error": {
                     *         "firstAnswerHours": 4,
                     *         "resolutionHours": 30,
                     *         "custom": false
                     *       },
                     *       "product_question": {
                     *         "firstAnswerHours": 4,
                     *         "resolutionHours": 30,
                     *         "custom": false
                     *       },
                     *       "unexplained_error": {
                     *         "firstAnswerHours": 4,
                     *         "resolutionHours": 30,
                     *         "custom": false
                     *       },
                     *       "key_user_confusion": {
                     *         "firstAnswerHours": 4,
                     *         "resolutionHours": 30,
                     *         "custom": false
                     *       },
                     *       "key_request": {
                     *         "firstAnswerHours": 4,
                     *         "resolutionHours": 30,
                     *         "custom": false
                     *       },
                     *       "bug": {
                     *         "firstAnswerHours": 4,
                     *         "resolutionHours": 30,
                     *         "custom": false
                     *       },
                     *       "onboarding": {
                     *         "firstAnswerHours": 4,
                     *         "resolutionHours": 30,
                     *         "custom": false
                     *       },
                     *       "complaint": {
                     *         "firstAnswerHours": 4,
                     *         "resolutionHours": 30,
                     *         "custom": false
                     *       },
                     *       "sync_failure": {
                     *         "firstAnswerHours": 4,
                     *         "resolutionHours": 30,
                     *         "custom": false
                     *       }
                     *     }
                     */
                    "application/json": {
                        access_token: {
                            /** @description false: the default */
                            custom: boolean;
                            firstAnswerHours: number;
                            resolutionHours: number;
                        };
                        api_question: {
                            /** @description false: the default */
                            custom: boolean;
                            firstAnswerHours: number;
                            resolutionHours: number;
                        };
                        bug: {
                            /** @description false: the default */
                            custom: boolean;
                            firstAnswerHours: number;
                            resolutionHours: number;
                        };
                        complaint: {
                            /** @description false: the default */
                            custom: boolean;
                            firstAnswerHours: number;
                            resolutionHours: number;
                        };
                        invalid_api_key: {
                            /** @description false: the default */
                            custom: boolean;
                            firstAnswerHours: number;
                            resolutionHours: number;
                        };
                        key_request: {
                            /** @description false: the default */
                            custom: boolean;
                            firstAnswerHours: number;
                            resolutionHours: number;
                        };
                        key_user_confusion: {
                            /** @description false: the default */
                            custom: boolean;
                            firstAnswerHours: number;
                            resolutionHours: number;
                        };
                        off_hours_error: {
                            /** @description false: the default */
                            custom: boolean;
                            firstAnswerHours: number;
                            resolutionHours: number;
                        };
                        onboarding: {
                            /** @description false: the default */
                            custom: boolean;
                            firstAnswerHours: number;
                            resolutionHours: number;
                        };
                        product_question: {
                            /** @description false: the default */
                            custom: boolean;
                            firstAnswerHours: number;
                            resolutionHours: number;
                        };
                        sync_failure: {
                            /** @description false: the default */
                            custom: boolean;
                            firstAnswerHours: number;
                            resolutionHours: number;
                        };
                        unexplained_error: {
                            /** @description false: the default */
                            custom: boolean;
                            firstAnswerHours: number;
                            resolutionHours: number;
                        };
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity: `support_sla_invalid` (The SLA targets are not valid) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    openSupportTicket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "subject": "Erro 403 ao pedir token em produção",
                 *       "description": "Desde hoje cedo o POST /v1/auth/token responde 403.",
                 *       "requestId": "7f3c9a1e-2b4d-4e8f-9a6b-1c2d3e4f5a6b"
                 *     }
                 */
                "application/json": {
                    /** @description Required for staff; a customer’s own account by default */
                    accountId?: string;
                    /**
                     * @description Default: suggested from the failed call’s problem code and the words used
                     * @enum {string}
                     */
                    category?: "api_question" | "invalid_api_key" | "access_token" | "off_hours_error" | "product_question" | "unexplained_error" | "key_user_confusion" | "key_request" | "bug" | "onboarding" | "complaint" | "sync_failure";
                    /** @description What happened, in the partner’s words (keys and tokens pasted in are redacted) */
                    description: string;
                    /** @description The `x-request-id` of the failed call: its evidence is copied from Ponte’s request log */
                    requestId?: string;
                    subject: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "tkt_9a3e7i1m5q9u3y7c1g5k",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "integrationId": null,
                     *       "kind": "support",
                     *       "subject": "Erro 403 ao pedir token em produção",
                     *       "status": "open",
                     *       "assigneeId": "usr_5h9k3m7p1s5v9y3b7e1g",
                     *       "requester": {
                     *         "email": "marina.souza@transportesrioclaro.com.br",
                     *         "name": "Marina Souza"
                     *       },
                     *       "locale": "pt-BR",
                     *       "createdAt": "2026-03-02T09:00:00.000Z",
                     *       "updatedAt": "2026-03-02T09:20:00.000Z",
                     *       "lastMessageAt": "2026-03-02T09:20:00.000Z",
                     *       "category": "invalid_api_key",
                     *       "stage": "received",
                     *       "team": "support",
                     *       "priority": "normal",
                     *       "solution": null,
                     *       "finalCategory": null,
                     *       "confirmedByRequester": null,
                     *       "messages": [
                     *         {
                     *           "id": "msg_1a5e9i3m7q1u5y9c3g7k",
                     *           "ticketId": "tkt_9a3e7i1m5q9u3y7c1g5k",
                     *           "direction": "inbound",
                     *           "visibility": "public",
                     *           "author": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *           "from": null,
                     *           "to": [],
                     *           "subject": null,
                     *           "body": "Desde hoje cedo o POST /v1/auth/token responde 403. Request id: 7f3c9a1e-2b4d-4e8f-9a6b-1c2d3e4f5a6b",
                     *           "attachments": [],
                     *           "mailMessageId": null,
                     *           "createdAt": "2026-03-02T09:00:00.000Z"
                     *         }
                     *       ],
                     *       "timeline": [],
                     *       "evidence": {
                     *         "items": [
                     *           {
                     *             "item": "apiKey",
                     *             "value": "pk_sandbox_Ab3x…",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "endpoint",
                     *             "value": "POST /v1/auth/token",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "environment",
                     *             "value": "production",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "errorMessage",
                     *             "value": "api_key_wrong_environment: The API key belongs to the other environment",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "occurredAt",
                     *             "value": "2026-03-02T08:55:12.000Z",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "payload",
                     *             "value": {
                     *               "query": {},
                     *               "body": {
                     *                 "apiKey": "[REDACTED]",
                     *                 "environment": "production"
                     *               }
                     *             },
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "user",
                     *             "value": "dev@transportesrioclaro.com.br (usr_2c6g0k4o8s2w6a0e4i8m)",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           }
                     *         ],
                     *         "missing": [
                     *           "diagnostics"
                     *         ]
                     *       },
                     *       "diagnostics": null,
                     *       "standardAnswer": null,
                     *       "sla": {
                     *         "category": "invalid_api_key",
                     *         "firstAnswer": {
                     *           "dueAt": "2026-03-02T11:00:00.000Z",
                     *           "doneAt": null,
                     *           "state": "running",
                     *           "businessMsLeft": 6900000
                     *         },
                     *         "resolution": {
                     *           "dueAt": "2026-03-03T09:00:00.000Z",
                     *           "doneAt": null,
                     *           "state": "running",
                     *           "businessMsLeft": 35700000
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        accountId: string;
                        /** @description The admin or agent working it */
                        assigneeId: string | null;
                        /** @description What it is about; for support tickets, one of the partner API procedure’s nine categories */
                        category: ("api_question" | "invalid_api_key" | "access_token" | "off_hours_error" | "product_question" | "unexplained_error" | "key_user_confusion" | "key_request" | "bug" | "onboarding" | "complaint" | "sync_failure") | null;
                        /** @description Set on closing: whether the requester confirmed the solution */
                        confirmedByRequester: boolean | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description The latest run of the procedure’s checks on the cited call: pass, fail or unknown, with what each saw */
                        diagnostics: {
                            findings: {
                                /** @enum {string} */
                                check: "key_exists" | "key_active" | "key_environment" | "user_exists" | "user_active" | "user_linked_to_key" | "key_users" | "token" | "business_hours" | "maintenance_window" | "version" | "syntax" | "neighbourhood";
                                data: {
                                    [key: string]: unknown;
                                };
                                /** @description The guide section that explains it: /docs/guides/<page>#<anchor> */
                                guide?: string;
                                /** @enum {string} */
                                outcome: "pass" | "fail" | "unknown";
                                summary: {
                                    en: string;
                                    "pt-BR": string;
                                };
                            }[];
                            /** Format: date-time */
                            ranAt: string;
                            requestId: string;
                        } | null;
                        evidence: {
                            items: {
                                /** @enum {string} */
                                item: "apiKey" | "user" | "environment" | "endpoint" | "payload" | "occurredAt" | "errorMessage" | "status" | "problemCode" | "requestId" | "diagnostics";
                                /** Format: date-time */
                                recordedAt: string;
                                recordedBy: string;
                                /**
                                 * @description request_log: copied from Ponte’s request log; agent: entered by an agent
                                 * @enum {string}
                                 */
                                source: "request_log" | "agent" | "diagnostics";
                                /** @description Text, except the payload (JSON, secrets redacted) and the status (a number) */
                                value: unknown;
                            }[];
                            /** @description Mandatory items still missing (the seven pieces of evidence and a diagnostics run): the ticket cannot be escalated while any is */
                            missing: ("apiKey" | "user" | "environment" | "endpoint" | "payload" | "occurredAt" | "errorMessage" | "diagnostics")[];
                        };
                        /** @description Set on closing: the category it turned out to be */
                        finalCategory: ("api_question" | "invalid_api_key" | "access_token" | "off_hours_error" | "product_question" | "unexplained_error" | "key_user_confusion" | "key_request" | "bug" | "onboarding" | "complaint" | "sync_failure") | null;
                        id: string;
                        /** @description The integration the ticket is about, if any */
                        integrationId: string | null;
                        /** @enum {string} */
                        kind: "onboarding" | "support" | "complaint" | "sync_failure";
                        /** @description When the last public message was added */
                        lastMessageAt: string | null;
                        /**
                         * @description The language the customer is written to in
                         * @enum {string}
                         */
                        locale: "pt-BR" | "en";
                        /** @description Oldest first; customers do not see internal notes */
                        messages: {
                            /** @description What came attached to the e-mail (the files are not kept here) */
                            attachments: {
                                contentType: string;
                                filename: string;
                                size: number;
                            }[];
                            /** @description Who added it: a user or key id, `system:<job>`, `contact:<address>` */
                            author: string;
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            /**
                             * @description inbound: from the customer; outbound: from the operator
                             * @enum {string}
                             */
                            direction: "inbound" | "outbound";
                            from: string | null;
                            id: string;
                            /** @description The e-mail’s Message-ID, for messages that came or went by e-mail */
                            mailMessageId: string | null;
                            subject: string | null;
                            ticketId: string;
                            to: string[];
                            /**
                             * @description internal: a note among staff, never shown to customers
                             * @enum {string}
                             */
                            visibility: "public" | "internal";
                        }[];
                        /** @enum {string} */
                        priority: "low" | "normal" | "high" | "urgent";
                        /** @description Who the ticket answers to */
                        requester: {
                            email: string;
                            name: string | null;
                        };
                        /** @description The SLA timers of the ticket’s category on the business calendar */
                        sla: {
                            category: ("api_question" | "invalid_api_key" | "access_token" | "off_hours_error" | "product_question" | "unexplained_error" | "key_user_confusion" | "key_request" | "bug" | "onboarding" | "complaint" | "sync_failure") | null;
                            firstAnswer: {
                                /** @description Office time (business calendar) left until dueAt; 0 once due; null once done */
                                businessMsLeft: number | null;
                                /** @description When it was met: the first public answer by staff, or reaching resolved */
                                doneAt: string | null;
                                /** Format: date-time */
                                dueAt: string;
                                /**
                                 * @description paused: the resolution timer while the ticket waits for the customer
                                 * @enum {string}
                                 */
                                state: "met" | "breached" | "running" | "paused";
                            };
                            resolution: {
                                /** @description Office time (business calendar) left until dueAt; 0 once due; null once done */
                                businessMsLeft: number | null;
                                /** @description When it was met: the first public answer by staff, or reaching resolved */
                                doneAt: string | null;
                                /** Format: date-time */
                                dueAt: string;
                                /**
                                 * @description paused: the resolution timer while the ticket waits for the customer
                                 * @enum {string}
                                 */
                                state: "met" | "breached" | "running" | "paused";
                            };
                        } | null;
                        /** @description Set on closing: what solved it */
                        solution: string | null;
                        /** @description Support desk stage: received → initial_analysis → investigation → resolved | escalated → closed; null for onboarding tickets */
                        stage: ("received" | "initial_analysis" | "investigation" | "resolved" | "escalated" | "closed") | null;
                        /** @description The category’s standard answer in the ticket’s language, filled with the findings, for the agent to send or adapt (staff only; null for customers) */
                        standardAnswer: {
                            body: string;
                            links: {
                                title: string;
                                url: string;
                            }[];
                            subject: string;
                            /** @enum {string} */
                            team: "support" | "engineering" | "commercial";
                        } | null;
                        /** @enum {string} */
                        status: "open" | "waiting_customer" | "waiting_provider" | "resolved" | "closed";
                        subject: string;
                        /** @description The team working it; null for onboarding tickets */
                        team: ("support" | "engineering" | "commercial") | null;
                        /** @description Every change, oldest first */
                        timeline: {
                            actor: string;
                            /** Format: date-time */
                            at: string;
                            data: {
                                [key: string]: unknown;
                            };
                            id: string;
                            /** @description created, message_added, status_changed, assigned, … */
                            type: string;
                        }[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `account_not_found` (The account does not exist); `support_request_not_found` (No request with that id was logged for the ticket’s account) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSupportTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "tkt_9a3e7i1m5q9u3y7c1g5k",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "integrationId": null,
                     *       "kind": "support",
                     *       "subject": "Erro 403 ao pedir token em produção",
                     *       "status": "open",
                     *       "assigneeId": "usr_5h9k3m7p1s5v9y3b7e1g",
                     *       "requester": {
                     *         "email": "marina.souza@transportesrioclaro.com.br",
                     *         "name": "Marina Souza"
                     *       },
                     *       "locale": "pt-BR",
                     *       "createdAt": "2026-03-02T09:00:00.000Z",
                     *       "updatedAt": "2026-03-02T09:20:00.000Z",
                     *       "lastMessageAt": "2026-03-02T09:20:00.000Z",
                     *       "category": "invalid_api_key",
                     *       "stage": "received",
                     *       "team": "support",
                     *       "priority": "normal",
                     *       "solution": null,
                     *       "finalCategory": null,
                     *       "confirmedByRequester": null,
                     *       "messages": [
                     *         {
                     *           "id": "msg_1a5e9i3m7q1u5y9c3g7k",
                     *           "ticketId": "tkt_9a3e7i1m5q9u3y7c1g5k",
                     *           "direction": "inbound",
                     *           "visibility": "public",
                     *           "author": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *           "from": null,
                     *           "to": [],
                     *           "subject": null,
                     *           "body": "Desde hoje cedo o POST /v1/auth/token responde 403. Request id: 7f3c9a1e-2b4d-4e8f-9a6b-1c2d3e4f5a6b",
                     *           "attachments": [],
                     *           "mailMessageId": null,
                     *           "createdAt": "2026-03-02T09:00:00.000Z"
                     *         }
                     *       ],
                     *       "timeline": [],
                     *       "evidence": {
                     *         "items": [
                     *           {
                     *             "item": "apiKey",
                     *             "value": "pk_sandbox_Ab3x…",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "endpoint",
                     *             "value": "POST /v1/auth/token",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "environment",
                     *             "value": "production",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "errorMessage",
                     *             "value": "api_key_wrong_environment: The API key belongs to the other environment",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "occurredAt",
                     *             "value": "2026-03-02T08:55:12.000Z",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "payload",
                     *             "value": {
                     *               "query": {},
                     *               "body": {
                     *                 "apiKey": "[REDACTED]",
                     *                 "environment": "production"
                     *               }
                     *             },
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "user",
                     *             "value": "dev@transportesrioclaro.com.br (usr_2c6g0k4o8s2w6a0e4i8m)",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           }
                     *         ],
                     *         "missing": [
                     *           "diagnostics"
                     *         ]
                     *       },
                     *       "diagnostics": null,
                     *       "standardAnswer": null,
                     *       "sla": {
                     *         "category": "invalid_api_key",
                     *         "firstAnswer": {
                     *           "dueAt": "2026-03-02T11:00:00.000Z",
                     *           "doneAt": null,
                     *           "state": "running",
                     *           "businessMsLeft": 6900000
                     *         },
                     *         "resolution": {
                     *           "dueAt": "2026-03-03T09:00:00.000Z",
                     *           "doneAt": null,
                     *           "state": "running",
                     *           "businessMsLeft": 35700000
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        accountId: string;
                        /** @description The admin or agent working it */
                        assigneeId: string | null;
                        /** @description What it is about; for support tickets, one of the partner API procedure’s nine categories */
                        category: ("api_question" | "invalid_api_key" | "access_token" | "off_hours_error" | "product_question" | "unexplained_error" | "key_user_confusion" | "key_request" | "bug" | "onboarding" | "complaint" | "sync_failure") | null;
                        /** @description Set on closing: whether the requester confirmed the solution */
                        confirmedByRequester: boolean | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description The latest run of the procedure’s checks on the cited call: pass, fail or unknown, with what each saw */
                        diagnostics: {
                            findings: {
                                /** @enum {string} */
                                check: "key_exists" | "key_active" | "key_environment" | "user_exists" | "user_active" | "user_linked_to_key" | "key_users" | "token" | "business_hours" | "maintenance_window" | "version" | "syntax" | "neighbourhood";
                                data: {
                                    [key: string]: unknown;
                                };
                                /** @description The guide section that explains it: /docs/guides/<page>#<anchor> */
                                guide?: string;
                                /** @enum {string} */
                                outcome: "pass" | "fail" | "unknown";
                                summary: {
                                    en: string;
                                    "pt-BR": string;
                                };
                            }[];
                            /** Format: date-time */
                            ranAt: string;
                            requestId: string;
                        } | null;
                        evidence: {
                            items: {
                                /** @enum {string} */
                                item: "apiKey" | "user" | "environment" | "endpoint" | "payload" | "occurredAt" | "errorMessage" | "status" | "problemCode" | "requestId" | "diagnostics";
                                /** Format: date-time */
                                recordedAt: string;
                                recordedBy: string;
                                /**
                                 * @description request_log: copied from Ponte’s request log; agent: entered by an agent
                                 * @enum {string}
                                 */
                                source: "request_log" | "agent" | "diagnostics";
                                /** @description Text, except the payload (JSON, secrets redacted) and the status (a number) */
                                value: unknown;
                            }[];
                            /** @description Mandatory items still missing (the seven pieces of evidence and a diagnostics run): the ticket cannot be escalated while any is */
                            missing: ("apiKey" | "user" | "environment" | "endpoint" | "payload" | "occurredAt" | "errorMessage" | "diagnostics")[];
                        };
                        /** @description Set on closing: the category it turned out to be */
                        finalCategory: ("api_question" | "invalid_api_key" | "access_token" | "off_hours_error" | "product_question" | "unexplained_error" | "key_user_confusion" | "key_request" | "bug" | "onboarding" | "complaint" | "sync_failure") | null;
                        id: string;
                        /** @description The integration the ticket is about, if any */
                        integrationId: string | null;
                        /** @enum {string} */
                        kind: "onboarding" | "support" | "complaint" | "sync_failure";
                        /** @description When the last public message was added */
                        lastMessageAt: string | null;
                        /**
                         * @description The language the customer is written to in
                         * @enum {string}
                         */
                        locale: "pt-BR" | "en";
                        /** @description Oldest first; customers do not see internal notes */
                        messages: {
                            /** @description What came attached to the e-mail (the files are not kept here) */
                            attachments: {
                                contentType: string;
                                filename: string;
                                size: number;
                            }[];
                            /** @description Who added it: a user or key id, `system:<job>`, `contact:<address>` */
                            author: string;
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            /**
                             * @description inbound: from the customer; outbound: from the operator
                             * @enum {string}
                             */
                            direction: "inbound" | "outbound";
                            from: string | null;
                            id: string;
                            /** @description The e-mail’s Message-ID, for messages that came or went by e-mail */
                            mailMessageId: string | null;
                            subject: string | null;
                            ticketId: string;
                            to: string[];
                            /**
                             * @description internal: a note among staff, never shown to customers
                             * @enum {string}
                             */
                            visibility: "public" | "internal";
                        }[];
                        /** @enum {string} */
                        priority: "low" | "normal" | "high" | "urgent";
                        /** @description Who the ticket answers to */
                        requester: {
                            email: string;
                            name: string | null;
                        };
                        /** @description The SLA timers of the ticket’s category on the business calendar */
                        sla: {
                            category: ("api_question" | "invalid_api_key" | "access_token" | "off_hours_error" | "product_question" | "unexplained_error" | "key_user_confusion" | "key_request" | "bug" | "onboarding" | "complaint" | "sync_failure") | null;
                            firstAnswer: {
                                /** @description Office time (business calendar) left until dueAt; 0 once due; null once done */
                                businessMsLeft: number | null;
                                /** @description When it was met: the first public answer by staff, or reaching resolved */
                                doneAt: string | null;
                                /** Format: date-time */
                                dueAt: string;
                                /**
                                 * @description paused: the resolution timer while the ticket waits for the customer
                                 * @enum {string}
                                 */
                                state: "met" | "breached" | "running" | "paused";
                            };
                            resolution: {
                                /** @description Office time (business calendar) left until dueAt; 0 once due; null once done */
                                businessMsLeft: number | null;
                                /** @description When it was met: the first public answer by staff, or reaching resolved */
                                doneAt: string | null;
                                /** Format: date-time */
                                dueAt: string;
                                /**
                                 * @description paused: the resolution timer while the ticket waits for the customer
                                 * @enum {string}
                                 */
                                state: "met" | "breached" | "running" | "paused";
                            };
                        } | null;
                        /** @description Set on closing: what solved it */
                        solution: string | null;
                        /** @description Support desk stage: received → initial_analysis → investigation → resolved | escalated → closed; null for onboarding tickets */
                        stage: ("received" | "initial_analysis" | "investigation" | "resolved" | "escalated" | "closed") | null;
                        /** @description The category’s standard answer in the ticket’s language, filled with the findings, for the agent to send or adapt (staff only; null for customers) */
                        standardAnswer: {
                            body: string;
                            links: {
                                title: string;
                                url: string;
                            }[];
                            subject: string;
                            /** @enum {string} */
                            team: "support" | "engineering" | "commercial";
                        } | null;
                        /** @enum {string} */
                        status: "open" | "waiting_customer" | "waiting_provider" | "resolved" | "closed";
                        subject: string;
                        /** @description The team working it; null for onboarding tickets */
                        team: ("support" | "engineering" | "commercial") | null;
                        /** @description Every change, oldest first */
                        timeline: {
                            actor: string;
                            /** Format: date-time */
                            at: string;
                            data: {
                                [key: string]: unknown;
                            };
                            id: string;
                            /** @description created, message_added, status_changed, assigned, … */
                            type: string;
                        }[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `ticket_not_found` (The ticket does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSupportTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "stage": "closed",
                 *       "solution": "A chave era de homologação; o parceiro passou a usar a chave de produção.",
                 *       "finalCategory": "invalid_api_key",
                 *       "confirmedByRequester": true
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    category?: "api_question" | "invalid_api_key" | "access_token" | "off_hours_error" | "product_question" | "unexplained_error" | "key_user_confusion" | "key_request" | "bug" | "onboarding" | "complaint" | "sync_failure";
                    confirmedByRequester?: boolean;
                    /** @enum {string} */
                    finalCategory?: "api_question" | "invalid_api_key" | "access_token" | "off_hours_error" | "product_question" | "unexplained_error" | "key_user_confusion" | "key_request" | "bug" | "onboarding" | "complaint" | "sync_failure";
                    /** @enum {string} */
                    priority?: "low" | "normal" | "high" | "urgent";
                    /** @description Why: shown on the timeline */
                    reason?: string;
                    solution?: string;
                    /**
                     * @description escalated passes the evidence gate; closed needs solution and finalCategory
                     * @enum {string}
                     */
                    stage?: "received" | "initial_analysis" | "investigation" | "resolved" | "escalated" | "closed";
                    /** @enum {string} */
                    team?: "support" | "engineering" | "commercial";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "tkt_9a3e7i1m5q9u3y7c1g5k",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "integrationId": null,
                     *       "kind": "support",
                     *       "subject": "Erro 403 ao pedir token em produção",
                     *       "status": "open",
                     *       "assigneeId": "usr_5h9k3m7p1s5v9y3b7e1g",
                     *       "requester": {
                     *         "email": "marina.souza@transportesrioclaro.com.br",
                     *         "name": "Marina Souza"
                     *       },
                     *       "locale": "pt-BR",
                     *       "createdAt": "2026-03-02T09:00:00.000Z",
                     *       "updatedAt": "2026-03-02T09:20:00.000Z",
                     *       "lastMessageAt": "2026-03-02T09:20:00.000Z",
                     *       "category": "invalid_api_key",
                     *       "stage": "received",
                     *       "team": "support",
                     *       "priority": "normal",
                     *       "solution": null,
                     *       "finalCategory": null,
                     *       "confirmedByRequester": null,
                     *       "messages": [
                     *         {
                     *           "id": "msg_1a5e9i3m7q1u5y9c3g7k",
                     *           "ticketId": "tkt_9a3e7i1m5q9u3y7c1g5k",
                     *           "direction": "inbound",
                     *           "visibility": "public",
                     *           "author": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *           "from": null,
                     *           "to": [],
                     *           "subject": null,
                     *           "body": "Desde hoje cedo o POST /v1/auth/token responde 403. Request id: 7f3c9a1e-2b4d-4e8f-9a6b-1c2d3e4f5a6b",
                     *           "attachments": [],
                     *           "mailMessageId": null,
                     *           "createdAt": "2026-03-02T09:00:00.000Z"
                     *         }
                     *       ],
                     *       "timeline": [],
                     *       "evidence": {
                     *         "items": [
                     *           {
                     *             "item": "apiKey",
                     *             "value": "pk_sandbox_Ab3x…",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "endpoint",
                     *             "value": "POST /v1/auth/token",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "environment",
                     *             "value": "production",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "errorMessage",
                     *             "value": "api_key_wrong_environment: The API key belongs to the other environment",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "occurredAt",
                     *             "value": "2026-03-02T08:55:12.000Z",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "payload",
                     *             "value": {
                     *               "query": {},
                     *               "body": {
                     *                 "apiKey": "[REDACTED]",
                     *                 "environment": "production"
                     *               }
                     *             },
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "user",
                     *             "value": "dev@transportesrioclaro.com.br (usr_2c6g0k4o8s2w6a0e4i8m)",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           }
                     *         ],
                     *         "missing": [
                     *           "diagnostics"
                     *         ]
                     *       },
                     *       "diagnostics": null,
                     *       "standardAnswer": null,
                     *       "sla": {
                     *         "category": "invalid_api_key",
                     *         "firstAnswer": {
                     *           "dueAt": "2026-03-02T11:00:00.000Z",
                     *           "doneAt": null,
                     *           "state": "running",
                     *           "businessMsLeft": 6900000
                     *         },
                     *         "resolution": {
                     *           "dueAt": "2026-03-03T09:00:00.000Z",
                     *           "doneAt": null,
                     *           "state": "running",
                     *           "businessMsLeft": 35700000
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        accountId: string;
                        /** @description The admin or agent working it */
                        assigneeId: string | null;
                        /** @description What it is about; for support tickets, one of the partner API procedure’s nine categories */
                        category: ("api_question" | "invalid_api_key" | "access_token" | "off_hours_error" | "product_question" | "unexplained_error" | "key_user_confusion" | "key_request" | "bug" | "onboarding" | "complaint" | "sync_failure") | null;
                        /** @description Set on closing: whether the requester confirmed the solution */
                        confirmedByRequester: boolean | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description The latest run of the procedure’s checks on the cited call: pass, fail or unknown, with what each saw */
                        diagnostics: {
                            findings: {
                                /** @enum {string} */
                                check: "key_exists" | "key_active" | "key_environment" | "user_exists" | "user_active" | "user_linked_to_key" | "key_users" | "token" | "business_hours" | "maintenance_window" | "version" | "syntax" | "neighbourhood";
                                data: {
                                    [key: string]: unknown;
                                };
                                /** @description The guide section that explains it: /docs/guides/<page>#<anchor> */
                                guide?: string;
                                /** @enum {string} */
                                outcome: "pass" | "fail" | "unknown";
                                summary: {
                                    en: string;
                                    "pt-BR": string;
                                };
                            }[];
                            /** Format: date-time */
                            ranAt: string;
                            requestId: string;
                        } | null;
                        evidence: {
                            items: {
                                /** @enum {string} */
                                item: "apiKey" | "user" | "environment" | "endpoint" | "payload" | "occurredAt" | "errorMessage" | "status" | "problemCode" | "requestId" | "diagnostics";
                                /** Format: date-time */
                                recordedAt: string;
                                recordedBy: string;
                                /**
                                 * @description request_log: copied from Ponte’s request log; agent: entered by an agent
                                 * @enum {string}
                                 */
                                source: "request_log" | "agent" | "diagnostics";
                                /** @description Text, except the payload (JSON, secrets redacted) and the status (a number) */
                                value: unknown;
                            }[];
                            /** @description Mandatory items still missing (the seven pieces of evidence and a diagnostics run): the ticket cannot be escalated while any is */
                            missing: ("apiKey" | "user" | "environment" | "endpoint" | "payload" | "occurredAt" | "errorMessage" | "diagnostics")[];
                        };
                        /** @description Set on closing: the category it turned out to be */
                        finalCategory: ("api_question" | "invalid_api_key" | "access_token" | "off_hours_error" | "product_question" | "unexplained_error" | "key_user_confusion" | "key_request" | "bug" | "onboarding" | "complaint" | "sync_failure") | null;
                        id: string;
                        /** @description The integration the ticket is about, if any */
                        integrationId: string | null;
                        /** @enum {string} */
                        kind: "onboarding" | "support" | "complaint" | "sync_failure";
                        /** @description When the last public message was added */
                        lastMessageAt: string | null;
                        /**
                         * @description The language the customer is written to in
                         * @enum {string}
                         */
                        locale: "pt-BR" | "en";
                        /** @description Oldest first; customers do not see internal notes */
                        messages: {
                            /** @description What came attached to the e-mail (the files are not kept here) */
                            attachments: {
                                contentType: string;
                                filename: string;
                                size: number;
                            }[];
                            /** @description Who added it: a user or key id, `system:<job>`, `contact:<address>` */
                            author: string;
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            /**
                             * @description inbound: from the customer; outbound: from the operator
                             * @enum {string}
                             */
                            direction: "inbound" | "outbound";
                            from: string | null;
                            id: string;
                            /** @description The e-mail’s Message-ID, for messages that came or went by e-mail */
                            mailMessageId: string | null;
                            subject: string | null;
                            ticketId: string;
                            to: string[];
                            /**
                             * @description internal: a note among staff, never shown to customers
                             * @enum {string}
                             */
                            visibility: "public" | "internal";
                        }[];
                        /** @enum {string} */
                        priority: "low" | "normal" | "high" | "urgent";
                        /** @description Who the ticket answers to */
                        requester: {
                            email: string;
                            name: string | null;
                        };
                        /** @description The SLA timers of the ticket’s category on the business calendar */
                        sla: {
                            category: ("api_question" | "invalid_api_key" | "access_token" | "off_hours_error" | "product_question" | "unexplained_error" | "key_user_confusion" | "key_request" | "bug" | "onboarding" | "complaint" | "sync_failure") | null;
                            firstAnswer: {
                                /** @description Office time (business calendar) left until dueAt; 0 once due; null once done */
                                businessMsLeft: number | null;
                                /** @description When it was met: the first public answer by staff, or reaching resolved */
                                doneAt: string | null;
                                /** Format: date-time */
                                dueAt: string;
                                /**
                                 * @description paused: the resolution timer while the ticket waits for the customer
                                 * @enum {string}
                                 */
                                state: "met" | "breached" | "running" | "paused";
                            };
                            resolution: {
                                /** @description Office time (business calendar) left until dueAt; 0 once due; null once done */
                                businessMsLeft: number | null;
                                /** @description When it was met: the first public answer by staff, or reaching resolved */
                                doneAt: string | null;
                                /** Format: date-time */
                                dueAt: string;
                                /**
                                 * @description paused: the resolution timer while the ticket waits for the customer
                                 * @enum {string}
                                 */
                                state: "met" | "breached" | "running" | "paused";
                            };
                        } | null;
                        /** @description Set on closing: what solved it */
                        solution: string | null;
                        /** @description Support desk stage: received → initial_analysis → investigation → resolved | escalated → closed; null for onboarding tickets */
                        stage: ("received" | "initial_analysis" | "investigation" | "resolved" | "escalated" | "closed") | null;
                        /** @description The category’s standard answer in the ticket’s language, filled with the findings, for the agent to send or adapt (staff only; null for customers) */
                        standardAnswer: {
                            body: string;
                            links: {
                                title: string;
                                url: string;
                            }[];
                            subject: string;
                            /** @enum {string} */
                            team: "support" | "engineering" | "commercial";
                        } | null;
                        /** @enum {string} */
                        status: "open" | "waiting_customer" | "waiting_provider" | "resolved" | "closed";
                        subject: string;
                        /** @description The team working it; null for onboarding tickets */
                        team: ("support" | "engineering" | "commercial") | null;
                        /** @description Every change, oldest first */
                        timeline: {
                            actor: string;
                            /** Format: date-time */
                            at: string;
                            data: {
                                [key: string]: unknown;
                            };
                            id: string;
                            /** @description created, message_added, status_changed, assigned, … */
                            type: string;
                        }[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `ticket_not_found` (The ticket does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `ticket_closed` (The ticket is closed); `support_stage_conflict` (The ticket cannot move to that stage from where it is) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity: `support_evidence_missing` (Mandatory evidence is missing: the ticket cannot be escalated); `support_closing_incomplete` (Closing a support ticket needs a solution and a final category) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    diagnoseSupportTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "requestId": "7f3c9a1e-2b4d-4e8f-9a6b-1c2d3e4f5a6b"
                 *     }
                 */
                "application/json": {
                    requestId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "tkt_9a3e7i1m5q9u3y7c1g5k",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "integrationId": null,
                     *       "kind": "support",
                     *       "subject": "Erro 403 ao pedir token em produção",
                     *       "status": "open",
                     *       "assigneeId": "usr_5h9k3m7p1s5v9y3b7e1g",
                     *       "requester": {
                     *         "email": "marina.souza@transportesrioclaro.com.br",
                     *         "name": "Marina Souza"
                     *       },
                     *       "locale": "pt-BR",
                     *       "createdAt": "2026-03-02T09:00:00.000Z",
                     *       "updatedAt": "2026-03-02T09:20:00.000Z",
                     *       "lastMessageAt": "2026-03-02T09:20:00.000Z",
                     *       "category": "invalid_api_key",
                     *       "stage": "received",
                     *       "team": "support",
                     *       "priority": "normal",
                     *       "solution": null,
                     *       "finalCategory": null,
                     *       "confirmedByRequester": null,
                     *       "messages": [
                     *         {
                     *           "id": "msg_1a5e9i3m7q1u5y9c3g7k",
                     *           "ticketId": "tkt_9a3e7i1m5q9u3y7c1g5k",
                     *           "direction": "inbound",
                     *           "visibility": "public",
                     *           "author": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *           "from": null,
                     *           "to": [],
                     *           "subject": null,
                     *           "body": "Desde hoje cedo o POST /v1/auth/token responde 403. Request id: 7f3c9a1e-2b4d-4e8f-9a6b-1c2d3e4f5a6b",
                     *           "attachments": [],
                     *           "mailMessageId": null,
                     *           "createdAt": "2026-03-02T09:00:00.000Z"
                     *         }
                     *       ],
                     *       "timeline": [],
                     *       "evidence": {
                     *         "items": [
                     *           {
                     *             "item": "apiKey",
                     *             "value": "pk_sandbox_Ab3x…",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "endpoint",
                     *             "value": "POST /v1/auth/token",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "environment",
                     *             "value": "production",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "errorMessage",
                     *             "value": "api_key_wrong_environment: The API key belongs to the other environment",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "occurredAt",
                     *             "value": "2026-03-02T08:55:12.000Z",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "payload",
                     *             "value": {
                     *               "query": {},
                     *               "body": {
                     *                 "apiKey": "[REDACTED]",
                     *                 "environment": "production"
                     *               }
                     *             },
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "user",
                     *             "value": "dev@transportesrioclaro.com.br (usr_2c6g0k4o8s2w6a0e4i8m)",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           }
                     *         ],
                     *         "missing": [
                     *           "diagnostics"
                     *         ]
                     *       },
                     *       "diagnostics": null,
                     *       "standardAnswer": null,
                     *       "sla": {
                     *         "category": "invalid_api_key",
                     *         "firstAnswer": {
                     *           "dueAt": "2026-03-02T11:00:00.000Z",
                     *           "doneAt": null,
                     *           "state": "running",
                     *           "businessMsLeft": 6900000
                     *         },
                     *         "resolution": {
                     *           "dueAt": "2026-03-03T09:00:00.000Z",
                     *           "doneAt": null,
                     *           "state": "running",
                     *           "businessMsLeft": 35700000
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        accountId: string;
                        /** @description The admin or agent working it */
                        assigneeId: string | null;
                        /** @description What it is about; for support tickets, one of the partner API procedure’s nine categories */
                        category: ("api_question" | "invalid_api_key" | "access_token" | "off_hours_error" | "product_question" | "unexplained_error" | "key_user_confusion" | "key_request" | "bug" | "onboarding" | "complaint" | "sync_failure") | null;
                        /** @description Set on closing: whether the requester confirmed the solution */
                        confirmedByRequester: boolean | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description The latest run of the procedure’s checks on the cited call: pass, fail or unknown, with what each saw */
                        diagnostics: {
                            findings: {
                                /** @enum {string} */
                                check: "key_exists" | "key_active" | "key_environment" | "user_exists" | "user_active" | "user_linked_to_key" | "key_users" | "token" | "business_hours" | "maintenance_window" | "version" | "syntax" | "neighbourhood";
                                data: {
                                    [key: string]: unknown;
                                };
                                /** @description The guide section that explains it: /docs/guides/<page>#<anchor> */
                                guide?: string;
                                /** @enum {string} */
                                outcome: "pass" | "fail" | "unknown";
                                summary: {
                                    en: string;
                                    "pt-BR": string;
                                };
                            }[];
                            /** Format: date-time */
                            ranAt: string;
                            requestId: string;
                        } | null;
                        evidence: {
                            items: {
                                /** @enum {string} */
                                item: "apiKey" | "user" | "environment" | "endpoint" | "payload" | "occurredAt" | "errorMessage" | "status" | "problemCode" | "requestId" | "diagnostics";
                                /** Format: date-time */
                                recordedAt: string;
                                recordedBy: string;
                                /**
                                 * @description request_log: copied from Ponte’s request log; agent: entered by an agent
                                 * @enum {string}
                                 */
                                source: "request_log" | "agent" | "diagnostics";
                                /** @description Text, except the payload (JSON, secrets redacted) and the status (a number) */
                                value: unknown;
                            }[];
                            /** @description Mandatory items still missing (the seven pieces of evidence and a diagnostics run): the ticket cannot be escalated while any is */
                            missing: ("apiKey" | "user" | "environment" | "endpoint" | "payload" | "occurredAt" | "errorMessage" | "diagnostics")[];
                        };
                        /** @description Set on closing: the category it turned out to be */
                        finalCategory: ("api_question" | "invalid_api_key" | "access_token" | "off_hours_error" | "product_question" | "unexplained_error" | "key_user_confusion" | "key_request" | "bug" | "onboarding" | "complaint" | "sync_failure") | null;
                        id: string;
                        /** @description The integration the ticket is about, if any */
                        integrationId: string | null;
                        /** @enum {string} */
                        kind: "onboarding" | "support" | "complaint" | "sync_failure";
                        /** @description When the last public message was added */
                        lastMessageAt: string | null;
                        /**
                         * @description The language the customer is written to in
                         * @enum {string}
                         */
                        locale: "pt-BR" | "en";
                        /** @description Oldest first; customers do not see internal notes */
                        messages: {
                            /** @description What came attached to the e-mail (the files are not kept here) */
                            attachments: {
                                contentType: string;
                                filename: string;
                                size: number;
                            }[];
                            /** @description Who added it: a user or key id, `system:<job>`, `contact:<address>` */
                            author: string;
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            /**
                             * @description inbound: from the customer; outbound: from the operator
                             * @enum {string}
                             */
                            direction: "inbound" | "outbound";
                            from: string | null;
                            id: string;
                            /** @description The e-mail’s Message-ID, for messages that came or went by e-mail */
                            mailMessageId: string | null;
                            subject: string | null;
                            ticketId: string;
                            to: string[];
                            /**
                             * @description internal: a note among staff, never shown to customers
                             * @enum {string}
                             */
                            visibility: "public" | "internal";
                        }[];
                        /** @enum {string} */
                        priority: "low" | "normal" | "high" | "urgent";
                        /** @description Who the ticket answers to */
                        requester: {
                            email: string;
                            name: string | null;
                        };
                        /** @description The SLA timers of the ticket’s category on the business calendar */
                        sla: {
                            category: ("api_question" | "invalid_api_key" | "access_token" | "off_hours_error" | "product_question" | "unexplained_error" | "key_user_confusion" | "key_request" | "bug" | "onboarding" | "complaint" | "sync_failure") | null;
                            firstAnswer: {
                                /** @description Office time (business calendar) left until dueAt; 0 once due; null once done */
                                businessMsLeft: number | null;
                                /** @description When it was met: the first public answer by staff, or reaching resolved */
                                doneAt: string | null;
                                /** Format: date-time */
                                dueAt: string;
                                /**
                                 * @description paused: the resolution timer while the ticket waits for the customer
                                 * @enum {string}
                                 */
                                state: "met" | "breached" | "running" | "paused";
                            };
                            resolution: {
                                /** @description Office time (business calendar) left until dueAt; 0 once due; null once done */
                                businessMsLeft: number | null;
                                /** @description When it was met: the first public answer by staff, or reaching resolved */
                                doneAt: string | null;
                                /** Format: date-time */
                                dueAt: string;
                                /**
                                 * @description paused: the resolution timer while the ticket waits for the customer
                                 * @enum {string}
                                 */
                                state: "met" | "breached" | "running" | "paused";
                            };
                        } | null;
                        /** @description Set on closing: what solved it */
                        solution: string | null;
                        /** @description Support desk stage: received → initial_analysis → investigation → resolved | escalated → closed; null for onboarding tickets */
                        stage: ("received" | "initial_analysis" | "investigation" | "resolved" | "escalated" | "closed") | null;
                        /** @description The category’s standard answer in the ticket’s language, filled with the findings, for the agent to send or adapt (staff only; null for customers) */
                        standardAnswer: {
                            body: string;
                            links: {
                                title: string;
                                url: string;
                            }[];
                            subject: string;
                            /** @enum {string} */
                            team: "support" | "engineering" | "commercial";
                        } | null;
                        /** @enum {string} */
                        status: "open" | "waiting_customer" | "waiting_provider" | "resolved" | "closed";
                        subject: string;
                        /** @description The team working it; null for onboarding tickets */
                        team: ("support" | "engineering" | "commercial") | null;
                        /** @description Every change, oldest first */
                        timeline: {
                            actor: string;
                            /** Format: date-time */
                            at: string;
                            data: {
                                [key: string]: unknown;
                            };
                            id: string;
                            /** @description created, message_added, status_changed, assigned, … */
                            type: string;
                        }[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `ticket_not_found` (The ticket does not exist); `support_request_not_found` (No request with that id was logged for the ticket’s account) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `ticket_closed` (The ticket is closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity: `support_request_not_cited` (Diagnostics need the request id of the failed call) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    escalateSupportTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Erro 500 recorrente às 3h, sem causa no cadastro"
                 *     }
                 */
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "tkt_9a3e7i1m5q9u3y7c1g5k",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "integrationId": null,
                     *       "kind": "support",
                     *       "subject": "Erro 403 ao pedir token em produção",
                     *       "status": "open",
                     *       "assigneeId": "usr_5h9k3m7p1s5v9y3b7e1g",
                     *       "requester": {
                     *         "email": "marina.souza@transportesrioclaro.com.br",
                     *         "name": "Marina Souza"
                     *       },
                     *       "locale": "pt-BR",
                     *       "createdAt": "2026-03-02T09:00:00.000Z",
                     *       "updatedAt": "2026-03-02T09:20:00.000Z",
                     *       "lastMessageAt": "2026-03-02T09:20:00.000Z",
                     *       "category": "invalid_api_key",
                     *       "stage": "received",
                     *       "team": "support",
                     *       "priority": "normal",
                     *       "solution": null,
                     *       "finalCategory": null,
                     *       "confirmedByRequester": null,
                     *       "messages": [
                     *         {
                     *           "id": "msg_1a5e9i3m7q1u5y9c3g7k",
                     *           "ticketId": "tkt_9a3e7i1m5q9u3y7c1g5k",
                     *           "direction": "inbound",
                     *           "visibility": "public",
                     *           "author": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *           "from": null,
                     *           "to": [],
                     *           "subject": null,
                     *           "body": "Desde hoje cedo o POST /v1/auth/token responde 403. Request id: 7f3c9a1e-2b4d-4e8f-9a6b-1c2d3e4f5a6b",
                     *           "attachments": [],
                     *           "mailMessageId": null,
                     *           "createdAt": "2026-03-02T09:00:00.000Z"
                     *         }
                     *       ],
                     *       "timeline": [],
                     *       "evidence": {
                     *         "items": [
                     *           {
                     *             "item": "apiKey",
                     *             "value": "pk_sandbox_Ab3x…",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "endpoint",
                     *             "value": "POST /v1/auth/token",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "environment",
                     *             "value": "production",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "errorMessage",
                     *             "value": "api_key_wrong_environment: The API key belongs to the other environment",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "occurredAt",
                     *             "value": "2026-03-02T08:55:12.000Z",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "payload",
                     *             "value": {
                     *               "query": {},
                     *               "body": {
                     *                 "apiKey": "[REDACTED]",
                     *                 "environment": "production"
                     *               }
                     *             },
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "user",
                     *             "value": "dev@transportesrioclaro.com.br (usr_2c6g0k4o8s2w6a0e4i8m)",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           }
                     *         ],
                     *         "missing": [
                     *           "diagnostics"
                     *         ]
                     *       },
                     *       "diagnostics": null,
                     *       "standardAnswer": null,
                     *       "sla": {
                     *         "category": "invalid_api_key",
                     *         "firstAnswer": {
                     *           "dueAt": "2026-03-02T11:00:00.000Z",
                     *           "doneAt": null,
                     *           "state": "running",
                     *           "businessMsLeft": 6900000
                     *         },
                     *         "resolution": {
                     *           "dueAt": "2026-03-03T09:00:00.000Z",
                     *           "doneAt": null,
                     *           "state": "running",
                     *           "businessMsLeft": 35700000
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        accountId: string;
                        /** @description The admin or agent working it */
                        assigneeId: string | null;
                        /** @description What it is about; for support tickets, one of the partner API procedure’s nine categories */
                        category: ("api_question" | "invalid_api_key" | "access_token" | "off_hours_error" | "product_question" | "unexplained_error" | "key_user_confusion" | "key_request" | "bug" | "onboarding" | "complaint" | "sync_failure") | null;
                        /** @description Set on closing: whether the requester confirmed the solution */
                        confirmedByRequester: boolean | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description The latest run of the procedure’s checks on the cited call: pass, fail or unknown, with what each saw */
                        diagnostics: {
                            findings: {
                                /** @enum {string} */
                                check: "key_exists" | "key_active" | "key_environment" | "user_exists" | "user_active" | "user_linked_to_key" | "key_users" | "token" | "business_hours" | "maintenance_window" | "version" | "syntax" | "neighbourhood";
                                data: {
                                    [key: string]: unknown;
                                };
                                /** @description The guide section that explains it: /docs/guides/<page>#<anchor> */
                                guide?: string;
                                /** @enum {string} */
                                outcome: "pass" | "fail" | "unknown";
                                summary: {
                                    en: string;
                                    "pt-BR": string;
                                };
                            }[];
                            /** Format: date-time */
                            ranAt: string;
                            requestId: string;
                        } | null;
                        evidence: {
                            items: {
                                /** @enum {string} */
                                item: "apiKey" | "user" | "environment" | "endpoint" | "payload" | "occurredAt" | "errorMessage" | "status" | "problemCode" | "requestId" | "diagnostics";
                                /** Format: date-time */
                                recordedAt: string;
                                recordedBy: string;
                                /**
                                 * @description request_log: copied from Ponte’s request log; agent: entered by an agent
                                 * @enum {string}
                                 */
                                source: "request_log" | "agent" | "diagnostics";
                                /** @description Text, except the payload (JSON, secrets redacted) and the status (a number) */
                                value: unknown;
                            }[];
                            /** @description Mandatory items still missing (the seven pieces of evidence and a diagnostics run): the ticket cannot be escalated while any is */
                            missing: ("apiKey" | "user" | "environment" | "endpoint" | "payload" | "occurredAt" | "errorMessage" | "diagnostics")[];
                        };
                        /** @description Set on closing: the category it turned out to be */
                        finalCategory: ("api_question" | "invalid_api_key" | "access_token" | "off_hours_error" | "product_question" | "unexplained_error" | "key_user_confusion" | "key_request" | "bug" | "onboarding" | "complaint" | "sync_failure") | null;
                        id: string;
                        /** @description The integration the ticket is about, if any */
                        integrationId: string | null;
                        /** @enum {string} */
                        kind: "onboarding" | "support" | "complaint" | "sync_failure";
                        /** @description When the last public message was added */
                        lastMessageAt: string | null;
                        /**
                         * @description The language the customer is written to in
                         * @enum {string}
                         */
                        locale: "pt-BR" | "en";
                        /** @description Oldest first; customers do not see internal notes */
                        messages: {
                            /** @description What came attached to the e-mail (the files are not kept here) */
                            attachments: {
                                contentType: string;
                                filename: string;
                                size: number;
                            }[];
                            /** @description Who added it: a user or key id, `system:<job>`, `contact:<address>` */
                            author: string;
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            /**
                             * @description inbound: from the customer; outbound: from the operator
                             * @enum {string}
                             */
                            direction: "inbound" | "outbound";
                            from: string | null;
                            id: string;
                            /** @description The e-mail’s Message-ID, for messages that came or went by e-mail */
                            mailMessageId: string | null;
                            subject: string | null;
                            ticketId: string;
                            to: string[];
                            /**
                             * @description internal: a note among staff, never shown to customers
                             * @enum {string}
                             */
                            visibility: "public" | "internal";
                        }[];
                        /** @enum {string} */
                        priority: "low" | "normal" | "high" | "urgent";
                        /** @description Who the ticket answers to */
                        requester: {
                            email: string;
                            name: string | null;
                        };
                        /** @description The SLA timers of the ticket’s category on the business calendar */
                        sla: {
                            category: ("api_question" | "invalid_api_key" | "access_token" | "off_hours_error" | "product_question" | "unexplained_error" | "key_user_confusion" | "key_request" | "bug" | "onboarding" | "complaint" | "sync_failure") | null;
                            firstAnswer: {
                                /** @description Office time (business calendar) left until dueAt; 0 once due; null once done */
                                businessMsLeft: number | null;
                                /** @description When it was met: the first public answer by staff, or reaching resolved */
                                doneAt: string | null;
                                /** Format: date-time */
                                dueAt: string;
                                /**
                                 * @description paused: the resolution timer while the ticket waits for the customer
                                 * @enum {string}
                                 */
                                state: "met" | "breached" | "running" | "paused";
                            };
                            resolution: {
                                /** @description Office time (business calendar) left until dueAt; 0 once due; null once done */
                                businessMsLeft: number | null;
                                /** @description When it was met: the first public answer by staff, or reaching resolved */
                                doneAt: string | null;
                                /** Format: date-time */
                                dueAt: string;
                                /**
                                 * @description paused: the resolution timer while the ticket waits for the customer
                                 * @enum {string}
                                 */
                                state: "met" | "breached" | "running" | "paused";
                            };
                        } | null;
                        /** @description Set on closing: what solved it */
                        solution: string | null;
                        /** @description Support desk stage: received → initial_analysis → investigation → resolved | escalated → closed; null for onboarding tickets */
                        stage: ("received" | "initial_analysis" | "investigation" | "resolved" | "escalated" | "closed") | null;
                        /** @description The category’s standard answer in the ticket’s language, filled with the findings, for the agent to send or adapt (staff only; null for customers) */
                        standardAnswer: {
                            body: string;
                            links: {
                                title: string;
                                url: string;
                            }[];
                            subject: string;
                            /** @enum {string} */
                            team: "support" | "engineering" | "commercial";
                        } | null;
                        /** @enum {string} */
                        status: "open" | "waiting_customer" | "waiting_provider" | "resolved" | "closed";
                        subject: string;
                        /** @description The team working it; null for onboarding tickets */
                        team: ("support" | "engineering" | "commercial") | null;
                        /** @description Every change, oldest first */
                        timeline: {
                            actor: string;
                            /** Format: date-time */
                            at: string;
                            data: {
                                [key: string]: unknown;
                            };
                            id: string;
                            /** @description created, message_added, status_changed, assigned, … */
                            type: string;
                        }[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `ticket_not_found` (The ticket does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `ticket_closed` (The ticket is closed); `support_stage_conflict` (The ticket cannot move to that stage from where it is) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity: `support_evidence_missing` (Mandatory evidence is missing: the ticket cannot be escalated) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addSupportEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "apiKey": "pk_production_Ab3x…",
                 *       "user": "dev@transportesrioclaro.com.br",
                 *       "environment": "production",
                 *       "endpoint": "GET /v1/integrations",
                 *       "payload": {
                 *         "query": {
                 *           "limit": 50
                 *         }
                 *       },
                 *       "occurredAt": "2026-03-02T03:12:00.000Z",
                 *       "errorMessage": "HTTP 500 sem corpo"
                 *     }
                 */
                "application/json": {
                    /** @description Kept masked: only its start */
                    apiKey?: string;
                    /** @description Method and route, e.g. POST /v1/auth/token */
                    endpoint?: string;
                    /** @enum {string} */
                    environment?: "sandbox" | "production";
                    errorMessage?: string;
                    /** Format: date-time */
                    occurredAt?: string;
                    /** @description What was sent; secrets are redacted */
                    payload?: unknown;
                    problemCode?: string;
                    requestId?: string;
                    status?: number;
                    user?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "tkt_9a3e7i1m5q9u3y7c1g5k",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "integrationId": null,
                     *       "kind": "support",
                     *       "subject": "Erro 403 ao pedir token em produção",
                     *       "status": "open",
                     *       "assigneeId": "usr_5h9k3m7p1s5v9y3b7e1g",
                     *       "requester": {
                     *         "email": "marina.souza@transportesrioclaro.com.br",
                     *         "name": "Marina Souza"
                     *       },
                     *       "locale": "pt-BR",
                     *       "createdAt": "2026-03-02T09:00:00.000Z",
                     *       "updatedAt": "2026-03-02T09:20:00.000Z",
                     *       "lastMessageAt": "2026-03-02T09:20:00.000Z",
                     *       "category": "invalid_api_key",
                     *       "stage": "received",
                     *       "team": "support",
                     *       "priority": "normal",
                     *       "solution": null,
                     *       "finalCategory": null,
                     *       "confirmedByRequester": null,
                     *       "messages": [
                     *         {
                     *           "id": "msg_1a5e9i3m7q1u5y9c3g7k",
                     *           "ticketId": "tkt_9a3e7i1m5q9u3y7c1g5k",
                     *           "direction": "inbound",
                     *           "visibility": "public",
                     *           "author": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *           "from": null,
                     *           "to": [],
                     *           "subject": null,
                     *           "body": "Desde hoje cedo o POST /v1/auth/token responde 403. Request id: 7f3c9a1e-2b4d-4e8f-9a6b-1c2d3e4f5a6b",
                     *           "attachments": [],
                     *           "mailMessageId": null,
                     *           "createdAt": "2026-03-02T09:00:00.000Z"
                     *         }
                     *       ],
                     *       "timeline": [],
                     *       "evidence": {
                     *         "items": [
                     *           {
                     *             "item": "apiKey",
                     *             "value": "pk_sandbox_Ab3x…",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "endpoint",
                     *             "value": "POST /v1/auth/token",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "environment",
                     *             "value": "production",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "errorMessage",
                     *             "value": "api_key_wrong_environment: The API key belongs to the other environment",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "occurredAt",
                     *             "value": "2026-03-02T08:55:12.000Z",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "payload",
                     *             "value": {
                     *               "query": {},
                     *               "body": {
                     *                 "apiKey": "[REDACTED]",
                     *                 "environment": "production"
                     *               }
                     *             },
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           },
                     *           {
                     *             "item": "user",
                     *             "value": "dev@transportesrioclaro.com.br (usr_2c6g0k4o8s2w6a0e4i8m)",
                     *             "source": "request_log",
                     *             "recordedBy": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *             "recordedAt": "2026-03-02T09:00:00.000Z"
                     *           }
                     *         ],
                     *         "missing": [
                     *           "diagnostics"
                     *         ]
                     *       },
                     *       "diagnostics": null,
                     *       "standardAnswer": null,
                     *       "sla": {
                     *         "category": "invalid_api_key",
                     *         "firstAnswer": {
                     *           "dueAt": "2026-03-02T11:00:00.000Z",
                     *           "doneAt": null,
                     *           "state": "running",
                     *           "businessMsLeft": 6900000
                     *         },
                     *         "resolution": {
                     *           "dueAt": "2026-03-03T09:00:00.000Z",
                     *           "doneAt": null,
                     *           "state": "running",
                     *           "businessMsLeft": 35700000
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        accountId: string;
                        /** @description The admin or agent working it */
                        assigneeId: string | null;
                        /** @description What it is about; for support tickets, one of the partner API procedure’s nine categories */
                        category: ("api_question" | "invalid_api_key" | "access_token" | "off_hours_error" | "product_question" | "unexplained_error" | "key_user_confusion" | "key_request" | "bug" | "onboarding" | "complaint" | "sync_failure") | null;
                        /** @description Set on closing: whether the requester confirmed the solution */
                        confirmedByRequester: boolean | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description The latest run of the procedure’s checks on the cited call: pass, fail or unknown, with what each saw */
                        diagnostics: {
                            findings: {
                                /** @enum {string} */
                                check: "key_exists" | "key_active" | "key_environment" | "user_exists" | "user_active" | "user_linked_to_key" | "key_users" | "token" | "business_hours" | "maintenance_window" | "version" | "syntax" | "neighbourhood";
                                data: {
                                    [key: string]: unknown;
                                };
                                /** @description The guide section that explains it: /docs/guides/<page>#<anchor> */
                                guide?: string;
                                /** @enum {string} */
                                outcome: "pass" | "fail" | "unknown";
                                summary: {
                                    en: string;
                                    "pt-BR": string;
                                };
                            }[];
                            /** Format: date-time */
                            ranAt: string;
                            requestId: string;
                        } | null;
                        evidence: {
                            items: {
                                /** @enum {string} */
                                item: "apiKey" | "user" | "environment" | "endpoint" | "payload" | "occurredAt" | "errorMessage" | "status" | "problemCode" | "requestId" | "diagnostics";
                                /** Format: date-time */
                                recordedAt: string;
                                recordedBy: string;
                                /**
                                 * @description request_log: copied from Ponte’s request log; agent: entered by an agent
                                 * @enum {string}
                                 */
                                source: "request_log" | "agent" | "diagnostics";
                                /** @description Text, except the payload (JSON, secrets redacted) and the status (a number) */
                                value: unknown;
                            }[];
                            /** @description Mandatory items still missing (the seven pieces of evidence and a diagnostics run): the ticket cannot be escalated while any is */
                            missing: ("apiKey" | "user" | "environment" | "endpoint" | "payload" | "occurredAt" | "errorMessage" | "diagnostics")[];
                        };
                        /** @description Set on closing: the category it turned out to be */
                        finalCategory: ("api_question" | "invalid_api_key" | "access_token" | "off_hours_error" | "product_question" | "unexplained_error" | "key_user_confusion" | "key_request" | "bug" | "onboarding" | "complaint" | "sync_failure") | null;
                        id: string;
                        /** @description The integration the ticket is about, if any */
                        integrationId: string | null;
                        /** @enum {string} */
                        kind: "onboarding" | "support" | "complaint" | "sync_failure";
                        /** @description When the last public message was added */
                        lastMessageAt: string | null;
                        /**
                         * @description The language the customer is written to in
                         * @enum {string}
                         */
                        locale: "pt-BR" | "en";
                        /** @description Oldest first; customers do not see internal notes */
                        messages: {
                            /** @description What came attached to the e-mail (the files are not kept here) */
                            attachments: {
                                contentType: string;
                                filename: string;
                                size: number;
                            }[];
                            /** @description Who added it: a user or key id, `system:<job>`, `contact:<address>` */
                            author: string;
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            /**
                             * @description inbound: from the customer; outbound: from the operator
                             * @enum {string}
                             */
                            direction: "inbound" | "outbound";
                            from: string | null;
                            id: string;
                            /** @description The e-mail’s Message-ID, for messages that came or went by e-mail */
                            mailMessageId: string | null;
                            subject: string | null;
                            ticketId: string;
                            to: string[];
                            /**
                             * @description internal: a note among staff, never shown to customers
                             * @enum {string}
                             */
                            visibility: "public" | "internal";
                        }[];
                        /** @enum {string} */
                        priority: "low" | "normal" | "high" | "urgent";
                        /** @description Who the ticket answers to */
                        requester: {
                            email: string;
                            name: string | null;
                        };
                        /** @description The SLA timers of the ticket’s category on the business calendar */
                        sla: {
                            category: ("api_question" | "invalid_api_key" | "access_token" | "off_hours_error" | "product_question" | "unexplained_error" | "key_user_confusion" | "key_request" | "bug" | "onboarding" | "complaint" | "sync_failure") | null;
                            firstAnswer: {
                                /** @description Office time (business calendar) left until dueAt; 0 once due; null once done */
                                businessMsLeft: number | null;
                                /** @description When it was met: the first public answer by staff, or reaching resolved */
                                doneAt: string | null;
                                /** Format: date-time */
                                dueAt: string;
                                /**
                                 * @description paused: the resolution timer while the ticket waits for the customer
                                 * @enum {string}
                                 */
                                state: "met" | "breached" | "running" | "paused";
                            };
                            resolution: {
                                /** @description Office time (business calendar) left until dueAt; 0 once due; null once done */
                                businessMsLeft: number | null;
                                /** @description When it was met: the first public answer by staff, or reaching resolved */
                                doneAt: string | null;
                                /** Format: date-time */
                                dueAt: string;
                                /**
                                 * @description paused: the resolution timer while the ticket waits for the customer
                                 * @enum {string}
                                 */
                                state: "met" | "breached" | "running" | "paused";
                            };
                        } | null;
                        /** @description Set on closing: what solved it */
                        solution: string | null;
                        /** @description Support desk stage: received → initial_analysis → investigation → resolved | escalated → closed; null for onboarding tickets */
                        stage: ("received" | "initial_analysis" | "investigation" | "resolved" | "escalated" | "closed") | null;
                        /** @description The category’s standard answer in the ticket’s language, filled with the findings, for the agent to send or adapt (staff only; null for customers) */
                        standardAnswer: {
                            body: string;
                            links: {
                                title: string;
                                url: string;
                            }[];
                            subject: string;
                            /** @enum {string} */
                            team: "support" | "engineering" | "commercial";
                        } | null;
                        /** @enum {string} */
                        status: "open" | "waiting_customer" | "waiting_provider" | "resolved" | "closed";
                        subject: string;
                        /** @description The team working it; null for onboarding tickets */
                        team: ("support" | "engineering" | "commercial") | null;
                        /** @description Every change, oldest first */
                        timeline: {
                            actor: string;
                            /** Format: date-time */
                            at: string;
                            data: {
                                [key: string]: unknown;
                            };
                            id: string;
                            /** @description created, message_added, status_changed, assigned, … */
                            type: string;
                        }[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `ticket_not_found` (The ticket does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `ticket_closed` (The ticket is closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTickets: {
        parameters: {
            query?: {
                accountId?: string;
                /** @description The last id of the previous page */
                after?: string;
                assigneeId?: string;
                integrationId?: string;
                kind?: "onboarding" | "support" | "complaint" | "sync_failure";
                limit?: number;
                status?: "open" | "waiting_customer" | "waiting_provider" | "resolved" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "tkt_5m9q3u7y1c5g9k3o7s1w",
                     *           "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *           "integrationId": "int_6p0t4x8b2f6j0n4r8v2z",
                     *           "kind": "onboarding",
                     *           "subject": "Integração do cartão Maxi Frota",
                     *           "status": "waiting_customer",
                     *           "assigneeId": "usr_5h9k3m7p1s5v9y3b7e1g",
                     *           "requester": {
                     *             "email": "marina.souza@transportesrioclaro.com.br",
                     *             "name": "Marina Souza"
                     *           },
                     *           "locale": "pt-BR",
                     *           "createdAt": "2026-03-02T09:00:00.000Z",
                     *           "updatedAt": "2026-03-02T09:20:00.000Z",
                     *           "lastMessageAt": "2026-03-02T09:20:00.000Z",
                     *           "category": "onboarding",
                     *           "stage": null,
                     *           "team": null,
                     *           "priority": "normal",
                     *           "solution": null,
                     *           "finalCategory": null,
                     *           "confirmedByRequester": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        data: {
                            accountId: string;
                            /** @description The admin or agent working it */
                            assigneeId: string | null;
                            /** @description What it is about; for support tickets, one of the partner API procedure’s nine categories */
                            category: ("api_question" | "invalid_api_key" | "access_token" | "off_hours_error" | "product_question" | "unexplained_error" | "key_user_confusion" | "key_request" | "bug" | "onboarding" | "complaint" | "sync_failure") | null;
                            /** @description Set on closing: whether the requester confirmed the solution */
                            confirmedByRequester: boolean | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description Set on closing: the category it turned out to be */
                            finalCategory: ("api_question" | "invalid_api_key" | "access_token" | "off_hours_error" | "product_question" | "unexplained_error" | "key_user_confusion" | "key_request" | "bug" | "onboarding" | "complaint" | "sync_failure") | null;
                            id: string;
                            /** @description The integration the ticket is about, if any */
                            integrationId: string | null;
                            /** @enum {string} */
                            kind: "onboarding" | "support" | "complaint" | "sync_failure";
                            /** @description When the last public message was added */
                            lastMessageAt: string | null;
                            /**
                             * @description The language the customer is written to in
                             * @enum {string}
                             */
                            locale: "pt-BR" | "en";
                            /** @enum {string} */
                            priority: "low" | "normal" | "high" | "urgent";
                            /** @description Who the ticket answers to */
                            requester: {
                                email: string;
                                name: string | null;
                            };
                            /** @description Set on closing: what solved it */
                            solution: string | null;
                            /** @description Support desk stage: received → initial_analysis → investigation → resolved | escalated → closed; null for onboarding tickets */
                            stage: ("received" | "initial_analysis" | "investigation" | "resolved" | "escalated" | "closed") | null;
                            /** @enum {string} */
                            status: "open" | "waiting_customer" | "waiting_provider" | "resolved" | "closed";
                            subject: string;
                            /** @description The team working it; null for onboarding tickets */
                            team: ("support" | "engineering" | "commercial") | null;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    openTicket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "integrationId": "int_6p0t4x8b2f6j0n4r8v2z",
                 *       "kind": "onboarding",
                 *       "subject": "Integração do cartão Maxi Frota",
                 *       "message": {
                 *         "body": "Bom dia! Quero integrar o cartão Maxi Frota da nossa frota."
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description Required for staff; a customer’s own account by default */
                    accountId?: string;
                    integrationId?: string;
                    /**
                     * @default onboarding
                     * @enum {string}
                     */
                    kind?: "onboarding" | "support" | "complaint" | "sync_failure";
                    /**
                     * @description Default pt-BR
                     * @enum {string}
                     */
                    locale?: "pt-BR" | "en";
                    message?: {
                        body: string;
                        /**
                         * @description Default public; internal for staff only
                         * @enum {string}
                         */
                        visibility?: "public" | "internal";
                    };
                    /** @description Default: the user opening the ticket */
                    requester?: {
                        /** Format: email */
                        email: string;
                        name?: string;
                    };
                    subject: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "tkt_5m9q3u7y1c5g9k3o7s1w",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "integrationId": "int_6p0t4x8b2f6j0n4r8v2z",
                     *       "kind": "onboarding",
                     *       "subject": "Integração do cartão Maxi Frota",
                     *       "status": "open",
                     *       "assigneeId": null,
                     *       "requester": {
                     *         "email": "marina.souza@transportesrioclaro.com.br",
                     *         "name": "Marina Souza"
                     *       },
                     *       "locale": "pt-BR",
                     *       "createdAt": "2026-03-02T09:00:00.000Z",
                     *       "updatedAt": "2026-03-02T09:20:00.000Z",
                     *       "lastMessageAt": "2026-03-02T09:20:00.000Z",
                     *       "category": "onboarding",
                     *       "stage": null,
                     *       "team": null,
                     *       "priority": "normal",
                     *       "solution": null,
                     *       "finalCategory": null,
                     *       "confirmedByRequester": null,
                     *       "messages": [
                     *         {
                     *           "id": "msg_1a5e9i3m7q1u5y9c3g7k",
                     *           "ticketId": "tkt_5m9q3u7y1c5g9k3o7s1w",
                     *           "direction": "inbound",
                     *           "visibility": "public",
                     *           "author": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *           "from": null,
                     *           "to": [],
                     *           "subject": null,
                     *           "body": "Bom dia! Quero integrar o cartão Maxi Frota da nossa frota.",
                     *           "attachments": [],
                     *           "mailMessageId": null,
                     *           "createdAt": "2026-03-02T09:00:00.000Z"
                     *         }
                     *       ],
                     *       "timeline": [
                     *         {
                     *           "id": "tev_3c7g1k5o9s3w7a1e5i9m",
                     *           "at": "2026-03-02T09:00:00.000Z",
                     *           "actor": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *           "type": "created",
                     *           "data": {
                     *             "kind": "onboarding",
                     *             "subject": "Integração do cartão Maxi Frota",
                     *             "integrationId": "int_6p0t4x8b2f6j0n4r8v2z"
                     *           }
                     *         },
                     *         {
                     *           "id": "tev_4d8h2l6p0t4x8b2f6j0n",
                     *           "at": "2026-03-02T09:00:00.000Z",
                     *           "actor": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *           "type": "message_added",
                     *           "data": {
                     *             "messageId": "msg_1a5e9i3m7q1u5y9c3g7k",
                     *             "direction": "inbound",
                     *             "visibility": "public"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        accountId: string;
                        /** @description The admin or agent working it */
                        assigneeId: string | null;
                        /** @description What it is about; for support tickets, one of the partner API procedure’s nine categories */
                        category: ("api_question" | "invalid_api_key" | "access_token" | "off_hours_error" | "product_question" | "unexplained_error" | "key_user_confusion" | "key_request" | "bug" | "onboarding" | "complaint" | "sync_failure") | null;
                        /** @description Set on closing: whether the requester confirmed the solution */
                        confirmedByRequester: boolean | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description Set on closing: the category it turned out to be */
                        finalCategory: ("api_question" | "invalid_api_key" | "access_token" | "off_hours_error" | "product_question" | "unexplained_error" | "key_user_confusion" | "key_request" | "bug" | "onboarding" | "complaint" | "sync_failure") | null;
                        id: string;
                        /** @description The integration the ticket is about, if any */
                        integrationId: string | null;
                        /** @enum {string} */
                        kind: "onboarding" | "support" | "complaint" | "sync_failure";
                        /** @description When the last public message was added */
                        lastMessageAt: string | null;
                        /**
                         * @description The language the customer is written to in
                         * @enum {string}
                         */
                        locale: "pt-BR" | "en";
                        /** @description Oldest first; customers do not see internal notes */
                        messages: {
                            /** @description What came attached to the e-mail (the files are not kept here) */
                            attachments: {
                                contentType: string;
                                filename: string;
                                size: number;
                            }[];
                            /** @description Who added it: a user or key id, `system:<job>`, `contact:<address>` */
                            author: string;
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            /**
                             * @description inbound: from the customer; outbound: from the operator
                             * @enum {string}
                             */
                            direction: "inbound" | "outbound";
                            from: string | null;
                            id: string;
                            /** @description The e-mail’s Message-ID, for messages that came or went by e-mail */
                            mailMessageId: string | null;
                            subject: string | null;
                            ticketId: string;
                            to: string[];
                            /**
                             * @description internal: a note among staff, never shown to customers
                             * @enum {string}
                             */
                            visibility: "public" | "internal";
                        }[];
                        /** @enum {string} */
                        priority: "low" | "normal" | "high" | "urgent";
                        /** @description Who the ticket answers to */
                        requester: {
                            email: string;
                            name: string | null;
                        };
                        /** @description Set on closing: what solved it */
                        solution: string | null;
                        /** @description Support desk stage: received → initial_analysis → investigation → resolved | escalated → closed; null for onboarding tickets */
                        stage: ("received" | "initial_analysis" | "investigation" | "resolved" | "escalated" | "closed") | null;
                        /** @enum {string} */
                        status: "open" | "waiting_customer" | "waiting_provider" | "resolved" | "closed";
                        subject: string;
                        /** @description The team working it; null for onboarding tickets */
                        team: ("support" | "engineering" | "commercial") | null;
                        /** @description Every change, oldest first */
                        timeline: {
                            actor: string;
                            /** Format: date-time */
                            at: string;
                            data: {
                                [key: string]: unknown;
                            };
                            id: string;
                            /** @description created, message_added, status_changed, assigned, … */
                            type: string;
                        }[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `account_not_found` (The account does not exist); `integration_not_found` (The integration does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "tkt_5m9q3u7y1c5g9k3o7s1w",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "integrationId": "int_6p0t4x8b2f6j0n4r8v2z",
                     *       "kind": "onboarding",
                     *       "subject": "Integração do cartão Maxi Frota",
                     *       "status": "waiting_customer",
                     *       "assigneeId": "usr_5h9k3m7p1s5v9y3b7e1g",
                     *       "requester": {
                     *         "email": "marina.souza@transportesrioclaro.com.br",
                     *         "name": "Marina Souza"
                     *       },
                     *       "locale": "pt-BR",
                     *       "createdAt": "2026-03-02T09:00:00.000Z",
                     *       "updatedAt": "2026-03-02T09:20:00.000Z",
                     *       "lastMessageAt": "2026-03-02T09:20:00.000Z",
                     *       "category": "onboarding",
                     *       "stage": null,
                     *       "team": null,
                     *       "priority": "normal",
                     *       "solution": null,
                     *       "finalCategory": null,
                     *       "confirmedByRequester": null,
                     *       "messages": [
                     *         {
                     *           "id": "msg_1a5e9i3m7q1u5y9c3g7k",
                     *           "ticketId": "tkt_5m9q3u7y1c5g9k3o7s1w",
                     *           "direction": "inbound",
                     *           "visibility": "public",
                     *           "author": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *           "from": null,
                     *           "to": [],
                     *           "subject": null,
                     *           "body": "Bom dia! Quero integrar o cartão Maxi Frota da nossa frota.",
                     *           "attachments": [],
                     *           "mailMessageId": null,
                     *           "createdAt": "2026-03-02T09:00:00.000Z"
                     *         },
                     *         {
                     *           "id": "msg_8b2f6j0n4r8v2z6d0h4l",
                     *           "ticketId": "tkt_5m9q3u7y1c5g9k3o7s1w",
                     *           "direction": "outbound",
                     *           "visibility": "public",
                     *           "author": "usr_5h9k3m7p1s5v9y3b7e1g",
                     *           "from": null,
                     *           "to": [],
                     *           "subject": null,
                     *           "body": "Olá, Marina! Para concluir a integração, envie a chave de autorização gerada no portal da Maxi Frota. Ela vale 12 horas.",
                     *           "attachments": [],
                     *           "mailMessageId": null,
                     *           "createdAt": "2026-03-02T09:20:00.000Z"
                     *         }
                     *       ],
                     *       "timeline": [
                     *         {
                     *           "id": "tev_3c7g1k5o9s3w7a1e5i9m",
                     *           "at": "2026-03-02T09:00:00.000Z",
                     *           "actor": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *           "type": "created",
                     *           "data": {
                     *             "kind": "onboarding",
                     *             "subject": "Integração do cartão Maxi Frota",
                     *             "integrationId": "int_6p0t4x8b2f6j0n4r8v2z"
                     *           }
                     *         },
                     *         {
                     *           "id": "tev_4d8h2l6p0t4x8b2f6j0n",
                     *           "at": "2026-03-02T09:00:00.000Z",
                     *           "actor": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *           "type": "message_added",
                     *           "data": {
                     *             "messageId": "msg_1a5e9i3m7q1u5y9c3g7k",
                     *             "direction": "inbound",
                     *             "visibility": "public"
                     *           }
                     *         },
                     *         {
                     *           "id": "tev_5e9i3m7q1u5y9c3g7k1o",
                     *           "at": "2026-03-02T09:10:00.000Z",
                     *           "actor": "usr_5h9k3m7p1s5v9y3b7e1g",
                     *           "type": "assigned",
                     *           "data": {
                     *             "from": null,
                     *             "to": "usr_5h9k3m7p1s5v9y3b7e1g"
                     *           }
                     *         },
                     *         {
                     *           "id": "tev_6f0j4n8r2v6z0d4h8l2p",
                     *           "at": "2026-03-02T09:20:00.000Z",
                     *           "actor": "usr_5h9k3m7p1s5v9y3b7e1g",
                     *           "type": "message_added",
                     *           "data": {
                     *             "messageId": "msg_8b2f6j0n4r8v2z6d0h4l",
                     *             "direction": "outbound",
                     *             "visibility": "public"
                     *           }
                     *         },
                     *         {
                     *           "id": "tev_7g1k5o9s3w7a1e5i9m3q",
                     *           "at": "2026-03-02T09:20:00.000Z",
                     *           "actor": "usr_5h9k3m7p1s5v9y3b7e1g",
                     *           "type": "status_changed",
                     *           "data": {
                     *             "from": "open",
                     *             "to": "waiting_customer",
                     *             "reason": null,
                     *             "cause": "awaiting_customer"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        accountId: string;
                        /** @description The admin or agent working it */
                        assigneeId: string | null;
                        /** @description What it is about; for support tickets, one of the partner API procedure’s nine categories */
                        category: ("api_question" | "invalid_api_key" | "access_token" | "off_hours_error" | "product_question" | "unexplained_error" | "key_user_confusion" | "key_request" | "bug" | "onboarding" | "complaint" | "sync_failure") | null;
                        /** @description Set on closing: whether the requester confirmed the solution */
                        confirmedByRequester: boolean | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description Set on closing: the category it turned out to be */
                        finalCategory: ("api_question" | "invalid_api_key" | "access_token" | "off_hours_error" | "product_question" | "unexplained_error" | "key_user_confusion" | "key_request" | "bug" | "onboarding" | "complaint" | "sync_failure") | null;
                        id: string;
                        /** @description The integration the ticket is about, if any */
                        integrationId: string | null;
                        /** @enum {string} */
                        kind: "onboarding" | "support" | "complaint" | "sync_failure";
                        /** @description When the last public message was added */
                        lastMessageAt: string | null;
                        /**
                         * @description The language the customer is written to in
                         * @enum {string}
                         */
                        locale: "pt-BR" | "en";
                        /** @description Oldest first; customers do not see internal notes */
                        messages: {
                            /** @description What came attached to the e-mail (the files are not kept here) */
                            attachments: {
                                contentType: string;
                                filename: string;
                                size: number;
                            }[];
                            /** @description Who added it: a user or key id, `system:<job>`, `contact:<address>` */
                            author: string;
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            /**
                             * @description inbound: from the customer; outbound: from the operator
                             * @enum {string}
                             */
                            direction: "inbound" | "outbound";
                            from: string | null;
                            id: string;
                            /** @description The e-mail’s Message-ID, for messages that came or went by e-mail */
                            mailMessageId: string | null;
                            subject: string | null;
                            ticketId: string;
                            to: string[];
                            /**
                             * @description internal: a note among staff, never shown to customers
                             * @enum {string}
                             */
                            visibility: "public" | "internal";
                        }[];
                        /** @enum {string} */
                        priority: "low" | "normal" | "high" | "urgent";
                        /** @description Who the ticket answers to */
                        requester: {
                            email: string;
                            name: string | null;
                        };
                        /** @description Set on closing: what solved it */
                        solution: string | null;
                        /** @description Support desk stage: received → initial_analysis → investigation → resolved | escalated → closed; null for onboarding tickets */
                        stage: ("received" | "initial_analysis" | "investigation" | "resolved" | "escalated" | "closed") | null;
                        /** @enum {string} */
                        status: "open" | "waiting_customer" | "waiting_provider" | "resolved" | "closed";
                        subject: string;
                        /** @description The team working it; null for onboarding tickets */
                        team: ("support" | "engineering" | "commercial") | null;
                        /** @description Every change, oldest first */
                        timeline: {
                            actor: string;
                            /** Format: date-time */
                            at: string;
                            data: {
                                [key: string]: unknown;
                            };
                            id: string;
                            /** @description created, message_added, status_changed, assigned, … */
                            type: string;
                        }[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `ticket_not_found` (The ticket does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "waiting_provider",
                 *       "assigneeId": "usr_5h9k3m7p1s5v9y3b7e1g",
                 *       "reason": "Cadastro enviado à Maxi Frota"
                 *     }
                 */
                "application/json": {
                    /** @description An admin or agent user id; null: nobody */
                    assigneeId?: string | null;
                    /** @description Why the status changes: shown on the timeline */
                    reason?: string;
                    /** @enum {string} */
                    status?: "open" | "waiting_customer" | "waiting_provider" | "resolved" | "closed";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "tkt_5m9q3u7y1c5g9k3o7s1w",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "integrationId": "int_6p0t4x8b2f6j0n4r8v2z",
                     *       "kind": "onboarding",
                     *       "subject": "Integração do cartão Maxi Frota",
                     *       "status": "waiting_provider",
                     *       "assigneeId": "usr_5h9k3m7p1s5v9y3b7e1g",
                     *       "requester": {
                     *         "email": "marina.souza@transportesrioclaro.com.br",
                     *         "name": "Marina Souza"
                     *       },
                     *       "locale": "pt-BR",
                     *       "createdAt": "2026-03-02T09:00:00.000Z",
                     *       "updatedAt": "2026-03-02T09:20:00.000Z",
                     *       "lastMessageAt": "2026-03-02T09:20:00.000Z",
                     *       "category": "onboarding",
                     *       "stage": null,
                     *       "team": null,
                     *       "priority": "normal",
                     *       "solution": null,
                     *       "finalCategory": null,
                     *       "confirmedByRequester": null,
                     *       "messages": [
                     *         {
                     *           "id": "msg_1a5e9i3m7q1u5y9c3g7k",
                     *           "ticketId": "tkt_5m9q3u7y1c5g9k3o7s1w",
                     *           "direction": "inbound",
                     *           "visibility": "public",
                     *           "author": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *           "from": null,
                     *           "to": [],
                     *           "subject": null,
                     *           "body": "Bom dia! Quero integrar o cartão Maxi Frota da nossa frota.",
                     *           "attachments": [],
                     *           "mailMessageId": null,
                     *           "createdAt": "2026-03-02T09:00:00.000Z"
                     *         },
                     *         {
                     *           "id": "msg_8b2f6j0n4r8v2z6d0h4l",
                     *           "ticketId": "tkt_5m9q3u7y1c5g9k3o7s1w",
                     *           "direction": "outbound",
                     *           "visibility": "public",
                     *           "author": "usr_5h9k3m7p1s5v9y3b7e1g",
                     *           "from": null,
                     *           "to": [],
                     *           "subject": null,
                     *           "body": "Olá, Marina! Para concluir a integração, envie a chave de autorização gerada no portal da Maxi Frota. Ela vale 12 horas.",
                     *           "attachments": [],
                     *           "mailMessageId": null,
                     *           "createdAt": "2026-03-02T09:20:00.000Z"
                     *         }
                     *       ],
                     *       "timeline": [
                     *         {
                     *           "id": "tev_3c7g1k5o9s3w7a1e5i9m",
                     *           "at": "2026-03-02T09:00:00.000Z",
                     *           "actor": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *           "type": "created",
                     *           "data": {
                     *             "kind": "onboarding",
                     *             "subject": "Integração do cartão Maxi Frota",
                     *             "integrationId": "int_6p0t4x8b2f6j0n4r8v2z"
                     *           }
                     *         },
                     *         {
                     *           "id": "tev_4d8h2l6p0t4x8b2f6j0n",
                     *           "at": "2026-03-02T09:00:00.000Z",
                     *           "actor": "usr_2c6g0k4o8s2w6a0e4i8m",
                     *           "type": "message_added",
                     *           "data": {
                     *             "messageId": "msg_1a5e9i3m7q1u5y9c3g7k",
                     *             "direction": "inbound",
                     *             "visibility": "public"
                     *           }
                     *         },
                     *         {
                     *           "id": "tev_5e9i3m7q1u5y9c3g7k1o",
                     *           "at": "2026-03-02T09:10:00.000Z",
                     *           "actor": "usr_5h9k3m7p1s5v9y3b7e1g",
                     *           "type": "assigned",
                     *           "data": {
                     *             "from": null,
                     *             "to": "usr_5h9k3m7p1s5v9y3b7e1g"
                     *           }
                     *         },
                     *         {
                     *           "id": "tev_6f0j4n8r2v6z0d4h8l2p",
                     *           "at": "2026-03-02T09:20:00.000Z",
                     *           "actor": "usr_5h9k3m7p1s5v9y3b7e1g",
                     *           "type": "message_added",
                     *           "data": {
                     *             "messageId": "msg_8b2f6j0n4r8v2z6d0h4l",
                     *             "direction": "outbound",
                     *             "visibility": "public"
                     *           }
                     *         },
                     *         {
                     *           "id": "tev_7g1k5o9s3w7a1e5i9m3q",
                     *           "at": "2026-03-02T09:20:00.000Z",
                     *           "actor": "usr_5h9k3m7p1s5v9y3b7e1g",
                     *           "type": "status_changed",
                     *           "data": {
                     *             "from": "open",
                     *             "to": "waiting_customer",
                     *             "reason": null,
                     *             "cause": "awaiting_customer"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        accountId: string;
                        /** @description The admin or agent working it */
                        assigneeId: string | null;
                        /** @description What it is about; for support tickets, one of the partner API procedure’s nine categories */
                        category: ("api_question" | "invalid_api_key" | "access_token" | "off_hours_error" | "product_question" | "unexplained_error" | "key_user_confusion" | "key_request" | "bug" | "onboarding" | "complaint" | "sync_failure") | null;
                        /** @description Set on closing: whether the requester confirmed the solution */
                        confirmedByRequester: boolean | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description Set on closing: the category it turned out to be */
                        finalCategory: ("api_question" | "invalid_api_key" | "access_token" | "off_hours_error" | "product_question" | "unexplained_error" | "key_user_confusion" | "key_request" | "bug" | "onboarding" | "complaint" | "sync_failure") | null;
                        id: string;
                        /** @description The integration the ticket is about, if any */
                        integrationId: string | null;
                        /** @enum {string} */
                        kind: "onboarding" | "support" | "complaint" | "sync_failure";
                        /** @description When the last public message was added */
                        lastMessageAt: string | null;
                        /**
                         * @description The language the customer is written to in
                         * @enum {string}
                         */
                        locale: "pt-BR" | "en";
                        /** @description Oldest first; customers do not see internal notes */
                        messages: {
                            /** @description What came attached to the e-mail (the files are not kept here) */
                            attachments: {
                                contentType: string;
                                filename: string;
                                size: number;
                            }[];
                            /** @description Who added it: a user or key id, `system:<job>`, `contact:<address>` */
                            author: string;
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            /**
                             * @description inbound: from the customer; outbound: from the operator
                             * @enum {string}
                             */
                            direction: "inbound" | "outbound";
                            from: string | null;
                            id: string;
                            /** @description The e-mail’s Message-ID, for messages that came or went by e-mail */
                            mailMessageId: string | null;
                            subject: string | null;
                            ticketId: string;
                            to: string[];
                            /**
                             * @description internal: a note among staff, never shown to customers
                             * @enum {string}
                             */
                            visibility: "public" | "internal";
                        }[];
                        /** @enum {string} */
                        priority: "low" | "normal" | "high" | "urgent";
                        /** @description Who the ticket answers to */
                        requester: {
                            email: string;
                            name: string | null;
                        };
                        /** @description Set on closing: what solved it */
                        solution: string | null;
                        /** @description Support desk stage: received → initial_analysis → investigation → resolved | escalated → closed; null for onboarding tickets */
                        stage: ("received" | "initial_analysis" | "investigation" | "resolved" | "escalated" | "closed") | null;
                        /** @enum {string} */
                        status: "open" | "waiting_customer" | "waiting_provider" | "resolved" | "closed";
                        subject: string;
                        /** @description The team working it; null for onboarding tickets */
                        team: ("support" | "engineering" | "commercial") | null;
                        /** @description Every change, oldest first */
                        timeline: {
                            actor: string;
                            /** Format: date-time */
                            at: string;
                            data: {
                                [key: string]: unknown;
                            };
                            id: string;
                            /** @description created, message_added, status_changed, assigned, … */
                            type: string;
                        }[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `ticket_not_found` (The ticket does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `ticket_closed` (The ticket is closed); `support_stage_conflict` (The ticket cannot move to that stage from where it is) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unprocessable Entity: `ticket_assignee_invalid` (The assignee must be an admin or agent user) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addTicketMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticketId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "body": "Olá, Marina! Para concluir a integração, envie a chave de autorização gerada no portal da Maxi Frota. Ela vale 12 horas.",
                 *       "visibility": "public",
                 *       "awaitCustomer": true
                 *     }
                 */
                "application/json": {
                    /** @description Staff: the reply asks the customer for something, so the ticket waits for them */
                    awaitCustomer?: boolean;
                    body: string;
                    /**
                     * @description internal: a note among staff (staff only)
                     * @default public
                     * @enum {string}
                     */
                    visibility?: "public" | "internal";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "msg_8b2f6j0n4r8v2z6d0h4l",
                     *       "ticketId": "tkt_5m9q3u7y1c5g9k3o7s1w",
                     *       "direction": "outbound",
                     *       "visibility": "public",
                     *       "author": "usr_5h9k3m7p1s5v9y3b7e1g",
                     *       "from": null,
                     *       "to": [],
                     *       "subject": null,
                     *       "body": "Olá, Marina! Para concluir a integração, envie a chave de autorização gerada no portal da Maxi Frota. Ela vale 12 horas.",
                     *       "attachments": [],
                     *       "mailMessageId": null,
                     *       "createdAt": "2026-03-02T09:20:00.000Z"
                     *     }
                     */
                    "application/json": {
                        /** @description What came attached to the e-mail (the files are not kept here) */
                        attachments: {
                            contentType: string;
                            filename: string;
                            size: number;
                        }[];
                        /** @description Who added it: a user or key id, `system:<job>`, `contact:<address>` */
                        author: string;
                        body: string;
                        /** Format: date-time */
                        createdAt: string;
                        /**
                         * @description inbound: from the customer; outbound: from the operator
                         * @enum {string}
                         */
                        direction: "inbound" | "outbound";
                        from: string | null;
                        id: string;
                        /** @description The e-mail’s Message-ID, for messages that came or went by e-mail */
                        mailMessageId: string | null;
                        subject: string | null;
                        ticketId: string;
                        to: string[];
                        /**
                         * @description internal: a note among staff, never shown to customers
                         * @enum {string}
                         */
                        visibility: "public" | "internal";
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `ticket_not_found` (The ticket does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `ticket_closed` (The ticket is closed) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSetAsideMail: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "mail_5j9n3r7v1z5d9h3l7p1t",
                     *           "receivedAt": "2026-03-02T12:30:00.000Z",
                     *           "reason": "The routing address does not verify",
                     *           "envelopeFrom": "marina.souza@transportesrioclaro.com.br",
                     *           "envelopeTo": [
                     *             "suporte+tkt_000000000000000000000.aaaaaaaaaaaaaaaaaaaa@ponte.example"
                     *           ],
                     *           "fromAddress": "marina.souza@transportesrioclaro.com.br",
                     *           "subject": "Re: Integração Maxi Frota",
                     *           "body": "Segue a chave.",
                     *           "mailMessageId": "<CAF1234@mail.example>"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        data: {
                            body: string;
                            envelopeFrom: string;
                            envelopeTo: string[];
                            fromAddress: string | null;
                            id: string;
                            mailMessageId: string | null;
                            reason: string;
                            /** Format: date-time */
                            receivedAt: string;
                            subject: string;
                        }[];
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "usr_3f8h1k5m9p2r6t0w4y7a",
                     *           "email": "marina.souza@transportesrioclaro.com.br",
                     *           "name": "Marina Souza",
                     *           "role": "customer",
                     *           "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *           "createdAt": "2026-03-01T14:02:00.000Z",
                     *           "blockedAt": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        data: {
                            accountId: string | null;
                            /** @description When an admin blocked the user; null while the user may act */
                            blockedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            email: string;
                            id: string;
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "agent" | "customer";
                        }[];
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "marina.souza@transportesrioclaro.com.br",
                 *       "name": "Marina Souza",
                 *       "role": "customer",
                 *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                 *       "password": "senha-de-exemplo-123"
                 *     }
                 */
                "application/json": {
                    /** @description Required for customers: the account they belong to */
                    accountId?: string;
                    /** Format: email */
                    email: string;
                    name: string;
                    password?: string;
                    /** @enum {string} */
                    role: "admin" | "agent" | "customer";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "usr_3f8h1k5m9p2r6t0w4y7a",
                     *       "email": "marina.souza@transportesrioclaro.com.br",
                     *       "name": "Marina Souza",
                     *       "role": "customer",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "createdAt": "2026-03-01T14:02:00.000Z",
                     *       "blockedAt": null
                     *     }
                     */
                    "application/json": {
                        accountId: string | null;
                        /** @description When an admin blocked the user; null while the user may act */
                        blockedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        email: string;
                        id: string;
                        name: string;
                        /** @enum {string} */
                        role: "admin" | "agent" | "customer";
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `account_not_found` (The account does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `email_taken` (A user with this e-mail already exists) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "blocked": true
                 *     }
                 */
                "application/json": {
                    blocked: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "usr_3f8h1k5m9p2r6t0w4y7a",
                     *       "email": "marina.souza@transportesrioclaro.com.br",
                     *       "name": "Marina Souza",
                     *       "role": "customer",
                     *       "accountId": "acc_7k2m9q4x8c1v5b3n6z0p",
                     *       "createdAt": "2026-03-01T14:02:00.000Z",
                     *       "blockedAt": "2026-11-20T12:00:00.000Z"
                     *     }
                     */
                    "application/json": {
                        accountId: string | null;
                        /** @description When an admin blocked the user; null while the user may act */
                        blockedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        email: string;
                        id: string;
                        name: string;
                        /** @enum {string} */
                        role: "admin" | "agent" | "customer";
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed); `malformed_json` (The request body is not valid JSON) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `user_not_found` (The user does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Media Type: `unsupported_media_type` (The request body must be JSON) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    inviteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "expiresAt": "2026-03-08T14:02:00.000Z"
                     *     }
                     */
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description When the new link stops working
                         */
                        expiresAt: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `unauthenticated` (An access token is required); `token_malformed` (The access token is malformed); `token_invalid` (The access token is not valid); `token_expired` (The access token has expired); `api_key_revoked` (The API key has been revoked); `token_for_partner_api` (The access token is for a partner API, not for Ponte’s own API) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action); `user_blocked` (The user is blocked) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `user_not_found` (The user does not exist) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service Unavailable: `service_unavailable` (The service is not ready) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyWhatsappWebhook: {
        parameters: {
            query?: {
                "hub.challenge"?: string;
                "hub.mode"?: string;
                "hub.verify_token"?: string;
            };
            header?: never;
            path: {
                senderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The hub.challenge, as text/plain */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example 1158201444 */
                    "text/plain": string;
                };
            };
            /** @description Bad Request: `validation_failed` (The request is not valid); `bad_request` (The request is malformed) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `forbidden` (Your role does not allow this action) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    receiveWhatsappWebhook: {
        parameters: {
            query?: never;
            header?: {
                "x-hub-signature-256"?: string;
            };
            path: {
                senderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {"object":"whatsapp_business_account","entry":[{"id":"209876543210001","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"5511900000001","phone_number_id":"109876543210001"},"statuses":[{"id":"wamid.HBgMNTUxMTk4NzY1NDMyMQ","status":"delivered","timestamp":"1772452800","recipient_id":"5511987654321"}]}}]}]} */
                "application/json": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "received": true
                     *     }
                     */
                    "application/json": {
                        /** @enum {boolean} */
                        received: true;
                    };
                };
            };
            /** @description Bad Request: `bad_request` (The request is malformed); `validation_failed` (The request is not valid) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unauthorized: `whatsapp_signature_invalid` (The webhook’s X-Hub-Signature-256 does not verify) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Found: `whatsapp_sender_not_found` (The account has no WhatsApp sender in that environment) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Payload Too Large: `payload_too_large` (The request body is too large) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal Server Error: `internal_error` (Something went wrong on our side) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
