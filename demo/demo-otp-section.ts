import { LitElement, html } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { createHttpBackend } from '../src/core/backend/http-backend.js';
import type { DvcOtpInput } from '../src/elements/dvc-otp-input/dvc-otp-input.js';
import { templates as english } from '../src/i18n/generated/en/demo-otp-section.js';
import { addTranslations } from '../src/i18n/locale.js';
import { sectionStyles } from './demo-section.styles.js';

addTranslations(english);

/** A BHXH registration's first step, whose one-time code this section confirms. */
const APPLICANT = {
  method: 'bhxh',
  subject: 'citizen',
  bhxhCode: '0123456789',
  idNumber: '001090012345',
  fullName: 'Nguyễn Văn An',
  birthDate: '15/05/1990',
  phone: '0912345678',
} as const;

/**
 * "Confirm your phone": asks the demo backend (over HTTP) to send a code, which appears on the
 * simulated phone, then checks the code typed or pasted into `<dvc-otp-input>`.
 */
export class DemoOtpSection extends LitElement {
  static override styles = sectionStyles;

  static override properties = { _maskedTo: { state: true }, _verified: { state: true } };

  /** Where the code went; empty until one was sent. */
  declare private _maskedTo: string;
  declare private _verified: boolean;
  private readonly _backend = createHttpBackend({ baseUrl: '/api' });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this._maskedTo = '';
    this._verified = false;
  }

  private get _otp(): DvcOtpInput {
    return this.renderRoot.querySelector('dvc-otp-input') as DvcOtpInput;
  }

  private async _send() {
    const step = await this._backend.startRegistration(APPLICANT);
    if (step.next !== 'otp') return;
    this._maskedTo = step.otp.maskedTo;
    this._verified = false;
    await this.updateComplete;
    Object.assign(this._otp, {
      registrationId: step.registrationId,
      length: step.otp.length,
      expiresAt: step.otp.expiresAt,
      resendAt: step.otp.resendAt,
      attemptsLeft: step.otp.attemptsLeft,
      value: '',
    });
    this._otp.focus();
  }

  private async _verify(event: SubmitEvent) {
    event.preventDefault();
    const otp = this._otp;
    try {
      await this._backend.verifyOtp({ registrationId: otp.registrationId, code: otp.value });
      otp.showError(null);
      this._verified = true;
    } catch (error) {
      otp.showError(error);
    }
  }

  override render() {
    if (!this._maskedTo)
      return html`<p>${msg('Bấm nút để hệ thống gửi mã OTP đến điện thoại mô phỏng.', { id: 'demo.otp.intro' })}</p>
        <button type="button" @click=${this._send}>${msg('Gửi mã OTP', { id: 'demo.otp.send' })}</button>`;
    return html`
      <form @submit=${this._verify} novalidate>
        <dvc-otp-input
          name="otp"
          required
          .backend=${this._backend}
          hint=${msg(str`Mã đã được gửi đến số ${this._maskedTo}.`, { id: 'demo.otp.sent-to' })}
        ></dvc-otp-input>
        <p><button type="submit">${msg('Xác nhận', { id: 'demo.otp.confirm' })}</button></p>
        <p role="status" class="result">${this._verified ? msg('Đã xác nhận số điện thoại.', { id: 'demo.otp.verified' }) : ''}</p>
      </form>
    `;
  }
}
customElements.define('dvc-demo-otp-section', DemoOtpSection);
