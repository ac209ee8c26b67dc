/** The feedback form's words: field labels and the messages of its own checks. */
import { msg } from '@lit/localize';
import { errorMessage } from '../../i18n/messages.js';
import { templates as english } from '../../i18n/generated/en/feedback-text.js';
import { addTranslations } from '../../i18n/locale.js';

addTranslations(english);

export type FeedbackField = 'fullName' | 'address' | 'phone' | 'email' | 'title' | 'content' | 'attachments' | 'captchaAnswer';

export function fieldLabel(field: FeedbackField): string {
  switch (field) {
    case 'fullName':
      return msg('Họ và tên', { id: 'feedback.field.full-name' });
    case 'address':
      return msg('Địa chỉ', { id: 'feedback.field.address' });
    case 'phone':
      return msg('Số điện thoại', { id: 'feedback.field.phone' });
    case 'email':
      return msg('Thư điện tử', { id: 'feedback.field.email' });
    case 'title':
      return msg('Tiêu đề', { id: 'feedback.field.title' });
    case 'content':
      return msg('Nội dung phản ánh, kiến nghị', { id: 'feedback.field.content' });
    case 'attachments':
      return msg('Tệp đính kèm', { id: 'feedback.field.attachments' });
    default:
      return msg('Mã xác thực', { id: 'feedback.field.captcha' });
  }
}

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
    case 'captcha-wrong':
      return msg('Mã xác thực chưa đúng. Vui lòng nhập mã mới trong ảnh.', { id: 'feedback.error.captcha-wrong' });
    case 'captcha-expired':
      return msg('Mã xác thực đã hết hạn. Vui lòng nhập mã mới trong ảnh.', { id: 'feedback.error.captcha-expired' });
    default:
      break;
  }
  if (field === 'address')
    return msg('Vui lòng chọn tỉnh, thành phố và xã, phường, rồi nhập số nhà hoặc tên đường.', { id: 'feedback.error.address' });
  if (field === 'title' || field === 'content') return msg('Vui lòng nhập nội dung này.', { id: 'feedback.error.required' });
  return errorMessage(code);
}

export function statusText(status: string): string {
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
