/** Drives `<dvc-registration-wizard>` like a user, against the demo backend over HTTP. */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/dvc-registration-wizard/define.js';
import type { DvcRegistrationWizard } from '../../../src/elements/dvc-registration-wizard/dvc-registration-wizard.js';
import { createHttpBackend } from '../../../src/core/backend/http-backend.js';
import type { DvcOtpInput } from '../../../src/elements/dvc-otp-input/dvc-otp-input.js';
import { createSession, type Session } from '../../../src/core/session.js';

let sandboxes = 0;
export const sandbox = () => `/api/sandbox/rw-${Date.now().toString(36)}-${++sandboxes}`;

export async function demoCall<T = unknown>(base: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(
    `${base}/_demo/${path}`,
    body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
  );
  expect(response.ok, `${path}: HTTP ${response.status}`).to.equal(true);
  return (await response.json()) as T;
}

export const inbox = async (base: string) =>
  (await demoCall<{ messages: { channel: string; to: string; text: string; code?: string; link?: string }[] }>(base, 'inbox')).messages;

export const fault = (base: string, call: string, kind: 'timeout' | 'server' | 'malformed' | 'rate-limited', times = 1) =>
  demoCall(base, 'faults', { call, kind, times });

export interface Mounted {
  el: DvcRegistrationWizard;
  base: string;
  session: Session;
  events: { type: string; detail: unknown }[];
}

/** Mounts a wizard with its own sandbox backend and session; records its events. */
export async function mount(
  attributes: Record<string, string> = {},
  options: { session?: Session; timeoutMs?: number; configure?: (el: DvcRegistrationWizard) => void } = {},
): Promise<Mounted> {
  sessionStorage.clear();
  const base = sandbox();
  const session = options.session ?? createSession();
  const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('dvc-registration-wizard');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.backend = createHttpBackend({ baseUrl: base, timeoutMs: options.timeoutMs ?? 2000, retryDelayMs: 10 });
  el.store = session;
  options.configure?.(el);
  const events: Mounted['events'] = [];
  for (const type of ['dvc-step-change', 'dvc-registration-complete', 'dvc-error'])
    el.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail }));
  host.append(el);
  await el.updateComplete;
  return { el, base, session, events };
}

export const heading = (el: Element) => el.querySelector('h2')!.textContent!.trim();
export const progress = (el: Element) => el.querySelector('.progress')?.textContent?.trim();
export const input = (el: Element, name: string) => el.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
export const errorOf = (el: Element, name: string) => {
  const field = input(el, name);
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => el.querySelector(`[id="${id}"].error`)?.textContent?.trim()).find(Boolean) ?? '';
};

/** Types into a field through the keyboard, replacing what is there. */
export async function type(el: Element, name: string, text: string) {
  const field = input(el, name);
  field.focus();
  field.select();
  if (field.value) await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
}

export async function settle(el: DvcRegistrationWizard) {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

export async function press(el: DvcRegistrationWizard, label: string) {
  const button = [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === label);
  expect(button, `button "${label}"`).to.not.equal(undefined);
  button!.click();
  await settle(el);
}

export async function waitForStep(el: DvcRegistrationWizard, step: string) {
  await waitUntil(() => el.step === step && !el.querySelector('[role="status"]')!.textContent, `step ${step} (now ${el.step})`, {
    timeout: 8000,
  });
  await settle(el);
}

export async function captchaAnswer(el: DvcRegistrationWizard, base: string) {
  await waitUntil(() => el.querySelector('.captcha img'), 'captcha image', { timeout: 8000 });
  const captcha = (el as unknown as { _captcha: { id: string } })._captcha;
  return (await demoCall<{ answer: string }>(base, `captcha/${encodeURIComponent(captcha.id)}`)).answer;
}

export const otpInput = (el: Element) => el.querySelector<DvcOtpInput>('dvc-otp-input')!;

export async function latestCode(base: string) {
  const messages = await inbox(base);
  return messages.at(-1)!.code!;
}

export const PERSON = {
  idNumber: '001090012345',
  fullName: 'Nguyễn Văn An',
  birthDate: '15/05/1990',
  phone: '0912345678',
};

/** Fills the phone method's details (and captcha) and presses "Đăng ký". */
export async function fillPhoneDetails(m: Mounted, person: Partial<typeof PERSON & { email: string }> = PERSON) {
  for (const [name, value] of Object.entries(person)) await type(m.el, name, value);
  await type(m.el, 'captcha', await captchaAnswer(m.el, m.base));
  await press(m.el, 'Đăng ký');
}

export async function enterOtp(m: Mounted) {
  const otp = otpInput(m.el);
  otp.focus();
  await sendKeys({ type: await latestCode(m.base) });
  await press(m.el, 'Xác nhận');
}

export async function choosePassword(m: Mounted, password = 'Matkhau@2024', confirm = password) {
  await type(m.el, 'new-password', password);
  await type(m.el, 'confirm-password', confirm);
  await press(m.el, 'Tiếp tục');
}
