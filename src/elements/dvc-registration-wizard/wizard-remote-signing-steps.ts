/**
 * SIM ký số and SmartCA: start a remote-signing request, wait for the holder to confirm on the
 * phone (polling with backoff, and more patience after a failed poll), and keep what the server
 * read from the certificate once approved.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { toDvcError } from '../../core/errors.js';
import type { AccountSummary } from '../../core/events.js';
import type { CertificateIdentity, RemoteSigningStart } from '../../core/schemas/signing.js';
import { errorMessage } from '../../i18n/messages.js';
import { nextPollDelay, renderWaiting, type RemoteOutcome } from './wizard-remote-signing.js';
import type { StepView, WizardHost } from './wizard-types.js';

/** Polls that may fail in a row before the failure is shown. */
const POLL_FAILURES_SHOWN = 3;

export class RemoteSigningSteps {
  /** The request waiting for the holder; null before one is started or after it is cancelled. */
  request: RemoteSigningStart | null = null;
  outcome: RemoteOutcome = 'pending';
  /** The approved request the registration proves itself with. */
  approvedRequestId = '';
  identity: CertificateIdentity | null = null;
  private _timer: ReturnType<typeof setTimeout> | undefined;
  private _polls = 0;
  private _failures = 0;

  constructor(private readonly _host: WizardHost) {}

  /** Asks the holder to confirm on the signing SIM or in the SmartCA app, then waits. */
  async start(fields: Record<string, string>): Promise<void> {
    const method = this._host.method as 'sim-ca' | 'smartca';
    const { subject } = this._host;
    const request = method === 'sim-ca' ? { method, subject, phone: fields.phone! } : { method, subject, userId: fields.userId! };
    const start = await this._host.call(
      (backend, signal) => backend.startRemoteSigning(request, { signal }),
      () => void this.start(fields),
    );
    if (!start) return;
    this.request = start;
    this.outcome = 'pending';
    this._polls = 0;
    this._failures = 0;
    this._host.go('waiting');
    this._schedule();
  }

  /** Creates the account from the approved request. */
  async register(complete: (account: AccountSummary) => void): Promise<void> {
    const request = {
      method: this._host.method as 'sim-ca' | 'smartca',
      subject: this._host.subject,
      signingRequestId: this.approvedRequestId,
    };
    const step = await this._host.call(
      (backend, signal) => backend.startRegistration(request, { signal }),
      () => void this.register(complete),
    );
    if (step?.next === 'done') complete(step.account);
  }

  stop(): void {
    clearTimeout(this._timer);
    this._timer = undefined;
  }

  /** Forgets the approval: a new registration starts. */
  reset(): void {
    this.stop();
    this.request = null;
    this.approvedRequestId = '';
    this.identity = null;
  }

  private _schedule(): void {
    clearTimeout(this._timer);
    if (!this.request) return;
    this._timer = setTimeout(() => void this._poll(), nextPollDelay(this.request.pollIntervalMs, this._polls++));
  }

  /** One look at the request; pending schedules the next. */
  private async _poll(): Promise<void> {
    const request = this.request;
    const backend = this._host.backend;
    if (!request || !backend || this._host.step !== 'waiting') return;
    try {
      const status = await backend.pollRemoteSigning({ requestId: request.requestId });
      if (this.request !== request || this._host.step !== 'waiting') return;
      this._failures = 0;
      this._host.clearFailure();
      if (status.status === 'pending') this._schedule();
      else if (status.status === 'approved') {
        this.approvedRequestId = status.requestId;
        this.identity = status.identity;
        this._host.go('review');
      } else if (status.status === 'cancelled') this._host.go('details');
      else {
        this.outcome = status.status;
        this._host.requestUpdate();
      }
    } catch (error) {
      const failure = toDvcError(error);
      if (++this._failures < POLL_FAILURES_SHOWN) {
        this._polls += 1;
        this._schedule();
        return;
      }
      this._host.fail({
        code: failure.code,
        message: errorMessage(failure.code),
        retry: () => {
          this._host.clearFailure();
          this._failures = 0;
          void this._poll();
        },
      });
    }
  }

  private async _cancel(): Promise<void> {
    const request = this.request;
    this.stop();
    const cancelled = request
      ? await this._host.call(
          (backend, signal) => backend.cancelRemoteSigning({ requestId: request.requestId }, { signal }),
          () => void this._cancel(),
        )
      : null;
    this.request = null;
    // A failed cancel stays here with its message and "Thử lại".
    if (cancelled !== undefined) this._host.go('details');
  }

  render(view: StepView, onRestart: () => void): TemplateResult {
    return html`${view.heading()}
    ${
      this.request
        ? renderWaiting({
            method: this._host.method as 'sim-ca' | 'smartca',
            start: this.request,
            outcome: this.outcome,
            onCancel: () => void this._cancel(),
            onRestart,
            onBack: () => this._host.go('details'),
          })
        : nothing
    }`;
  }
}
