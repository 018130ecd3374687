import formbody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { escapeHtml } from '../../../platform/http/html.ts';
import type { Charge } from './charges.ts';
import { changeStatus, createMerchant, type SandboxState } from './sandbox-state.ts';

const MerchantParams = z.object({ apiKey: z.string().min(1).max(200) });
const ChargeParams = z.object({ transactionId: z.string().min(1).max(100) });
const StatusForm = z.object({ status: z.enum(['paid', 'canceled']) });
const NotificationForm = z.object({ notification_url: z.url({ protocol: /^https?$/ }).max(2_000) });
/** The latest charges a store's page lists: enough to find the one just created, short enough to read. */
const LISTED_CHARGES = 15;

const money = new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' });
const STATUS_WORDS: Record<string, string> = {
  pending: 'Aguardando pagamento',
  reserved: 'Reservado',
  canceled: 'Cancelado',
  completed: 'Concluído',
  paid: 'Pago',
  processing: 'Em análise',
  refunded: 'Estornado',
};

function page(title: string, body: string): string {
  return `<!doctype html><html lang="pt-BR"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · PagHiper (sandbox)</title>
<style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
code,output{font-family:ui-monospace,monospace;background:#f1f3f5;padding:.15rem .35rem;border-radius:4px;word-break:break-all}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem;border-bottom:1px solid #dee2e6}
button{padding:.4rem .8rem;border-radius:6px;border:1px solid #0b7285;background:#0b7285;color:#fff;cursor:pointer}
.note{color:#495057}</style></head><body><main>${body}</main></body></html>`;
}

function send(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
}

const latestCharges = (state: SandboxState, apiKey: string): Charge[] =>
  [...state.store.chargesOf(apiKey, 'boleto'), ...state.store.chargesOf(apiKey, 'pix')]
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
    .slice(0, LISTED_CHARGES);

function chargeRow(charge: Charge, apiKey: string): string {
  const actions =
    charge.status === 'pending'
      ? ['paid', 'canceled']
          .map(
            (status) =>
              `<form method="post" action="/painel/lojas/${encodeURIComponent(apiKey)}/cobrancas/${encodeURIComponent(charge.transactionId)}" style="display:inline">` +
              `<input type="hidden" name="status" value="${status}"><button type="submit">${status === 'paid' ? 'Marcar como paga' : 'Cancelar'}</button></form>`,
          )
          .join(' ')
      : '';
  return `<tr data-transaction="${escapeHtml(charge.transactionId)}"><td><code>${escapeHtml(charge.transactionId)}</code></td><td>${charge.kind === 'pix' ? 'PIX' : 'Boleto'}</td>
<td>${escapeHtml(money.format(charge.valueCents / 100))}</td><td>${escapeHtml(charge.dueDate.split('-').reverse().join('/'))}</td>
<td>${escapeHtml(STATUS_WORDS[charge.status] ?? charge.status)}</td><td>${actions}</td></tr>`;
}

/**
 * A test store's panel, as PagHiper's own panel is where a store owner finds the apiKey and token to paste: create a
 * store, read its credentials, and pay or cancel its charges (which sends the real callback). Plain HTML, no script.
 */
