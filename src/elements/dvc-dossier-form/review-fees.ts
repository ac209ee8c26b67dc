/** The fees filing costs, as the check-answers step shows them before anything is filed. */
import { html, type TemplateResult } from 'lit';
import type { DossierForm } from '../../core/dossier-forms/index.js';
import type { Locale } from '../../core/session.js';
import { formatMoney } from '../../i18n/format.js';
import { text } from './dossier-form-text.js';

export function formatFees(form: DossierForm, locale: Locale): TemplateResult {
  if (form.fees.length === 0) return html`<p>${text.noFees()}</p>`;
  return html`<ul class="fees">
    ${form.fees.map((line) => html`<li>${line.name}: ${formatMoney(line.amount, locale)}</li>`)}
  </ul>`;
}
