import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/dvc-registration-wizard/define.js';
import type { DvcRegistrationWizard } from '../src/elements/dvc-registration-wizard/dvc-registration-wizard.js';
import { createDemoBackend } from '../src/core/backend/demo-backend.js';
import { createDemoSignatureProvider } from '../src/core/backend/demo-signature-provider.js';
import { createSession } from '../src/core/session.js';

interface Args {
  subject: string;
  methods: string;
}

/** Each story gets its own in-memory demo backend and session. */
const wizard = (args: Args, options: { plugin?: boolean } = {}) => html`
  <dvc-registration-wizard
    subject=${args.subject || ''}
    methods=${args.methods}
    forgot-password-url="#quen-mat-khau"
    sign-in-url="#dang-nhap"
    draft-key=${`story-${args.methods}-${args.subject}`}
    .backend=${createDemoBackend()}
    .store=${createSession()}
    .signatureProvider=${createDemoSignatureProvider({ available: options.plugin ?? true })}
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

async function click(el: DvcRegistrationWizard, label: string) {
  [...el.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent!.trim() === label)?.click();
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
    await click(el, 'Đăng ký');
  },
};

/** Phone method driven to the OTP, password and check-answers steps with the demo backend. */
const phoneThrough = (stop: 'otp' | 'password' | 'review' | 'done'): Story => ({
  args: { methods: 'phone' },
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
    await click(el, 'Đăng ký');
    if (stop === 'otp') return;
    const otp = el.querySelector('dvc-otp-input')!;
    otp.value = backend.inbox.at(-1)?.code ?? '';
    await click(el, 'Xác nhận');
    if (stop === 'password') return;
    await fill(el, { 'new-password': 'Matkhau@2024', 'confirm-password': 'Matkhau@2024' });
    await click(el, 'Tiếp tục');
    if (stop === 'review') return;
    await click(el, 'Đăng ký');
  },
});

export const PhoneOtp = phoneThrough('otp');
export const PhonePassword = phoneThrough('password');
export const PhoneCheckAnswers = phoneThrough('review');
export const PhoneDone = phoneThrough('done');

export const English: Story = {
  args: { methods: 'phone' },
  render: (args) => html`<div lang="en">${wizard(args)}</div>`,
};
