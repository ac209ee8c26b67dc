import { LitElement, html } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { createHttpBackend } from '../src/core/backend/http-backend.js';
import { DEMO_FIXTURES } from '../src/core/backend/demo/fixtures.js';
import { getDefaultSession } from '../src/core/session.js';
import { templates as english } from '../src/i18n/generated/en/demo-feedback-section.js';
import { addTranslations } from '../src/i18n/locale.js';
import { sectionStyles } from './demo-section.styles.js';

addTranslations(english);

/**
 * "Phản ánh, kiến nghị": `<dvc-feedback-form>` sending to the demo backend over HTTP, for the
 * page's signed-in account (or the demo's existing one, at the press of a button), then the
 * follow-up of the reference it got back.
 */
export class DemoFeedbackSection extends LitElement {
  static override styles = sectionStyles;

  static override properties = { _reference: { state: true } };

  declare private _reference: string;
  private readonly _backend = createHttpBackend({ baseUrl: '/api' });
  private readonly _session = getDefaultSession();
  private readonly _unsubscribe = this._session.subscribe(() => this.requestUpdate());

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this._reference = '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._unsubscribe();
  }

  private _signIn() {
    const { existingAccount } = DEMO_FIXTURES;
    this._session.signIn({ id: existingAccount.accountId, subject: 'citizen', method: 'phone', displayName: existingAccount.fullName });
  }

  override render() {
    const signedIn = this._session.getState().account !== null;
    return html`
      <h2>${msg('Phản ánh, kiến nghị', { id: 'demo.feedback.heading' })}</h2>
      ${
        signedIn
          ? ''
          : html`<p>
              <button type="button" class="secondary" @click=${this._signIn}>
                ${msg('Đăng nhập bằng tài khoản mẫu', { id: 'demo.feedback.sign-in' })}
              </button>
            </p>`
      }
      <dvc-feedback-form
        .backend=${this._backend}
        @dvc-feedback-complete=${(event: CustomEvent<{ reference: string }>) => (this._reference = event.detail.reference)}
      ></dvc-feedback-form>
      ${
        this._reference
          ? html`<h3>${msg('Theo dõi phản ánh', { id: 'demo.feedback.follow-up' })}</h3>
              <dvc-feedback-form .backend=${this._backend} reference=${this._reference}></dvc-feedback-form>`
          : ''
      }
    `;
  }
}
customElements.define('dvc-demo-feedback-section', DemoFeedbackSection);
