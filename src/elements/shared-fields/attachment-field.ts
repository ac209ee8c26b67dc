/**
 * Attachments as a form field, for forms rendered in the light DOM: a native file input, the
 * list of chosen files each with a remove button, and the reason the last files were refused
 * (see `addFiles()`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { acceptAttribute, type AttachmentPolicy } from '../../core/attachments/attachment-policy.js';
import { templates as english } from '../../i18n/generated/en/attachment-field.js';
import { addTranslations } from '../../i18n/locale.js';

addTranslations(english);

export interface AttachmentFieldView {
  id: string;
  label: string;
  policy: AttachmentPolicy;
  files: readonly File[];
  error: string;
  onChoose(files: File[]): void;
  onRemove(index: number): void;
}

export function renderAttachmentField(view: AttachmentFieldView): TemplateResult {
  const { id, error, policy } = view;
  const kinds = policy.kinds.map((kind) => kind.toUpperCase()).join(', ');
  return html`<div class="field ${error ? 'invalid' : ''}">
    <label for=${id}>${view.label}</label>
    <p class="hint" id=${`${id}-hint`}>
      ${msg(str`Không bắt buộc. Tối đa ${policy.maxFiles} tệp ${kinds}.`, { id: 'attachment-field.hint' })}
    </p>
    ${error ? html`<p class="error" id=${`${id}-error`}>${error}</p>` : nothing}
    <input
      id=${id}
      type="file"
      multiple
      accept=${acceptAttribute(policy)}
      aria-describedby=${[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
      @change=${(event: Event) => {
        const input = event.target as HTMLInputElement;
        const chosen = [...(input.files ?? [])];
        // Emptied, so choosing the same file again (after removing it) fires `change` again.
        input.value = '';
        view.onChoose(chosen);
      }}
    />
    ${
      view.files.length
        ? html`<ul class="files">
            ${view.files.map(
              (file, index) =>
                html`<li>
                  <span>${file.name}</span>
                  <button type="button" class="link" @click=${() => view.onRemove(index)}>
                    ${msg('Bỏ', { id: 'attachment-field.remove' })}<span class="visually-hidden"> ${file.name}</span>
                  </button>
                </li>`,
            )}
          </ul>`
        : nothing
    }
  </div>`;
}
