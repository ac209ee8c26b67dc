import { LitElement, html } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { createHttpBackend } from '../src/core/backend/http-backend.js';
import { DEMO_FIXTURES } from '../src/core/backend/demo/fixtures.js';
import { getDefaultSession } from '../src/core/session.js';
import '../src/elements/dvc-dossier-form/define.js';
import '../src/elements/dvc-dossier-status/define.js';
import { templates as english } from '../src/i18n/generated/en/demo-dossier-section.js';
import { addTranslations } from '../src/i18n/locale.js';
import { sectionStyles } from './demo-section.styles.js';

addTranslations(english);

/**
 * "Nộp hồ sơ trực tuyến": `<dvc-dossier-form>` filing to the demo backend over HTTP, with a choice
 * of its two procedures, then `<dvc-dossier-status>` following the dossier it filed.
 */
export class DemoDossierSection extends LitElement {
  static override styles = sectionStyles;

  static override properties = { _procedure: { state: true }, _dossierCode: { state: true } };

  declare private _procedure: string;
  declare private _dossierCode: string;
  private readonly _backend = createHttpBackend({ baseUrl: '/api' });
  private readonly _session = getDefaultSession();
  private readonly _unsubscribe = this._session.subscribe(() => this.requestUpdate());

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this._procedure = '1.004194';
    this._dossierCode = '';
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
      <h2>${msg('Nộp hồ sơ trực tuyến', { id: 'demo.dossier.heading' })}</h2>
      ${
        signedIn
          ? ''
          : html`<p>
              <button type="button" class="secondary" @click=${this._signIn}>
                ${msg('Đăng nhập bằng tài khoản mẫu', { id: 'demo.dossier.sign-in' })}
              </button>
            </p>`
      }
      <p>
        <label for="procedure">${msg('Thủ tục', { id: 'demo.dossier.procedure' })}</label>
        <select id="procedure" @change=${(event: Event) => (this._procedure = (event.target as HTMLSelectElement).value)}>
          <option value="1.004194">1.004194 — ${msg('Đăng ký tạm trú', { id: 'demo.dossier.residence' })}</option>
          <option value="1.003677">1.003677 — ${msg('Khai báo tạm vắng', { id: 'demo.dossier.absence' })}</option>
        </select>
      </p>
      <dvc-dossier-form
        procedure=${this._procedure}
        .backend=${this._backend}
        @dvc-dossier-complete=${(event: CustomEvent<{ dossierCode: string }>) => (this._dossierCode = event.detail.dossierCode)}
      ></dvc-dossier-form>
      ${
        this._dossierCode
          ? html`<h3>${msg('Theo dõi hồ sơ', { id: 'demo.dossier.status' })}</h3>
              <dvc-dossier-status .backend=${this._backend} dossier-code=${this._dossierCode}></dvc-dossier-status>`
          : ''
      }
    `;
  }
}
customElements.define('dvc-demo-dossier-section', DemoDossierSection);
