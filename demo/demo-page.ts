import { LitElement, css, html, nothing } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { addTranslations, getLocale, setLocale } from '../src/i18n/locale.js';
import './demo-address-section.js';
import './demo-dossier-section.js';
import './demo-feedback-section.js';
import { journeyStarted } from './demo-flow-section.js';
import './demo-otp-section.js';
import './demo-payment-section.js';
import './demo-registration-section.js';
import './demo-survey-section.js';
import './demo-search-section.js';
import './demo-support-section.js';
import './demo-phone.js';
import { templates as english } from '../src/i18n/generated/en/demo-page.js';

addTranslations(english);

/** The demo page's frame: language and theme switches, the elements, and the simulated phone. */
export class DemoPage extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    header {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
      align-items: center;
      justify-content: space-between;
      padding: 12px 16px;
      background: #0a4fa0;
      color: #fff;
    }
    h1 {
      font-size: 1.25rem;
      margin: 0;
    }
    header label {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 6px;
      align-items: center;
      margin-inline-start: 12px;
      max-inline-size: 100%;
    }
    select {
      min-block-size: 32px;
      max-inline-size: 100%;
      font: inherit;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(16rem, 22rem);
      gap: 24px;
      padding: 16px;
      max-inline-size: 72rem;
      margin: 0 auto;
    }
    @media (max-width: 48rem) {
      .layout {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    section {
      background: #fff;
      border-radius: 8px;
      padding: 16px;
      margin-block-end: 16px;
    }
    h2 {
      font-size: 1.15rem;
      margin-block-start: 0;
    }
  `;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  private _setLanguage(event: Event) {
    const language = (event.target as HTMLSelectElement).value;
    document.documentElement.lang = language;
    void setLocale(language);
  }

  private _setTheme(event: Event) {
    document.documentElement.dataset.theme = (event.target as HTMLSelectElement).value;
  }

  /** One section per element. */
  private renderSections() {
    return html`
      <section><dvc-demo-flow-section></dvc-demo-flow-section></section>
      <section aria-labelledby="otp-heading">
        <h2 id="otp-heading">${msg('Xác nhận số điện thoại bằng mã OTP', { id: 'demo.otp.heading' })}</h2>
        <dvc-demo-otp-section></dvc-demo-otp-section>
      </section>
      <section><dvc-demo-search-section></dvc-demo-search-section></section>
      <section><dvc-demo-payment-section></dvc-demo-payment-section></section>
      <section><dvc-demo-survey-section></dvc-demo-survey-section></section>
      <section><dvc-demo-address-section></dvc-demo-address-section></section>
      <section><dvc-demo-feedback-section></dvc-demo-feedback-section></section>
      <section><dvc-demo-support-section></dvc-demo-support-section></section>
      <section><dvc-demo-dossier-section></dvc-demo-dossier-section></section>
      ${
        // Once the journey runs, its wizard alone must take VNeID's return to this page.
        journeyStarted()
          ? nothing
          : html`<section aria-labelledby="registration-heading">
              <h2 id="registration-heading">${msg('Đăng ký tài khoản', { id: 'demo.registration.heading' })}</h2>
              <dvc-demo-registration-section></dvc-demo-registration-section>
            </section>`
      }
    `;
  }

  override render() {
    const theme = document.documentElement.dataset.theme ?? 'default';
    return html`
      <header>
        <h1>${msg('Cổng Dịch vụ công quốc gia — thành phần nhúng', { id: 'demo.title' })}</h1>
        <div>
          <label
            >${msg('Ngôn ngữ', { id: 'demo.language' })}
            <select id="language" @change=${this._setLanguage} .value=${getLocale()}>
              <option value="vi">Tiếng Việt</option>
              <option value="en">English</option>
            </select>
          </label>
          <label
            >${msg('Giao diện', { id: 'demo.theme' })}
            <select id="theme" @change=${this._setTheme} .value=${theme}>
              <option value="default">${msg('Mặc định', { id: 'demo.theme.default' })}</option>
              <option value="province">${msg('Tỉnh (màu đỏ)', { id: 'demo.theme.province' })}</option>
              <option value="large">${msg('Chữ lớn', { id: 'demo.theme.large' })}</option>
            </select>
          </label>
        </div>
      </header>
      <div class="layout">
        <main>${this.renderSections()}</main>
        <aside aria-label=${msg('Điện thoại mô phỏng', { id: 'demo.phone.label' })}>
          <dvc-demo-phone></dvc-demo-phone>
        </aside>
      </div>
    `;
  }
}
customElements.define('dvc-demo-page', DemoPage);
