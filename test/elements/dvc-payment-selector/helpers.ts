import type { DvcErrorSummary } from '../../../src/elements/dvc-error-summary/dvc-error-summary.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { createHttpBackend } from '../../../src/core/backend/http-backend.js';
import type { DvcBackend } from '../../../src/core/backend/types.js';
import type { PaymentProvider } from '../../../src/core/data/payment-providers.js';
import type { FeeLine } from '../../../src/core/schemas/fees.js';
import type { DvcPaymentSelector } from '../../../src/elements/dvc-payment-selector/dvc-payment-selector.js';

export const DOSSIER = '000.00.06.H56-231027-0362';

export const FEES: FeeLine[] = [
  { type: 'le-phi', code: 'LP-1', name: 'Lệ phí giải quyết thủ tục hành chính', amount: 50_000 },
  { type: 'phi', code: 'P-1', name: 'Phí thẩm định hồ sơ', amount: 100_000 },
  { type: 'phi', code: 'P-2', name: 'Phí cấp bản sao', amount: 1_100_000 },
];

export const PROVIDERS: PaymentProvider[] = [
  { id: 'vnpay', name: 'VNPAY', kind: 'qr', minAmount: 5_000, maxAmount: 500_000_000 },
  { id: 'momo', name: 'MoMo', kind: 'e-wallet', maxAmount: 1_000_000 },
  { id: 'napas', name: 'NAPAS', kind: 'card', minAmount: 2_000_000 },
  { id: 'payoo', name: 'Payoo', kind: 'qr', availability: { from: '05:00', to: '23:00' } },
  { id: 'vietcombank', name: 'Vietcombank', kind: 'bank', available: false },
  { id: 'demo-unavailable', name: 'Cổng đang bảo trì', kind: 'bank' },
];

let sandboxes = 0;
/** A demo backend of its own on the test server. */
export const sandbox = () => `/api/sandbox/pay-${Date.now().toString(36)}-${++sandboxes}`;

/** An HTTP backend on `base` that counts what it sends, by `METHOD path` (the part after the base). */
export function countingBackend(base: string, options: { maxAttempts?: number; timeoutMs?: number } = {}) {
  const sent: string[] = [];
  const backend = createHttpBackend({
    baseUrl: base,
    ...options,
    fetch: (input, init) => {
      const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, location.href);
      sent.push(`${init?.method ?? 'GET'} ${url.pathname.slice(base.length)}`);
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

/** The stand-in provider page: opening it makes the payment pending. */
export async function openProviderPage(paymentUrl: string): Promise<string> {
  const response = await fetch(paymentUrl);
  expect(response.status).to.equal(200);
  return response.text();
}

/** The stand-in provider page's buttons; answers where the browser is sent back (path and query). */
export async function settle(
  base: string,
  transactionId: string,
  outcome: 'succeeded' | 'failed' | 'cancelled' | 'delayed',
  confirmDelayMs?: number,
): Promise<string> {
  const form = new URLSearchParams({ transactionId, outcome });
  if (confirmDelayMs !== undefined) form.set('confirmDelayMs', String(confirmDelayMs));
  const response = await fetch(`${base}/_demo/pay`, { method: 'POST', body: form });
  expect(response.redirected, `settle: HTTP ${response.status}`).to.equal(true);
  const back = new URL(response.url);
  return `${back.pathname}${back.search}`;
}

/** Creates a payment directly through the backend, as another tab would. */
export async function createPaymentDirect(backend: DvcBackend, providerId: string, key: string) {
  return backend.createPayment({ dossierCode: DOSSIER, providerId, idempotencyKey: key, returnUrl: '/return' });
}

export const $ = <T extends Element = HTMLElement>(el: DvcPaymentSelector, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: DvcPaymentSelector, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
/** A payer field, from the element's light DOM (as the page, autofill and a form see it). */
export const payerInput = (el: DvcPaymentSelector, name: 'full-name' | 'id-number' | 'address' | 'phone' | 'email') =>
  el.querySelector<HTMLInputElement>(`input[name="payer-${name}"]`)!;
/** Types into a payer field as a user would (the value, then an input event). */
export function typeInto(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}
export const summary = (el: DvcPaymentSelector) => $<DvcErrorSummary>(el, 'dvc-error-summary')!;
export const summaryLinks = (el: DvcPaymentSelector) => [...summary(el).shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
/** Where focus is, through the element's and the summary's shadow roots. */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
export const heading = (el: DvcPaymentSelector) => $(el, 'h2')!.textContent!.trim();
export const radio = (el: DvcPaymentSelector, id: string) => $<HTMLInputElement>(el, `input[type="radio"][value="${id}"]`)!;
export const mainButton = (el: DvcPaymentSelector) => $<HTMLButtonElement>(el, 'button.primary')!;
export const liveText = (el: DvcPaymentSelector) => $(el, '[role="status"]')!.textContent!.trim();
export const normalise = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export async function headingIs(el: DvcPaymentSelector, text: string, timeout = 5000): Promise<void> {
  await waitUntil(
    () => $(el, 'h2')?.textContent?.trim() === text,
    `expected heading "${text}", got "${$(el, 'h2')?.textContent?.trim()}"`,
    {
      timeout,
    },
  );
}

/** Where the element would have sent the browser. */
export function captureNavigation(el: DvcPaymentSelector): string[] {
  const visited: string[] = [];
  el.navigate = (url) => visited.push(url);
  return visited;
}

export async function mount(template: TemplateResult): Promise<DvcPaymentSelector> {
  return fixture<DvcPaymentSelector>(template);
}

export { html };

/** Records the details of `name` events on `el`. */
export function record<T = unknown>(el: EventTarget, name: string): T[] {
  const seen: T[] = [];
  el.addEventListener(name, (event) => seen.push((event as CustomEvent<T>).detail));
  return seen;
}

export function clearPaymentStorage(): void {
  for (let index = sessionStorage.length - 1; index >= 0; index -= 1) {
    const name = sessionStorage.key(index);
    if (name?.startsWith('dvc-payment')) sessionStorage.removeItem(name);
  }
}
