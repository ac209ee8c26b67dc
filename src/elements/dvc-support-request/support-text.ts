/** The support request's words: field labels, the categories and channels, and its own checks. */
import { msg, str } from '@lit/localize';
import type { SupportCategory } from '../../core/schemas/feedback.js';
import { SUPPORT_CATEGORIES as CATEGORIES, SUPPORT_QUESTION_MAX, SUPPORT_QUESTION_MIN } from '../../core/schemas/support-request-rules.js';
import { templates as english } from '../../i18n/generated/en/support-text.js';
import { addTranslations, getLocale } from '../../i18n/locale.js';

addTranslations(english);

export type SupportField =
  'category' | 'procedure' | 'question' | 'attachments' | 'fullName' | 'contactChannel' | 'phone' | 'email' | 'captchaAnswer';

export type ContactChannel = 'phone' | 'email';

export const SUPPORT_CATEGORIES: readonly SupportCategory[] = CATEGORIES;

/** A count as the page's language writes it: 5.000 or 5,000. */
export const formatCount = (count: number): string => count.toLocaleString(getLocale() === 'en' ? 'en-GB' : 'vi-VN');

export function fieldLabel(field: SupportField): string {
  switch (field) {
    case 'category':
      return msg('Vấn đề cần hỗ trợ', { id: 'support.field.category' });
    case 'procedure':
      return msg('Thủ tục liên quan', { id: 'support.field.procedure' });
    case 'question':
      return msg('Câu hỏi của bạn', { id: 'support.field.question' });
    case 'attachments':
      return msg('Tệp đính kèm', { id: 'support.field.attachments' });
    case 'fullName':
      return msg('Họ và tên', { id: 'support.field.full-name' });
    case 'contactChannel':
      return msg('Nhận trả lời qua', { id: 'support.field.channel' });
    case 'phone':
      return msg('Số điện thoại', { id: 'support.field.phone' });
    case 'email':
      return msg('Thư điện tử', { id: 'support.field.email' });
    default:
      return msg('Mã xác thực', { id: 'support.field.captcha' });
  }
}

export function categoryLabel(category: SupportCategory): string {
  switch (category) {
    case 'portal':
      return msg('Sử dụng Cổng Dịch vụ công', { id: 'support.category.portal' });
    case 'account':
      return msg('Tài khoản, đăng nhập', { id: 'support.category.account' });
    case 'procedure':
      return msg('Thực hiện một thủ tục hành chính', { id: 'support.category.procedure' });
    case 'payment':
      return msg('Thanh toán trực tuyến', { id: 'support.category.payment' });
    default:
      return msg('Vấn đề khác', { id: 'support.category.other' });
  }
}

export const channelLabel = (channel: ContactChannel): string =>
  channel === 'phone'
    ? msg('Điện thoại (gọi lại hoặc tin nhắn)', { id: 'support.channel.phone' })
    : msg('Thư điện tử', { id: 'support.channel.email' });

export const questionHint = (): string =>
  msg(
    str`Viết bằng tiếng Việt có dấu, từ ${formatCount(SUPPORT_QUESTION_MIN)} đến ${formatCount(SUPPORT_QUESTION_MAX)} ký tự. Không ghi mật khẩu, mã OTP hay số thẻ ngân hàng.`,
    { id: 'support.question.hint' },
  );

/** What is left of the question's limit, or by how much it is over. */
export function countText(length: number): string {
  const left = SUPPORT_QUESTION_MAX - length;
  return left >= 0
    ? msg(str`Bạn còn ${formatCount(left)} ký tự`, { id: 'support.count.left' })
    : msg(str`Bạn đã viết quá ${formatCount(-left)} ký tự`, { id: 'support.count.over' });
}

/** The message for a question the schema refused (its issue message is the reason). */
export function questionMessage(reason: string, empty: boolean): string {
  if (empty) return msg('Vui lòng nhập câu hỏi của bạn.', { id: 'support.error.question-required' });
  switch (reason) {
    case 'text.other-script':
      return msg('Câu hỏi phải viết bằng tiếng Việt; phần lớn chữ đang ở ngôn ngữ khác.', { id: 'support.error.other-script' });
    case 'text.no-diacritics':
      return msg('Vui lòng viết bằng tiếng Việt có dấu để tổng đài hiểu đúng câu hỏi.', { id: 'support.error.no-diacritics' });
    case 'text.too-long':
      return msg(str`Câu hỏi không được dài quá ${formatCount(SUPPORT_QUESTION_MAX)} ký tự.`, { id: 'support.error.question-long' });
    default:
      return msg(str`Câu hỏi cần ít nhất ${formatCount(SUPPORT_QUESTION_MIN)} ký tự để tổng đài hiểu được vấn đề.`, {
        id: 'support.error.question-short',
      });
  }
}

export const categoryRequired = (): string => msg('Vui lòng chọn vấn đề bạn cần hỗ trợ.', { id: 'support.error.category' });

export const procedureRequired = (): string => msg('Vui lòng tìm và chọn thủ tục bạn cần hỗ trợ.', { id: 'support.error.procedure' });

export const channelRequired = (): string => msg('Vui lòng chọn cách nhận trả lời.', { id: 'support.error.channel' });
