/**
 * The warning before an unfinished registration times out on the server (WCAG 2.2.1 Timing
 * Adjustable): a modal dialog some time before the end, whose one button (or Escape) asks the
 * server for more time; if the time runs out all the same, the element is told so it can say
 * so and start again from the answers it kept. Fetched when the first registration starts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { DvcBackend } from '../../core/backend/types.js';
import { toDvcError } from '../../core/errors.js';
import { errorMessage } from '../../i18n/messages.js';
import { templates as english } from '../../i18n/generated/en/wizard-session-timeout.js';
import { addTranslations } from '../../i18n/locale.js';
import type { WizardClock } from './wizard-clock.js';

addTranslations(english);

export interface SessionTimeoutOptions {
  clock: () => WizardClock;
  warningMs: () => number;
  /** Something to show changed (the warning opened or closed, an extension failed). */
  onChange: () => void;
  /** The time ran out (or the server says the registration is gone). */
  onExpire: () => void;
  onError: (code: string, message: string) => void;
}

export class SessionTimeout {
  /** When the registration times out; null when nothing is being timed. */
  expiresAt: number | null = null;
  warning = false;
  extending = false;
  /** Why the last extension failed, shown in the dialog. */
  extendError = '';
  private _timer: unknown;
  private _returnFocus: HTMLElement | null = null;

  constructor(private readonly _options: SessionTimeoutOptions) {}

  /** Times a registration that ends at `isoTime`; without one, nothing is timed. */
  watch(isoTime: string | undefined): void {
    this.stop();
    const at = isoTime ? Date.parse(isoTime) : Number.NaN;
    if (Number.isNaN(at)) return;
    this.expiresAt = at;
    this._check();
  }

  stop(): void {
    if (this._timer !== undefined) this._options.clock().clearTimeout(this._timer);
    this._timer = undefined;
    const changed = this.warning;
    this.expiresAt = null;
    this.warning = false;
    this.extending = false;
    this.extendError = '';
    if (changed) this._options.onChange();
  }

  /** Asks the server to keep the registration open for another full period. */
  async extend(backend: DvcBackend | undefined, registrationId: string): Promise<void> {
    if (!backend || this.extending) return;
    this.extending = true;
    this.extendError = '';
    this._options.onChange();
    try {
      const session = await backend.extendRegistration({ registrationId });
      this.watch(session.sessionExpiresAt);
    } catch (error) {
      const failure = toDvcError(error);
      this.extending = false;
      if (failure.code === 'state-invalid' || failure.code === 'not-found') {
        this._expire();
        return;
      }
      this.extendError = errorMessage(failure.code);
      this._options.onError(failure.code, this.extendError);
      this._options.onChange();
    }
  }

  /** Opens or closes the dialog to match the state; focus returns where it was when it closes. */
  syncDialog(dialog: HTMLDialogElement | null): void {
    if (!dialog) return;
    if (this.warning && !dialog.open) {
      const root = dialog.getRootNode() as Document | ShadowRoot;
      this._returnFocus = root.activeElement as HTMLElement | null;
      dialog.showModal();
      dialog.querySelector('button')?.focus();
    } else if (!this.warning && dialog.open) {
      dialog.close();
    }
    if (!this.warning && this._returnFocus) {
      const target = this._returnFocus;
      this._returnFocus = null;
      if (target.isConnected) target.focus();
    }
  }

  /** The element says so and moves focus itself: nothing to give focus back to. */
  private _expire(): void {
    this.stop();
    this._returnFocus = null;
    this._options.onExpire();
  }

  /** Warns once the warning time is reached and expires at the end, whatever timers were late. */
  private _check(): void {
    const { expiresAt } = this;
    if (expiresAt === null) return;
    const clock = this._options.clock();
    const now = clock.now();
    if (now >= expiresAt) {
      this._expire();
      return;
    }
    const warnAt = expiresAt - this._options.warningMs();
    if (now >= warnAt && !this.warning) {
      this.warning = true;
      this._options.onChange();
    }
    this._timer = clock.setTimeout(() => this._check(), (now >= warnAt ? expiresAt : warnAt) - now);
  }

  render(ids: { dialog: string; heading: string; text: string }, locale: string, onExtend: () => void): TemplateResult {
    const { expiresAt } = this;
    if (expiresAt === null) return html``;
    const time = new Date(expiresAt).toLocaleTimeString(locale === 'en' ? 'en-GB' : 'vi-VN', { hour: '2-digit', minute: '2-digit' });
    const minutes = Math.max(1, Math.round((expiresAt - this._options.clock().now()) / 60_000));
    return html`<dialog
      id=${ids.dialog}
      class="timeout"
      aria-labelledby=${ids.heading}
      aria-describedby=${ids.text}
      @keydown=${(event: KeyboardEvent) => {
        // Escape means the user is here, so it asks for more time too. Handled as a key rather
        // than through the dialog's close request, which the browser may skip without a recent
        // user activation.
        if (event.key !== 'Escape') return;
        event.preventDefault();
        if (this.warning && !this.extending) onExtend();
      }}
      @close=${() => {
        // Closed some other way while still warning (the browser's own close request).
        if (this.warning && !this.extending) onExtend();
      }}
    >
      <h2 id=${ids.heading}>${msg('Bạn có cần thêm thời gian?', { id: 'wizard.timeout.heading' })}</h2>
      <div id=${ids.text}>
        <p>
          ${msg(
            str`Để bảo vệ thông tin của bạn, phiên đăng ký sẽ hết hạn lúc ${time} (khoảng ${minutes} phút nữa) nếu không có thao tác nào.`,
            {
              id: 'wizard.timeout.text',
            },
          )}
        </p>
        <p>${msg('Khi hết hạn, thông tin bạn đã nhập vẫn được giữ, trừ mật khẩu và mã OTP.', { id: 'wizard.timeout.kept' })}</p>
      </div>
      ${this.extendError ? html`<p class="error" role="alert">${this.extendError}</p>` : nothing}
      <div class="actions">
        <button type="button" class="primary" aria-disabled=${this.extending ? 'true' : 'false'} @click=${onExtend}>
          ${msg('Tiếp tục đăng ký', { id: 'wizard.timeout.extend' })}
        </button>
      </div>
    </dialog>`;
  }
}
