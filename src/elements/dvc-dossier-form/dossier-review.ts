/**
 * The check-answers step: every answer by section, each with a "Thay đổi" (change) button that
 * returns to that field, the files of each document, the fees, and the button that files.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AddressValue } from '../../core/address/address-value.js';
import { formatFees } from './review-fees.js';
import type { DossierForm, FormField, GroupRow } from '../../core/dossier-forms/index.js';
import type { Locale } from '../../core/session.js';
import { pick, text } from './dossier-form-text.js';

export interface ReviewView {
  id(key: string): string;
  form: DossierForm;
  values: Record<string, string | GroupRow[] | AddressValue>;
  addressText: Record<string, string>;
  /** File names by document id. */
  files: Record<string, string[]>;
  locale: Locale;
  sending: boolean;
  onChange(key: string): void;
  onSubmit(): void;
}

function answerText(field: FormField, view: ReviewView): string | TemplateResult {
  const value = view.values[field.id];
  if (field.kind === 'address') return view.addressText[field.id] || text.none();
  if (field.kind === 'group') {
    const rows = value as GroupRow[];
    if (rows.length === 0) return text.none();
    return html`<ol>
      ${rows.map(
        (row) =>
          html`<li>
            ${field.fields
              .map((item) => {
                const answer = row[item.id]?.trim() ?? '';
                const option = item.kind === 'select' ? item.options.find((candidate) => candidate.value === answer) : undefined;
                return option ? pick(option.label, view.locale) : answer;
              })
              .filter(Boolean)
              .join(' · ')}
          </li>`,
      )}
    </ol>`;
  }
  const answer = (value as string).trim();
  if (field.kind === 'select') {
    const option = field.options.find((candidate) => candidate.value === answer);
    return option ? pick(option.label, view.locale) : text.none();
  }
  return answer || text.none();
}

/** Where "change" takes the citizen: the field, or for a group its first row (else its add button). */
function changeTarget(field: FormField, view: ReviewView): string {
  if (field.kind !== 'group') return field.id;
  return (view.values[field.id] as GroupRow[]).length ? `${field.id}.0.${field.fields[0].id}` : field.id;
}

function row(label: string, answer: string | TemplateResult, key: string, view: ReviewView): TemplateResult {
  return html`<div class="review-row">
    <dt>${label}</dt>
    <dd>${answer}</dd>
    <dd class="change">
      <button type="button" class="link" ?disabled=${view.sending} @click=${() => view.onChange(key)}>
        ${text.change()}<span class="visually-hidden"> ${label}</span>
      </button>
    </dd>
  </div>`;
}

export function renderReview(view: ReviewView): TemplateResult {
  const { form, locale } = view;
  return html`<h2 id=${view.id('review')} tabindex="-1">${text.reviewHeading()}</h2>
    ${form.sections.map(
      (section) =>
        html`<h3>${pick(section.title, locale)}</h3>
          <dl class="review">
            ${section.fields.map((field) => row(pick(field.label, locale), answerText(field, view), changeTarget(field, view), view))}
          </dl>`,
    )}
    ${
      form.documents.length
        ? html`<h3>${text.documents()}</h3>
            <dl class="review">
              ${form.documents.map((document) =>
                row(
                  pick(document.label, locale),
                  view.files[document.id]?.length ? view.files[document.id].join(', ') : text.none(),
                  `documents.${document.id}`,
                  view,
                ),
              )}
            </dl>`
        : nothing
    }
    <h3>${text.fees()}</h3>
    ${formatFees(form, locale)}
    <div class="actions">
      <button
        type="button"
        class="primary"
        aria-disabled=${view.sending ? 'true' : 'false'}
        @click=${() => !view.sending && view.onSubmit()}
      >
        ${view.sending ? text.submitting() : text.submit()}
      </button>
    </div>`;
}
