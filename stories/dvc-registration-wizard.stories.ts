import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/dvc-registration-wizard/define.js';
import type { DvcRegistrationWizard } from '../src/elements/dvc-registration-wizard/dvc-registration-wizard.js';
import { createDemoBackend } from '../src/core/backend/demo-backend.js';
import { createDemoSignatureProvider } from '../src/core/backend/demo-signature-provider.js';
import { createSession } from '../src/core/session.js';
import { systemClock, type WizardClock } from '../src/elements/dvc-registration-wizard/wizard-clock.js';

interface Args {
  subject: string;
  methods: string;
}

/** Each story gets its own in-memory demo backend and session. */
const wizard = (args: Args, options: { plugin?: boolean; clock?: WizardClock } = {}) => html`
  <dvc-registration-wizard
    subject=${args.subject || ''}
    methods=${args.methods}
    forgot-password-url="#quen-mat-khau"
    sign-in-url="#dang-nhap"
    draft-key=${`story-${args.methods}-${args.subject}`}
    .backend=${createDemoBackend()}
    .store=${createSession()}
    .signatureProvider=${createDemoSignatureProvider({ available: options.plugin ?? true })}
    .clock=${options.clock ?? systemClock}
  ></dvc-registration-wizard>
`;

const meta: Meta<Args> = {
  title: 'Elements/dvc-registration-wizard',
  component: 'dvc-registration-wizard',
  args: { subject: 'citizen', methods: 'phone' },
  argTypes: {
    subject: { control: 'select', options: ['', 'citizen', 'enterprise', 'agency'] },
  },
  render: (args) => wizard(args),
};
export default meta;

type Story = StoryObj<Args>;

const find = (root: HTMLElement) => root.querySelector('dvc-registration-wizard') as DvcRegistrationWizard;
const settle = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

/** Fills the light-DOM fields of the current step the way the user would. */
async function fill(el: DvcRegistrationWizard, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    const input = el.querySelector<HTMLInputElement>(`input[name="${name}"]`);
    if (!input) continue;
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }
  await el.updateComplete;
}

/** Presses the step's main button ("Tiếp tục", "Xác nhận", "Đăng ký"), whatever the toolbar's language. */
async function submit(el: DvcRegistrationWizard) {
  el.querySelector<HTMLButtonElement>('button.primary[type="submit"]')?.click();
  await settle(200);
}

export const ChooseSubject: Story = { args: { subject: '', methods: '' } };
export const ChooseMethodCitizen: Story = { args: { subject: 'citizen', methods: '' } };
export const ChooseMethodEnterprise: Story = { args: { subject: 'enterprise', methods: '' } };
export const Phone: Story = { args: { methods: 'phone' } };
export const Bhxh: Story = { args: { methods: 'bhxh' } };
export const Vnpost: Story = { args: { methods: 'vnpost' } };
export const UsbToken: Story = { args: { methods: 'usb-token' } };
export const UsbTokenPluginMissing: Story = { args: { methods: 'usb-token' }, render: (args) => wizard(args, { plugin: false }) };
export const SimCa: Story = { args: { methods: 'sim-ca' } };
export const SmartCa: Story = { args: { subject: 'enterprise', methods: 'smartca' } };
export const Vneid: Story = { args: { methods: 'vneid' } };

export const PhoneErrors: Story = {
  args: { methods: 'phone' },
  play: async ({ canvasElement }) => {
    const el = find(canvasElement);
    await settle(200);
    await fill(el, { idNumber: '001090012345', birthDate: '15/05/2001', phone: '0211234567' });
    await submit(el);
  },
};

/** Phone method driven to the OTP, password and check-answers steps with the demo backend. */
const phoneThrough = (stop: 'otp' | 'password' | 'review' | 'done', clock?: WizardClock): Story => ({
  args: { methods: 'phone' },
  render: (args) => wizard(args, { clock }),
  play: async ({ canvasElement }) => {
    const el = find(canvasElement);
    const backend = el.backend as ReturnType<typeof createDemoBackend>;
    await settle(200);
    const captcha = (el as unknown as { _captcha: { id: string } | null })._captcha;
    await fill(el, {
      idNumber: '001090012345',
      fullName: 'Nguyễn Văn An',
      birthDate: '15/05/1990',
      phone: '0912345678',
      captcha: captcha ? (backend.captchaAnswer(captcha.id) ?? '') : '',
    });
    await submit(el);
    if (stop === 'otp') return;
    const otp = el.querySelector('dvc-otp-input')!;
    otp.value = backend.inbox.at(-1)?.code ?? '';
    await submit(el);
    if (stop === 'password') return;
    await fill(el, { 'new-password': 'Matkhau@2024', 'confirm-password': 'Matkhau@2024' });
    await submit(el);
    if (stop === 'review') return;
    await submit(el);
  },
});

export const PhoneOtp = phoneThrough('otp');
export const PhonePassword = phoneThrough('password');
export const PhoneCheckAnswers = phoneThrough('review');
export const PhoneDone = phoneThrough('done');

/** A clock `minutes` ahead of the real one: the 20-minute registration is that close to its end. */
const ahead = (minutes: number): WizardClock => ({ ...systemClock, now: () => Date.now() + minutes * 60_000 });

/** Less than two minutes left: the dialog offers more time. */
export const SessionTimeoutWarning = phoneThrough('otp', ahead(18.5));
/** The time ran out: the details are back with the answers kept and a notice. */
export const SessionExpired = phoneThrough('otp', ahead(21));

/** USB token: certificate, PIN, email and captcha, then the check-answers step. */
export const UsbTokenCheckAnswers: Story = {
  args: { methods: 'usb-token' },
  play: async ({ canvasElement }) => {
    const el = find(canvasElement);
    const backend = el.backend as ReturnType<typeof createDemoBackend>;
    await settle(500);
    el.querySelector<HTMLInputElement>('input[name="certificate"]:not(:disabled)')?.click();
    await submit(el);
    await fill(el, { pin: '123456' });
    await submit(el);
    await settle(500);
    const captcha = (el as unknown as { _captcha: { id: string } | null })._captcha;
    await fill(el, { email: 'an@example.vn', captcha: captcha ? (backend.captchaAnswer(captcha.id) ?? '') : '' });
    await submit(el);
  },
};

/** SIM ký số: waiting for the phone, then (approved) the check-answers step. */
const simThrough = (stop: 'waiting' | 'review'): Story => ({
  args: { methods: 'sim-ca' },
  play: async ({ canvasElement }) => {
    const el = find(canvasElement);
    const backend = el.backend as ReturnType<typeof createDemoBackend>;
    await settle(200);
    await fill(el, { phone: '0987333444' });
    await submit(el);
    if (stop === 'waiting') return;
    const request = backend.pendingSigningRequests[0];
    if (request) backend.approveSigning(request.requestId);
    await settle(2000);
  },
});

export const SimCaWaiting = simThrough('waiting');
export const SimCaCheckAnswers = simThrough('review');

export const English: Story = {
  args: { methods: 'phone' },
  render: (args) => html`<div lang="en">${wizard(args)}</div>`,
};
