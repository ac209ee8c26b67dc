/**
 * The steps after a support request's form: check answers, each with a "Thay đổi" (change) button
 * back to its field and the button that sends, and the sending; then the ticket reference. Loaded apart from the
 * form, and awaited before the check-answers step shows.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { SupportCategory } from '../../core/schemas/feedback.js';
import { templates as english } from '../../i18n/generated/en/support-review.js';
import { addTranslations } from '../../i18n/locale.js';
import { categoryLabel, channelLabel, fieldLabel, type ContactChannel, type SupportField } from './support-text.js';

addTranslations(english);

/** Sending, which only the check-answers step starts. */
export { sendWithFiles } from '../shared-fields/send-with-files.js';

export interface ReviewView {
  id(name: string): string;
  category: SupportCategory | '';
  procedure: { code: string; name: string } | null;
  question: string;
  fileNames: readonly string[];
  fullName: string;
  contactChannel: ContactChannel | '';
  /** The phone number or email address of the chosen channel. */
  contact: string;
  sending: boolean;
  onChange(field: SupportField): void;
  onSend(): void;
}

export function renderReview(view: ReviewView): TemplateResult {
  const { category, contactChannel, procedure, sending } = view;
  const none = msg('Không có', { id: 'support.review.none' });
  const rows: [SupportField, string][] = [
    ['category', category ? categoryLabel(category) : ''],
    ['procedure', procedure ? `${procedure.name} (${procedure.code})` : none],
    ['question', view.question],
    ['attachments', view.fileNames.length ? view.fileNames.join(', ') : none],
    ['fullName', view.fullName],
    ['contactChannel', contactChannel ? `${channelLabel(contactChannel)}: ${view.contact}` : ''],
  ];
  return html`<h2 id=${view.id('review')} tabindex="-1">${msg('Kiểm tra lại trước khi gửi', { id: 'support.review.heading' })}</h2>
    <dl class="review">
      ${rows.map(
        ([field, value]) =>
          html`<div>
            <dt>${fieldLabel(field)}</dt>
            <dd>${value}</dd>
            <dd class="change">
              <button type="button" class="link" ?disabled=${sending} @click=${() => view.onChange(field)}>
                ${msg('Thay đổi', { id: 'support.review.change' })}<span class="visually-hidden"> ${fieldLabel(field)}</span>
              </button>
            </dd>
          </div>`,
      )}
    </dl>
    <div class="actions">
      <button type="button" class="primary" aria-disabled=${sending ? 'true' : 'false'} @click=${() => view.onSend()}>
        ${sending ? msg('Đang gửi…', { id: 'support.sending-button' }) : msg('Gửi yêu cầu', { id: 'support.send' })}
      </button>
    </div>`;
}

export interface DoneView {
  id(name: string): string;
  reference: string;
  /** The phone number or email address the answer goes to. */
  contact: string;
  onCopy(): void;
  onAgain(): void;
}

export function renderDone(view: DoneView): TemplateResult {
  return html`<h2 id=${view.id('done')} tabindex="-1">${msg('Đã gửi yêu cầu hỗ trợ', { id: 'support.done.heading' })}</h2>
    <p>${msg('Mã yêu cầu của bạn', { id: 'support.done.reference-label' })}</p>
    <p class="reference">
      <strong>${view.reference}</strong>
      <button type="button" @click=${() => view.onCopy()}>${msg('Sao chép mã', { id: 'support.copy' })}</button>
    </p>
    <p>
      ${msg(str`Tổng đài sẽ trả lời qua ${view.contact}. Khi gọi tổng đài 1800 1096 (miễn phí), hãy đọc mã này.`, {
        id: 'support.done.next',
      })}
    </p>
    <div class="actions">
      <button type="button" @click=${() => view.onAgain()}>${msg('Gửi yêu cầu khác', { id: 'support.again' })}</button>
    </div>`;
}
