import { LitElement, html } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { createHttpBackend } from '../src/core/backend/http-backend.js';
import { DEMO_FIXTURES } from '../src/core/backend/demo/fixtures.js';
import { templates as english } from '../src/i18n/generated/en/demo-payment-section.js';
import { addTranslations } from '../src/i18n/locale.js';
import { sectionStyles } from './demo-section.styles.js';

addTranslations(english);

/**
 * "Pay a dossier's fees": `<dvc-payment-selector>` on the demo backend over HTTP. The dossier
 * awaits 50.000 ₫ lệ phí and 100.000 ₫ phí (the element reads them with `getDossierStatus`); the
 * stand-in provider page sends the browser back here, where the element shows the outcome.
 */
export class DemoPaymentSection extends LitElement {
  static override styles = sectionStyles;

  private readonly _backend = createHttpBackend({ baseUrl: '/api' });
  /** This page, without the transaction reference the provider adds. */
  private readonly _returnUrl = `${location.origin}${location.pathname}`;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    const code = DEMO_FIXTURES.dossiers.awaitingPayment;
    return html`
      <p>
        ${msg(str`Hồ sơ ${code} đang chờ nộp phí, lệ phí. Trang của nhà cung cấp thanh toán là trang mô phỏng: không có tiền thật.`, {
          id: 'demo.payment.intro',
        })}
      </p>
      <dvc-payment-selector
        dossier-code=${code}
        procedure-name=${msg('Cấp giấy phép xây dựng', { id: 'demo.payment.procedure' })}
        return-url=${this._returnUrl}
        manage-title
        .backend=${this._backend}
      ></dvc-payment-selector>
    `;
  }
}
customElements.define('dvc-demo-payment-section', DemoPaymentSection);
