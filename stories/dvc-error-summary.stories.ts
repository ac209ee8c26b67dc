import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/dvc-error-summary/define.js';
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
