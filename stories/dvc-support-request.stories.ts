import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/dvc-support-request/define.js';
import type { DvcSupportRequest } from '../src/elements/dvc-support-request/dvc-support-request.js';
import { createDemoBackend, type DemoBackend, type DemoFault } from '../src/core/backend/demo-backend.js';
import type { Procedure } from '../src/core/schemas/procedure.js';
import { createSession } from '../src/core/session.js';
// The real sample of national procedures, which the procedure picker searches.
import datasetUrl from '../data/procedures.json?url';

const profile = { fullName: 'Trần Văn Minh', phone: '0912000001', email: 'minh.tran@example.vn' };

/** A visitor who agreed to reuse the verified profile: name, phone and email prefilled. */
const consented = () => createSession({ profile, profileConsent: true });

const backend = (procedures: readonly Procedure[] = [], faults: DemoFault[] = []) =>
  createDemoBackend({ seed: 'storybook-support', faults, latencyMs: 300, procedures });

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function find(canvas: HTMLElement): DvcSupportRequest {
  return canvas.querySelector('dvc-support-request')!;
}

function typeInto(el: DvcSupportRequest, name: string, value: string) {
  const input = el.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Clicks what `selector` finds (by selector, so play functions work in either language). */
async function click(el: DvcSupportRequest, selector: string) {
  el.querySelector<HTMLElement>(selector)?.click();
  await el.updateComplete;
}

const CONTINUE = 'button[type="submit"]';
const SEND = '.actions button.primary';

/** Answers every question (a question about the portal, answered by email) with the captcha solved. */
async function fillIn(el: DvcSupportRequest) {
  await settle(600);
  await click(el, '[name="category"][value="portal"]');
  typeInto(el, 'question', 'Tôi đã nộp hồ sơ nhưng không thấy thông báo tiếp nhận, tôi cần làm gì tiếp theo?');
  await click(el, '[name="contactChannel"][value="email"]');
  const captcha = (el as unknown as { _captcha: { challenge: { id: string } | null } })._captcha.challenge;
  typeInto(el, 'captcha', captcha ? ((el.backend as DemoBackend).captchaAnswer(captcha.id) ?? '') : '');
}

const meta: Meta = {
  title: 'Elements/dvc-support-request',
  component: 'dvc-support-request',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

/** A visitor with nothing to prefill: every question empty. No account is needed. */
export const Empty: Story = {
  render: () => html`<dvc-support-request .backend=${backend()} .store=${createSession()}></dvc-support-request>`,
};

/** Name, phone and email prefilled from the profile the citizen agreed to reuse. */
export const Prefilled: Story = {
  render: () => html`<dvc-support-request .backend=${backend()} .store=${consented()}></dvc-support-request>`,
};

/** Continue with nothing answered: the error summary, focused, and each field's message. */
export const Errors: Story = {
  render: () => html`<dvc-support-request .backend=${backend()} .store=${createSession()}></dvc-support-request>`,
  play: async ({ canvasElement }) => {
    const el = find(canvasElement);
    await settle(300);
    typeInto(el, 'question', 'How do I pay the fee online?');
    await click(el, CONTINUE);
  },
};

/** A question about a procedure: the picker searches the national database. */
export const ProcedurePicker: Story = {
  loaders: [async () => ({ procedures: (await (await fetch(datasetUrl)).json()) as Procedure[] })],
  render: (_args, { loaded }) =>
    html`<dvc-support-request
      category="procedure"
      .backend=${backend(loaded.procedures as Procedure[])}
      .store=${consented()}
    ></dvc-support-request>`,
};

/** The procedure already chosen on the page is offered, with "Change" and "Remove". */
export const ProcedureChosen: Story = {
  loaders: [async () => ({ procedures: (await (await fetch(datasetUrl)).json()) as Procedure[] })],
  render: (_args, { loaded }) =>
    html`<dvc-support-request
      category="procedure"
      .backend=${backend(loaded.procedures as Procedure[])}
      .store=${createSession({ profile, profileConsent: true, procedure: (loaded.procedures as Procedure[])[0] })}
    ></dvc-support-request>`,
};

/** Every answer given: the check-answers step with a "Change" button per answer. */
export const CheckAnswers: Story = {
  render: () => html`<dvc-support-request .backend=${backend()} .store=${consented()}></dvc-support-request>`,
  play: async ({ canvasElement }) => {
    const el = find(canvasElement);
    await fillIn(el);
    await click(el, CONTINUE);
  },
};

/** Sent: the ticket reference, focused and announced, with a copy button. */
export const Sent: Story = {
  render: () => html`<dvc-support-request .backend=${backend()} .store=${consented()}></dvc-support-request>`,
  play: async ({ canvasElement }) => {
    const el = find(canvasElement);
    await fillIn(el);
    await click(el, CONTINUE);
    await click(el, SEND);
    await settle(900);
  },
};

/** The support desk fails the first time: the reason, every answer kept, a new captcha to type. */
export const ServerFails: Story = {
  render: () =>
    html`<dvc-support-request
      .backend=${backend([], [{ call: 'submitSupportRequest', kind: 'server', times: 1 }])}
      .store=${consented()}
    ></dvc-support-request>`,
  play: async ({ canvasElement }) => {
    const el = find(canvasElement);
    await fillIn(el);
    await click(el, CONTINUE);
    await click(el, SEND);
    await settle(900);
  },
};

/** In English, at 320 px. */
export const EnglishNarrow: Story = {
  render: () =>
    html`<div lang="en" style="max-inline-size: 320px">
      <dvc-support-request .backend=${backend()} .store=${consented()}></dvc-support-request>
    </div>`,
};
