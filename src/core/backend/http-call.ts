/**
 * The work behind `createHttpBackend`: requests are validated (and put in canonical form) before
 * they leave, every response is parsed with its schema, reads and keyed creates are retried with
 * backoff, and every failure arrives as a `DvcError`. Loaded on demand: the route table and its
 * schemas are most of an element's weight and are not needed for its first render.
 */
import { DvcError, isDvcErrorCode } from '../errors.js';
import { errorBodySchema } from '../schemas/error-body.js';
import { validate } from '../schemas/validate.js';
import { z } from '../schemas/zod.js';
import type { HttpBackendOptions } from './http-backend.js';
import { codeForStatus } from './http-status.js';
import { fillPath, queryString, routes, type CallRequest, type CallResponse, type Route } from './routes.js';
import { sleep } from './sleep.js';
import type { BackendCall, CallOptions } from './types.js';

/** Seconds from a Retry-After header: delta-seconds or an HTTP date. */
function parseRetryAfter(header: string | null): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
}

async function readJson(response: Response): Promise<{ ok: true; value: unknown } | { ok: false }> {
  try {
    return { ok: true, value: JSON.parse(await response.text()) as unknown };
  } catch {
    return { ok: false };
  }
}

async function errorFromResponse(response: Response): Promise<DvcError> {
  const json = await readJson(response);
  const parsed = json.ok ? z.safeParse(errorBodySchema, json.value) : undefined;
  const body = parsed?.success ? parsed.data.error : undefined;
  const code = body !== undefined && isDvcErrorCode(body.code) ? body.code : codeForStatus(response.status);
  return new DvcError(code, {
    status: response.status,
    fields: body?.fields,
    retryAfter: body?.retryAfter ?? parseRetryAfter(response.headers.get('retry-after')),
    attemptsLeft: body?.attemptsLeft,
  });
}

function bodyHeaders(route: Route, input: Record<string, unknown>): Record<string, string> {
  if (route.method !== 'POST') return {};
  if (route.body !== 'binary') return { 'content-type': 'application/json' };
  const content = input.content as Blob;
  return { 'content-type': content.type || 'application/octet-stream', 'x-file-name': encodeURIComponent(String(input.fileName)) };
}

/** A POST's body: the JSON request, or a binary route's `content` as it is. */
function bodyOf(route: Route, input: Record<string, unknown>): BodyInit | undefined {
  if (route.method !== 'POST') return undefined;
  return route.body === 'binary' ? (input.content as Blob) : JSON.stringify(input);
}

/** Network errors, 5xx and 429 may pass if tried again; a refusal will not. */
const worthRetrying = (error: DvcError): boolean =>
  error.code === 'network' || error.status === 429 || (error.status !== undefined && error.status >= 500);

export type HttpCall = <K extends BackendCall>(name: K, request: CallRequest<K>, callOptions?: CallOptions) => Promise<CallResponse<K>>;

export function createHttpCall(options: HttpBackendOptions): HttpCall {
  const { timeoutMs = 15_000, maxAttempts = 3, retryDelayMs = 300 } = options;
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const doFetch: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  function headersFor(route: Route, input: Record<string, unknown>): Record<string, string> {
    const custom = typeof options.headers === 'function' ? options.headers() : options.headers;
    return { accept: 'application/json', ...bodyHeaders(route, input), ...custom };
  }

  async function call<K extends BackendCall>(name: K, request: CallRequest<K>, callOptions: CallOptions = {}): Promise<CallResponse<K>> {
    const route: Route = routes[name];
    const input = validate(route.request, request) as Record<string, unknown>;
    const retryable = route.retry === 'safe' || (route.retry === 'idempotency-key' && input.idempotencyKey !== undefined);
    const deadline = AbortSignal.timeout(timeoutMs);
    const deadlineAt = Date.now() + timeoutMs;
    const signal = callOptions.signal ? AbortSignal.any([callOptions.signal, deadline]) : deadline;

    // Which signal fired decides the code, whatever the fetch implementation rejected with.
    const failure = (cause: unknown): DvcError => {
      if (callOptions.signal?.aborted) return new DvcError('aborted', { cause });
      if (deadline.aborted) return new DvcError('timeout', { cause });
      return cause instanceof DvcError ? cause : new DvcError('network', { cause });
    };

    const url = baseUrl + fillPath(route.path, input) + (route.method === 'GET' ? queryString(route.path, input) : '');
    for (let attempt = 1; ; attempt += 1) {
      let error: DvcError;
      try {
        const response = await doFetch(url, {
          method: route.method,
          headers: headersFor(route, input),
          body: bodyOf(route, input),
          signal,
          cache: 'no-store',
          credentials: 'same-origin',
        });
        if (response.ok) {
          const json = await readJson(response);
          const parsed = json.ok ? z.safeParse(route.response, json.value) : undefined;
          if (!parsed?.success) throw new DvcError('malformed-response', { status: response.status });
          return parsed.data as CallResponse<K>;
        }
        error = await errorFromResponse(response);
      } catch (thrown) {
        error = failure(thrown);
      }
      const delay = error.retryAfter !== undefined ? error.retryAfter * 1000 : retryDelayMs * 2 ** (attempt - 1);
      const canRetry = retryable && attempt < maxAttempts && worthRetrying(error) && Date.now() + delay < deadlineAt;
      if (!canRetry) throw error;
      try {
        await sleep(delay, signal);
      } catch (thrown) {
        throw failure(thrown);
      }
    }
  }

  return call;
}
