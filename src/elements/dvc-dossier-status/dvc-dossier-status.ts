import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { backendFor } from '../../base/backend-source.js';
import { DvcElement } from '../../base/dvc-element.js';
import type { DvcBackend } from '../../core/backend/types.js';
import { toDvcError } from '../../core/errors.js';
import type { DossierAction } from '../../core/events.js';
import { parseDossierCode } from '../../core/identifiers/dossier-code.js';
import type { Dossier } from '../../core/schemas/dossier.js';
import type { ResultView } from './dossier-result.js';
import { dossierCodeMessages, type DossierCodeErrorCode } from '../../i18n/messages/dossier-code-messages.js';
import { networkMessage } from '../../i18n/messages/network-message.js';
import { text } from './dossier-status-text.js';
import { styles } from './dvc-dossier-status.styles.js';
import { onDemand } from '../../core/on-demand.js';

/** Seconds between status checks unless `poll-interval` says otherwise. */
const DEFAULT_POLL_SECONDS = 60;
/** After failed checks the wait doubles, up to this many times the interval. */
const MAX_BACKOFF = 8;
/** How long the live region stays empty before a new message, so a repeated message is read again. */
const ANNOUNCE_DELAY = 100;

let instances = 0;

type ResultModule = typeof import('./dossier-result.js');

/** The view of a shown dossier, fetched at connect: nothing shows it before the backend answers. */
const loadResult = onDemand((): Promise<ResultModule> => import('./dossier-result.js'));

/** The message for a refused code in the field: `parseDossierCode` refuses with its own codes only. */
const fieldMessage = (code: string): string => dossierCodeMessages[code as DossierCodeErrorCode]();

/**
 * A failure and its message, which comes with the view; when even the view cannot be fetched,
 * the page is offline and the failure is told as one of the network.
 */
const explain = (code: string): Promise<{ code: string; message: string }> =>
  loadResult().then(
    (result) => ({ code, message: result.backendErrorMessage(code) }),
    () => ({ code: 'network', message: networkMessage() }),
  );

/**
 * @tagname dvc-dossier-status
 * @summary Look up a dossier (hồ sơ) by its code and follow it: the current status among the ten
 * of the default catalogue, the timeline of past steps, what the citizen must do now (supplement
 * documents, pay the fees) and the day the result is due.
 *
 * Without `dossier-code` the element asks for the code (checked like the portal's codes, with a
 * permissive fallback for other systems' numbering). While the dossier is shown, the element asks
 * the backend again every `poll-interval` seconds (waiting longer after failures) and announces a
 * new status politely, without moving focus; "Cập nhật trạng thái" asks at once.
 *
 * @attr dossier-code - The dossier to show; without it, a lookup form asks for the code.
 * @attr backend-url - Base URL of an HTTP backend, when the `backend` property is not set.
 * @attr poll-interval - Seconds between status checks while the dossier is shown (default 60; 0 turns checking off).
 * @attr payment-url - Where "Nộp phí, lệ phí" leads while the dossier waits for its fees; without it, a button fires `dvc-dossier-action`.
 * @attr supplement-url - Where "Bổ sung giấy tờ" leads while documents are requested; without it, a button fires `dvc-dossier-action`.
 *
 * @event dvc-dossier-status-change - `{ dossierCode, status, previousStatus? }` when a dossier is first shown and whenever its status changes.
 * @event dvc-dossier-action - Cancelable; `{ dossierCode, action }` (`pay-fees` or `supplement-documents`) when the citizen takes the action; cancel it to stay on the page.
 * @event dvc-error - `{ code, message, field? }` when a lookup or check fails, or an attribute is invalid.
 *
 * @csspart base - The wrapper of everything.
 * @csspart heading - The heading.
 * @csspart form - The lookup form.
 * @csspart input - The dossier-code field.
 * @csspart button - Buttons and action links.
 * @csspart error - A failure with its retry button.
 * @csspart result - The dossier's status, facts, actions and timeline.
 * @csspart status - The current status.
 * @csspart todo - What the citizen must do now.
 * @csspart timeline - The list of past steps.
 *
 * @cssprop --dvc-color-primary - Buttons, links and the current step.
 * @cssprop --dvc-color-text - Text.
 * @cssprop --dvc-color-muted - Dates and hints.
 * @cssprop --dvc-color-border - Field and timeline lines.
 * @cssprop --dvc-color-error - Errors.
 * @cssprop --dvc-color-warning - Steps that ask something of the citizen.
 * @cssprop --dvc-color-focus - Focus ring.
 * @cssprop --dvc-radius - Corners.
 * @cssprop --dvc-space - Spacing unit.
 */
