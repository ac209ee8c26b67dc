import { LitElement, css, html } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import '../src/elements/dvc-address-picker/define.js';
import type { DvcAddressPicker } from '../src/elements/dvc-address-picker/dvc-address-picker.js';
import { templates as english } from '../src/i18n/generated/en/demo-address-section.js';
import { addTranslations } from '../src/i18n/locale.js';
import { sectionStyles } from './demo-section.styles.js';

addTranslations(english);

/**
 * "Your address": `<dvc-address-picker>` in a form. Old province names work ("Bình Dương"), and
 * what the form would send is shown under it, as a backend would receive it.
 */
export class DemoAddressSection extends LitElement {
  static override styles = [
    sectionStyles,
    css`
      form {
        display: grid;
        gap: 16px;
      }
      button {
        justify-self: start;
      }
    `,
  ];

  static override properties = { _sent: { state: true } };

  declare private _sent: string;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this._sent = '';
  }

  private _submit(event: SubmitEvent) {
    event.preventDefault();
    const picker = (event.target as HTMLFormElement).querySelector<DvcAddressPicker>('dvc-address-picker')!;
    this._sent = picker.text;
  }

  override render() {
    return html`
      <h2 id="address-heading">${msg('Địa chỉ nơi ở hiện tại', { id: 'demo.address.heading' })}</h2>
      <p>
        ${msg('Theo đơn vị hành chính từ ngày 01/07/2025. Thử gõ tên tỉnh cũ, ví dụ "Bình Dương".', {
          id: 'demo.address.intro',
        })}
      </p>
      <form @submit=${this._submit} aria-labelledby="address-heading">
        <dvc-address-picker name="address" required></dvc-address-picker>
        <button type="submit">${msg('Lưu địa chỉ', { id: 'demo.address.submit' })}</button>
      </form>
      <div role="status">
        ${this._sent ? html`<p class="outcome">${msg(str`Đã lưu: ${this._sent}`, { id: 'demo.address.sent' })}</p>` : ''}
      </div>
    `;
  }
}
customElements.define('dvc-demo-address-section', DemoAddressSection);
