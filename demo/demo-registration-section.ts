import { LitElement, html } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { createDemoSignatureProvider } from '../src/core/backend/demo-signature-provider.js';
import { createHttpBackend } from '../src/core/backend/http-backend.js';
import type { AccountSummary } from '../src/core/events.js';
import { templates as english } from '../src/i18n/generated/en/demo-registration-section.js';
import { addTranslations } from '../src/i18n/locale.js';
import { sectionStyles } from './demo-section.styles.js';

addTranslations(english);

/**
 * "Create an account": `<dvc-registration-wizard>` on the demo backend over HTTP (`/api`), with
 * the demo signing plugin for USB tokens. OTPs, activation emails and signing prompts appear on
 * the simulated phone; VNeID goes to the stand-in VNeID page and comes back here.
 */
export class DemoRegistrationSection extends LitElement {
  static override styles = sectionStyles;

  static override properties = { _account: { state: true } };

  declare private _account: AccountSummary | null;
  private readonly _backend = createHttpBackend({ baseUrl: '/api' });
  private readonly _provider = createDemoSignatureProvider();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this._account = null;
  }

  private _onComplete(event: CustomEvent<{ account: AccountSummary }>) {
    this._account = event.detail.account;
  }

  override render() {
    return html`
      <p>${msg('Chọn đối tượng và phương thức. Mã PIN của USB ký số mô phỏng là 123456.', { id: 'demo.registration.intro' })}</p>
      <dvc-registration-wizard
        id="demo-registration"
        .backend=${this._backend}
        .signatureProvider=${this._provider}
        forgot-password-url="#quen-mat-khau"
        sign-in-url="#dang-nhap"
        @dvc-registration-complete=${this._onComplete}
      ></dvc-registration-wizard>
      <p role="status" class="result">
        ${this._account ? msg('Sự kiện dvc-registration-complete đã được gửi cho trang.', { id: 'demo.registration.complete' }) : ''}
      </p>
    `;
  }
}
customElements.define('dvc-demo-registration-section', DemoRegistrationSection);
