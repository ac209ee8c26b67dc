/**
 * The steps that confirm the phone or the email address: the one-time code (with
 * `<dvc-otp-input>`, which also asks for a new code itself) and the wait for the email link.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { DvcBackend } from '../../core/backend/types.js';
import type { OtpState } from '../../core/schemas/registration.js';
import { templates as english } from '../../i18n/generated/en/wizard-confirm-contact.js';
import { addTranslations } from '../../i18n/locale.js';
import type { StepView } from './wizard-types.js';

addTranslations(english);

export interface OtpView extends StepView {
  backend: DvcBackend | undefined;
  registrationId: string;
  otp: OtpState | null;
  onSubmit: (event: Event) => void;
}

export function renderOtp(view: OtpView): TemplateResult {
  const { otp } = view;
  return html`<form novalidate @submit=${view.onSubmit}>
    ${view.heading()}
    <dvc-otp-input
      id=${view.key('otp')}
      name="otp"
      required
      .backend=${view.backend}
      .length=${otp?.length ?? 6}
      registration-id=${view.registrationId}
      expires-at=${otp?.expiresAt ?? nothing}
      resend-at=${otp?.resendAt ?? nothing}
      attempts-left=${otp?.attemptsLeft ?? nothing}
      hint=${otp ? msg(str`Mã OTP đã được gửi đến số ${otp.maskedTo}.`, { id: 'wizard.otp-sent' }) : ''}
    ></dvc-otp-input>
    ${view.actions(msg('Xác nhận', { id: 'wizard.confirm' }))}
  </form>`;
}

export interface EmailLinkView extends StepView {
  /** Where the link went and until when it works; null while a link from the email is being used. */
  link: { maskedEmail: string; expiresAt: string } | null;
  /** Whether "activating…" should show (not after the activation failed). */
  activating: boolean;
}

export function renderEmailLink(view: EmailLinkView): TemplateResult {
  const { link } = view;
  if (!link)
    return html`${view.heading()}
      <p>${view.activating ? msg('Đang kích hoạt tài khoản…', { id: 'wizard.email-link.activating' }) : ''}</p>`;
  const until = new Date(link.expiresAt).toLocaleString(view.locale === 'en' ? 'en-GB' : 'vi-VN', {
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });
  return html`${view.heading()}
    <p>
      ${msg(str`Chúng tôi đã gửi đường dẫn kích hoạt đến ${link.maskedEmail}. Mở thư và bấm vào đường dẫn để kích hoạt tài khoản.`, {
        id: 'wizard.email-link.sent',
      })}
    </p>
    <p>${msg(str`Đường dẫn có hiệu lực đến ${until}.`, { id: 'wizard.email-link.until' })}</p>
    <p class="hint">
      ${msg('Không nhận được thư? Kiểm tra thư mục thư rác, hoặc quay lại để chọn kích hoạt bằng mã OTP qua SMS.', {
        id: 'wizard.email-link.help',
      })}
    </p>
    ${view.actions(null)}`;
}
