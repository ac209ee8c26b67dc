import { LitElement, html } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { templates as english } from '../src/i18n/generated/en/demo-flow-section.js';
import { addTranslations } from '../src/i18n/locale.js';
import { sectionStyles } from './demo-section.styles.js';

addTranslations(english);

/** Marks, for this tab, that the visitor started the journey, so a reload shows it again. */
const STARTED_KEY = 'dvc-demo:flow-started';

/** Whether the visitor started the journey in this tab. */
export function journeyStarted(): boolean {
  try {
    return sessionStorage.getItem(STARTED_KEY) === '1';
  } catch {
    return false;
  }
}

/**
 * "The whole journey": `<dvc-service-flow>` from attributes alone, on the demo backend over HTTP.
 * It starts on request, so the single-element sections below stay the only ones of their kind
 * until then; once started it comes back after a reload and after the VNeID and payment pages.
 */
export class DemoFlowSection extends LitElement {
  static override styles = sectionStyles;

  static override properties = { _running: { state: true } };

  declare private _running: boolean;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this._running = journeyStarted();
  }

  private async _start() {
    try {
      sessionStorage.setItem(STARTED_KEY, '1');
    } catch {
      // Without storage the journey still runs; it just does not come back after a reload.
    }
    this._running = true;
    await this.updateComplete;
    this.renderRoot.querySelector('dvc-service-flow')?.shadowRoot?.querySelector<HTMLElement>('h2')?.focus();
  }

  override render() {
    return html`
      <h2 id="flow-heading">${msg('Nộp hồ sơ trực tuyến: cả hành trình', { id: 'demo.flow.heading' })}</h2>
      <p>
        ${msg(
          'Tìm thủ tục, đăng nhập hoặc tạo tài khoản (có VNeID), xác nhận và nộp hồ sơ, nộp phí, lệ phí, theo dõi hồ sơ rồi đánh giá, trong một thẻ dvc-service-flow. Trang thanh toán và VNeID là trang mô phỏng.',
          { id: 'demo.flow.intro' },
        )}
      </p>
      ${
        this._running
          ? html`<dvc-service-flow id="demo-flow" backend-url="/api" manage-title></dvc-service-flow>`
          : html`<button type="button" @click=${this._start}>${msg('Bắt đầu nộp hồ sơ', { id: 'demo.flow.start' })}</button>`
      }
    `;
  }
}
customElements.define('dvc-demo-flow-section', DemoFlowSection);
