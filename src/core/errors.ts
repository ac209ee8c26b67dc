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

/** Codes worth offering "try again" for: the same request may succeed later. */
const RETRYABLE: ReadonlySet<DvcErrorCode> = new Set(['network', 'timeout', 'server', 'malformed-response', 'rate-limited']);

export class DvcError extends Error {
  readonly code: DvcErrorCode;
  readonly status?: number;
  /** Field names the server rejected, so a form can point at them. */
  readonly fields?: string[];
  /** Seconds to wait before trying again (rate limits, OTP lock-out). */
  readonly retryAfter?: number;
  /** Tries left before a lock-out, after a wrong one-time code. */
  readonly attemptsLeft?: number;

  constructor(
    code: DvcErrorCode,
    options: { status?: number; fields?: string[]; retryAfter?: number; attemptsLeft?: number; cause?: unknown } = {},
  ) {
    super(code, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DvcError';
    this.code = code;
    if (options.status !== undefined) this.status = options.status;
    if (options.fields) this.fields = options.fields;
    if (options.retryAfter !== undefined) this.retryAfter = options.retryAfter;
    if (options.attemptsLeft !== undefined) this.attemptsLeft = options.attemptsLeft;
  }

  get retryable(): boolean {
    return RETRYABLE.has(this.code);
  }
}

export const isDvcErrorCode = (value: unknown): value is DvcErrorCode =>
  typeof value === 'string' && (DVC_ERROR_CODES as readonly string[]).includes(value);

/** Any thrown value as a DvcError, so callers handle one shape. */
export function toDvcError(error: unknown): DvcError {
  if (error instanceof DvcError) return error;
  if (error instanceof DOMException && error.name === 'AbortError') return new DvcError('aborted', { cause: error });
  if (error instanceof DOMException && error.name === 'TimeoutError') return new DvcError('timeout', { cause: error });
  if (error instanceof TypeError) return new DvcError('network', { cause: error });
  return new DvcError('unknown', { cause: error });
}
