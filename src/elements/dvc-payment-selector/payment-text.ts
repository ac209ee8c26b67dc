/** The element's wording, Vietnamese with English translations (ids `payment.*`). */
import { msg, str } from '@lit/localize';
import type { PaymentProviderKind, ProviderRefusal } from '../../core/data/payment-providers.js';
import type { FeeType } from '../../core/schemas/fees.js';
import { templates as english } from '../../i18n/generated/en/payment-text.js';
import { addTranslations } from '../../i18n/locale.js';
import type { PayerField } from './payer-fields.js';

addTranslations(english);

export type ResultView = 'paid' | 'already-paid' | 'pending' | 'failed' | 'cancelled' | 'expired' | 'error';

export const feeTypeName = (type: FeeType): string =>
  type === 'phi' ? msg('Phí', { id: 'payment.fee-type-phi' }) : msg('Lệ phí', { id: 'payment.fee-type-le-phi' });

export const subtotalLabel = (type: FeeType): string =>
  type === 'phi' ? msg('Cộng phí', { id: 'payment.subtotal-phi' }) : msg('Cộng lệ phí', { id: 'payment.subtotal-le-phi' });

export const receiptLabel = (type: FeeType, number: string): string =>
  type === 'phi'
    ? msg(str`Biên lai thu phí số ${number}`, { id: 'payment.receipt-phi' })
    : msg(str`Biên lai thu lệ phí số ${number}`, { id: 'payment.receipt-le-phi' });

export function kindName(kind: PaymentProviderKind): string {
  switch (kind) {
    case 'bank':
      return msg('Ngân hàng', { id: 'payment.kind-bank' });
    case 'e-wallet':
      return msg('Ví điện tử', { id: 'payment.kind-e-wallet' });
    case 'card':
      return msg('Thẻ ngân hàng, thẻ quốc tế', { id: 'payment.kind-card' });
    default:
      return msg('Quét mã QR', { id: 'payment.kind-qr' });
  }
}

export function refusalText(refusal: ProviderRefusal, limit: string, window: string): string {
  switch (refusal) {
    case 'outage':
      return msg('Tạm thời không hoạt động.', { id: 'payment.refusal-outage' });
    case 'closed':
      return msg(str`Chỉ nhận thanh toán trong khung giờ ${window}.`, { id: 'payment.refusal-closed' });
    case 'below-min':
      return msg(str`Chỉ nhận khoản từ ${limit} trở lên.`, { id: 'payment.refusal-below-min' });
    default:
      return msg(str`Chỉ nhận khoản tối đa ${limit}.`, { id: 'payment.refusal-above-max' });
  }
}

export function resultHeading(view: ResultView): string {
  switch (view) {
    case 'paid':
      return msg('Thanh toán thành công', { id: 'payment.heading-paid' });
    case 'already-paid':
      return msg('Hồ sơ đã được thanh toán', { id: 'payment.heading-already-paid' });
    case 'pending':
      return msg('Đang xác nhận thanh toán', { id: 'payment.heading-pending' });
    case 'failed':
      return msg('Thanh toán không thành công', { id: 'payment.heading-failed' });
    case 'cancelled':
      return msg('Bạn đã hủy thanh toán', { id: 'payment.heading-cancelled' });
    case 'expired':
      return msg('Phiên thanh toán đã hết hạn', { id: 'payment.heading-expired' });
    default:
      return msg('Chưa kiểm tra được kết quả thanh toán', { id: 'payment.heading-error' });
  }
}

export function resultBody(view: ResultView): string {
  switch (view) {
    case 'paid':
      return msg('Cơ quan giải quyết đã nhận được khoản thanh toán. Biên lai điện tử được lập riêng cho phí và lệ phí.', {
        id: 'payment.body-paid',
      });
    case 'already-paid':
      return msg('Khoản phí, lệ phí của hồ sơ này đã được thanh toán. Bạn không cần thanh toán lại.', { id: 'payment.body-already-paid' });
    case 'pending':
      return msg(
        'Ngân hàng hoặc ví điện tử chưa xác nhận giao dịch. Trang sẽ tự cập nhật; bạn có thể rời trang và quay lại sau. Đừng thanh toán lại để tránh bị trừ tiền hai lần.',
        { id: 'payment.body-pending' },
      );
    case 'failed':
      return msg('Giao dịch bị từ chối nên bạn chưa bị trừ tiền. Bạn có thể thử lại hoặc chọn phương thức khác.', {
        id: 'payment.body-failed',
      });
    case 'cancelled':
      return msg('Giao dịch đã được hủy nên bạn chưa bị trừ tiền. Bạn có thể chọn phương thức khác để thanh toán.', {
        id: 'payment.body-cancelled',
      });
    case 'expired':
      return msg('Bạn chưa hoàn tất thanh toán trong thời gian cho phép nên chưa bị trừ tiền. Hãy thanh toán lại.', {
        id: 'payment.body-expired',
      });
    default:
      return msg('Nếu bạn đã thanh toán, đừng thanh toán lại: hãy thử kiểm tra lại sau ít phút.', { id: 'payment.body-error' });
  }
}

