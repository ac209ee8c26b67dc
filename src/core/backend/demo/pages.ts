/**
 * The small HTML pages the demo server serves in place of other parties' sites: the VNeID
 * consent page, the payment provider's page, an electronic receipt. Every value is escaped; the
 * pages carry no script, and their one style block is allowed by hash (`PAGE_STYLE`).
 */
import { DEFAULT_PAYMENT_PROVIDERS } from '../../data/payment-provider-rules.js';
import type { Payment, Receipt } from '../../schemas/payment.js';
import type { VneidConsent } from './vneid.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (value: unknown): string => String(value).replace(/[&<>"']/g, (char) => ESCAPES[char]);

export const PAGE_STYLE =
  'body{font:16px/1.5 system-ui,sans-serif;max-width:34rem;margin:2rem auto;padding:0 1rem;color:#1b1f2a}' +
  'h1{font-size:1.4rem}.note{color:#555;font-size:.9rem}table{border-collapse:collapse;width:100%}' +
  'td,th{border-bottom:1px solid #ccd;padding:.4rem;text-align:left}td.amount{text-align:right}' +
  'button{font:inherit;padding:.5rem 1.2rem;margin:.5rem .5rem 0 0;border-radius:.3rem;border:1px solid #234;cursor:pointer}' +
  'button.primary{background:#0b4f9c;color:#fff}button:focus-visible{outline:3px solid #f5a623;outline-offset:2px}';

function page(title: string, body: string): string {
  return (
    `<!doctype html><html lang="vi"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>` +
    `<style>${PAGE_STYLE}</style></head><body><main>${body}</main></body></html>`
  );
}

const vnd = (amount: number): string => new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' }).format(amount);

const hidden = (fields: Record<string, string>): string =>
  Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');

const STAND_IN_NOTE = '<p class="note">Đây là trang mô phỏng của bản demo, không phải hệ thống thật.</p>';

export function vneidConsentPage(consent: VneidConsent, form: { action: string; state: string; codeChallenge: string }): string {
  const subject = consent.subject === 'citizen' ? 'Số định danh cá nhân' : 'Mã số định danh tổ chức';
  return page(
    'VNeID – Xác thực định danh điện tử',
    `<h1>VNeID – Xác thực định danh điện tử</h1>` +
      `<p>Cổng Dịch vụ công quốc gia đề nghị sử dụng thông tin định danh điện tử của bạn để đăng nhập.</p>` +
      `<p><strong>${escapeHtml(consent.displayName)}</strong><br>${subject}: ${escapeHtml(consent.identifier)}</p>` +
      `<p>Thông tin được chia sẻ: họ và tên, số định danh, số điện thoại.</p>` +
      `<form method="post" action="${escapeHtml(form.action)}">${hidden({ state: form.state, code_challenge: form.codeChallenge })}` +
      `<button class="primary" name="decision" value="approve">Đồng ý</button>` +
      `<button name="decision" value="deny">Từ chối</button></form>${STAND_IN_NOTE}`,
  );
}

export function paymentPage(payment: Payment, action: string): string {
  // The provider's page names itself as it does on the portal's list.
  const provider = DEFAULT_PAYMENT_PROVIDERS.find(({ id }) => id === payment.providerId)?.name ?? payment.providerId;
  const rows = payment.fees
    .map(
      (line) =>
        `<tr><td>${line.type === 'phi' ? 'Phí' : 'Lệ phí'}</td><td>${escapeHtml(line.name)}</td><td class="amount">${vnd(line.amount)}</td></tr>`,
    )
    .join('');
  return page(
    'Cổng thanh toán – Thanh toán phí, lệ phí',
    `<h1>Thanh toán phí, lệ phí</h1>` +
      `<p>Nhà cung cấp: <strong>${escapeHtml(provider)}</strong><br>Hồ sơ: ${escapeHtml(payment.dossierCode)}<br>` +
      `Mã giao dịch: ${escapeHtml(payment.transactionId)}</p>` +
      `<table><thead><tr><th>Loại</th><th>Khoản thu</th><th>Số tiền</th></tr></thead><tbody>${rows}</tbody>` +
      `<tfoot><tr><th colspan="2">Tổng cộng</th><th class="amount">${vnd(payment.amount)}</th></tr></tfoot></table>` +
      `<form method="post" action="${escapeHtml(action)}">${hidden({ transactionId: payment.transactionId })}` +
      `<button class="primary" name="outcome" value="succeeded">Thanh toán</button>` +
      `<button name="outcome" value="delayed">Thanh toán, xác nhận chậm</button>` +
      `<button name="outcome" value="failed">Mô phỏng giao dịch lỗi</button>` +
      `<button name="outcome" value="cancelled">Hủy giao dịch</button></form>${STAND_IN_NOTE}`,
  );
}

/** The provider is down: it refused the payment (no money taken); a link takes the citizen back. */
export function providerDownPage(returnUrl: string): string {
  return page(
    'Cổng thanh toán tạm thời không hoạt động',
    `<h1>Cổng thanh toán tạm thời không hoạt động</h1>` +
      `<p>Nhà cung cấp đang bảo trì nên chưa nhận thanh toán. Bạn chưa bị trừ tiền.</p>` +
      `<p><a href="${escapeHtml(returnUrl)}">Quay lại trang dịch vụ công để chọn phương thức khác</a></p>${STAND_IN_NOTE}`,
  );
}

export function receiptPage(receipt: Receipt, dossierCode: string): string {
  const rows = receipt.lines
    .map((line) => `<tr><td>${escapeHtml(line.name)}</td><td class="amount">${vnd(line.amount)}</td></tr>`)
    .join('');
  const kind = receipt.type === 'phi' ? 'phí' : 'lệ phí';
  return page(
    `Biên lai thu ${kind} ${receipt.number}`,
    `<h1>Biên lai điện tử thu ${kind}</h1>` +
      `<p>Số biên lai: <strong>${escapeHtml(receipt.number)}</strong><br>Người nộp: ${escapeHtml(receipt.payerName)}<br>` +
      `Hồ sơ: ${escapeHtml(dossierCode)}<br>Ngày: ${escapeHtml(new Date(receipt.issuedAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }))}</p>` +
      `<table><tbody>${rows}</tbody><tfoot><tr><th>Tổng cộng</th><th class="amount">${vnd(receipt.amount)}</th></tr></tfoot></table>` +
      STAND_IN_NOTE,
  );
}

export function messagePage(title: string, message: string): string {
  return page(title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>${STAND_IN_NOTE}`);
}
