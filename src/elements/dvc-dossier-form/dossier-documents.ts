/**
 * One document of the dossier (thành phần hồ sơ) as a file field: the file picker (one file or
 * several, as the document takes), with the chosen files each with a remove button, and the
 * document's hint, kinds and whether it is required.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { acceptAttribute } from '../../core/attachments/index.js';
import { documentPolicy, type FormDocument } from '../../core/dossier-forms/index.js';
import type { Locale } from '../../core/session.js';
import { pick, text } from './dossier-form-text.js';
import { requiredMark } from './dossier-fields.js';
import { renderFilePicker } from '../shared-fields/file-picker.js';

export interface DocumentView {
  id: string;
  document: FormDocument;
  required: boolean;
  files: readonly File[];
  error: string;
  locale: Locale;
  onChoose(files: File[]): void;
  onRemove(index: number): void;
}

export function renderDocument(view: DocumentView): TemplateResult {
  const { id, document, error, locale } = view;
  const policy = documentPolicy(document);
  const kinds = text.fileKinds(policy.kinds.map((kind) => kind.toUpperCase()).join(', '), policy.maxFiles);
  const hint = [document.hint ? pick(document.hint, locale) : '', view.required ? '' : text.optional(), kinds].filter(Boolean).join(' ');
  return html`<div class="field ${error ? 'invalid' : ''}">
    <label for=${id}>${pick(document.label, locale)}${requiredMark(view.required)}</label>
    <p class="hint" id=${`${id}-hint`}>${hint}</p>
    ${error ? html`<p class="error" id=${`${id}-error`}>${error}</p>` : nothing}
    ${renderFilePicker({ ...view, multiple: document.multiple, accept: acceptAttribute(policy), invalid: Boolean(error) })}
  </div>`;
}
