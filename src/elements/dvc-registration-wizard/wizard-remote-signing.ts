/** SIM ký số and SmartCA: the waiting view while the holder confirms, and each outcome. */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { RemoteSigningStart } from '../../core/schemas/signing.js';
import { templates as english } from '../../i18n/generated/en/wizard-remote-signing.js';
import { addTranslations } from '../../i18n/locale.js';

addTranslations(english);

export type RemoteOutcome = 'pending' | 'rejected' | 'expired';

/** The next wait between polls: the server's interval, growing by half each time, at most 8 times it. */
export const nextPollDelay = (base: number, polls: number): number => Math.min(base * 8, Math.round(base * 1.5 ** polls));

/** Time left as calm text, in whole minutes (never a ticking seconds count). */
export function timeLeftText(expiresAt: string, now = Date.now()): string {
  const minutes = Math.ceil((Date.parse(expiresAt) - now) / 60_000);
  if (minutes <= 1) return msg('Yêu cầu sẽ hết hạn trong khoảng một phút nữa.', { id: 'wizard.remote.left-one' });
  return msg(str`Yêu cầu còn hiệu lực trong khoảng ${minutes} phút.`, { id: 'wizard.remote.left' });
}

export interface WaitingView {
  method: 'sim-ca' | 'smartca';
  start: RemoteSigningStart;
  outcome: RemoteOutcome;
  onCancel: () => void;
  onRestart: () => void;
  onBack: () => void;
}

export function renderWaiting(view: WaitingView): TemplateResult {
  const where =
    view.method === 'sim-ca'
      ? msg('Điện thoại của bạn sẽ hiện yêu cầu xác nhận từ SIM ký số. Kiểm tra mã giao dịch rồi nhập mã PIN của SIM để đồng ý.', {
          id: 'wizard.remote.where-sim',
        })
      : msg('Mở ứng dụng VNPT SmartCA trên điện thoại, kiểm tra mã giao dịch rồi xác nhận yêu cầu.', { id: 'wizard.remote.where-smartca' });
  if (view.outcome === 'rejected' || view.outcome === 'expired')
    return html`<div class="failure" role="alert" tabindex="-1">
        <p>
          ${
            view.outcome === 'rejected'
              ? msg('Yêu cầu đã bị từ chối trên điện thoại, nên tài khoản chưa được tạo.', { id: 'wizard.remote.rejected' })
              : msg('Yêu cầu đã hết hạn trước khi được xác nhận.', { id: 'wizard.remote.expired' })
          }
        </p>
        <p>${msg('Bạn có thể gửi lại yêu cầu, hoặc quay lại để sửa thông tin.', { id: 'wizard.remote.way-forward' })}</p>
      </div>
      <div class="actions">
        <button type="button" class="primary" @click=${view.onRestart}>${msg('Gửi lại yêu cầu', { id: 'wizard.remote.restart' })}</button>
        <button type="button" class="secondary" @click=${view.onBack}>${msg('Quay lại', { id: 'wizard.back' })}</button>
      </div>`;
  return html`<p>${where}</p>
    <p class="transaction">${msg('Mã giao dịch:', { id: 'wizard.remote.code' })} <strong class="code">${view.start.displayCode}</strong></p>
    <p class="hint time-left">${timeLeftText(view.start.expiresAt)}</p>
    <div class="actions">
      <button type="button" class="secondary" @click=${view.onCancel}>${msg('Hủy yêu cầu', { id: 'wizard.remote.cancel' })}</button>
    </div>`;
}
