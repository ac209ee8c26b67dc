/** The feedback form's field labels. */
import { msg } from '@lit/localize';
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
