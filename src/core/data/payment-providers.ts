/**
 * Payment providers are configuration: the platform's current list is not published (domain.md,
 * "Fees and online payment"). This is the default list; a page gives its own through the
 * `providers` property or attribute of `<dvc-payment-selector>`.
 */
import { providerIdSchema } from '../schemas/payment.js';
import { z } from '../schemas/zod.js';

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

/** Why a provider cannot take a payment now. */
export type ProviderRefusal = 'outage' | 'closed' | 'below-min' | 'above-max';

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Why `provider` cannot take `amount` at `now` (epoch ms), or `null` when it can. */
export function providerRefusal(provider: PaymentProvider, amount: number, now: number): ProviderRefusal | null {
  if (provider.available === false) return 'outage';
  if (provider.availability) {
    const vietnam = new Date(now + VIETNAM_OFFSET_MS);
    const minute = vietnam.getUTCHours() * 60 + vietnam.getUTCMinutes();
    const from = minutesOf(provider.availability.from);
    const to = minutesOf(provider.availability.to);
    const open = from <= to ? minute >= from && minute < to : minute >= from || minute < to;
    if (!open) return 'closed';
  }
  if (provider.minAmount !== undefined && amount < provider.minAmount) return 'below-min';
  if (provider.maxAmount !== undefined && amount > provider.maxAmount) return 'above-max';
  return null;
}

/** The default list: intermediaries connected to the PayGov hub (names as they present themselves). */
export const DEFAULT_PAYMENT_PROVIDERS: readonly PaymentProvider[] = [
  { id: 'vnpay', name: 'VNPAY', kind: 'qr', minAmount: 5_000, maxAmount: 500_000_000 },
  { id: 'napas', name: 'NAPAS', kind: 'card', minAmount: 10_000, maxAmount: 300_000_000 },
  { id: 'vietcombank', name: 'Vietcombank', kind: 'bank', minAmount: 1_000 },
  { id: 'momo', name: 'MoMo', kind: 'e-wallet', minAmount: 1_000, maxAmount: 50_000_000 },
  { id: 'viettel-money', name: 'Viettel Money', kind: 'e-wallet', minAmount: 1_000, maxAmount: 100_000_000 },
  { id: 'payoo', name: 'Payoo', kind: 'qr', minAmount: 10_000, maxAmount: 100_000_000, availability: { from: '05:00', to: '23:00' } },
];
