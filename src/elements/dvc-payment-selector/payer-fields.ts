/**
 * The payer named on the receipts: what the citizen types. Every field may stay empty (the
 * receipts then name the dossier's applicant); once any is filled the full name is needed, and
 * each filled field must be valid (checked in payment-checks.ts).
 */
import type { Profile } from '../../core/session.js';

export const PAYER_FIELDS = ['fullName', 'idNumber', 'address', 'phone', 'email'] as const;

export type PayerField = (typeof PAYER_FIELDS)[number];

export type PayerDraft = Record<PayerField, string>;

/** How browsers and password managers recognise each input (WCAG 1.3.5), and its form name. */
export const PAYER_INPUTS: Record<
  PayerField,
  { name: string; type: 'text' | 'tel' | 'email'; autocomplete: string; inputmode?: 'numeric' | 'tel' | 'email' }
> = {
  fullName: { name: 'payer-full-name', type: 'text', autocomplete: 'name' },
  // No autocomplete token exists for a national ID number.
  idNumber: { name: 'payer-id-number', type: 'text', autocomplete: 'off', inputmode: 'numeric' },
  address: { name: 'payer-address', type: 'text', autocomplete: 'street-address' },
  phone: { name: 'payer-phone', type: 'tel', autocomplete: 'tel', inputmode: 'tel' },
  email: { name: 'payer-email', type: 'email', autocomplete: 'email', inputmode: 'email' },
};

export const emptyPayer = (): PayerDraft => ({ fullName: '', idNumber: '', address: '', phone: '', email: '' });

export const isEmptyPayer = (draft: PayerDraft): boolean => PAYER_FIELDS.every((field) => !draft[field].trim());

/** The draft prefilled from the profile the citizen agreed to reuse. */
export const payerFromProfile = (profile: Profile): PayerDraft => ({
  fullName: profile.fullName ?? '',
  idNumber: profile.idNumber ?? '',
  address: profile.address ?? '',
  phone: profile.phone ?? '',
  email: profile.email ?? '',
});
