/**
 * What the feedback form shows after its first screen: the answers to check before sending (and
 * the sending), and the follow-up of a sent feedback (its status and the agencies'
 * answers). Fetched when the form connects, while it draws its first screen.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Feedback } from '../../core/schemas/feedback.js';
import { fieldLabel, type FeedbackField } from './feedback-text.js';
import { templates as english } from '../../i18n/generated/en/feedback-views.js';
import { addTranslations } from '../../i18n/locale.js';

addTranslations(english);

/** Sending, which only the check-answers step starts. */
export { sendWithFiles } from '../shared-fields/send-with-files.js';

export interface ReviewView {
  /** The heading's id, which takes focus. */
  id: string;
  rows: readonly [FeedbackField, string][];
  /** The names of the chosen files. */
  files: readonly string[];
  sending: boolean;
  /** What sending is doing now (uploading a file, sending), announced. */
  progress: string;
  onEdit(): void;
  onSend(): void;
}

export function renderReview(view: ReviewView): TemplateResult {
  const { sending } = view;
  const rows: [FeedbackField, string][] = [
    ...view.rows,
    ['attachments', view.files.length ? view.files.join(', ') : msg('Không có', { id: 'feedback.no-files' })],
  ];
  return html`<h2 id=${view.id} tabindex="-1">${msg('Kiểm tra lại trước khi gửi', { id: 'feedback.review.heading' })}</h2>
    <dl class="review">
      ${rows.map(
        ([field, value]) =>
          html`<dt>${fieldLabel(field)}</dt>
            <dd>${value}</dd>`,
      )}
    </dl>
    <div class="actions">
      <button type="button" ?disabled=${sending} @click=${view.onEdit}>${msg('Sửa', { id: 'feedback.edit' })}</button>
      <button type="button" class="primary" aria-disabled=${sending ? 'true' : 'false'} @click=${() => !sending && view.onSend()}>
        ${sending ? msg('Đang gửi…', { id: 'feedback.sending-button' }) : msg('Gửi phản ánh', { id: 'feedback.send' })}
      </button>
    </div>
    <p role="status" class="progress">${view.progress}</p>`;
}

function statusText(status: string): string {
  switch (status) {
    case 'received':
      return msg('Đã tiếp nhận', { id: 'feedback.status.received' });
    case 'processing':
      return msg('Đang xử lý', { id: 'feedback.status.processing' });
    case 'answered':
      return msg('Đã trả lời', { id: 'feedback.status.answered' });
    default:
      return msg('Đã đóng', { id: 'feedback.status.closed' });
  }
}

export function renderFollowUp(feedback: Feedback, locale: string): TemplateResult {
  return html`<h2>${feedback.title}</h2>
    <dl class="review">
      <dt>${msg('Mã phản ánh', { id: 'feedback.follow-up.reference' })}</dt>
      <dd>${feedback.reference}</dd>
      <dt>${msg('Trạng thái', { id: 'feedback.follow-up.status' })}</dt>
      <dd>${statusText(feedback.status)}</dd>
      ${
        feedback.agency
          ? html`<dt>${msg('Cơ quan xử lý', { id: 'feedback.follow-up.agency' })}</dt>
              <dd>${feedback.agency}</dd>`
          : nothing
      }
    </dl>
    <h3>${msg('Trả lời', { id: 'feedback.follow-up.answers' })}</h3>
    ${
      feedback.answers.length
        ? html`<ol class="answers">
            ${feedback.answers.map(
              (answer) =>
                html`<li>
                  <p>
                    <strong>${answer.agency}</strong>
                    (${new Date(answer.answeredAt).toLocaleDateString(locale === 'en' ? 'en-GB' : 'vi-VN')})
                  </p>
                  <p>${answer.text}</p>
                </li>`,
            )}
          </ol>`
        : html`<p>${msg('Chưa có trả lời.', { id: 'feedback.follow-up.no-answers' })}</p>`
    }`;
}
