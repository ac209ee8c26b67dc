/**
 * A form's captcha challenge: one at a time (a later request replaces one still on its way), a
 * failed load shown in the field and reported to the page, and `clear()` once it is used.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DvcBackend } from '../../core/backend/types.js';
import { toDvcError } from '../../core/errors.js';
import type { CaptchaChallenge as Challenge } from '../../core/schemas/captcha.js';
import { backendErrorMessage, errorMessagesReady } from '../../i18n/messages/error-messages-on-demand.js';

export class CaptchaChallenge implements ReactiveController {
  /** The challenge shown; null while one loads, after a failure, and once used. */
  challenge: Challenge | null = null;
  /** Why the last load failed, as shown in the field; '' otherwise. */
  loadError = '';
  private _pending = false;
  private _loads = 0;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _backend: () => DvcBackend | undefined,
    private readonly _onError: (code: string, message: string) => void,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {}

  /** No challenge is shown, none failed and none is on its way. */
  get wanted(): boolean {
    return !this.challenge && !this.loadError && !this._pending;
  }

  async load(): Promise<void> {
    const backend = this._backend();
    if (!backend) return;
    const load = (this._loads += 1);
    this._pending = true;
    this.challenge = null;
    this.loadError = '';
    this._host.requestUpdate();
    try {
      const challenge = await backend.getCaptcha();
      if (load === this._loads) this.challenge = challenge;
    } catch (error) {
      const { code } = toDvcError(error);
      await errorMessagesReady();
      if (load !== this._loads) return;
      this.loadError = backendErrorMessage(code);
      this._onError(code, this.loadError);
    } finally {
      if (load === this._loads) this._pending = false;
      this._host.requestUpdate();
    }
  }

  /** Forgets a challenge that was used: the server accepts each one once, right or wrong. */
  clear(): void {
    this.challenge = null;
    this._host.requestUpdate();
  }
}
