/**
 * Payment providers are configuration: the platform's current list is not published (domain.md,
 * "Fees and online payment"). This is their schema, with the default list (kept in
 * payment-provider-rules.ts); a page gives its own through the `providers` property or attribute
 * of `<dvc-payment-selector>`.
 */
import { providerIdSchema } from '../schemas/payment.js';
import { z } from '../schemas/zod.js';

export { DEFAULT_PAYMENT_PROVIDERS, providerRefusal, type ProviderRefusal } from './payment-provider-rules.js';

export const providerKindSchema = z.enum(['bank', 'e-wallet', 'card', 'qr']);

const clockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

export const paymentProviderSchema = z.object({
  id: providerIdSchema,
  /** Always shown as text, logo or not. */
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  kind: providerKindSchema,
  /** Smallest and largest amount (VND) the provider takes. */
  minAmount: z.optional(z.int().check(z.minimum(0))),
  maxAmount: z.optional(z.int().check(z.minimum(0))),
  /** Daily window in Vietnam time (UTC+7), `HH:MM`; `to` before `from` spans midnight. */
  availability: z.optional(z.object({ from: clockTime, to: clockTime })),
  /** `false` while the provider is down. */
  available: z.optional(z.boolean()),
  /** Decorative logo image URL; the name is always shown next to it. */
  logo: z.optional(z.string().check(z.maxLength(2048))),
});

export const paymentProviderListSchema = z.array(paymentProviderSchema);

export type PaymentProviderKind = z.infer<typeof providerKindSchema>;
export type PaymentProvider = z.infer<typeof paymentProviderSchema>;
