/**
 * A message for every `DvcErrorCode`: what happened and what to do, in Vietnamese (the source
 * locale; English in locales/en.xlf). Typed as a full record, so a new code without a message
 * fails the typecheck.
 */
import { msg } from '@lit/localize';
import type { DvcErrorCode } from '../../core/errors.js';
import { templates as english } from '../generated/en/error-messages.js';
import { addTranslations } from '../locale.js';
import { fallbackMessage, networkMessage } from './network-message.js';

addTranslations(english);

export const errorMessages: Record<DvcErrorCode, () => string> = {
  network: networkMessage,
  timeout: () => msg('Máy chủ phản hồi quá lâu. Vui lòng thử lại sau ít phút.', { id: 'error.timeout' }),
  server: () => msg('Hệ thống đang gặp sự cố. Vui lòng thử lại sau ít phút.', { id: 'error.server' }),
  'malformed-response': () => msg('Máy chủ trả về dữ liệu không hợp lệ. Vui lòng thử lại sau.', { id: 'error.malformed-response' }),
  'rate-limited': () => msg('Bạn đã thao tác quá nhiều lần. Vui lòng chờ một lát rồi thử lại.', { id: 'error.rate-limited' }),
  'not-found': () => msg('Không tìm thấy thông tin yêu cầu. Vui lòng kiểm tra lại thông tin đã nhập.', { id: 'error.not-found' }),
  conflict: () => msg('Yêu cầu không thực hiện được ở trạng thái hiện tại. Vui lòng tải lại trang và thử lại.', { id: 'error.conflict' }),
  unauthorized: () => msg('Phiên làm việc không hợp lệ hoặc đã hết hạn. Vui lòng thực hiện lại từ đầu.', { id: 'error.unauthorized' }),
  'invalid-input': () => msg('Thông tin nhập chưa hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.', { id: 'error.invalid-input' }),
  'captcha-wrong': () => msg('Mã xác thực không đúng. Vui lòng nhập mã trong hình mới.', { id: 'error.captcha-wrong' }),
  'captcha-expired': () => msg('Mã xác thực đã hết hạn. Vui lòng nhập mã trong hình mới.', { id: 'error.captcha-expired' }),
  'otp-wrong': () => msg('Mã OTP không đúng. Vui lòng kiểm tra tin nhắn và nhập lại.', { id: 'error.otp-wrong' }),
  'otp-expired': () => msg('Mã OTP đã hết hiệu lực. Vui lòng chọn "Gửi lại mã" để nhận mã mới.', { id: 'error.otp-expired' }),
  'otp-locked': () => msg('Bạn đã nhập sai mã OTP quá số lần cho phép. Vui lòng chờ rồi yêu cầu mã mới.', { id: 'error.otp-locked' }),
  'account-exists': () =>
    msg('Số giấy tờ này đã có tài khoản. Vui lòng đăng nhập, hoặc chọn "Quên mật khẩu" nếu không nhớ mật khẩu.', {
      id: 'error.account-exists',
    }),
  'identity-mismatch': () =>
    msg(
      'Số điện thoại không đăng ký chính chủ với số giấy tờ đã nhập. Vui lòng dùng số điện thoại đứng tên bạn (kiểm tra bằng cách nhắn TTTB gửi 1414).',
      {
        id: 'error.identity-mismatch',
      },
    ),
  'signature-invalid': () => msg('Chữ ký số không hợp lệ. Vui lòng ký lại bằng chứng thư số của bạn.', { id: 'error.signature-invalid' }),
  'certificate-invalid': () =>
    msg('Chứng thư số chưa có hiệu lực, đã hết hạn hoặc không phù hợp với đối tượng đăng ký. Vui lòng chọn chứng thư số khác.', {
      id: 'error.certificate-invalid',
    }),
  'signing-rejected': () =>
    msg('Yêu cầu ký số đã bị từ chối trên thiết bị. Vui lòng gửi lại yêu cầu nếu bạn muốn tiếp tục.', { id: 'error.signing-rejected' }),
  'signing-timeout': () => msg('Yêu cầu ký số đã hết thời gian chờ xác nhận. Vui lòng gửi lại yêu cầu.', { id: 'error.signing-timeout' }),
  'plugin-missing': () =>
    msg('Không tìm thấy công cụ ký số trên máy tính. Vui lòng tải và cài đặt plugin ký số, cắm USB ký số rồi thử lại.', {
      id: 'error.plugin-missing',
    }),
  'pin-wrong': () => msg('Mã PIN không đúng. Vui lòng nhập lại mã PIN của thiết bị ký số.', { id: 'error.pin-wrong' }),
  'state-invalid': () =>
    msg('Phiên xác thực không hợp lệ, đã hết hạn hoặc đã được sử dụng. Vui lòng thực hiện lại.', { id: 'error.state-invalid' }),
  'already-paid': () => msg('Hồ sơ này đã được thanh toán. Bạn có thể xem biên lai điện tử.', { id: 'error.already-paid' }),
  'already-rated': () => msg('Hồ sơ này đã được đánh giá. Mỗi hồ sơ chỉ được đánh giá một lần.', { id: 'error.already-rated' }),
  'payment-failed': () =>
    msg('Thanh toán không thành công. Vui lòng thử lại hoặc chọn phương thức thanh toán khác.', { id: 'error.payment-failed' }),
  'provider-unavailable': () =>
    msg('Đơn vị thanh toán đang tạm thời gián đoạn. Vui lòng chọn đơn vị thanh toán khác hoặc thử lại sau.', {
      id: 'error.provider-unavailable',
    }),
  'invalid-attribute': () => msg('Thành phần được cấu hình chưa đúng. Vui lòng liên hệ quản trị trang.', { id: 'error.invalid-attribute' }),
  aborted: () => msg('Thao tác đã bị hủy.', { id: 'error.aborted' }),
  unknown: () => msg('Đã có lỗi xảy ra. Vui lòng thử lại.', { id: 'error.unknown' }),
};

/** The message for a backend or element failure code; a generic one for codes from elsewhere. */
export function backendErrorMessage(code: string): string {
  const message = (errorMessages as Record<string, (() => string) | undefined>)[code];
  return message ? message() : fallbackMessage();
}
