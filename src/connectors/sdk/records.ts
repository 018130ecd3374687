/** Normalised records: what every connector turns its provider's objects into (providers.md §5 for fuel). */

export interface Payment {
  provider: 'paghiper';
  externalId: string;
  method: 'boleto' | 'pix';
  orderId: string;
  /** The provider's status value as is: pending, reserved, canceled, completed, paid, processing, refunded. */
  status: string;
  amountCents: number;
  paidAmountCents: number | null;
  feeCents: number | null;
  currency: 'BRL';
  dueDate: string | null;
  /** ISO 8601 with the America/Sao_Paulo offset. */
  createdAt: string;
  paidAt: string | null;
  payer: { name: string | null; email: string | null; document: string | null; phone?: string | null };
  // Optional here until the PagHiper mapping fills them (issue 14); readers treat absent as null.
  /** The boleto's page (PDF) at the provider; null for PIX. */
  boletoUrl?: string | null;
  /** The boleto's digitable line (linha digitável); null for PIX. */
  digitableLine?: string | null;
  /** The PIX EMV copy-and-paste code; null for boletos. */
  pixCode?: string | null;
  /** The PIX QR code's page at the provider; null for boletos. */
  pixUrl?: string | null;
}

export const FUEL_TYPES = ['ETANOL', 'GASOLINA', 'GASOLINA_ADITIVADA', 'DIESEL', 'DIESEL_S10', 'GNV', 'ARLA32', 'OUTROS'] as const;

export interface FuelTransaction {
  provider: 'ticketlog' | 'maxifrota';
  externalId: string;
  /** ISO 8601 with the America/Sao_Paulo offset. */
  occurredAt: string;
  /** Upper case, no hyphen. */
  vehiclePlate: string | null;
  driver: { name: string | null; document: string | null; registration: string | null };
  cardNumberMasked: string | null;
  fuelType: (typeof FUEL_TYPES)[number];
  fuelTypeRaw: string | null;
  liters: number;
  pricePerLiter: number | null;
  totalAmount: number;
  currency: 'BRL';
  odometerKm: number | null;
  station: { cnpj: string | null; name: string | null; city: string | null; uf: string | null };
  status: 'approved' | 'canceled' | 'pending';
}

export interface Complaint {
  provider: 'reclame-aqui';
  externalId: string;
  sourceExternalId: string | null;
  title: string;
  content: string;
  hugmeStatus: { id: number; name: string } | null;
  raStatus: { id: number; name: string } | null;
  customer: { name: string | null; email: string | null; document: string | null };
  companyId: string | null;
  answered: boolean;
  rating: number | null;
  interactionsCount: number;
  /** The complaint's conversation after its first text (`content`), oldest first. */
  interactions: ComplaintInteraction[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

/** One message of a complaint's conversation: the consumer's réplicas and private messages, the company's answers. */
export interface ComplaintInteraction {
  id: string;
  /** HugMe's interaction type: 1 consumer's réplica, 2 company's public answer, 3 company's private message, 6 consumer's private message, 11 evaluation… */
  type: number;
  typeName: string | null;
  /** Written by the consumer (types 1, 6 and 11). */
  fromConsumer: boolean;
  private: boolean;
  message: string;
  createdAt: string | null;
}

export type NormalisedRecord =
  | { model: 'payment'; externalId: string; data: Payment }
  | { model: 'fuel_transaction'; externalId: string; data: FuelTransaction }
  | { model: 'complaint'; externalId: string; data: Complaint };
