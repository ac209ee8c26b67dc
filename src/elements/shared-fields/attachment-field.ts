/**
 * Attachments as a form field, for forms rendered in the light DOM: a native file input, the
 * list of chosen files each with a remove button, and the check of every file as it is chosen
 * (type, content, size, then count and total), refused with the reason in the page's language.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  acceptAttribute,
  checkAttachment,
  checkAttachmentSet,
  type AttachmentErrorCode,
  type AttachmentPolicy,
} from '../../core/attachments/index.js';
import { attachmentMessage } from '../../i18n/messages/attachment-messages.js';
import { templates as english } from '../../i18n/generated/en/attachment-field.js';
import { addTranslations } from '../../i18n/locale.js';

addTranslations(english);

/** The files to add when all pass, else why the first that fails does (nothing is added then). */
export async function checkAddedFiles(
  kept: readonly File[],
  added: readonly File[],
  policy: AttachmentPolicy,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const set = checkAttachmentSet(kept, added, policy);
  if (!set.ok) return { ok: false, message: attachmentMessage(set.error.code as AttachmentErrorCode, policy) };
  for (const file of added) {
    const checked = await checkAttachment(file, policy);
    if (!checked.ok) return { ok: false, message: attachmentMessage(checked.error.code as AttachmentErrorCode, policy, file.name) };
  }
  return { ok: true };
}

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
