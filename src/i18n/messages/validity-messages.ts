/** Messages for a form control's own validity states (required, incomplete). */
import { msg } from '@lit/localize';

export const validityMessages: Record<string, () => string> = {
  'value.required': () => msg('Vui lòng nhập thông tin bắt buộc.', { id: 'value.required' }),
  'otp.required': () => msg('Vui lòng nhập mã OTP.', { id: 'otp.required' }),
  'otp.incomplete': () => msg('Mã OTP chưa đủ số ký tự.', { id: 'otp.incomplete' }),
};
