/**
 * An element's backend: its `backend` property, else an HTTP backend for its `backend-url`
 * attribute, so a page with no script of its own can still point elements at a server.
 */
import { createHttpBackend } from '../core/backend/http-backend.js';
import type { DvcBackend } from '../core/backend/types.js';

// One HTTP backend per base URL on the page: it holds no state, so elements can share it.
const byUrl = new Map<string, DvcBackend>();

export function backendFor(backend: DvcBackend | undefined, url: string | null | undefined): DvcBackend | undefined {
  if (backend) return backend;
  if (!url) return undefined;
  let http = byUrl.get(url);
  if (!http) {
    http = createHttpBackend({ baseUrl: url });
    byUrl.set(url, http);
  }
  return http;
}
