/**
 * Every failure the elements can meet, by code. The UI maps each code to a Vietnamese and an
 * English message (src/i18n/messages/error-messages.ts); the core only carries the code.
 */
export const DVC_ERROR_CODES = [
  'network',
  'timeout',
  'server',
  'malformed-response',
  'rate-limited',
  'not-found',
  'conflict',
  'unauthorized',
  'invalid-input',
  'captcha-wrong',
  'captcha-expired',
  'otp-wrong',
  'otp-expired',
  'otp-locked',
  'account-exists',
  'identity-mismatch',
  'signature-invalid',
  'certificate-invalid',
  'signing-rejected',
  'signing-timeout',
  'plugin-missing',
  'pin-wrong',
  'state-invalid',
  'already-paid',
  'already-rated',
  'payment-failed',
  'provider-unavailable',
  'invalid-attribute',
  'aborted',
  'unknown',
] as const;

export type DvcErrorCode = (typeof DVC_ERROR_CODES)[number];

export const isDvcErrorCode = (value: unknown): value is DvcErrorCode =>
  typeof value === 'string' && (DVC_ERROR_CODES as readonly string[]).includes(value);
