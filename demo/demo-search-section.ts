import { LitElement, html } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { createHttpBackend } from '../src/core/backend/http-backend.js';
import { getDefaultSession, type SessionProcedure } from '../src/core/session.js';
import { templates as english } from '../src/i18n/generated/en/demo-search-section.js';
import { addTranslations } from '../src/i18n/locale.js';
import { sectionStyles } from './demo-section.styles.js';

addTranslations(english);

/**
 * "Find a procedure": `<dvc-procedure-search>` on the demo backend over HTTP (which searches
 * data/procedures.json), with the search kept in the page URL, and the procedure chosen into the
 * page's session shown under it, as the next step of a flow would read it.
 */
export class DemoSearchSection extends LitElement {
  static override styles = sectionStyles;

  static override properties = { _chosen: { state: true } };

  declare private _chosen: SessionProcedure | null;
  private readonly _backend = createHttpBackend({ baseUrl: '/api' });
  private _unsubscribe?: () => void;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this._chosen = getDefaultSession().getState().procedure;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._unsubscribe = getDefaultSession().subscribe((state) => {
      this._chosen = state.procedure;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._unsubscribe?.();
  }

  override render() {
    const chosen = this._chosen;
    return html`
      <h2 id="search-heading">${msg('Tìm thủ tục hành chính', { id: 'demo.search.heading' })}</h2>
      <p>
        ${msg('Tìm trong 2.642 thủ tục của Cơ sở dữ liệu quốc gia, lọc theo lĩnh vực, cấp và cơ quan, rồi chọn một thủ tục.', {
          id: 'demo.search.intro',
        })}
      </p>
      <dvc-procedure-search sync-url .backend=${this._backend}></dvc-procedure-search>
      <p class="outcome">
        ${
          chosen
            ? msg(str`Thủ tục đã chọn cho bước tiếp theo: ${chosen.name} (${chosen.code}).`, { id: 'demo.search.chosen' })
            : msg('Chưa chọn thủ tục nào.', { id: 'demo.search.none' })
        }
      </p>
    `;
  }
}
customElements.define('dvc-demo-search-section', DemoSearchSection);
