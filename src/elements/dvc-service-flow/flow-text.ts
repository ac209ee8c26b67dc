/** The journey's wording, Vietnamese with English translations (ids `flow.*`). */
import { msg, str } from '@lit/localize';
import { templates as english } from '../../i18n/generated/en/flow-text.js';
import { addTranslations } from '../../i18n/locale.js';
import type { FlowStep } from './flow-steps.js';

addTranslations(english);

/** Each step's heading. */
export function stepTitle(step: FlowStep): string {
  switch (step) {
    case 'search':
      return msg('Tìm thủ tục hành chính', { id: 'flow.step.search' });
    case 'account':
      return msg('Đăng nhập hoặc tạo tài khoản', { id: 'flow.step.account' });
    case 'confirm':
      return msg('Xác nhận thông tin hồ sơ', { id: 'flow.step.confirm' });
    case 'pay':
      return msg('Nộp phí, lệ phí', { id: 'flow.step.pay' });
    case 'status':
      return msg('Theo dõi hồ sơ', { id: 'flow.step.status' });
    default:
      return msg('Đánh giá sự hài lòng', { id: 'flow.step.rate' });
  }
}

export const text = {
  progress: (index: number, total: number) => msg(str`Bước ${index} / ${total}`, { id: 'flow.progress' }),
  stepsLabel: () => msg('Các bước thực hiện', { id: 'flow.steps-label' }),
  done: () => msg('(đã xong)', { id: 'flow.step-done' }),
  /** Names the step, unlike a step's own "Quay lại" (the wizard's) shown above it. */
  back: (step: number) => msg(str`Quay lại bước ${step}`, { id: 'flow.back' }),
  next: () => msg('Tiếp tục', { id: 'flow.next' }),
  finish: () => msg('Hoàn tất', { id: 'flow.finish' }),
  restart: () => msg('Bắt đầu hồ sơ mới', { id: 'flow.restart' }),
  retry: () => msg('Thử lại', { id: 'flow.retry' }),
  stepLoadFailed: () =>
    msg('Không tải được bước này. Kiểm tra kết nối mạng rồi thử lại; thông tin đã nhập vẫn được giữ.', { id: 'flow.step-load-failed' }),
  signedIn: (name: string) => msg(str`Bạn đã đăng nhập với tên ${name}.`, { id: 'flow.signed-in' }),
  procedure: () => msg('Thủ tục', { id: 'flow.procedure' }),
  procedureCode: () => msg('Mã thủ tục', { id: 'flow.procedure-code' }),
  agency: () => msg('Cơ quan thực hiện', { id: 'flow.agency' }),
  applicant: () => msg('Người nộp hồ sơ', { id: 'flow.applicant' }),
  fullName: () => msg('Họ và tên', { id: 'flow.full-name' }),
  idNumber: () => msg('Số CMND/CCCD', { id: 'flow.id-number' }),
  phone: () => msg('Số điện thoại (không bắt buộc)', { id: 'flow.phone' }),
  email: () => msg('Thư điện tử (không bắt buộc)', { id: 'flow.email' }),
  submit: () => msg('Nộp hồ sơ', { id: 'flow.submit' }),
  submitting: () => msg('Đang nộp hồ sơ…', { id: 'flow.submitting' }),
  feesNote: () =>
    msg('Phí, lệ phí do cơ quan giải quyết xác định khi hồ sơ được tạo; bạn xem lại trước khi thanh toán.', { id: 'flow.fees-note' }),
  created: (code: string) => msg(str`Đã nộp hồ sơ. Mã hồ sơ của bạn: ${code}.`, { id: 'flow.created' }),
  keepCode: () => msg('Hãy ghi lại mã hồ sơ để tra cứu về sau.', { id: 'flow.keep-code' }),
  feeLine: () => msg('Khoản thu', { id: 'flow.fee-line' }),
  amount: () => msg('Số tiền', { id: 'flow.amount' }),
  total: () => msg('Tổng cộng', { id: 'flow.total' }),
  phi: () => msg('Phí', { id: 'flow.phi' }),
  lePhi: () => msg('Lệ phí', { id: 'flow.le-phi' }),
  noFees: () => msg('Thủ tục này không thu phí, lệ phí.', { id: 'flow.no-fees' }),
  noProcedure: () => msg('Chưa chọn thủ tục. Hãy quay lại bước tìm thủ tục.', { id: 'flow.no-procedure' }),
  noDossier: () => msg('Chưa có hồ sơ cho bước này.', { id: 'flow.no-dossier' }),
  loadingProcedure: () => msg('Đang tải thủ tục…', { id: 'flow.loading-procedure' }),
  paidNext: () => msg('Đã thanh toán. Tiếp tục để theo dõi hồ sơ.', { id: 'flow.paid-next' }),
  rateWhenDone: () => msg('Bạn có thể đánh giá khi hồ sơ đã được giải quyết.', { id: 'flow.rate-when-done' }),
  completeTitle: () => msg('Bạn đã hoàn tất', { id: 'flow.complete-title' }),
  completeBody: (code: string) => msg(str`Cảm ơn bạn. Hồ sơ ${code} vẫn tra cứu được bằng mã hồ sơ.`, { id: 'flow.complete-body' }),
  completeNoDossier: () => msg('Cảm ơn bạn đã sử dụng dịch vụ công trực tuyến.', { id: 'flow.complete-no-dossier' }),
};
