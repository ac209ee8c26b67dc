/**
 * The messages of what the answers' check refuses, loaded with it: the identifier messages they
 * fall back on are not needed before the citizen continues.
 */
import { msg } from '@lit/localize';
import { errorMessage } from '../../i18n/messages.js';
import { templates as english } from '../../i18n/generated/en/feedback-issue-messages.js';
import { addTranslations } from '../../i18n/locale.js';
import type { FeedbackField } from './feedback-text.js';

addTranslations(english);

/** A schema issue (or backend code) as the message shown under the field. */
export function issueMessage(code: string, field: FeedbackField): string {
  switch (code) {
    case 'text.other-script':
      return msg('Nội dung phải viết bằng tiếng Việt; phần lớn chữ đang ở ngôn ngữ khác.', { id: 'feedback.error.other-script' });
    case 'text.no-diacritics':
      return msg('Vui lòng viết bằng tiếng Việt có dấu để cơ quan tiếp nhận hiểu đúng nội dung.', {
        id: 'feedback.error.no-diacritics',
      });
    case 'text.too-short':
      return field === 'title'
        ? msg('Tiêu đề cần ít nhất 5 ký tự.', { id: 'feedback.error.title-short' })
        : msg('Nội dung cần ít nhất 20 ký tự để cơ quan hiểu được vấn đề.', { id: 'feedback.error.content-short' });
    case 'text.too-long':
      return msg('Nội dung quá dài.', { id: 'feedback.error.too-long' });
    default:
      break;
  }
  if (field === 'address')
    return msg('Vui lòng chọn tỉnh, thành phố và xã, phường, rồi nhập số nhà hoặc tên đường.', { id: 'feedback.error.address' });
  if (field === 'title' || field === 'content') return msg('Vui lòng nhập nội dung này.', { id: 'feedback.error.required' });
  return errorMessage(code);
}
