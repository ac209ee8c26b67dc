/** Small schemas every part of the contract shares. */
import type { AccountSummary, RegistrationMethod, Subject } from '../events.js';
import { documented } from './registry.js';
import { z } from './zod.js';

export const subjectSchema = documented(z.enum(['citizen', 'enterprise', 'agency']), {
  id: 'Subject',
  description: 'Who registers: citizen (công dân), enterprise (doanh nghiệp) or state agency (cơ quan nhà nước).',
}) satisfies z.ZodMiniType<Subject>;

export const registrationMethodSchema = documented(z.enum(['phone', 'bhxh', 'vnpost', 'usb-token', 'sim-ca', 'smartca', 'vneid']), {
  id: 'RegistrationMethod',
}) satisfies z.ZodMiniType<RegistrationMethod>;

export const timestampSchema = documented(z.iso.datetime(), {
  description: 'Instant in ISO 8601, UTC.',
  examples: ['2025-07-01T08:00:00.000Z'],
});

/**
 * Server-issued handles (registration, captcha, transaction ids...). They let the holder continue
 * a flow, so the API carries them in request bodies, not URLs, except for read-only lookups.
 */
export const handleSchema = documented(z.string().check(z.regex(/^[A-Za-z0-9_-]{8,128}$/)), {
  description: 'Opaque server-issued handle.',
  examples: ['reg_3kq9x2m8v1c7'],
});

/** A client-chosen key that makes a create call safe to repeat: the same key gives the same result. */
export const idempotencyKeySchema = documented(z.string().check(z.regex(/^[A-Za-z0-9_-]{8,128}$/)), {
  description: 'Client-chosen idempotency key; repeating a call with the same key returns the first result.',
  examples: ['pay-6f1c2e4a9b'],
});

const isReturnUrl = (value: string): boolean => {
  if (/^\/(?![/\\])/.test(value)) return !value.includes('\\');
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
};

/** Where a provider page (VNeID, payment) sends the user back: an http(s) URL or a same-site path. */
export const returnUrlSchema = documented(z.string().check(z.maxLength(2048), z.refine(isReturnUrl, 'url.invalid')), {
  description: 'Absolute http(s) URL or a path starting with a single "/".',
  examples: ['https://dichvucong.example.gov.vn/dang-ky'],
});

export const maskedPhoneSchema = documented(z.string().check(z.regex(/^\d{3}\*{4}\d{3}$/)), {
  description: 'Phone number with the middle digits hidden.',
  examples: ['091****678'],
});

export const accountSummarySchema = documented(
  z.object({
    id: z.string().check(z.minLength(1)),
    subject: subjectSchema,
    method: registrationMethodSchema,
    displayName: z.string().check(z.minLength(1)),
    maskedPhone: z.optional(maskedPhoneSchema),
  }),
  { id: 'AccountSummary', description: 'The account after sign-up or sign-in; never carries full identifiers.' },
) satisfies z.ZodMiniType<AccountSummary>;

/** Whole Vietnamese đồng: no minor unit exists. */
export const vndAmountSchema = documented(z.int().check(z.minimum(0), z.maximum(1_000_000_000_000)), {
  description: 'Amount in whole Vietnamese đồng.',
  examples: [50000],
});
