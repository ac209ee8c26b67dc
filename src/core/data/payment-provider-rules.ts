/**
 * The default payment providers and when a provider can take a payment: plain data and rules,
 * kept apart from the provider schema (`payment-providers.ts`, which exports them too) so an
 * element can offer the providers without loading zod.
 */
import type { PaymentProvider } from './payment-providers.js';

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
