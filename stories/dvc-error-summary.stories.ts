import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/dvc-error-summary/define.js';
import '../src/elements/dvc-otp-input/define.js';
import type { FieldError } from '../src/core/events.js';

const meta: Meta = {
  title: 'Elements/dvc-error-summary',
  component: 'dvc-error-summary',
};
export default meta;

function publish(container: HTMLElement, errors: Omit<FieldError, 'target'>[]) {
  for (const [index, error] of errors.entries()) {
    const input = container.querySelectorAll('input')[index]!;
    input.dispatchEvent(
      new CustomEvent('dvc-validity', { bubbles: true, composed: true, detail: { errors: [{ ...error, target: input }] } }),
    );
  }
}

export const Empty: StoryObj = {
  render: () =>
    html`<dvc-error-summary></dvc-error-summary>
      <p>Không có lỗi.</p>`,
};

export const WithErrors: StoryObj = {
  render: () => {
    const view = html`
      <div id="form">
        <dvc-error-summary for="form"></dvc-error-summary>
        <label>Họ và tên <input id="name" /></label>
        <label>Số điện thoại <input id="phone" /></label>
      </div>
    `;
    queueMicrotask(() => {
      const container = document.getElementById('form');
      if (container)
        publish(container, [
          { label: 'Họ và tên', message: 'Vui lòng nhập họ và tên.' },
          { label: 'Số điện thoại', message: 'Số điện thoại không hợp lệ.' },
        ]);
    });
    return view;
  },
};

/** The same errors in English: the heading follows the page language; the messages are the controls' own. */
export const English: StoryObj = {
  render: () => {
    const view = html`
      <div id="form-en" lang="en">
        <dvc-error-summary for="form-en"></dvc-error-summary>
        <label>Full name <input /></label>
        <label>Phone number <input /></label>
      </div>
    `;
    queueMicrotask(() => {
      const container = document.getElementById('form-en');
      if (container)
        publish(container, [
          { label: 'Full name', message: 'Enter your full name.' },
          { label: 'Phone number', message: 'Enter a valid phone number.' },
        ]);
    });
    return view;
  },
};

/**
 * Errors published by the library's own controls: each `<dvc-otp-input>` with an error shown
 * reports it, and the link moves focus to that field.
 */
export const FromOtpInputs: StoryObj = {
  render: () => html`
    <form id="confirm" style="display: grid; gap: 16px; max-inline-size: 28rem">
      <dvc-error-summary for="confirm"></dvc-error-summary>
      <dvc-otp-input name="sms" label="Mã gửi qua SMS" value="12" error="Mã OTP phải có đủ 6 chữ số."></dvc-otp-input>
      <dvc-otp-input name="email" label="Mã gửi qua email" value="654321" error="Mã OTP không đúng. Bạn còn 2 lần thử."></dvc-otp-input>
    </form>
  `,
};
