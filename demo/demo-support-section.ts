import { LitElement, html } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { createHttpBackend } from '../src/core/backend/http-backend.js';
import { templates as english } from '../src/i18n/generated/en/demo-support-section.js';
import { addTranslations } from '../src/i18n/locale.js';
import { sectionStyles } from './demo-section.styles.js';

addTranslations(english);

/**
 * "Đề nghị hỗ trợ": `<dvc-support-request>` sending to the demo backend over HTTP. It needs no
 * account; the desk's confirmation appears on the simulated phone, and the reference from the
 * completion event is repeated below, as a host page would receive it.
 */
export class DemoSupportSection extends LitElement {
  static override styles = sectionStyles;

  static override properties = { _reference: { state: true } };

  declare private _reference: string;
  private readonly _backend = createHttpBackend({ baseUrl: '/api' });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this._reference = '';
  }

  override render() {
    return html`
      <h2>${msg('Tổng đài hỗ trợ Dịch vụ công', { id: 'demo.support.heading' })}</h2>
      <dvc-support-request
        .backend=${this._backend}
        @dvc-support-request-complete=${(event: CustomEvent<{ reference: string }>) => (this._reference = event.detail.reference)}
      ></dvc-support-request>
      ${
        this._reference
          ? html`<p>${msg('Trang nhận được sự kiện hoàn tất với mã:', { id: 'demo.support.event' })} <code>${this._reference}</code></p>`
          : ''
      }
    `;
  }
}
customElements.define('dvc-demo-support-section', DemoSupportSection);
