/** The dossier form's own words: its fixed labels, and a description's text in the page's language. */
import { msg, str } from '@lit/localize';
import type { LocalizedText } from '../../core/dossier-forms/index.js';
import type { Locale } from '../../core/session.js';
import { templates as english } from '../../i18n/generated/en/dossier-form-text.js';
import { addTranslations } from '../../i18n/locale.js';

addTranslations(english);

/** A description's `{ vi, en }` text in the locale shown. */
export const pick = (text: LocalizedText, locale: Locale): string => (locale === 'en' ? text.en : text.vi);

export const text = {
  requiredNote: () => msg('Các mục có dấu * là bắt buộc.', { id: 'dossier-form.required-note' }),
  dateHint: () => msg('Nhập theo dạng ngày/tháng/năm, ví dụ 15/03/2026.', { id: 'dossier-form.date-hint' }),
  choose: () => msg('— Chọn —', { id: 'dossier-form.choose' }),
  legalBasis: () => msg('Căn cứ pháp lý', { id: 'dossier-form.legal-basis' }),
  documents: () => msg('Thành phần hồ sơ', { id: 'dossier-form.documents' }),
  continue: () => msg('Tiếp tục', { id: 'dossier-form.continue' }),
  // `item` is a row's name from the description ("Thành viên" / "Member"), lower-cased mid-sentence.
  addMember: (item: string) => msg(str`Thêm ${item}`, { id: 'dossier-form.add-row' }),
  removeMember: (item: string, n: number) => msg(str`Xoá ${item} ${n}`, { id: 'dossier-form.remove-row' }),
  added: (item: string, n: number) => msg(str`Đã thêm ${item} ${n}.`, { id: 'dossier-form.row-added' }),
  removed: (item: string, n: number, left: number) => msg(str`Đã xoá ${item} ${n}. Còn ${left} người.`, { id: 'dossier-form.row-removed' }),
  noRows: () => msg('Chưa khai thành viên nào.', { id: 'dossier-form.no-rows' }),
  optional: () => msg('Không bắt buộc.', { id: 'dossier-form.optional' }),
  fileKinds: (kinds: string, max: number) => msg(str`Tệp ${kinds}, tối đa ${max} tệp.`, { id: 'dossier-form.file-kinds' }),
  fileRemoved: (name: string) => msg(str`Đã bỏ tệp ${name}.`, { id: 'dossier-form.file-removed' }),
  reviewHeading: () => msg('Kiểm tra lại trước khi nộp', { id: 'dossier-form.review.heading' }),
  change: () => msg('Thay đổi', { id: 'dossier-form.review.change' }),
  none: () => msg('Không có', { id: 'dossier-form.review.none' }),
  fees: () => msg('Phí, lệ phí', { id: 'dossier-form.review.fees' }),
  noFees: () => msg('Thủ tục này không thu phí, lệ phí.', { id: 'dossier-form.review.no-fees' }),
  submit: () => msg('Nộp hồ sơ', { id: 'dossier-form.submit' }),
  submitting: () => msg('Đang nộp hồ sơ…', { id: 'dossier-form.submitting' }),
  uploading: (n: number, total: number, name: string) => msg(str`Đang tải tệp ${n}/${total}: ${name}`, { id: 'dossier-form.uploading' }),
  doneHeading: () => msg('Đã nộp hồ sơ', { id: 'dossier-form.done.heading' }),
  doneCode: (code: string) => msg(str`Mã hồ sơ của bạn: ${code}.`, { id: 'dossier-form.done.code' }),
  doneNext: () =>
    msg('Dùng mã này để theo dõi hồ sơ. Cơ quan tiếp nhận sẽ thông báo kết quả qua tài khoản của bạn.', { id: 'dossier-form.done.next' }),
  payFees: (amount: string) => msg(str`Nộp phí, lệ phí (${amount})`, { id: 'dossier-form.done.pay' }),
  followStatus: () => msg('Theo dõi hồ sơ', { id: 'dossier-form.done.status' }),
  signInNeeded: () => msg('Bạn cần đăng nhập tài khoản Cổng Dịch vụ công để nộp hồ sơ trực tuyến.', { id: 'dossier-form.sign-in-needed' }),
  signIn: () => msg('Đăng nhập', { id: 'dossier-form.sign-in' }),
  noForm: (code: string) => msg(str`Thủ tục ${code} chưa có biểu mẫu nộp hồ sơ trực tuyến.`, { id: 'dossier-form.no-form' }),
  retry: () => msg('Thử lại', { id: 'dossier-form.retry' }),
  attachmentsExpired: () =>
    msg('Tệp đính kèm đã hết hạn lưu tạm; hệ thống sẽ tải lại khi bạn nộp.', { id: 'dossier-form.error.attachments-expired' }),
  refused: () =>
    msg('Cơ quan tiếp nhận chưa chấp nhận một số thông tin. Vui lòng sửa các mục được nêu.', { id: 'dossier-form.error.refused-summary' }),
};
