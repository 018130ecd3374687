import { z } from 'zod';
import { CONNECTORS } from '../connectors/catalog.ts';
import { integrationProblems } from '../modules/integrations/index.ts';
import { requirePrincipal } from '../platform/http/principal.ts';
import { operation, problemResponses } from '../platform/http/openapi.ts';
import { platformProblems } from '../platform/http/problems.ts';
import type { HttpServer } from '../platform/http/server.ts';
import type { ConnectorActions } from './connector-actions.ts';

const params = z.object({
  integrationId: z.string(),
  action: z.string().describe('An action key of the integration’s connector (GET /v1/connectors/{key} lists them), e.g. `public_answer` or `create_charge`'),
});

/** Each connector action's input as JSON Schema, titled `<connector>.<action>`: what the body of the route can be. */
const actionInputs = Object.values(CONNECTORS).flatMap((manifest) =>
  manifest.actions.map((action) => {
    const { $schema: _dialect, ...schema } = z.toJSONSchema(action.input, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
    return { title: `${manifest.key}.${action.key}`, description: `${manifest.name}: ${action.name['pt-BR']} (${action.name.en})`, ...schema };
  }),
);

const CREATE_CHARGE_EXAMPLE = {
  method: 'boleto',
  orderId: 'pedido-1042',
  payer: { name: 'Maria da Silva', email: 'maria@exemplo.com.br', document: '11144477735' },
  items: [{ id: 'plano-mensal', description: 'Plano mensal de rastreamento', quantity: 1, priceCents: 15990 }],
  daysDueDate: 3,
};
const PUBLIC_ANSWER_EXAMPLE = {
  ticketId: '118234567',
  message: 'Olá, Maria! Lamentamos o transtorno. O estorno de R$ 159,90 foi feito hoje e aparece na sua fatura em até 2 dias úteis.',
};

// The route validates an object only; the connector's own schema (picked by {action}) checks the fields, so a
// failure names the field (body.payer.document) instead of a union's every branch.
const body = z.record(z.string(), z.unknown()).meta({
  description:
    'The action’s input: one of the schemas below, by connector and action (each titled `<connector>.<action>`); GET /v1/connectors/{key} lists a connector’s actions with their input schemas.',
  anyOf: actionInputs,
  examples: [CREATE_CHARGE_EXAMPLE, PUBLIC_ANSWER_EXAMPLE],
});

const actionRunSchema = z
  .object({
    action: z.string(),
    result: z.record(z.string(), z.unknown()).describe('The provider’s answer as the connector normalised it (a payment for PagHiper’s charges; ids of the ticket and interaction for HugMe’s writes)'),
  })
  .meta({ examples: [{ action: 'public_answer', result: { ticketId: '118234567', interactionId: '5550123', providerMessage: 'Resposta pública enviada com sucesso' } }] });

/** POST /v1/integrations/{integrationId}/actions/{action}: a connector action run at once on the provider. */
export function registerConnectorActionRoutes(app: HttpServer, deps: { actions: ConnectorActions }): void {
  app.post(
    '/v1/integrations/:integrationId/actions/:action',
    {
      schema: {
        ...operation({
          id: 'runIntegrationAction',
          tag: 'integrations',
          summary: 'Run a connector action on the provider now (answer a complaint, create or cancel a charge…)',
          description:
            'Runs one of the connector’s actions (GET /v1/connectors/{key} lists them with their input schemas) on an active integration, synchronously, with its credentials and within the provider’s rate limit. The body is checked against the action’s schema first: a 400 names the field and nothing reaches the provider. A refusal by the provider answers 422 with its own words (`providerMessage`); an outage 502, or 429 with Retry-After when the provider asks to slow down. Reclame Aqui: public_answer, private_message, request_evaluation, request_moderation, find_company_pages; PagHiper: create_charge, charge_status, cancel_charge.',
        }),
        params,
        body,
        response: {
          200: actionRunSchema,
          ...problemResponses(
            platformProblems.forbidden,
            integrationProblems.integration_not_found,
            integrationProblems.action_not_found,
            integrationProblems.integration_state_conflict,
            integrationProblems.provider_refused_action,
            integrationProblems.provider_rate_limited,
            integrationProblems.provider_unavailable,
          ),
        },
      },
    },
    async (request) => deps.actions.run(requirePrincipal(request), request.params.integrationId, request.params.action, request.body),
  );
}