export async function panelRoutes(app: FastifyInstance, options: { state: SandboxState }): Promise<void> {
  const { state } = options;
  await app.register(formbody);

  app.get('/painel', async (_request, reply) =>
    send(
      reply,
      200,
      page(
        'Painel de testes',
        `<h1>PagHiper · painel de testes</h1>
<p class="note">Este é o sandbox do PagHiper: nada aqui é dinheiro de verdade. Crie uma loja de teste para receber uma apiKey e um token, e cole os dois na Ponte em Homologação.</p>
<form method="post" action="/painel/lojas"><button type="submit">Criar loja de teste</button></form>`,
      ),
    ),
  );

  app.post('/painel/lojas', async (_request, reply) => {
    const { merchant } = createMerchant(state, null);
    return reply.redirect(`/painel/lojas/${encodeURIComponent(merchant.apiKey)}`, 303);
  });

  app.get('/painel/lojas/:apiKey', async (request, reply) => {
    const { apiKey } = MerchantParams.parse(request.params);
    const merchant = state.store.merchant(apiKey);
    if (!merchant) return send(reply, 404, page('Loja não encontrada', '<h1>Loja não encontrada</h1><p><a href="/painel">Criar uma loja de teste</a></p>'));
    const rows = latestCharges(state, apiKey).map((charge) => chargeRow(charge, apiKey));
    return send(
      reply,
      200,
      page(
        'Sua loja de teste',
        `<h1>Sua loja de teste</h1>
<p>Cole estas credenciais na Ponte (Minha Conta → Credenciais, no PagHiper real):</p>
<dl><dt>apiKey</dt><dd><output id="api-key">${escapeHtml(merchant.apiKey)}</output></dd>
<dt>token</dt><dd><output id="token">${escapeHtml(merchant.token)}</output></dd></dl>
<h2>URL de notificação</h2>
<p class="note">O PagHiper avisa a loja de cada mudança de uma cobrança nesta URL. Cole aqui a URL de callback que a Ponte mostra na integração.</p>
<form method="post" action="/painel/lojas/${encodeURIComponent(apiKey)}/notificacao"><label for="notification-url">URL de notificação</label>
<input id="notification-url" name="notification_url" type="url" size="60" required value="${escapeHtml(merchant.notificationUrl ?? '')}"> <button type="submit">Salvar URL</button></form>
<h2>Cobranças recentes</h2>
${rows.length ? `<table><thead><tr><th>Transação</th><th>Tipo</th><th>Valor</th><th>Vencimento</th><th>Situação</th><th>Ações</th></tr></thead><tbody>${rows.join('')}</tbody></table>` : '<p>Nenhuma cobrança ainda.</p>'}`,
      ),
    );
  });

  app.post('/painel/lojas/:apiKey/notificacao', async (request, reply) => {
    const { apiKey } = MerchantParams.parse(request.params);
    const merchant = state.store.merchant(apiKey);
    const form = NotificationForm.safeParse(request.body ?? {});
    if (!merchant || !form.success) {
      return send(reply, 400, page('URL inválida', `<h1>URL inválida</h1><p>Informe uma URL http(s) completa.</p><p><a href="/painel/lojas/${encodeURIComponent(apiKey)}">Voltar à loja</a></p>`));
    }
    merchant.notificationUrl = form.data.notification_url;
    // The store's charges still open get it too, as a store's panel setting applies to what is still to happen.
    for (const kind of ['boleto', 'pix'] as const) {
      for (const charge of state.store.chargesOf(apiKey, kind)) if (charge.status === 'pending') charge.notificationUrl = merchant.notificationUrl;
    }
    return reply.redirect(`/painel/lojas/${encodeURIComponent(apiKey)}`, 303);
  });

  app.post('/painel/lojas/:apiKey/cobrancas/:transactionId', async (request, reply) => {
    const { apiKey } = MerchantParams.parse(request.params);
    const { transactionId } = ChargeParams.parse(request.params);
    const form = StatusForm.safeParse(request.body ?? {});
    const charge = state.store.charge(transactionId);
    if (!form.success || !charge || charge.apiKey !== apiKey) {
      return send(reply, 400, page('Pedido inválido', `<h1>Pedido inválido</h1><p><a href="/painel/lojas/${encodeURIComponent(apiKey)}">Voltar à loja</a></p>`));
    }
    const change = changeStatus(state, charge, form.data.status);
    // The callback goes before the page comes back, so what the store owner sees next in Ponte already knows it.
    if (change.delivery) await change.delivery;
    return reply.redirect(`/painel/lojas/${encodeURIComponent(apiKey)}`, 303);
  });
}
