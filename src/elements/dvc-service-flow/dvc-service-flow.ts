import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ContextProvider } from '@lit/context';
import { backendFor } from '../../base/backend-source.js';
import { DvcElement } from '../../base/dvc-element.js';
import { sessionContext } from '../../base/session-context.js';
import type { DvcBackend } from '../../core/backend/types.js';
import { toDvcError } from '../../core/errors.js';
import type { DvcEventMap } from '../../core/events.js';
import { hasDossierForm } from '../../core/dossier-forms/form-codes.js';
import { parseDossierCode } from '../../core/identifiers/dossier-code.js';
import { parseProcedureCode } from '../../core/identifiers/procedure-code.js';
import { DOSSIER_STATUS } from '../../core/data/dossier-status.js';
import type { Dossier } from '../../core/schemas/dossier.js';
import type { SessionProcedure } from '../../core/session.js';
import { formatMoney } from '../../i18n/format.js';
import { backendErrorMessage, errorMessagesReady } from '../../i18n/messages/error-messages-on-demand.js';
import { styles } from './dvc-service-flow.styles.js';
import { takeTransactionReference } from './flow-return.js';
import { loadStepElement } from './flow-step-elements.js';
import { FLOW_STEPS, parseSteps, type FlowStep } from './flow-steps.js';
import { createFlowStorage, initialFlowState, type Applicant, type FlowState, type FlowStorage } from './flow-storage.js';
import { stepTitle, text } from './flow-text.js';
import { onDemand } from '../../core/on-demand.js';

/** Statuses after which the dossier is settled and can be rated. */
const FINISHED: readonly number[] = [
  DOSSIER_STATUS.refused,
  DOSSIER_STATUS.stopped,
  DOSSIER_STATUS.resolved,
  DOSSIER_STATUS.resultReturned,
];

const APPLICANT_FIELDS: readonly (keyof Applicant)[] = ['fullName', 'idNumber', 'phone', 'email'];

/** The applicant check, fetched when a flow connects; a failed fetch is tried again on filing. */
const loadApplicantCheck = onDemand(() => import('./flow-applicant-check.js'));

type ChildEvent<K extends keyof DvcEventMap> = CustomEvent<DvcEventMap[K]>;

let instances = 0;

