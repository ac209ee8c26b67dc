import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/dvc-support-request/define.js';
import type { DvcSupportRequest } from '../../../src/elements/dvc-support-request/dvc-support-request.js';
import { createHttpBackend } from '../../../src/core/backend/http-backend.js';
import type { DvcBackend } from '../../../src/core/backend/types.js';
import { createSession, type Session } from '../../../src/core/session.js';

export type Support = DvcSupportRequest;

let sandboxes = 0;
/** A demo backend of its own on the test server. */
export const sandbox = () => `/api/sandbox/support-${Date.now().toString(36)}-${++sandboxes}`;

export const PDF = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< >>\nendobj\n');
export const QUESTION = 'Tôi đã nộp hồ sơ nhưng không thấy thông báo tiếp nhận, tôi cần làm gì tiếp theo?';

export const profile = { fullName: 'Trần Văn Minh', phone: '0912000001', email: 'minh.tran@example.vn' };
/** A visitor who agreed to reuse the verified profile; no account is needed to ask for help. */
export const consented = (): Session => createSession({ profile, profileConsent: true });

/** An HTTP backend on `base` that keeps every request it sends: `METHOD path` and the JSON body. */
export function recordingBackend(
  base: string,
  options: { timeoutMs?: number; rewrite?: (path: string, init: RequestInit) => RequestInit } = {},
): { backend: DvcBackend; sent: { call: string; body: unknown }[] } {
  const sent: { call: string; body: unknown }[] = [];
  const backend = createHttpBackend({
    baseUrl: base,
    maxAttempts: 1,
    timeoutMs: options.timeoutMs ?? 8000,
    fetch: (input, init = {}) => {
      const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, location.href);
      const path = url.pathname.slice(base.length);
      const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
      sent.push({ call: `${init.method ?? 'GET'} ${path}`, body });
      return fetch(input, options.rewrite ? options.rewrite(path, init) : init);
    },
  });
  return { backend, sent };
}

export function mount(session: Session, backend: DvcBackend | string, width?: number): Support {
  const template =
    typeof backend === 'string'
      ? html`<dvc-support-request backend-url=${backend} .store=${session}></dvc-support-request>`
      : html`<dvc-support-request .backend=${backend} .store=${session}></dvc-support-request>`;
  if (width === undefined) return fixtureSync<Support>(template);
  return fixtureSync<HTMLDivElement>(html`<div style=${`inline-size: ${width}px`}>${template}</div>`).firstElementChild as Support;
}

export const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const field = <T extends HTMLInputElement | HTMLTextAreaElement = HTMLInputElement>(el: Support, name: string) =>
  el.querySelector<T>(`[name="${name}"]`)!;
export const radio = (el: Support, name: string, value: string) =>
  el.querySelector<HTMLInputElement>(`[name="${name}"][value="${value}"]`)!;
export const button = (el: Element, label: string) => [...el.querySelectorAll('button')].find((b) => text(b) === label) ?? null;
export const status = (el: Support) => text(el.querySelector('.dvc-support > [role="status"]'));

export function record<T>(target: EventTarget, type: string): T[] {
  const seen: T[] = [];
  target.addEventListener(type, (event) => seen.push((event as CustomEvent<T>).detail));
  return seen;
}

export function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

export function choose(el: Support, files: File[]) {
  const input = el.querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export async function demoPost(base: string, path: string, body: unknown): Promise<void> {
  const response = await fetch(`${base}/_demo/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.ok, `${path}: HTTP ${response.status}`).to.equal(true);
}

/** The answer to the captcha shown now, as the demo server knows it. */
export async function captchaAnswer(base: string, el: Support): Promise<string> {
  await waitUntil(() => el.querySelector('.captcha img'), 'captcha shown', { timeout: 5000 });
  const captchaId = (el as unknown as { _captcha: { challenge: { id: string } } })._captcha.challenge.id;
  return ((await (await fetch(`${base}/_demo/captcha/${captchaId}`)).json()) as { answer: string }).answer;
}

/** Answers every question for the "portal" category, by email, with the captcha solved. */
export async function fillIn(el: Support, base: string): Promise<void> {
  await el.updateComplete;
  radio(el, 'category', 'portal').click();
  typeInto(field<HTMLTextAreaElement>(el, 'question'), QUESTION);
  radio(el, 'contactChannel', 'email').click();
  await el.updateComplete;
  if (!field(el, 'email').value) typeInto(field(el, 'email'), profile.email);
  if (!field(el, 'fullName').value) typeInto(field(el, 'fullName'), profile.fullName);
  typeInto(field(el, 'captcha'), await captchaAnswer(base, el));
}

export async function toReview(el: Support): Promise<void> {
  button(el, 'Tiếp tục')!.click();
  await waitUntil(() => button(el, 'Gửi yêu cầu'), 'check answers shown', { timeout: 5000 });
}

/** The focused element inside shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A short description of an element, so a failed comparison reports it instead of serializing it. */
export const describeElement = (node: Element | null | undefined): string =>
  node ? `<${node.localName}${node.id ? ` id="${node.id}"` : ''}> ${text(node).slice(0, 60)}` : 'nothing';

/** Asserts where focus is (inside shadow roots too). */
export function expectFocus(expected: Element | null | undefined): void {
  expect(describeElement(deepActive()), 'focus').to.equal(describeElement(expected));
}
