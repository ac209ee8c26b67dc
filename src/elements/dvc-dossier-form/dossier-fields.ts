/**
 * One question of a dossier form as native light-DOM controls (so autofill reaches them): a label,
 * the description's hint, the inline error, and the input, select or textarea, tied together with
 * `aria-describedby`. Group rows and the address picker are rendered by the element around this.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { GroupItemField } from '../../core/dossier-forms/index.js';
import type { Locale } from '../../core/session.js';
import { pick, text } from './dossier-form-text.js';

/** The fields a native control renders: every kind but the address and the group. */
export type PlainField = GroupItemField;

export interface FieldView {
  id: string;
  name: string;
  field: PlainField;
  value: string;
  error: string;
  locale: Locale;
  onInput(value: string): void;
}

export const requiredMark = (required: boolean | undefined): TemplateResult | typeof nothing =>
  required ? html` <span class="required" aria-hidden="true">*</span>` : nothing;

const INPUT_TYPES: Record<string, string> = { phone: 'tel', email: 'email' };

export function renderField(view: FieldView): TemplateResult {
  const { id, field, error, locale } = view;
  const hint = field.hint ? pick(field.hint, locale) : field.kind === 'date' ? text.dateHint() : '';
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
  const common = {
    required: field.required ?? false,
    invalid: error ? 'true' : 'false',
  };
  const onInput = (event: Event) => view.onInput((event.target as HTMLInputElement).value);
  let control: TemplateResult;
  if (field.kind === 'select') {
    control = html`<select
      id=${id}
      name=${view.name}
      ?required=${common.required}
      aria-invalid=${common.invalid}
      aria-describedby=${describedBy}
      @change=${onInput}
    >
      <option value="" ?selected=${view.value === ''}>${text.choose()}</option>
      ${field.options.map(
        (option) => html`<option value=${option.value} ?selected=${view.value === option.value}>${pick(option.label, locale)}</option>`,
      )}
    </select>`;
  } else if (field.kind === 'textarea') {
    control = html`<textarea
      id=${id}
      name=${view.name}
      rows="4"
      ?required=${common.required}
      aria-invalid=${common.invalid}
      aria-describedby=${describedBy}
      .value=${view.value}
      @input=${onInput}
    ></textarea>`;
  } else {
    const type = field.kind === 'identifier' ? (INPUT_TYPES[field.identifier] ?? 'text') : 'text';
    const numeric = field.kind === 'date' || (field.kind === 'identifier' && field.identifier !== 'email');
    control = html`<input
      id=${id}
      name=${view.name}
      type=${type}
      inputmode=${numeric ? (type === 'tel' ? 'tel' : 'numeric') : nothing}
      autocomplete=${field.autocomplete ?? 'off'}
      ?required=${common.required}
      aria-invalid=${common.invalid}
      aria-describedby=${describedBy}
      .value=${view.value}
      @input=${onInput}
    />`;
  }
  return html`<div class="field ${error ? 'invalid' : ''}">
    <label for=${id}>${pick(field.label, locale)}${requiredMark(field.required)}</label>
    ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
    ${error ? html`<p class="error" id=${`${id}-error`}>${error}</p>` : nothing} ${control}
  </div>`;
}
