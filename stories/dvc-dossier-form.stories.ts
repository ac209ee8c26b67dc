import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/dvc-dossier-form/define.js';
import { createDemoBackend, type DemoFault } from '../src/core/backend/demo-backend.js';
import { DEMO_FIXTURES } from '../src/core/backend/demo/fixtures.js';
import { createSession } from '../src/core/session.js';
import type { DvcDossierForm } from '../src/elements/dvc-dossier-form/dvc-dossier-form.js';

const { existingAccount } = DEMO_FIXTURES;

/** Signed in as the demo's existing citizen, who agreed to reuse the verified profile. */
function signedIn() {
  return createSession({
    account: { id: existingAccount.accountId, subject: 'citizen', method: 'phone', displayName: existingAccount.fullName },
    profile: {
      fullName: existingAccount.fullName,
      birthDate: existingAccount.birthDate,
      idNumber: existingAccount.idNumber,
      phone: existingAccount.phone,
      email: 'minh.tran@example.vn',
    },
    profileConsent: true,
  });
}

const backend = (faults: DemoFault[] = []) => createDemoBackend({ seed: 'storybook-dossier-form', faults, latencyMs: 300 });

const form = (procedure: string, faults: DemoFault[] = []) =>
  html`<dvc-dossier-form
    procedure=${procedure}
    .backend=${backend(faults)}
    .store=${signedIn()}
    status-url="#ho-so/{code}"
    payment-url="#thanh-toan/{code}"
  ></dvc-dossier-form>`;

const find = (root: HTMLElement) => root.querySelector('dvc-dossier-form') as DvcDossierForm;
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The step's main button ("Tiếp tục", then "Nộp hồ sơ"), whatever the toolbar's language. */
const mainButton = (el: Element) => el.querySelector<HTMLButtonElement>('button.primary')!;
/** Resolves once `ready` holds (the check-answers step is fetched on demand). */
async function until(ready: () => unknown) {
  while (!ready()) await settle(50);
}
/** "Thêm thành viên": the household members' add button. */
const addMemberButton = (el: Element) => el.querySelector<HTMLButtonElement>('button[id$="-members"]')!;

function set(el: Element, name: string, value: string) {
  const control = el.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

/** The residence questions answered and a PDF attached, as a citizen would. */
async function fillResidence(el: DvcDossierForm) {
  await el.updateComplete;
  el.querySelector('dvc-address-picker')!.value = { provinceCode: '01', communeCode: '00070', houseNumber: '25', street: 'Hàng Bài' };
  set(el, 'basis', 'rented');
  set(el, 'ownerName', 'Lê Thị Hoa');
  set(el, 'from', '01/12/2026');
  set(el, 'to', '30/11/2027');
  const input = el.querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(
    new File([new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< >>\nendobj\n')], 'hop-dong-thue-nha.pdf', { type: 'application/pdf' }),
  );
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(200);
}

const meta: Meta = {
  title: 'Elements/dvc-dossier-form',
  component: 'dvc-dossier-form',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

/** Đăng ký tạm trú (1.004194) for a signed-in citizen: the applicant prefilled from the profile. */
export const TemporaryResidence: Story = { render: () => form('1.004194') };

/** Khai báo tạm vắng (1.003677), the second form described as data. */
export const TemporaryAbsence: Story = { render: () => form('1.003677') };

/** Not signed in: the reason and the way to sign in, no form. */
export const NotSignedIn: Story = {
  render: () =>
    html`<dvc-dossier-form
      procedure="1.004194"
      .backend=${backend()}
      .store=${createSession()}
      sign-in-url="#dang-nhap"
    ></dvc-dossier-form>`,
};

/** A procedure with no online form. */
export const NoOnlineForm: Story = {
  render: () => html`<dvc-dossier-form procedure="1.000358" .backend=${backend()} .store=${signedIn()}></dvc-dossier-form>`,
};

/** Continue with nothing filled in: the error summary and the inline messages. */
export const Errors: Story = {
  render: () => form('1.004194'),
  play: async ({ canvasElement }) => {
    const el = find(canvasElement);
    await el.updateComplete;
    mainButton(el).click();
  },
};

/** Two household members added. */
export const HouseholdMembers: Story = {
  render: () => form('1.004194'),
  play: async ({ canvasElement }) => {
    const el = find(canvasElement);
    await el.updateComplete;
    addMemberButton(el).click();
    await el.updateComplete;
    addMemberButton(el).click();
  },
};

/** The check-answers step, with a change link for every answer. */
export const CheckAnswers: Story = {
  render: () => form('1.004194'),
  play: async ({ canvasElement }) => {
    const el = find(canvasElement);
    await fillResidence(el);
    mainButton(el).click();
  },
};

/** Filed: the dossier code, with the links to pay and to follow it. */
export const Filed: Story = {
  render: () => form('1.004194'),
  play: async ({ canvasElement }) => {
    const el = find(canvasElement);
    await fillResidence(el);
    mainButton(el).click();
    await until(() => el.querySelector('[id$="-review"]'));
    mainButton(el).click();
  },
};

/** The portal fails: the reason on the check-answers step, every answer kept, ready to try again. */
export const ServerFails: Story = {
  render: () => form('1.004194', [{ call: 'createDossier', kind: 'server', times: 1 }]),
  play: async ({ canvasElement }) => {
    const el = find(canvasElement);
    await fillResidence(el);
    mainButton(el).click();
    await until(() => el.querySelector('[id$="-review"]'));
    mainButton(el).click();
  },
};

/** In English, at 320 px. */
export const EnglishNarrow: Story = {
  render: () => html`<div lang="en" style="max-inline-size: 320px">${form('1.004194')}</div>`,
};