function newIdempotencyKey(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return `dossier-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * @tagname dvc-service-flow
 * @summary The whole journey in one tag: find a procedure, sign in or create an account, confirm
 * and file the dossier (the server sets its fees), pay, follow the dossier's status, and rate the
 * service. Each step is the library's own element, sharing this element's session.
 *
 * The journey is kept in sessionStorage (the step, the procedure, the account's public summary,
 * the dossier code, the applicant's answers; never a password, PIN, one-time code or captcha), so
 * a reload, the VNeID sign-in and the payment provider's page all come back to the step reached.
 * On each step change focus moves to the step's heading, which says "Bước N / M". The element's
 * `id` names the saved journey: give each journey on a page its own.
 *
 * @attr procedure - A procedure code (`1.004194`): the journey starts with this procedure chosen, without the search step.
 * @attr province - A province code, passed to the search (its own procedures are listed with the national ones).
 * @attr backend - Base URL of an HTTP backend (as `backend-url`); the `backend` property also takes a `DvcBackend`.
 * @attr backend-url - Base URL of an HTTP backend, when the `backend` property is not set.
 * @attr steps - Comma list of the steps to run, in journey order: `search`, `account`, `confirm`, `pay`, `status`, `rate` (default: all).
 * @attr dossier-code - A dossier to start from, for journeys that begin after filing (`steps="status,rate"`).
 * @attr survey-mode - The rating's `mode` (`decree`, `five-level`, `short`).
 * @attr manage-title - `document.title` follows the step ("Bước N / M: …").
 *
 * @fires dvc-flow-step-change - `{ step, index, total }` when a step shows (`index` counts from 0), also the first.
 * @fires dvc-flow-complete - `{}` once the last step is done.
 * @fires dvc-error - `{ code, message, field? }` when filing the dossier fails or an attribute is invalid; the children's own events bubble out too.
 *
 * @csspart base - The wrapper of everything.
 * @csspart steps - The list of steps.
 * @csspart heading - The step's heading with "Bước N / M".
 * @csspart body - Where the step's element is.
 * @csspart nav - The Back and Continue buttons.
 * @csspart button - Every button.
 * @csspart error - A failure with its retry button.
 *
 * @cssprop --dvc-color-primary - Buttons and the current step.
 * @cssprop --dvc-color-muted - Steps not reached yet.
 * @cssprop --dvc-color-error - Errors.
 * @cssprop --dvc-color-success - Steps done.
 * @cssprop --dvc-color-focus - Focus ring.
 * @cssprop --dvc-space - Spacing unit.
 */
export class DvcServiceFlow extends DvcElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    procedure: {},
    province: {},
    backend: { converter: { fromAttribute: (value: string | null) => value ?? undefined } },
    backendUrl: { attribute: 'backend-url' },
    steps: { noAccessor: true },
    dossierCode: { attribute: 'dossier-code' },
    surveyMode: { attribute: 'survey-mode' },
    manageTitle: { type: Boolean, attribute: 'manage-title' },
    navigate: { attribute: false },
    _state: { state: true },
    _dossier: { state: true },
    _dossierStatus: { state: true },
    _busy: { state: true },
    _failure: { state: true },
    _stepLoadFailed: { state: true },
    _errors: { state: true },
    _rated: { state: true },
  };

  /** A procedure code to start with; the search step is then left out. */
  declare procedure: string;
  /** A province code for the search. */
  declare province: string;
  /** A `DvcBackend`, or (from the attribute) the base URL of an HTTP backend. Passed to every step. */
  declare backend: DvcBackend | string | undefined;
  declare backendUrl: string | null;
  /** A dossier to start from (for journeys without the filing steps). */
  declare dossierCode: string;
  declare surveyMode: string | null;
  declare manageTitle: boolean;
  /** How the browser leaves for VNeID and the payment provider; `location.assign` by default. */
  declare navigate: (url: string) => void;

  declare private _state: FlowState;
  declare private _dossier: Dossier | null;
  declare private _dossierStatus: number | null;
  declare private _busy: boolean;
  declare private _failure: { code: string; message: string; retry: () => void } | null;
  declare private _errors: Partial<Record<keyof Applicant, string>>;
  declare private _rated: boolean;
  /** The step whose element could not be downloaded. */
  declare private _stepLoadFailed: FlowStep | null;
  private _stepElement: Promise<unknown> = Promise.resolve();

  private _steps: FlowStep[] = [...FLOW_STEPS];
  private _storage?: FlowStorage;
  private _transactionId = '';
  private _lastStep: FlowStep | 'complete' | null = null;
  /** What the applicant's answers were last prefilled from. */
  private _prefilledFrom = '';
  private _focusTarget: string | null = null;
  private _originalTitle: string | null = null;
  private _procedureLoad = 0;
  private readonly _provider = new ContextProvider(this, { context: sessionContext, initialValue: this.session });
  private readonly _id: string;

  constructor() {
    super();
    this.procedure = '';
    this.province = '';
    this.backend = undefined;
    this.backendUrl = null;
    this.dossierCode = '';
    this.surveyMode = null;
    this.manageTitle = false;
    this.navigate = (url) => globalThis.location.assign(url);
    this._state = initialFlowState();
    this._dossier = null;
    this._dossierStatus = null;
    this._busy = false;
    this._failure = null;
    this._errors = {};
    this._rated = false;
    this._stepLoadFailed = null;
    this._id = `dvc-flow-${++instances}`;
  }

  /**
   * The steps to run, as a comma list (`"search,account"`), in journey order whatever the order
   * given. An unknown step name is reported and the last good list kept.
   */
  get steps(): string {
    return this._steps.join(',');
  }
  set steps(value: string | null | undefined) {
    const parsed = parseSteps(value);
    if (!parsed) {
      this.reportInvalidAttribute('steps', value);
      return;
    }
    const old = this.steps;
    this._steps = parsed;
    this.requestUpdate('steps', old);
  }

  /** The step shown now, or `complete`. */
  get step(): FlowStep | 'complete' {
    return this._state.completed ? 'complete' : (this._state.step ?? this._active()[0]!);
  }

  // ---- lifecycle ----------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    loadApplicantCheck().catch(() => undefined);
    if (!this._storage) this._restore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._procedureLoad += 1;
    if (this.manageTitle && this._originalTitle !== null) document.title = this._originalTitle;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this._provider.setValue(this.session);
    if (changed.has('procedure') && this.procedure) this._useProcedure(this.procedure);
    if (changed.has('dossierCode') && this.dossierCode) {
      const parsed = parseDossierCode(this.dossierCode);
      if (!parsed.ok) this.reportInvalidAttribute('dossier-code', this.dossierCode);
      else if (!this._state.dossierCode) this._update({ dossierCode: parsed.value.code });
    }
    const active = this._active();
    if (!this._state.completed && (this._state.step === null || !active.includes(this._state.step))) {
      this._state = { ...this._state, step: active[0]! };
    }
    if (this._state.step === 'confirm') this._prefillApplicant();
  }

  /** Also waits for the current step's element to be registered, so it is ready to use. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await this._stepElement;
    return complete;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const step = this.step;
    if (step !== this._lastStep) {
      this._lastStep = step;
      if (step !== 'complete') this._loadStepElements(step);
      if (step !== 'complete') {
        const active = this._active();
        this.emit('dvc-flow-step-change', { step, index: active.indexOf(step), total: active.length });
      }
    }
    if (this._focusTarget) {
      const target = this.renderRoot.querySelector<HTMLElement>(this._focusTarget);
      this._focusTarget = null;
      target?.focus();
    }
    if (this.manageTitle) {
      this._originalTitle ??= document.title;
      const title = step === 'complete' ? text.completeTitle() : `${this._progressText(step)}: ${stepTitle(step)}`;
      document.title = this._originalTitle ? `${title} – ${this._originalTitle}` : title;
    }
  }

  // ---- event handlers -----------------------------------------------------------------------

  private _onProcedureSelect(event: ChildEvent<'dvc-procedure-select'>): void {
    this._update({ procedure: { ...event.detail.procedure }, dossierCode: '', createKey: '', paid: false });
    this._dossier = null;
    this._advance();
  }

  private _onRegistered(event: ChildEvent<'dvc-registration-complete'>): void {
    this._update({ account: event.detail.account });
    this._advance();
  }

  private _onPaymentResult(event: ChildEvent<'dvc-payment-result'>): void {
    if (event.detail.status === 'succeeded' && !this._state.paid) {
      this._update({ paid: true });
      void this._loadDossier();
    }
  }

  private _onStatusChange(event: ChildEvent<'dvc-dossier-status-change'>): void {
    this._dossierStatus = event.detail.status;
  }

  /** "Nộp phí, lệ phí" in the status step: pay within the journey. */
  private _onDossierAction(event: ChildEvent<'dvc-dossier-action'>): void {
    if (event.detail.action === 'pay-fees' && this._active().includes('pay')) {
      event.preventDefault();
      this._go('pay');
    }
  }

  private _onSurveyError(event: ChildEvent<'dvc-error'>): void {
    if (event.detail.code === 'already-rated') this._rated = true;
  }

  private _onApplicantInput(field: keyof Applicant, event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    // Different answers are a different dossier: the next submission gets its own key.
    this._update({ applicant: { ...this._state.applicant, [field]: value }, createKey: '' });
    if (this._errors[field]) this._errors = { ...this._errors, [field]: undefined };
  }

  private _onSubmitDossier(event: Event): void {
    event.preventDefault();
    void this._createDossier();
  }

  /** The procedure's online form filed the dossier: the journey continues with it. */
  private async _onFormFiled(event: CustomEvent<DvcEventMap['dvc-dossier-complete']>): Promise<void> {
    this._update({ dossierCode: event.detail.dossierCode, paid: false });
    await this._loadDossier();
    this._focusTarget = '.created h3';
    this.requestUpdate();
  }

  private _onBack(): void {
    const active = this._active();
    const previous = active[active.indexOf(this.step as FlowStep) - 1];
    if (previous) this._go(previous);
  }

  private _onRestart(): void {
    this._storage?.clear();
    this._state = { ...initialFlowState(), account: this._state.account };
    this._dossier = null;
    this._dossierStatus = null;
    this._rated = false;
    this._failure = null;
    this.session.setDossier(null);
    this._save();
    this._go(this._active()[0]!);
  }

  // ---- private helpers ----------------------------------------------------------------------

  private get _backend(): DvcBackend | undefined {
    // The contract's `backend` attribute is a URL; the property may also hold a backend object.
    return typeof this.backend === 'string' ? backendFor(undefined, this.backend) : backendFor(this.backend, this.backendUrl);
  }

  /** The steps in use: the `steps` list, without the search when `procedure` names one. */
  private _active(): FlowStep[] {
    const active = this.procedure ? this._steps.filter((step) => step !== 'search') : this._steps;
    return active.length > 0 ? active : this._steps;
  }

  private _progressText(step: FlowStep): string {
    const active = this._active();
    return text.progress(active.indexOf(step) + 1, active.length);
  }

  private _update(change: Partial<FlowState>): void {
    this._state = { ...this._state, ...change };
    this._save();
  }

  private _save(): void {
    this._storage?.save(this._state);
  }

  /** Picks the journey up where it was left, and tells the session what it knew. */
  private _restore(): void {
    this._storage = createFlowStorage(this.id || 'default');
    const saved = this._storage.load();
    if (!saved) return;
    this._state = saved;
    const session = this.session;
    const { account, procedure } = session.getState();
    if (saved.account && !account) session.signIn(saved.account);
    if (saved.procedure && procedure?.code !== saved.procedure.code) session.selectProcedure(saved.procedure);
    // Back from the payment provider: the reference is the payment step's, and only its.
    if (saved.step === 'pay' && !saved.completed) this._transactionId = takeTransactionReference();
    if (saved.dossierCode) void this._loadDossier();
  }

  /** The current step's element, then the next step's ahead of time. */
  private _loadStepElements(step: FlowStep): void {
    this._stepLoadFailed = null;
    this._stepElement = loadStepElement(step).then(
      () => {
        const next = this._active()[this._active().indexOf(step) + 1];
        if (next) loadStepElement(next).catch(() => undefined);
      },
      () => {
        if (this.step !== step) return;
        this._stepLoadFailed = step;
        this.emitError('network', text.stepLoadFailed());
      },
    );
  }

  private _go(step: FlowStep): void {
    this._failure = null;
    this._errors = {};
    this._update({ step, completed: false });
    this._focusTarget = 'h2';
  }

  private _advance(): void {
    const active = this._active();
    const noFees = this._dossier !== null && this._dossier.totalAmount === 0;
    const later = active.slice(active.indexOf(this.step as FlowStep) + 1).filter((step) => !(step === 'pay' && noFees));
    if (later.length > 0) {
      this._go(later[0]!);
      return;
    }
    this._update({ completed: true });
    this._focusTarget = 'h2';
    this.emit('dvc-flow-complete', {});
  }

  /** The `procedure` attribute: fetch the record once, for the summary and the session. */
  private _useProcedure(code: string): void {
    const parsed = parseProcedureCode(code);
    if (!parsed.ok) {
      this.reportInvalidAttribute('procedure', code);
      return;
    }
    if (this._state.procedure?.code === code) return;
    const backend = this._backend;
    const load = ++this._procedureLoad;
    const fallback: SessionProcedure = { code, name: code };
    if (!backend) {
      this._update({ procedure: fallback });
      return;
    }
    backend.getProcedure({ code }).then(
      (procedure) => {
        if (load !== this._procedureLoad) return;
        this._update({ procedure: { ...procedure } });
        this.session.selectProcedure({ ...procedure });
      },
      async (error: unknown) => {
        const code = toDvcError(error).code;
        await errorMessagesReady();
        if (load !== this._procedureLoad) return;
        // The code alone still files the dossier; the name is only missing from the summary.
        this._update({ procedure: fallback });
        this.emitError(code, backendErrorMessage(code), 'procedure');
      },
    );
  }

  private async _loadDossier(): Promise<void> {
    const backend = this._backend;
    const code = this._state.dossierCode;
    if (!backend || !code) return;
    try {
      const dossier = await backend.getDossierStatus({ code });
      if (dossier.code !== this._state.dossierCode) return;
      this._dossier = dossier;
      this._dossierStatus = dossier.status;
    } catch {
      // Each step's element asks for the dossier itself and shows its own failure.
    }
  }

  /**
   * Fills empty answers from what the journey knows (never ask twice), each time that knowledge
   * changes, such as when the citizen agrees to reuse their profile; what they typed stays.
   */
  private _prefillApplicant(): void {
    const { profile, account } = this.session.getState();
    const known: Record<keyof Applicant, string> = {
      fullName: profile.fullName ?? account?.displayName ?? '',
      idNumber: profile.idNumber ?? '',
      phone: profile.phone ?? '',
      email: profile.email ?? '',
    };
    const key = JSON.stringify(known);
    if (key === this._prefilledFrom) return;
    this._prefilledFrom = key;
    const current = this._state.applicant;
    const missing = APPLICANT_FIELDS.filter((field) => !current[field] && known[field]);
    if (missing.length === 0) return;
    this._state = { ...this._state, applicant: { ...current, ...Object.fromEntries(missing.map((field) => [field, known[field]])) } };
  }

  private async _createDossier(): Promise<void> {
    if (this._busy) return;
    const procedure = this._state.procedure;
    if (!procedure) return;
    const { fullName, idNumber, phone, email } = this._state.applicant;
    const candidate = {
      fullName,
      idNumber,
      ...(phone.trim() ? { phone } : {}),
      ...(email.trim() ? { email } : {}),
    };
    let check: Awaited<ReturnType<typeof loadApplicantCheck>>;
    try {
      check = await loadApplicantCheck();
    } catch {
      this._failure = { code: 'network', message: text.stepLoadFailed(), retry: () => void this._createDossier() };
      this.emitError('network', text.stepLoadFailed());
      return;
    }
    const parsed = check.checkApplicant(candidate);
    if (!parsed.ok) {
      const errors: Partial<Record<keyof Applicant, string>> = {};
      for (const { field, message } of parsed.issues) {
        if ((APPLICANT_FIELDS as readonly string[]).includes(field) && !errors[field as keyof Applicant])
          errors[field as keyof Applicant] = message;
      }
      this._errors = errors;
      const first = APPLICANT_FIELDS.find((field) => errors[field]);
      this._focusTarget = `#${this._id}-${first}`;
      return;
    }
    const backend = this._backend;
    if (!backend) return;
    const idempotencyKey = this._state.createKey || newIdempotencyKey();
    this._update({ createKey: idempotencyKey });
    this._busy = true;
    this._failure = null;
    try {
      const dossier = await backend.createDossier({ procedureCode: procedure.code, applicant: parsed.applicant, idempotencyKey });
      this._dossier = dossier;
      this._dossierStatus = dossier.status;
      this._update({ dossierCode: dossier.code, paid: false });
      this.session.setDossier({ code: dossier.code, procedureCode: dossier.procedureCode, fees: dossier.fees, status: dossier.status });
      this.session.rememberProfile({ fullName: parsed.applicant.fullName, idNumber: parsed.applicant.idNumber });
      this._focusTarget = '.created h3';
    } catch (error) {
      const code = toDvcError(error).code;
      await errorMessagesReady();
      const message = backendErrorMessage(code);
      this._failure = { code, message, retry: () => void this._createDossier() };
      this.emitError(code, message);
      this._focusTarget = '.failure';
    } finally {
      this._busy = false;
    }
  }

  // ---- rendering ----------------------------------------------------------------------------

  private _renderFailure() {
    const failure = this._failure;
    if (!failure) return nothing;
    return html`<div part="error" class="failure" role="alert" tabindex="-1">
      <p>${failure.message}</p>
      <button part="button" type="button" class="secondary" @click=${failure.retry}>${text.retry()}</button>
    </div>`;
  }

  private _renderStepList(current: FlowStep | 'complete') {
    const active = this._active();
    const at = current === 'complete' ? active.length : active.indexOf(current);
    return html`<ol part="steps" class="steps" aria-label=${text.stepsLabel()}>
      ${active.map(
        (step, index) =>
          html`<li class=${index < at ? 'done' : index === at ? 'current' : 'later'} aria-current=${index === at ? 'step' : nothing}>
            ${stepTitle(step)}${index < at ? html` <span class="visually-hidden">${text.done()}</span>` : nothing}
          </li>`,
      )}
    </ol>`;
  }

  private _renderSearch() {
    return html`<dvc-procedure-search
      province=${this.province || nothing}
      .backend=${this._backend}
      @dvc-procedure-select=${this._onProcedureSelect}
    ></dvc-procedure-search>`;
  }

  private _renderAccount() {
    const account = this.session.getState().account;
    if (account) {
      return html`<p class="signed-in">${text.signedIn(account.displayName)}</p>
        ${this._renderNav(true)}`;
    }
    return html`<dvc-registration-wizard
        id="${this.id || 'dvc-service-flow'}-account"
        .backend=${this._backend}
        .redirect=${this.navigate}
        @dvc-registration-complete=${this._onRegistered}
      ></dvc-registration-wizard>
      ${this._renderNav(false)}`;
  }

  private _renderField(field: keyof Applicant, label: string, autocomplete: string, required: boolean) {
    const id = `${this._id}-${field}`;
    const error = this._errors[field];
    return html`<div class="field">
      <label for=${id}>${label}${required ? html` <span class="required" aria-hidden="true">*</span>` : nothing}</label>
      ${error ? html`<p id="${id}-error" class="field-error">${error}</p>` : nothing}
      <input
        id=${id}
        name=${field}
        type=${field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'}
        autocomplete=${autocomplete}
        inputmode=${field === 'idNumber' ? 'numeric' : nothing}
        ?required=${required}
        aria-invalid=${error ? 'true' : nothing}
        aria-describedby=${error ? `${id}-error` : nothing}
        .value=${this._state.applicant[field]}
        ?disabled=${this._busy}
        @input=${(event: Event) => this._onApplicantInput(field, event)}
      />
    </div>`;
  }

  private _renderFees(dossier: Dossier) {
    if (dossier.fees.length === 0) return html`<p>${text.noFees()}</p>`;
    const money = (amount: number) => formatMoney(amount, this.locale);
    return html`<table>
      <thead>
        <tr>
          <th scope="col">${text.feeLine()}</th>
          <th scope="col" class="amount">${text.amount()}</th>
        </tr>
      </thead>
      <tbody>
        ${dossier.fees.map(
          (line) =>
            html`<tr>
              <td>${line.type === 'phi' ? text.phi() : text.lePhi()}: ${line.name}</td>
              <td class="amount">${money(line.amount)}</td>
            </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${text.total()}</th>
          <td class="amount">${money(dossier.totalAmount)}</td>
        </tr>
      </tfoot>
    </table>`;
  }

  private _renderConfirm() {
    const procedure = this._state.procedure;
    if (!procedure) {
      return this.procedure
        ? html`<p class="busy"><span class="spinner" aria-hidden="true"></span>${text.loadingProcedure()}</p>`
        : html`<p>${text.noProcedure()}</p>
            ${this._renderNav(false)}`;
    }
    const dossier = this._dossier;
    const agency = typeof procedure.agency === 'string' && procedure.agency ? procedure.agency : '';
    const summary = html`<dl class="facts">
      <div>
        <dt>${text.procedure()}</dt>
        <dd>${procedure.name}</dd>
      </div>
      <div>
        <dt>${text.procedureCode()}</dt>
        <dd>${procedure.code}</dd>
      </div>
      ${
        agency
          ? html`<div>
              <dt>${text.agency()}</dt>
              <dd>${agency}</dd>
            </div>`
          : nothing
      }
    </dl>`;
    if (this._state.dossierCode && dossier) {
      return html`${summary}
        <section class="created" aria-labelledby="${this._id}-created">
          <h3 id="${this._id}-created" tabindex="-1">${text.created(dossier.code)}</h3>
          <p>${text.keepCode()}</p>
          ${this._renderFees(dossier)}
        </section>
        ${this._renderNav(true)}`;
    }
    if (hasDossierForm(procedure.code)) {
      return html`${summary}
        <dvc-profile-consent .backend=${this._backend}></dvc-profile-consent>
        <dvc-dossier-form
          procedure=${procedure.code}
          .backend=${this._backend}
          @dvc-dossier-complete=${this._onFormFiled}
        ></dvc-dossier-form>
        ${this._renderNav(false)}`;
    }
    return html`${summary}
      <dvc-profile-consent .backend=${this._backend}></dvc-profile-consent>
      <form novalidate @submit=${this._onSubmitDossier}>
        <fieldset>
          <legend>${text.applicant()}</legend>
          ${this._renderField('fullName', text.fullName(), 'name', true)} ${this._renderField('idNumber', text.idNumber(), 'off', true)}
          ${this._renderField('phone', text.phone(), 'tel', false)} ${this._renderField('email', text.email(), 'email', false)}
        </fieldset>
        <p class="note">${text.feesNote()}</p>
        ${this._renderFailure()}
        <div part="nav" class="nav">
          ${this._backButton()}
          <button part="button" type="submit" class="primary" aria-disabled=${this._busy ? 'true' : nothing}>
            ${this._busy ? html`<span class="spinner" aria-hidden="true"></span>${text.submitting()}` : text.submit()}
          </button>
        </div>
      </form>`;
  }

  private _renderPay() {
    const code = this._state.dossierCode;
    if (!code) return html`<p>${text.noDossier()}</p>`;
    return html`<dvc-payment-selector
        dossier-code=${code}
        procedure-name=${this._state.procedure?.name ?? nothing}
        transaction-id=${this._transactionId || nothing}
        .backend=${this._backend}
        .navigate=${this.navigate}
        @dvc-payment-result=${this._onPaymentResult}
      ></dvc-payment-selector>
      ${
        this._state.paid
          ? html`<p class="note">${text.paidNext()}</p>
              ${this._renderNav(true)}`
          : nothing
      }`;
  }

  private _renderStatus() {
    // Rating waits until the dossier is settled; a journey that ends here may finish at any time.
    const finished = this._dossierStatus !== null && FINISHED.includes(this._dossierStatus);
    const canContinue = finished || !this._active().includes('rate');
    return html`<dvc-dossier-status
        dossier-code=${this._state.dossierCode || nothing}
        .backend=${this._backend}
        @dvc-dossier-status-change=${this._onStatusChange}
        @dvc-dossier-action=${this._onDossierAction}
      ></dvc-dossier-status>
      ${canContinue ? this._renderNav(true) : html`<p class="note">${text.rateWhenDone()}</p>`}`;
  }

  private _renderRate() {
    const code = this._state.dossierCode;
    if (!code) return html`<p>${text.noDossier()}</p>`;
    return html`<dvc-satisfaction-survey
        dossier-code=${code}
        mode=${this.surveyMode || nothing}
        .backend=${this._backend}
        @dvc-survey-complete=${() => this._advance()}
        @dvc-error=${this._onSurveyError}
      ></dvc-satisfaction-survey>
      ${this._rated ? this._renderNav(true) : nothing}`;
  }

  private _backButton() {
    const active = this._active();
    const step = this.step as FlowStep;
    const at = active.indexOf(step);
    const canGoBack = at > 0 && !this._state.dossierCode && (step === 'account' || step === 'confirm');
    // `at` is the previous step's number, counted from 1.
    return canGoBack
      ? html`<button part="button" type="button" class="secondary" @click=${this._onBack}>${text.back(at)}</button>`
      : nothing;
  }

  private _renderNav(withNext: boolean) {
    const active = this._active();
    const last = active.indexOf(this.step as FlowStep) === active.length - 1;
    const back = this._backButton();
    if (!withNext && back === nothing) return nothing;
    return html`<div part="nav" class="nav">
      ${back}
      ${
        withNext
          ? html`<button part="button" type="button" class="primary" @click=${() => this._advance()}>
              ${last ? text.finish() : text.next()}
            </button>`
          : nothing
      }
    </div>`;
  }

  private _renderStep(step: FlowStep): TemplateResult | typeof nothing {
    switch (step) {
      case 'search':
        return this._renderSearch();
      case 'account':
        return this._renderAccount();
      case 'confirm':
        return this._renderConfirm();
      case 'pay':
        return this._renderPay();
      case 'status':
        return this._renderStatus();
      default:
        return this._renderRate();
    }
  }

  override render() {
    const step = this.step;
    if (step === 'complete') {
      const code = this._state.dossierCode;
      return html`<div part="base" class="base">
        ${this._renderStepList(step)}
        <h2 part="heading" tabindex="-1">${text.completeTitle()}</h2>
        <p>${code ? text.completeBody(code) : text.completeNoDossier()}</p>
        <div part="nav" class="nav">
          <button part="button" type="button" class="secondary" @click=${this._onRestart}>${text.restart()}</button>
        </div>
      </div>`;
    }
    return html`<div part="base" class="base">
      ${this._renderStepList(step)}
      <h2 part="heading" tabindex="-1"><span class="progress">${this._progressText(step)}</span> ${stepTitle(step)}</h2>
      <div part="body" class="body">
        ${
          this._stepLoadFailed === step
            ? html`<div part="error" class="failure" role="alert">
                <p>${text.stepLoadFailed()}</p>
                <button part="button" type="button" class="secondary" @click=${() => this._loadStepElements(step)}>${text.retry()}</button>
              </div>`
            : this._renderStep(step)
        }
      </div>
    </div>`;
  }
}
