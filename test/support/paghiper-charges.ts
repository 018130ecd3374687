/** A boleto charge in a PagHiper sandbox, made as a store's own system would (with a callback URL, or none); its id. */
export async function createPaghiperCharge(
  sandboxUrl: string,
  charge: { apiKey: string; orderId: string; priceCents: number; notificationUrl?: string | undefined },
): Promise<string> {
  const response = await fetch(`${sandboxUrl}/transaction/create/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      apiKey: charge.apiKey,
      order_id: charge.orderId,
      payer_email: 'cliente@example.com',
      payer_name: 'Cliente Exemplo',
      payer_cpf_cnpj: '11144477735',
      days_due_date: 3,
      ...(charge.notificationUrl ? { notification_url: charge.notificationUrl } : {}),
      items: [{ item_id: '1', description: 'Plano', quantity: 1, price_cents: charge.priceCents }],
    }),
  });
  const body = (await response.json()) as { create_request: { transaction_id: string } };
  return body.create_request.transaction_id;
}
