import { LitElement, css, html } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { createHttpBackend } from '../src/core/backend/http-backend.js';
import type { SurveyMode } from '../src/core/schemas/survey.js';
import { templates as english } from '../src/i18n/generated/en/demo-survey-section.js';
import { addTranslations } from '../src/i18n/locale.js';
import { sectionStyles } from './demo-section.styles.js';

addTranslations(english);

/** A resolved dossier of the demo backend that has not been rated yet (it can be rated once). */
const DOSSIER = '000.00.06.H56-231027-0361';

/**
 * "Rate the service": `<dvc-satisfaction-survey>` inline, sending to the demo backend over HTTP.
 * The demo backend accepts one rating for the dossier; a second says it was already rated.
 */
export class DemoSurveySection extends LitElement {
  static override styles = [
    sectionStyles,
    css`
      .mode {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        align-items: center;
        margin-block-end: 16px;
      }
    `,
  ];

  static override properties = { _mode: { state: true } };

  declare private _mode: SurveyMode;
  private readonly _backend = createHttpBackend({ baseUrl: '/api' });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this._mode = 'decree';
  }

  private _setMode(event: Event) {
    this._mode = (event.target as HTMLSelectElement).value as SurveyMode;
  }

  override render() {
    return html`
      <p class="mode">
        <label for="mode">${msg('Hình thức đánh giá', { id: 'demo.survey.mode' })}</label>
        <select id="mode" .value=${this._mode} @change=${this._setMode}>
          <option value="decree">${msg('Theo Nghị định 61/2018 (có điểm)', { id: 'demo.survey.mode-decree' })}</option>
          <option value="five-level">${msg('Thang 5 mức', { id: 'demo.survey.mode-five-level' })}</option>
          <option value="short">${msg('Ngắn gọn', { id: 'demo.survey.mode-short' })}</option>
        </select>
      </p>
      <dvc-satisfaction-survey mode=${this._mode} dossier-code=${DOSSIER} .backend=${this._backend}></dvc-satisfaction-survey>
    `;
  }
}
customElements.define('dvc-demo-survey-section', DemoSurveySection);
