/** How `DvcError` codes travel over HTTP, for the server (code → status) and the client (status → code). */
import type { DvcErrorCode } from '../errors.js';

const STATUS_BY_CODE: Partial<Record<DvcErrorCode, number>> = {
  'invalid-input': 400,
  unauthorized: 401,
  'state-invalid': 403,
  'not-found': 404,
  conflict: 409,
  'account-exists': 409,
  'identity-mismatch': 409,
  'already-paid': 409,
  'already-rated': 409,
  'otp-expired': 410,
  'captcha-expired': 410,
  'captcha-wrong': 422,
  'otp-wrong': 422,
  'signature-invalid': 422,
  'certificate-invalid': 422,
  'signing-rejected': 422,
  'signing-timeout': 422,
  'otp-locked': 423,
  'rate-limited': 429,
  'provider-unavailable': 502,
};

export const statusForCode = (code: DvcErrorCode): number => STATUS_BY_CODE[code] ?? 500;

/** The code for a failed response whose body does not name a known one. */
export function codeForStatus(status: number): DvcErrorCode {
  if (status >= 500) return 'server';
  if (status === 429) return 'rate-limited';
  if (status === 404) return 'not-found';
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 409) return 'conflict';
  if (status === 400 || status === 413 || status === 422) return 'invalid-input';
  return 'unknown';
}