export const text = {
  title: () => msg('Thanh toán phí, lệ phí', { id: 'payment.title' }),
  review: () => msg('Kiểm tra khoản phải nộp', { id: 'payment.review' }),
  dossier: () => msg('Mã hồ sơ', { id: 'payment.dossier' }),
  procedure: () => msg('Thủ tục', { id: 'payment.procedure' }),
  feeName: () => msg('Khoản thu', { id: 'payment.column-name' }),
  feeAmount: () => msg('Số tiền', { id: 'payment.column-amount' }),
  total: () => msg('Tổng cộng', { id: 'payment.total' }),
  noFees: () => msg('Hồ sơ này không có khoản phí, lệ phí nào phải nộp.', { id: 'payment.no-fees' }),
  loading: () => msg('Đang tải thông tin hồ sơ…', { id: 'payment.loading' }),
  payer: () => msg('Người nộp tiền (ghi trên biên lai)', { id: 'payment.payer' }),
  payerName: () => msg('Họ và tên', { id: 'payment.payer-name' }),
  payerId: () => msg('Số CCCD/CMND', { id: 'payment.payer-id' }),
  payerAddress: () => msg('Địa chỉ', { id: 'payment.payer-address' }),
  payerPhone: () => msg('Số điện thoại di động', { id: 'payment.payer-phone' }),
  payerEmail: () => msg('Email nhận biên lai', { id: 'payment.payer-email' }),
  payerHint: () =>
    msg('Để trống thì biên lai ghi tên người đứng tên hồ sơ. Biên lai điện tử được gửi đến số điện thoại và email bạn nhập.', {
      id: 'payment.payer-hint',
    }),
  optional: () => msg('(không bắt buộc)', { id: 'payment.optional' }),
  payerNameInvalid: () => msg('Nhập họ và tên người nộp tiền, có dấu.', { id: 'payment.payer-name-invalid' }),
  payerIdInvalid: () => msg('Số CCCD gồm 12 chữ số, CMND gồm 9 chữ số.', { id: 'payment.payer-id-invalid' }),
  payerAddressInvalid: () => msg('Địa chỉ dài tối đa 300 ký tự.', { id: 'payment.payer-address-invalid' }),
  payerPhoneInvalid: () => msg('Nhập số điện thoại di động Việt Nam, ví dụ 0912 345 678.', { id: 'payment.payer-phone-invalid' }),
  payerEmailInvalid: () => msg('Nhập email đúng dạng, ví dụ ten@example.vn.', { id: 'payment.payer-email-invalid' }),
  methods: () => msg('Chọn phương thức thanh toán', { id: 'payment.methods' }),
  methodRequired: () => msg('Vui lòng chọn một phương thức thanh toán.', { id: 'payment.method-required' }),
  noMethods: () => msg('Hiện không có phương thức thanh toán nào nhận được khoản này.', { id: 'payment.no-methods' }),
  continueTo: (name: string) => msg(str`Tiếp tục đến ${name}`, { id: 'payment.continue-to' }),
  continueGeneric: () => msg('Tiếp tục thanh toán', { id: 'payment.continue' }),
  redirecting: (name: string) => msg(str`Đang chuyển đến ${name}…`, { id: 'payment.redirecting' }),
  leaving: () => msg('Bạn sẽ rời trang này để thanh toán, rồi được đưa trở lại đây.', { id: 'payment.leaving' }),
  checking: () => msg('Đang kiểm tra kết quả thanh toán…', { id: 'payment.checking' }),
  retry: () => msg('Thử lại', { id: 'payment.retry' }),
  checkAgain: () => msg('Kiểm tra lại', { id: 'payment.check-again' }),
  otherMethod: () => msg('Chọn phương thức khác', { id: 'payment.other-method' }),
  payAgain: () => msg('Thanh toán lại', { id: 'payment.pay-again' }),
  amountPaid: () => msg('Số tiền', { id: 'payment.amount-paid' }),
  transaction: () => msg('Mã giao dịch', { id: 'payment.transaction' }),
  receipts: () => msg('Biên lai điện tử', { id: 'payment.receipts' }),
  opensNewTab: () => msg('(mở trong thẻ mới)', { id: 'payment.opens-new-tab' }),
};

export const payerLabel = (field: PayerField): string =>
  ({
    fullName: text.payerName,
    idNumber: text.payerId,
    address: text.payerAddress,
    phone: text.payerPhone,
    email: text.payerEmail,
  })[field]();

export const payerError = (field: PayerField): string =>
  ({
    fullName: text.payerNameInvalid,
    idNumber: text.payerIdInvalid,
    address: text.payerAddressInvalid,
    phone: text.payerPhoneInvalid,
    email: text.payerEmailInvalid,
  })[field]();
