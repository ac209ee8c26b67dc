/**
 * What the feedback form shows after its first screen: the answers to check before sending (and
 * the sending), the reference once sent, and the follow-up of a sent feedback (its status and the agencies'
 * answers). Fetched when the form connects, while it draws its first screen.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { DvcBackend } from '../../core/backend/types.js';
import { toDvcError } from '../../core/errors.js';
import type { Feedback } from '../../core/schemas/feedback.js';
import { backendErrorMessage, errorMessagesReady } from '../../i18n/messages/error-messages-on-demand.js';
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

/** The reference of the feedback just sent, to follow it up with. */
export function renderDone(id: string, reference: string): TemplateResult {
  return html`<div class="notice" id=${id} tabindex="-1" role="status">
    <h2>${msg('Đã gửi phản ánh, kiến nghị', { id: 'feedback.done.heading' })}</h2>
    <p>${msg(str`Mã phản ánh của bạn: ${reference}. Dùng mã này để theo dõi kết quả xử lý.`, { id: 'feedback.done.reference' })}</p>
  </div>`;
}

/** The feedback with `reference`, or why it cannot be shown, in the page language. */
export async function fetchFeedback(
  backend: DvcBackend,
  reference: string,
): Promise<{ feedback: Feedback } | { code: string; message: string }> {
  try {
    return { feedback: await backend.getFeedback({ reference }) };
  } catch (error) {
    const { code } = toDvcError(error);
    await errorMessagesReady();
    const message =
      code === 'not-found' || code === 'invalid-input'
        ? msg(str`Không tìm thấy phản ánh có mã ${reference}.`, { id: 'feedback.follow-up.not-found' })
        : backendErrorMessage(code);
    return { code, message };
  }
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
