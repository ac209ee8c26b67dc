/**
 * A file input for the light-DOM forms, drawn as a "Chọn tệp" button in the page language with
 * what is chosen beside it, then the chosen files each with a remove button. The native control
 * would show its own words in the browser's language, and always "no file chosen", since it is
 * emptied after each choice; so it stays the control that is focused and announced, visually
 * hidden, and the button is a second label for it, hidden from the accessible name (the field's
 * label names it). Files can also be dropped on it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { templates as english } from '../../i18n/generated/en/file-picker.js';
import { addTranslations } from '../../i18n/locale.js';

addTranslations(english);

export interface FilePickerView {
  /** The input's id; the field's hint and error are `${id}-hint` and `${id}-error`. */
  id: string;
  multiple: boolean;
  accept: string;
  invalid: boolean;
  files: readonly File[];
  onChoose(files: File[]): void;
  onRemove(index: number): void;
}

export function renderFilePicker(view: FilePickerView): TemplateResult {
  const { id, files, invalid } = view;
  // Files dropped on the picker are chosen, as the native control would take them; the browser
  // would otherwise open a file dropped there in place of the page.
  return html`<div
      class="file-picker"
      @dragover=${(event: DragEvent) => event.preventDefault()}
      @drop=${(event: DragEvent) => {
        event.preventDefault();
        // Text dropped here chooses nothing (and leaves a refusal shown as it is).
        const dropped = [...(event.dataTransfer?.files ?? [])];
        if (dropped.length) view.onChoose(dropped);
      }}
    >
      <input
        id=${id}
        class="visually-hidden"
        type="file"
        ?multiple=${view.multiple}
        accept=${view.accept}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${`${id}-hint ${invalid ? `${id}-error ` : ''}${id}-chosen`}
        @change=${(event: Event) => {
          const input = event.target as HTMLInputElement;
          const chosen = [...(input.files ?? [])];
          // Emptied, so choosing the same file again (after removing it) fires `change` again.
          input.value = '';
          view.onChoose(chosen);
        }}
      />
      <label for=${id} class="button" aria-hidden="true"
        >${view.multiple ? msg('Chọn tệp', { id: 'file-picker.choose-files' }) : msg('Chọn tệp', { id: 'file-picker.choose' })}</label
      >
      <span class="hint" id=${`${id}-chosen`}
        >${
          files.length
            ? msg(str`Đã chọn ${files.length} tệp.`, { id: 'file-picker.chosen' })
            : msg('Chưa chọn tệp nào.', { id: 'file-picker.none' })
        }</span
      >
    </div>
    ${
      files.length
        ? html`<ul class="files">
            ${files.map(
              (file, index) =>
                html`<li>
                  <span>${file.name}</span>
                  <button type="button" class="link" @click=${() => view.onRemove(index)}>
                    ${msg('Bỏ', { id: 'file-picker.remove' })}<span class="visually-hidden"> ${file.name}</span>
                  </button>
                </li>`,
            )}
          </ul>`
        : nothing
    }`;
}
