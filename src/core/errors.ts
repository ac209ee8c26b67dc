import type { DvcErrorCode } from './error-codes.js';

// The list of codes is a module of its own, so that only code reading a server's answer carries it.
export { DVC_ERROR_CODES, isDvcErrorCode, type DvcErrorCode } from './error-codes.js';

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

/** Any thrown value as a DvcError, so callers handle one shape. */
export function toDvcError(error: unknown): DvcError {
  if (error instanceof DvcError) return error;
  if (error instanceof DOMException && error.name === 'AbortError') return new DvcError('aborted', { cause: error });
  if (error instanceof DOMException && error.name === 'TimeoutError') return new DvcError('timeout', { cause: error });
  if (error instanceof TypeError) return new DvcError('network', { cause: error });
  return new DvcError('unknown', { cause: error });
}