export class DvcDossierStatus extends DvcElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    dossierCode: { attribute: 'dossier-code' },
    backend: { attribute: false },
    backendUrl: { attribute: 'backend-url' },
    pollInterval: { attribute: 'poll-interval', noAccessor: true },
    paymentUrl: { attribute: 'payment-url' },
    supplementUrl: { attribute: 'supplement-url' },
    _dossier: { state: true },
    _loading: { state: true },
    _failure: { state: true },
    _fieldError: { state: true },
    _stale: { state: true },
    _checkedAt: { state: true },
    _announcement: { state: true },
  };

  /** The dossier to show (mã hồ sơ). Without it the element asks for the code. */
  declare dossierCode: string;
  /** The backend that answers `getDossierStatus` (takes precedence over `backend-url`). */
  declare backend: DvcBackend | undefined;
  declare backendUrl: string | null;
  declare paymentUrl: string | null;
  declare supplementUrl: string | null;

  declare private _dossier: Dossier | null;
  declare private _loading: boolean;
  declare private _failure: { code: string; message: string } | null;
  declare private _fieldError: string;
  declare private _stale: boolean;
  declare private _checkedAt: Date | null;
  declare private _announcement: string;

  private _pollSeconds = DEFAULT_POLL_SECONDS;
  private _typed = '';
  /** The code being followed (from the attribute or the form). */
  private _code = '';
  /** Each lookup gets a number; answers to an older one are dropped. */
  private _run = 0;
  private _abort: AbortController | undefined;
  private _pollTimer: ReturnType<typeof setTimeout> | undefined;
  private _announceTimer: ReturnType<typeof setTimeout> | undefined;
  private _pollFailures = 0;
  private _focusStatus = false;
  private _result: ResultModule | null = null;
  private readonly _id: string;

  constructor() {
    super();
    this.dossierCode = '';
    this.backend = undefined;
    this.backendUrl = null;
    this.paymentUrl = null;
    this.supplementUrl = null;
    this._dossier = null;
    this._loading = false;
    this._failure = null;
    this._fieldError = '';
    this._stale = false;
    this._checkedAt = null;
    this._announcement = '';
    this._id = `dvc-dossier-status-${++instances}`;
  }

  /** Seconds between status checks while a dossier is shown; 0 turns checking off. An invalid value is reported and the last good one kept. */
  get pollInterval(): number {
    return this._pollSeconds;
  }
  set pollInterval(value: number | string | null | undefined) {
    const next = value === null || value === undefined || value === '' ? DEFAULT_POLL_SECONDS : Number(value);
    if (!Number.isFinite(next) || next < 0) {
      this.reportInvalidAttribute('poll-interval', value);
      return;
    }
    const old = this._pollSeconds;
    this._pollSeconds = next;
    this.requestUpdate('pollInterval', old);
    if (this._dossier) this._schedulePoll();
  }

  /** The dossier shown now, as the server last described it. */
  get dossier(): Dossier | null {
    return this._dossier;
  }

  // ---- lifecycle ----------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    loadResult().catch(() => undefined);
    if (this.hasUpdated && this._code) void this._load(this._code, 'poll');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._stop();
    clearTimeout(this._announceTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('dossierCode') && this.dossierCode) {
      const parsed = parseDossierCode(this.dossierCode);
      if (!parsed.ok) {
        this.reportInvalidAttribute('dossier-code', this.dossierCode);
        return;
      }
      if (parsed.value.code !== this._code) void this._load(parsed.value.code, 'attribute');
    } else if ((changed.has('backend') || changed.has('backendUrl')) && this._code && this.hasUpdated) {
      void this._load(this._code, 'poll');
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this._focusStatus) {
      this._focusStatus = false;
      this.renderRoot.querySelector<HTMLElement>('[part="status"]')?.focus();
    }
  }

  // ---- event handlers -----------------------------------------------------------------------

  private _onInput(event: Event): void {
    this._typed = (event.target as HTMLInputElement).value;
    if (this._fieldError) this._fieldError = '';
  }

  private _onSubmit(event: Event): void {
    event.preventDefault();
    const parsed = parseDossierCode(this._typed);
    if (!parsed.ok) {
      this._fieldError = fieldMessage(parsed.error.code);
      this.emitError(parsed.error.code, this._fieldError, 'dossierCode');
      void this.updateComplete.then(() => this._input()?.focus());
      return;
    }
    void this._load(parsed.value.code, 'lookup');
  }

  private _onRetry(): void {
    void this._load(this._code, 'lookup');
  }

  private _onRefresh(): void {
    if (!this._loading) void this._load(this._code, 'refresh');
  }

  private _onAction(event: Event, action: DossierAction): void {
    const proceed = this.emit('dvc-dossier-action', { dossierCode: this._code, action }, { cancelable: true });
    if (!proceed) event.preventDefault();
  }

  // ---- public methods -----------------------------------------------------------------------

  /** Asks the backend for the shown dossier's status now. */
  refresh(): Promise<void> {
    return this._code ? this._load(this._code, 'refresh') : Promise.resolve();
  }

  // ---- private helpers ----------------------------------------------------------------------

  private get _backend(): DvcBackend | undefined {
    return backendFor(this.backend, this.backendUrl);
  }

  private _input(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('input');
  }

  private _stop(): void {
    this._run += 1;
    this._abort?.abort();
    clearTimeout(this._pollTimer);
  }

  /**
   * Reads the dossier. `lookup` (the form, a retry) and `attribute` start afresh; `refresh` and
   * `poll` keep what is shown and only tell about a change.
   */
  private async _load(code: string, reason: 'lookup' | 'attribute' | 'refresh' | 'poll'): Promise<void> {
    const backend = this._backend;
    const fresh = reason === 'lookup' || reason === 'attribute';
    if (fresh && code !== this._code) {
      this._dossier = null;
      this._pollFailures = 0;
    }
    this._code = code;
    if (!backend) {
      this._fail('invalid-attribute', text.noBackend());
      return;
    }
    this._stop();
    const run = this._run;
    const abort = (this._abort = new AbortController());
    if (reason !== 'poll') {
      this._loading = true;
      this._failure = null;
    }
    try {
      const [dossier, result] = await Promise.all([backend.getDossierStatus({ code }, { signal: abort.signal }), loadResult()]);
      if (run !== this._run) return;
      if (!this._result) {
        this._result = result;
        result.adoptResultStyles(this.renderRoot as ShadowRoot);
      }
      this._show(dossier, reason);
    } catch (error) {
      if (run !== this._run) return;
      const { code } = toDvcError(error);
      if (code === 'aborted') {
        this._loading = false;
        return;
      }
      const polled = reason === 'poll' && this._dossier !== null;
      const failure = code === 'not-found' && !polled ? { code, message: text.notFound() } : await explain(code);
      if (run !== this._run) return;
      this._loading = false;
      if (polled) {
        // A missed check is not worth an alert: say the status may be old, and try again later.
        this._pollFailures += 1;
        if (!this._stale) this.emitError(failure.code, failure.message);
        this._stale = true;
        this._schedulePoll();
        return;
      }
      if (failure.code === 'not-found') {
        this._dossier = null;
        this._fail('not-found', failure.message, !this.dossierCode);
        return;
      }
      this._fail(failure.code, failure.message);
    }
  }

  private _show(dossier: Dossier, reason: 'lookup' | 'attribute' | 'refresh' | 'poll'): void {
    const previous = this._dossier?.code === dossier.code ? this._dossier.status : undefined;
    this._dossier = dossier;
    this._loading = false;
    this._failure = null;
    this._fieldError = '';
    this._stale = false;
    this._pollFailures = 0;
    this._checkedAt = new Date();
    this._shareWithSession(dossier);
    if (previous !== dossier.status) {
      this.emit('dvc-dossier-status-change', {
        dossierCode: dossier.code,
        status: dossier.status,
        ...(previous !== undefined ? { previousStatus: previous } : {}),
      });
    }
    if (previous !== undefined && previous !== dossier.status) this._announce(this._result!.changedText(dossier));
    else if (reason === 'refresh') this._announce(this._result!.unchangedText());
    if (reason === 'lookup') this._focusStatus = true;
    this._schedulePoll();
  }

  /** Keeps the session's dossier in step, without replacing another dossier the journey holds. */
  private _shareWithSession(dossier: Dossier): void {
    const session = this.session;
    const shared = session.getState().dossier;
    if (shared && shared.code !== dossier.code) return;
    session.setDossier({ code: dossier.code, procedureCode: dossier.procedureCode, fees: dossier.fees, status: dossier.status });
  }

  private _schedulePoll(): void {
    clearTimeout(this._pollTimer);
    if (this._pollSeconds <= 0 || !this.isConnected || !this._code) return;
    const factor = Math.min(2 ** this._pollFailures, MAX_BACKOFF);
    this._pollTimer = setTimeout(() => void this._load(this._code, 'poll'), this._pollSeconds * 1000 * factor);
  }

  private _fail(code: string, message: string, inField = false): void {
    if (inField) {
      this._fieldError = message;
      void this.updateComplete.then(() => this._input()?.focus());
    } else {
      this._failure = { code, message };
    }
    this.emitError(code, message, code === 'not-found' ? 'dossierCode' : undefined);
  }

  private _announce(message: string): void {
    clearTimeout(this._announceTimer);
    this._announcement = '';
    this._announceTimer = setTimeout(() => {
      this._announcement = message;
    }, ANNOUNCE_DELAY);
  }

  private _procedureText(dossier: Dossier): string {
    const selected = this.session.getState().procedure;
    const name = dossier.procedureName ?? (selected?.code === dossier.procedureCode ? selected.name : undefined);
    return name ? `${name} (${dossier.procedureCode})` : dossier.procedureCode;
  }

  private _resultView(): ResultView {
    return {
      id: this._id,
      locale: this.locale,
      procedure: this._procedureText(this._dossier!),
      paymentUrl: this.paymentUrl,
      supplementUrl: this.supplementUrl,
      stale: this._stale,
      checkedAt: this._checkedAt,
      loading: this._loading,
      onAction: (event, action) => this._onAction(event, action),
      onRefresh: this._onRefresh,
    };
  }

  private _renderForm() {
    const id = `${this._id}-code`;
    const invalid = Boolean(this._fieldError);
    return html`<form part="form" class="lookup" novalidate @submit=${this._onSubmit}>
      <label for=${id}>${text.codeLabel()}</label>
      <p id="${id}-hint" class="hint">${text.codeHint()}</p>
      ${invalid ? html`<p id="${id}-error" class="field-error">${this._fieldError}</p>` : nothing}
      <div class="row">
        <input
          part="input"
          id=${id}
          name="dossierCode"
          type="text"
          autocomplete="off"
          spellcheck="false"
          autocapitalize="characters"
          .value=${this._typed}
          aria-invalid=${invalid ? 'true' : nothing}
          aria-describedby="${id}-hint${invalid ? ` ${id}-error` : ''}"
          @input=${this._onInput}
        />
        <button part="button" class="primary" type="submit">${text.lookUp()}</button>
      </div>
    </form>`;
  }

  override render() {
    const dossier = this._dossier;
    return html`
      <div part="base" class="base" aria-busy=${this._loading ? 'true' : 'false'}>
        <h2 part="heading" tabindex="-1">${text.title()}</h2>
        ${this.dossierCode ? nothing : this._renderForm()}
        ${this._loading ? html`<p class="busy"><span class="spinner" aria-hidden="true"></span>${text.loading()}</p>` : nothing}
        ${
          this._failure
            ? html`<div part="error" class="failure" role="alert">
                <p>${this._failure.message}</p>
                ${
                  this._failure.code === 'not-found' || this._failure.code === 'invalid-attribute'
                    ? nothing
                    : html`<button part="button" class="secondary" type="button" @click=${this._onRetry}>${text.retry()}</button>`
                }
              </div>`
            : nothing
        }
        ${dossier && this._result ? this._result.renderResult(dossier, this._resultView()) : nothing}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._announcement}</div>
      </div>
    `;
  }
}
