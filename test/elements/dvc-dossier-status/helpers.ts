import { expect, waitUntil } from '@open-wc/testing';
import { createHttpBackend } from '../../../src/core/backend/http-backend.js';
import type { DvcDossierStatus } from '../../../src/elements/dvc-dossier-status/dvc-dossier-status.js';

export const AWAITING_PAYMENT = '000.00.06.H56-231027-0362';
export const RESOLVED = '000.00.06.H56-231027-0361';
export const DOCUMENTS_REQUESTED = '000.00.06.H56-231027-0364';

let sandboxes = 0;
/** A demo backend of its own on the test server. */
export const sandbox = () => `/api/sandbox/status-${Date.now().toString(36)}-${++sandboxes}`;

/** An HTTP backend on `base` that records what it asks, by `METHOD path` after the base. */
export function countingBackend(base: string, options: { maxAttempts?: number; timeoutMs?: number } = {}) {
  const sent: string[] = [];
  const backend = createHttpBackend({
    baseUrl: base,
    retryDelayMs: 20,
    ...options,
    fetch: (input, init) => {
      const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, location.href);
      sent.push(`${init?.method ?? 'GET'} ${decodeURIComponent(url.pathname.slice(base.length))}`);
      return fetch(input, init);
    },
  });
  return { backend, sent };
}

export async function demoPost(base: string, path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${base}/_demo/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.ok, `${path}: HTTP ${response.status}`).to.equal(true);
  return response.json();
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
export const normalise = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
export const statusText = (el: DvcDossierStatus) => normalise($(el, '[part="status"]')?.textContent);
export const liveText = (el: DvcDossierStatus) => normalise($(el, '[role="status"]')!.textContent);

/** The focused element inside shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export async function shown(el: DvcDossierStatus, status: string, timeout = 5000): Promise<void> {
  await waitUntil(() => statusText(el).endsWith(status), `expected status "${status}", got "${statusText(el)}"`, { timeout });
}

/** Records the details of `name` events on `el`. */
export function record<T = unknown>(el: EventTarget, name: string): T[] {
  const seen: T[] = [];
  el.addEventListener(name, (event) => seen.push((event as CustomEvent<T>).detail));
  return seen;
}
