import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/dvc-otp-input/define.js';
import type { DvcOtpInput } from '../src/elements/dvc-otp-input/dvc-otp-input.js';
import { createDemoBackend, type DemoBackend } from '../src/core/backend/demo-backend.js';
import type { OtpState } from '../src/core/schemas/registration.js';

interface Args {
  length: number;
  label: string;
  hint: string;
  value: string;
  error: string;
  alphanumeric: boolean;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  autoSubmit: boolean;
  maxAttempts?: number;
  attemptsLeft?: number;
}

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

const meta: Meta<Args> = {
  title: 'Elements/dvc-otp-input',
  component: 'dvc-otp-input',
  args: {
    length: 6,
    label: '',
    hint: 'Mã đã được gửi đến số điện thoại 091****678.',
    value: '',
    error: '',
    alphanumeric: false,
    required: true,
    disabled: false,
    readonly: false,
    autoSubmit: false,
  },
  argTypes: {
    length: { control: { type: 'number', min: 4, max: 8 } },
    maxAttempts: { control: { type: 'number', min: 0 } },
    attemptsLeft: { control: { type: 'number', min: 0 } },
  },
  render: (args) => html`
    <dvc-otp-input
      name="otp"
      length=${args.length}
      label=${args.label || nothing}
      hint=${args.hint || nothing}
      value=${args.value || nothing}
      error=${args.error || nothing}
      max-attempts=${args.maxAttempts ?? nothing}
      attempts-left=${args.attemptsLeft ?? nothing}
      ?alphanumeric=${args.alphanumeric}
      ?required=${args.required}
      ?disabled=${args.disabled}
      ?readonly=${args.readonly}
      ?auto-submit=${args.autoSubmit}
    ></dvc-otp-input>
  `,
  parameters: {
    docs: {
      description: {
        component:
          'One real, autofillable text field drawn as boxes. Paste a whole SMS, type, select and edit as in any text field; the boxes follow. Try pasting "Mã OTP của bạn là ١٢٣٤٥٦".',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Empty: Story = {};

export const Partial: Story = { args: { value: '123' } };

export const Complete: Story = { args: { value: '123456' } };

export const WithError: Story = {
  args: { value: '123456', error: 'Mã OTP không đúng. Vui lòng kiểm tra tin nhắn và nhập lại.', attemptsLeft: 2 },
};

export const Expiring: Story = {
  render: () =>
    html`<dvc-otp-input expires-at=${new Date(Date.now() + 65_000).toISOString()} resend-at=${minutesFromNow(0.5)}></dvc-otp-input>`,
};

export const Expired: Story = {
  render: () => html`<dvc-otp-input value="12" expires-at=${new Date(Date.now() - 1000).toISOString()}></dvc-otp-input>`,
};

export const Locked: Story = {
  render: () => html`<dvc-otp-input locked-until=${minutesFromNow(15)} resend-at=${minutesFromNow(-1)} value="9"></dvc-otp-input>`,
};

export const AttemptsLeft: Story = { args: { value: '111111', attemptsLeft: 1, error: 'Mã OTP không đúng.' } };

export const Disabled: Story = { args: { value: '12', disabled: true } };

export const Readonly: Story = { args: { value: '123456', readonly: true } };

export const Alphanumeric: Story = {
  args: { alphanumeric: true, length: 8, hint: 'Mã gồm chữ và số, in trong thư kích hoạt.', value: 'AB12' },
};

export const FourDigits: Story = { args: { length: 4, hint: '' } };

export const Vietnamese: Story = {
  render: () =>
    html`<div lang="vi"><dvc-otp-input lang="vi" value="12" expires-at=${minutesFromNow(4.5)} max-attempts="5"></dvc-otp-input></div>`,
};

export const English: Story = {
  render: () =>
    html`<div lang="en"><dvc-otp-input lang="en" value="12" expires-at=${minutesFromNow(4.5)} max-attempts="5"></dvc-otp-input></div>`,
};

export const NarrowScreen: Story = {
  render: () =>
    html`<div style="max-inline-size: 320px; border: 1px dashed #999; padding: 8px">
      <dvc-otp-input length="8" value="1234"></dvc-otp-input>
    </div>`,
};

/** The SMS the demo backend "sent", as a phone would show them. */
function phone(backend: DemoBackend) {
  const list = document.createElement('ol');
  const show = () =>
    list.replaceChildren(
      ...backend.inbox.map((message) => {
        const item = document.createElement('li');
        item.textContent = `${message.to}: ${message.text}`;
        return item;
      }),
    );
  show();
  backend.onMessage(show);
  return list;
}

interface Loaded {
  backend: DemoBackend;
  registrationId: string;
  otp: OtpState;
}

/**
 * The whole loop against the in-memory demo backend: read the code from the "phone", type or paste
 * it, press Xác nhận; "Gửi lại mã" sends a new one after 20 seconds. Wrong codes count down the
 * attempts and end in a lock-out.
 */
export const WithDemoBackend: StoryObj = {
  loaders: [
    async (): Promise<Loaded> => {
      const backend = createDemoBackend({ seed: 'storybook', otp: { resendAfterMs: 20_000, validMs: 2 * 60_000, lockoutMs: 60_000 } });
      const step = await backend.startRegistration({
        method: 'bhxh',
        subject: 'citizen',
        bhxhCode: '0123456789',
        idNumber: '001090012345',
        fullName: 'Nguyễn Văn An',
        birthDate: '15/05/1990',
        phone: '0912345678',
      });
      if (step.next !== 'otp') throw new Error('The demo did not send a code.');
      return { backend, registrationId: step.registrationId, otp: step.otp };
    },
  ],
  render: (_args, { loaded }) => {
    const { backend, registrationId, otp } = loaded as Loaded;
    const verify = async (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      const input = form.querySelector('dvc-otp-input') as DvcOtpInput;
      const status = form.querySelector('output')!;
      try {
        await backend.verifyOtp({ registrationId, code: input.value });
        input.showError(null);
        status.textContent = 'Mã đúng. Bước tiếp theo: đặt mật khẩu.';
      } catch (error) {
        input.showError(error);
        status.textContent = '';
      }
    };
    return html`
      <form @submit=${verify} style="display: grid; gap: 16px; max-inline-size: 28rem">
        <dvc-otp-input
          name="otp"
          required
          .backend=${backend}
          registration-id=${registrationId}
          hint=${`Mã đã được gửi đến số điện thoại ${otp.maskedTo}.`}
          length=${otp.length}
          expires-at=${otp.expiresAt}
          resend-at=${otp.resendAt}
          attempts-left=${otp.attemptsLeft}
        ></dvc-otp-input>
        <div><button type="submit">Xác nhận</button></div>
        <output></output>
      </form>
      <section
        aria-label="Điện thoại (demo)"
        style="margin-block-start: 24px; padding: 8px 16px; border: 1px solid #ccc; border-radius: 8px"
      >
        <h2 style="font-size: 1rem">Tin nhắn SMS (demo)</h2>
        ${phone(backend)}
      </section>
    `;
  },
};

/** Completing the code submits the form once and shows "Đang kiểm tra mã…" until the page answers. */
export const AutoSubmit: StoryObj = {
  render: () => {
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const input = (event.target as HTMLFormElement).querySelector('dvc-otp-input') as DvcOtpInput;
      setTimeout(() => {
        input.error = input.value === '123456' ? '' : 'Mã OTP không đúng. Thử 123456.';
        input.busy = false;
      }, 1500);
    };
    return html`<form @submit=${submit}><dvc-otp-input name="otp" auto-submit hint="Thử 123456."></dvc-otp-input></form>`;
  },
};

/** The page is checking the code: "Đang kiểm tra mã…" is shown and announced, the field keeps the code. */
export const Checking: StoryObj = {
  render: () => html`<dvc-otp-input name="otp" value="123456" busy></dvc-otp-input>`,
};
