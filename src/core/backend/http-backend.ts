/**
 * `DvcBackend` over JSON HTTP, built from the route table. Requests are validated (and put in
 * canonical form) before they leave, every response is parsed with its schema, reads and keyed
 * creates are retried with backoff, and every failure arrives as a `DvcError`.
 */
import { DvcError, isDvcErrorCode } from '../errors.js';
import { errorBodySchema } from '../schemas/error-body.js';
import { validate } from '../schemas/validate.js';
import { z } from '../schemas/zod.js';
import { codeForStatus } from './http-status.js';
import { fillPath, queryString, routes, type CallRequest, type CallResponse, type Route } from './routes.js';
import { sleep } from './sleep.js';
import type { BackendCall, CallOptions, DvcBackend } from './types.js';

export interface HttpBackendOptions {
  /** Where the routes live, e.g. `https://api.example.gov.vn/dvc` or `/api`. */
  baseUrl: string;
  /** Default: the global `fetch`, looked up at call time. */
  fetch?: typeof fetch;
  /** Sent with every request (an API key, a CSRF token); a function is asked on every request. */
  headers?: Record<string, string> | (() => Record<string, string>);
  /** Budget of one call, retries and waits included. Default 15 000 ms. */
  timeoutMs?: number;
  /** Tries of a retryable call, the first included. Default 3. */
  maxAttempts?: number;
  /** Wait before the first retry, doubled for each next one, unless the server says Retry-After. Default 300 ms. */
  retryDelayMs?: number;
}

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

export function createHttpBackend(options: HttpBackendOptions): DvcBackend {
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

  return {
    getCaptcha: (callOptions) => call('getCaptcha', {}, callOptions),
    startRegistration: (request, callOptions) => call('startRegistration', request, callOptions),
    resendOtp: (request, callOptions) => call('resendOtp', request, callOptions),
    verifyOtp: (request, callOptions) => call('verifyOtp', request, callOptions),
    setPassword: (request, callOptions) => call('setPassword', request, callOptions),
    activateEmail: (request, callOptions) => call('activateEmail', request, callOptions),
    extendRegistration: (request, callOptions) => call('extendRegistration', request, callOptions),
    createCertificateChallenge: (request, callOptions) => call('createCertificateChallenge', request, callOptions),
    verifyCertificate: (request, callOptions) => call('verifyCertificate', request, callOptions),
    startRemoteSigning: (request, callOptions) => call('startRemoteSigning', request, callOptions),
    pollRemoteSigning: (request, callOptions) => call('pollRemoteSigning', request, callOptions),
    cancelRemoteSigning: (request, callOptions) => call('cancelRemoteSigning', request, callOptions),
    startVneid: (request, callOptions) => call('startVneid', request, callOptions),
    finishVneid: (request, callOptions) => call('finishVneid', request, callOptions),
    createDossier: (request, callOptions) => call('createDossier', request, callOptions),
    searchProcedures: (request, callOptions) => call('searchProcedures', request, callOptions),
    getProcedure: (request, callOptions) => call('getProcedure', request, callOptions),
    getDossierStatus: (request, callOptions) => call('getDossierStatus', request, callOptions),
    createPayment: (request, callOptions) => call('createPayment', request, callOptions),
    getPaymentStatus: (request, callOptions) => call('getPaymentStatus', request, callOptions),
    getReceipts: (request, callOptions) => call('getReceipts', request, callOptions),
    submitSurvey: (request, callOptions) => call('submitSurvey', request, callOptions),
    getProfile: (request, callOptions) => call('getProfile', request, callOptions),
    uploadAttachment: (request, callOptions) => call('uploadAttachment', request, callOptions),
    submitFeedback: (request, callOptions) => call('submitFeedback', request, callOptions),
    getFeedback: (request, callOptions) => call('getFeedback', request, callOptions),
    submitSupportRequest: (request, callOptions) => call('submitSupportRequest', request, callOptions),
  };
}
