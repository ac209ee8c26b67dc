/**
 * The USB-token method's steps: find the signing plugin and the token's certificates, let the
 * holder pick a valid one, then sign a server challenge with the PIN so the server can read the
 * certificate's data. The PIN goes from its field to the plugin and nowhere else.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { SignatureProvider } from '../../core/backend/signature-provider.js';
import { toDvcError } from '../../core/errors.js';
import type { AccountSummary } from '../../core/events.js';
import type { Certificate, CertificateIdentity } from '../../core/schemas/signing.js';
import { errorMessage } from '../../i18n/messages.js';
import { templates as english } from '../../i18n/generated/en/wizard-usb-token-steps.js';
import { addTranslations } from '../../i18n/locale.js';
import {
  certificateRequired,
  certificateState,
  detectOs,
  pinHint,
  renderCertificateList,
  renderPluginMissing,
  type PluginDownloadUrls,
} from './wizard-usb-token.js';
import { pinLabel } from './wizard-fields.js';
import type { StepView, WizardHost } from './wizard-types.js';

addTranslations(english);

export class UsbTokenSteps {
  /** The token's certificates; null while they are being read. */
  certificates: Certificate[] | null = null;
  pluginMissing = false;
  /** What the server read from the verified certificate. */
  identity: CertificateIdentity | null = null;
  /** The verified challenge the registration proves itself with. */
  challengeId = '';
  private _certificateId: string | null = null;
  private _reading = false;

  constructor(
    private readonly _host: WizardHost,
    private readonly _provider: () => SignatureProvider | undefined,
  ) {}

  /** Asks the signing plugin for the token's certificates, or finds it missing. */
  async load(): Promise<void> {
    const provider = this._provider();
    const wasMissing = this.pluginMissing;
    this._reading = true;
    this._host.requestUpdate();
    try {
      if (!provider || !(await provider.isAvailable())) {
        this.pluginMissing = true;
        return;
      }
      this.certificates = await provider.listCertificates();
      this.pluginMissing = false;
      // The install steps, and the button that was pressed, are gone: the heading takes focus.
      if (wasMissing) this._host.focusHeading();
    } catch (error) {
      const failure = toDvcError(error);
      if (failure.code === 'plugin-missing') this.pluginMissing = true;
      else this._host.fail({ code: failure.code, message: errorMessage(failure.code), retry: () => void this.load() });
    } finally {
      this._reading = false;
      this._host.requestUpdate();
    }
  }

  /** Creates the account from the verified certificate, with the email and captcha from the details step. */
  async register(details: { email: string; captchaId: string; captchaAnswer: string }, complete: (account: AccountSummary) => void) {
    const request = { method: 'usb-token' as const, subject: this._host.subject, challengeId: this.challengeId, ...details };
    const step = await this._host.call(
      (backend, signal) => backend.startRegistration(request, { signal }),
      () => void this.register(details, complete),
    );
    if (step?.next === 'done') complete(step.account);
  }

  /** The plugin stopped answering mid-way: back to the list, which explains how to install it. */
  lostPlugin(): void {
    this.pluginMissing = true;
    this._host.go('certificate');
  }

  /** Forgets the certificate's proof: a new registration starts. */
  reset(): void {
    this.identity = null;
    this.challengeId = '';
  }

  private _submitCertificate(event: Event): void {
    event.preventDefault();
    const chosen = this.certificates?.find((certificate) => certificate.id === this._certificateId);
    if (!chosen || certificateState(chosen) !== 'valid') {
      this._host.showErrors({ certificate: certificateRequired() });
      return;
    }
    this._host.go('pin');
  }

  /**
   * PIN → server challenge → the plugin signs → the server verifies. The PIN is read from the
   * field, which is emptied at once; it goes to the plugin only.
   */
  private async _submitPin(form: HTMLFormElement): Promise<void> {
    const field = form.querySelector<HTMLInputElement>('input[name="pin"]');
    const pin = field?.value ?? '';
    if (field) field.value = '';
    if (!pin) {
      this._host.showErrors({ pin: msg('Nhập mã PIN của USB ký số.', { id: 'wizard.usb.pin-required' }) });
      return;
    }
    const provider = this._provider();
    const certificateId = this._certificateId;
    const { subject } = this._host;
    if (!provider || !certificateId) return;
    const verified = await this._host.call(
      async (backend, signal) => {
        const { challengeId, challenge } = await backend.createCertificateChallenge({ subject }, { signal });
        const signed = await provider.sign(certificateId, challenge, pin);
        return backend.verifyCertificate({ challengeId, certificate: signed.certificate, signature: signed.signature }, { signal });
      },
      () => this._host.go('pin'),
    );
    if (!verified) return;
    this.challengeId = verified.challengeId;
    this.identity = verified.identity;
    this._host.go('details');
  }

  /**
   * One form whatever the plugin answers, so the heading (the group's legend) keeps focus while
   * the certificates are read; the reading is announced in the group's own status line.
   */
  renderCertificate(view: StepView, downloadUrls: PluginDownloadUrls): TemplateResult {
    const error = view.errors.certificate;
    const listed = !this.pluginMissing && this.certificates !== null;
    return html`<form novalidate @submit=${(event: Event) => this._submitCertificate(event)}>
      <fieldset aria-describedby=${error ? view.key('certificate-error') : nothing}>
        <legend>${view.heading()}</legend>
        <p class="hint" role="status">${this._reading ? msg('Đang đọc USB ký số…', { id: 'wizard.usb.reading' }) : ''}</p>
        ${
          this.pluginMissing
            ? renderPluginMissing(detectOs(), downloadUrls, () => void this.load())
            : this.certificates
              ? renderCertificateList({
                  certificates: this.certificates,
                  selected: this._certificateId,
                  locale: view.locale,
                  idFor: (_certificate, index) => (index === 0 ? view.key('certificate') : view.key(`certificate-${index}`)),
                  error,
                  errorId: view.key('certificate-error'),
                  onSelect: (id) => {
                    this._certificateId = id;
                  },
                })
              : nothing
        }
      </fieldset>
      ${
        listed
          ? html`<button type="button" class="link" @click=${() => void this.load()}>
              ${msg('Kiểm tra lại', { id: 'wizard.usb.retry' })}
            </button>`
          : nothing
      }
      ${view.actions(listed ? msg('Tiếp tục', { id: 'wizard.continue' }) : null)}
    </form>`;
  }

  renderPin(view: StepView, busy: boolean): TemplateResult {
    const id = view.key('pin');
    const error = view.errors.pin;
    const holder = this.certificates?.find((certificate) => certificate.id === this._certificateId)?.holder ?? '';
    const submit = (event: Event) => {
      event.preventDefault();
      if (!busy) void this._submitPin(event.currentTarget as HTMLFormElement);
    };
    return html`<form novalidate @submit=${submit}>
      ${view.heading()}
      <p>${msg(str`Chứng thư số: ${holder}`, { id: 'wizard.usb.chosen' })}</p>
      <div class="field ${error ? 'invalid' : ''}">
        <label for=${id}>${pinLabel()} <span class="required" aria-hidden="true">*</span></label>
        <p class="hint" id=${`${id}-hint`}>${pinHint()}</p>
        ${error ? html`<p class="error" id=${`${id}-error`}>${error}</p>` : nothing}
        <input
          id=${id}
          name="pin"
          type="password"
          autocomplete="off"
          inputmode="numeric"
          spellcheck="false"
          required
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
        />
      </div>
      ${view.actions(msg('Xác nhận', { id: 'wizard.confirm' }))}
    </form>`;
  }
}
