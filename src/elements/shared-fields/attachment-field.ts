/**
 * Attachments as a form field, for forms rendered in the light DOM: the file picker, with the
 * chosen files each with a remove button, and the reason the last files were refused (see
 * `addFiles()`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { acceptAttribute, type AttachmentPolicy } from '../../core/attachments/attachment-policy.js';
import { templates as english } from '../../i18n/generated/en/attachment-field.js';
import { addTranslations } from '../../i18n/locale.js';
import { renderFilePicker } from './file-picker.js';

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
    ${renderFilePicker({ ...view, multiple: true, accept: acceptAttribute(policy), invalid: Boolean(error) })}
  </div>`;
}
