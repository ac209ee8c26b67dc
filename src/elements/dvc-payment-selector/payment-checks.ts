/**
 * The checks of what a page or the citizen gives the payment selector, against the schemas the
 * server uses: the `fees` and `providers` lists and the payer. Loaded apart from the element: zod
 * and the schemas are most of its weight and are not needed to show the fees.
 */
import { paymentProviderListSchema, type PaymentProvider } from '../../core/data/payment-providers.js';
import { feeLineSchema, type FeeLine } from '../../core/schemas/fees.js';
import { payerSchema, type Payer } from '../../core/schemas/payment.js';
import { parseGiven } from '../../core/schemas/validate.js';
import { z } from '../../core/schemas/zod.js';
import { isEmptyPayer, PAYER_FIELDS, type PayerDraft, type PayerField } from './payer-fields.js';

const feeListSchema = z.array(feeLineSchema);

/** The lists given as arrays or as JSON text; `undefined` when not valid. */
export const parseFees = (value: unknown): FeeLine[] | undefined => parseGiven(feeListSchema, value);

export const parseProviders = (value: unknown): PaymentProvider[] | undefined => parseGiven(paymentProviderListSchema, value);

export type PayerCheck = { ok: true; payer: Payer | null } | { ok: false; invalid: PayerField[] };

/** The payer to send (`null`: the applicant), or the fields to correct, in the order shown. */
export function checkPayer(draft: PayerDraft): PayerCheck {
  if (isEmptyPayer(draft)) return { ok: true, payer: null };
  const candidate: Record<string, string> = {};
  for (const field of PAYER_FIELDS) {
    const value = draft[field].trim();
    if (value || field === 'fullName') candidate[field] = value;
  }
  const parsed = z.safeParse(payerSchema, candidate);
  if (parsed.success) return { ok: true, payer: parsed.data };
  const wrong = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  return { ok: false, invalid: PAYER_FIELDS.filter((field) => wrong.has(field)) };
}
