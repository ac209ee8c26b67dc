/** Mounting the dossier form against its own demo sandbox over HTTP, and filling it as a citizen would. */
import { fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/dvc-dossier-form/define.js';
import type { DvcDossierForm } from '../../../src/elements/dvc-dossier-form/dvc-dossier-form.js';
import { DEMO_FIXTURES } from '../../../src/core/backend/demo/fixtures.js';
import type { DvcBackend } from '../../../src/core/backend/types.js';
import type { AccountSummary } from '../../../src/core/events.js';
import { createSession, type Session } from '../../../src/core/session.js';

const { existingAccount } = DEMO_FIXTURES;
export const account: AccountSummary = {
  id: existingAccount.accountId,
  subject: 'citizen',
  method: 'phone',
  displayName: existingAccount.fullName,
};
export const profile = {
  fullName: 'Trần Văn Minh',
  birthDate: '15/03/1990',
  idNumber: '001090012345',
  phone: '0912000001',
  email: 'minh.tran@example.vn',
  address: 'Số 12 Lý Thường Kiệt, Hà Nội',
};
export const PDF = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< >>\nendobj\n');
export const pdf = (name: string) => new File([PDF], name, { type: 'application/pdf' });

let sandboxes = 0;
export const sandbox = () => `/api/sandbox/dossier-form-${Date.now().toString(36)}-${++sandboxes}`;

export const signedIn = (): Session => createSession({ account, profile, profileConsent: true });

export function mount(session: Session, options: { base?: string; procedure?: string; backend?: DvcBackend } = {}): DvcDossierForm {
  return fixtureSync<DvcDossierForm>(
    html`<dvc-dossier-form
      procedure=${options.procedure ?? '1.004194'}
      backend-url=${options.base ?? sandbox()}
      sign-in-url="/dang-nhap"
      status-url="/ho-so/{code}"
      payment-url="/thanh-toan?ma={code}"
      .backend=${options.backend}
      .store=${session}
    ></dvc-dossier-form>`,
  );
}

export const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();
export const field = <T extends HTMLElement = HTMLInputElement>(el: Element, name: string) => el.querySelector<T>(`[name="${name}"]`)!;
export const button = (el: Element, label: string) =>
  [...el.querySelectorAll('button, a')].find((b) => text(b) === label) as HTMLElement | undefined;
export const status = (el: Element) => text(el.querySelector(':scope > .dvc-form > .visually-hidden[role="status"]')!);

export function record<T>(target: EventTarget, type: string): T[] {
  const seen: T[] = [];
  target.addEventListener(type, (event) => seen.push((event as CustomEvent<T>).detail));
  return seen;
}

export function type(input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

export function choose(el: Element, documentId: string, files: File[]) {
  const input = el.querySelector<HTMLInputElement>(`input[type="file"][id$="-documents-${documentId}"]`)!;
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
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
}

export const HANOI = { provinceCode: '01', communeCode: '00070' };

/** The rest of a temporary residence registration, beyond what the profile fills. */
export async function fillResidence(el: DvcDossierForm, { from = '01/12/2026', to = '30/11/2027' } = {}) {
  el.querySelector('dvc-address-picker')!.value = { ...HANOI, houseNumber: '25', street: 'Hàng Bài' };
  type(field<HTMLSelectElement>(el, 'basis'), 'rented');
  type(field(el, 'ownerName'), 'Lê Thị Hoa');
  type(field(el, 'from'), from);
  type(field(el, 'to'), to);
  choose(el, 'residenceProof', [pdf('hop-dong-thue-nha.pdf')]);
  await waitUntil(() => el.querySelectorAll('.files li').length === 1, 'file listed', { timeout: 5000 });
}

export async function toReview(el: DvcDossierForm) {
  button(el, 'Tiếp tục')!.click();
  await waitUntil(() => button(el, 'Nộp hồ sơ'), 'review shown', { timeout: 5000 });
}
