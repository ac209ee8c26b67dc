/**
 * `DvcBackend` over JSON HTTP, built from the route table (see http-call.ts for validation,
 * retries and errors). The backend object is ready at once; the code behind its calls is
 * fetched as soon as it is created, beside the element's first render rather than before it.
 */
import { onDemand } from '../on-demand.js';
import { backendOfCalls } from './backend-of-calls.js';
import type { DvcBackend } from './types.js';

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

export function createHttpBackend(options: HttpBackendOptions): DvcBackend {
  // A failed fetch of the code is a network failure; the next call tries again.
  const load = onDemand(() => import('./http-call.js').then(({ createHttpCall }) => createHttpCall(options)));
  load().catch(() => undefined);
  return backendOfCalls(load);
}
