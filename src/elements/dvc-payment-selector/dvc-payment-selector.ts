import { html, nothing, render, type PropertyDeclarations, type PropertyValues } from 'lit';
import { backendFor } from '../../base/backend-source.js';
import { DvcElement } from '../../base/dvc-element.js';
import type { DvcBackend } from '../../core/backend/types.js';
import { DEFAULT_PAYMENT_PROVIDERS, providerRefusal, type ProviderRefusal } from '../../core/data/payment-provider-rules.js';
import type { PaymentProvider } from '../../core/data/payment-providers.js';
import { toDvcError } from '../../core/errors.js';
import type { SessionState } from '../../core/session.js';
import { DOSSIER_STATUS } from '../../core/data/dossier-status.js';
import type { Dossier } from '../../core/schemas/dossier.js';
import type { FeeLine } from '../../core/schemas/fees.js';
import type { Payer, Payment, Receipt } from '../../core/schemas/payment.js';
import { formatMoney } from '../../i18n/format.js';
import { backendErrorMessage, errorMessagesReady } from '../../i18n/messages/error-messages-on-demand.js';
import { summariseFees } from './fee-summary.js';
import { styles } from './dvc-payment-selector.styles.js';
import {
  emptyPayer,
  isEmptyPayer,
  PAYER_FIELDS,
  PAYER_INPUTS,
  payerFromProfile,
  type PayerDraft,
  type PayerField,
} from './payer-fields.js';
import { PAYER_ATTRIBUTE, payerStyles } from './payer-styles.js';
import { addStyles } from '../../base/add-styles.js';
import { forgetIdempotencyKeys, idempotencyKeyFor, lastTransaction, rememberTransaction } from './payment-storage.js';
import {
  feeTypeName,
  kindName,
  payerError,
  payerLabel,
  receiptLabel,
  refusalText,
  resultBody,
  resultHeading,
  subtotalLabel,
  text,
  type ResultView,
} from './payment-text.js';
import { readTransactionReference, withoutTransactionReference } from './return-reference.js';
import { onDemand } from '../../core/on-demand.js';
import { errorSummaryReady } from '../dvc-error-summary/on-demand.js';

type PaymentChecks = typeof import('./payment-checks.js');

/** The checks of the lists and of the payer, fetched when an element connects; a failed fetch is tried again when next needed. */
const loadPaymentChecks = onDemand(() => import('./payment-checks.js'));

/** Waits between status checks while a payment is unconfirmed: backs off, then stays at the last. */
const DEFAULT_POLL_INTERVALS: readonly number[] = [2_000, 4_000, 8_000, 15_000, 30_000];
const ANNOUNCE_DELAY = 100;

type View = 'choose' | 'loading' | 'checking' | ResultView;
type FailedCall = 'load' | 'create' | 'status';
type ListAttribute = 'fees' | 'providers';

let instances = 0;

/**
 * @tagname dvc-payment-selector
 * @summary Pays a dossier's fees online: review of the phí and lệ phí lines, a choice of provider,
 * the redirect to the provider's page, and on return the status the server confirms.
 *
 * The element never holds a secret: the server signs the payment and answers the provider's page
 * URL; on return the element reads only the transaction reference from the URL and asks the
 * backend for the status. The idempotency key of each attempt is kept per dossier and method in
 * `sessionStorage`, so a reload or a second click never starts a second payment.
 *
 * The payer fields (name, ID number, address, phone, email for the receipts) are native inputs the
 * element renders into its own light DOM, so browser autofill reaches them and a surrounding
 * `<form>` owns them; they are prefilled from the profile the citizen agreed to reuse and are never
 * written to storage, URLs or events. Errors show inline and in a `<dvc-error-summary>` at the top.
 *
 * @slot payer - Filled by the element: the payer fieldset (do not put content here).
 *
 * @event dvc-payment-method-change - `{ method }` when the user picks a provider (never redirects).
 * @event dvc-payment-submit - Cancelable; `{ dossierCode, amount, method }` before the payment is created. Cancel it to handle the payment yourself.
 * @event dvc-payment-result - `{ status, transactionId, receipts }` once the server confirmed an outcome on return (also written to the session).
 * @event dvc-error - `{ code, message, field? }` for a backend failure or an invalid attribute.
 *
 * @csspart base - The wrapper of everything.
 * @csspart heading - The heading, which states the outcome on return.
 * @csspart review - The fee table.
 * @csspart methods - The fieldset of providers.
 * @csspart method - One provider's row.
 * @csspart button - The main button ("Tiếp tục đến …", "Thử lại", …).
 * @csspart error - A backend failure with its retry button.
 * @csspart result - The outcome on return.
 * @csspart receipts - The receipt links.
 *
 * @cssprop --dvc-color-primary - Buttons, links, the chosen provider.
 * @cssprop --dvc-color-text - Text.
 * @cssprop --dvc-color-muted - Hints and reasons.
 * @cssprop --dvc-color-border - Table and control borders.
 * @cssprop --dvc-color-error - Failures.
 * @cssprop --dvc-color-success - The paid state.
 * @cssprop --dvc-color-warning - The pending state.
 * @cssprop --dvc-color-focus - Focus ring.
 * @cssprop --dvc-radius - Corners.
 * @cssprop --dvc-space - Spacing unit.
 */
export class DvcPaymentSelector extends DvcElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    dossierCode: { attribute: 'dossier-code', reflect: true },
    returnUrl: { attribute: 'return-url' },
    procedureName: { attribute: 'procedure-name' },
    transactionId: { attribute: 'transaction-id' },
    manageTitle: { type: Boolean, attribute: 'manage-title' },
    fees: { noAccessor: true, converter: { fromAttribute: (value: string | null) => value } },
    providers: { noAccessor: true, converter: { fromAttribute: (value: string | null) => value } },
    backend: { attribute: false },
    backendUrl: { attribute: 'backend-url' },
    now: { attribute: false },
    navigate: { attribute: false },
    pollIntervals: { attribute: false },
    _view: { state: true },
    _method: { state: true },
    _busy: { state: true },
    _failure: { state: true },
    _payment: { state: true },
    _receipts: { state: true },
    _dossier: { state: true },
    _payer: { state: true },
    _payerErrors: { state: true },
    _methodError: { state: true },
    _down: { state: true },
    _announcement: { state: true },
  };

  /** The dossier (hồ sơ) whose fees are paid, e.g. `000.00.06.H56-231027-0362`. */
  declare dossierCode: string;
  /** Where the provider sends the citizen back; by default this page without a transaction reference. */
  declare returnUrl: string;
  /** The procedure's name for the review; else the session's selected procedure, else its code. */
  declare procedureName: string;
  /** The transaction to show the outcome of; by default read from the URL on return. */
  declare transactionId: string;
  /** On return, put the outcome at the start of `document.title`. Off by default. */
  declare manageTitle: boolean;
  /** The backend that creates payments and confirms their status. */
  declare backend: DvcBackend | undefined;
  /** Base URL of an HTTP backend, when the `backend` property is not set. */
  declare backendUrl: string | null;
  /** The clock for availability windows (epoch ms); `Date.now` by default. */
  declare now: () => number;
  /** Leaves for the provider's page; `location.assign` by default. */
  declare navigate: (url: string) => void;
  /** Milliseconds between status checks while pending; the last one repeats. */
  declare pollIntervals: readonly number[];

  declare private _view: View;
  declare private _method: string;
  declare private _busy: boolean;
  declare private _failure: { code: string; call: FailedCall } | null;
  declare private _payment: Payment | null;
  declare private _receipts: Receipt[];
  declare private _dossier: Dossier | null;
  declare private _payer: PayerDraft;
  declare private _payerErrors: readonly PayerField[];
  declare private _methodError: boolean;
  /** Providers the server said are down while this page was open. */
  declare private _down: ReadonlySet<string>;
  declare private _announcement: string;

  private _fees: FeeLine[] | null = null;
  /** Holds the payer fields in the light DOM, slotted into the shadow root. */
  private _payerHost: HTMLElement | undefined;
  private _providers: readonly PaymentProvider[] = DEFAULT_PAYMENT_PROVIDERS;
  /** Each start or check gets a number; answers to an older one are dropped. */
  private _run = 0;
  private _pollTimer: ReturnType<typeof setTimeout> | undefined;
  private _announceTimer: ReturnType<typeof setTimeout> | undefined;
  private _focusHeading = false;
  private _baseTitle: string | undefined;
  /** How many values each list attribute was given, and which is in use: a check that ends late never undoes a later value. */
  private readonly _given: Record<ListAttribute, number> = { fees: 0, providers: 0 };
  private readonly _used: Record<ListAttribute, number> = { fees: 0, providers: 0 };
  /** The method and payer are being checked: a second click meanwhile does nothing. */
  private _checkingChoice = false;
  private readonly _id: string;

  constructor() {
    super();
    this.dossierCode = '';
    this.returnUrl = '';
    this.procedureName = '';
    this.transactionId = '';
    this.manageTitle = false;
    this.backend = undefined;
    this.backendUrl = null;
    this.now = () => Date.now();
    this.navigate = (url) => globalThis.location.assign(url);
    this.pollIntervals = DEFAULT_POLL_INTERVALS;
    this._view = 'choose';
    this._method = '';
    this._busy = false;
    this._failure = null;
    this._payment = null;
    this._receipts = [];
    this._dossier = null;
    this._payer = emptyPayer();
    this._payerErrors = [];
    this._methodError = false;
    this._down = new Set();
    this._announcement = '';
    // The payer fields' ids live in the page's scope: unique even with two copies of the library.
    this._id = `dvc-payment-${Math.random().toString(36).slice(2, 8)}-${++instances}`;
  }

  /**
   * Fee lines (`phi` / `le-phi`); also JSON in the `fees` attribute. By default the dossier's, from
   * the backend (or the session's dossier of the same code). A value given is taken once checked
   * (`await el.updateComplete`); an invalid one is reported and the last good one kept.
   */
  get fees(): FeeLine[] {
    if (this._fees) return this._fees;
    if (this._dossier) return this._dossier.fees;
    const shared = this.session.getState().dossier;
    return shared && shared.code === this.dossierCode ? shared.fees : [];
  }
  set fees(value: FeeLine[] | string | null | undefined) {
    this._takeList(
      'fees',
      value,
      (checks) => checks.parseFees,
      (fees) => {
        const old = this.fees;
        this._fees = fees;
        this.requestUpdate('fees', old);
      },
    );
  }

  /**
   * The providers offered (configuration); also JSON in the `providers` attribute. Taken once
   * checked, like `fees`.
   */
  get providers(): readonly PaymentProvider[] {
    return this._providers;
  }
  set providers(value: readonly PaymentProvider[] | string | null | undefined) {
    this._takeList(
      'providers',
      value,
      (checks) => checks.parseProviders,
      (providers) => {
        const old = this._providers;
        this._providers = providers ?? DEFAULT_PAYMENT_PROVIDERS;
        this.requestUpdate('providers', old);
      },
    );
  }

  /** The total to pay (VND). */
  get amount(): number {
    return summariseFees(this.fees).total;
  }

  /** The chosen provider's id. */
  get method(): string {
    return this._method;
  }

  // ---- lifecycle ----------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener?.('pageshow', this._onPageShow);
    if (!this._payerHost) {
      this._payerHost = this.ownerDocument.createElement('div');
      this._payerHost.setAttribute(PAYER_ATTRIBUTE, '');
      this._payerHost.slot = 'payer';
    }
    if (this._payerHost.parentNode !== this) this.append(this._payerHost);
    addStyles(this.getRootNode(), [payerStyles]);
    loadPaymentChecks().catch(() => undefined);
    void errorSummaryReady();
    void errorMessagesReady();
    if (isEmptyPayer(this._payer)) this._payer = payerFromProfile(this.session.getState().profile);
    if (this.hasUpdated) this._start();
  }

  private get _backend(): DvcBackend | undefined {
    return backendFor(this.backend, this.backendUrl);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('pageshow', this._onPageShow);
    this._run += 1;
    clearTimeout(this._pollTimer);
    clearTimeout(this._announceTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('backend') || changed.has('backendUrl') || changed.has('dossierCode') || changed.has('transactionId')) this._start();
  }

  /** A profile the citizen agrees to reuse after the element appeared still fills empty payer fields. */
  protected override sessionChanged(state: SessionState, previous: SessionState): void {
    if (state.profile !== previous.profile && isEmptyPayer(this._payer)) this._payer = payerFromProfile(state.profile);
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    if (this._payerHost) render(this._showsChoice() ? this._renderPayer() : nothing, this._payerHost, { host: this });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this._focusHeading) {
      this._focusHeading = false;
      this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    }
  }

  // ---- event handlers -----------------------------------------------------------------------

  /** Back from the provider's page through the browser's cache: the page is as it was left. */
  private readonly _onPageShow = (event: PageTransitionEvent): void => {
    if (!event.persisted) return;
    this._busy = false;
    this._start();
  };

  private _onMethodChange(event: Event): void {
    const method = (event.target as HTMLInputElement).value;
    this._method = method;
    this._methodError = false;
    this._failure = null;
    this.emit('dvc-payment-method-change', { method });
  }

  private _onPayerInput(field: PayerField, event: Event): void {
    this._payer = { ...this._payer, [field]: (event.target as HTMLInputElement).value };
    if (this._payerErrors.includes(field)) this._payerErrors = this._payerErrors.filter((wrong) => wrong !== field);
  }

  private _onContinue(): void {
    void this.pay();
  }

  private _onRetry(): void {
    const failure = this._failure;
    this._failure = null;
    if (failure?.call === 'create') void this.pay();
    else if (failure?.call === 'status' && this._payment) void this._check(this._payment.transactionId, true);
    else if (failure?.call === 'status' && this._reference()) void this._check(this._reference()!, true);
    else this._start();
  }

  private _onChooseAgain(): void {
    this._view = 'choose';
    this._payment = null;
    this._failure = null;
    this._focusHeading = true;
    this._restoreTitle();
  }

  // ---- public methods -----------------------------------------------------------------------

  /**
   * What "Tiếp tục đến …" does: fires `dvc-payment-submit`, asks the backend for the payment (the
   * same idempotency key for the same dossier and method) and leaves for the provider's page.
   * Does nothing while a request is on its way.
   */
  async pay(): Promise<void> {
    if (this._busy || this._checkingChoice || this._view !== 'choose') return;
    const checked = this._checkChoice();
    this.pendingChecks.track(checked);
    const choice = await checked;
    if (!choice) return;
    const { provider, payer } = choice;
    if (payer) this.session.rememberProfile(payer);
    this._busy = true;
    const detail = { dossierCode: this.dossierCode, amount: this.amount, method: provider.id };
    const backend = this._backend;
    if (!this.emit('dvc-payment-submit', detail, { cancelable: true }) || !backend) {
      this._busy = false;
      return;
    }
    const run = ++this._run;
    this._failure = null;
    this._announce(text.redirecting(provider.name));
    try {
      const payment = await backend.createPayment({
        dossierCode: this.dossierCode,
        providerId: provider.id,
        idempotencyKey: idempotencyKeyFor(this.dossierCode, provider.id),
        returnUrl: this.returnUrl || withoutTransactionReference(globalThis.location.href),
        ...(payer ? { payer } : {}),
      });
      if (run !== this._run) return;
      rememberTransaction(payment.dossierCode, payment.transactionId);
      if (payment.paymentUrl && (payment.status === 'initialised' || payment.status === 'pending')) {
        // Stays busy: the page is about to be left.
        this.navigate(payment.paymentUrl);
        return;
      }
      this._busy = false;
      await this._check(payment.transactionId, true);
    } catch (error) {
      if (run !== this._run) return;
      this._busy = false;
      const failure = toDvcError(error);
      if (failure.code === 'already-paid') {
        await this._showPaidDossier();
        return;
      }
      const last = lastTransaction(this.dossierCode);
      if (failure.code === 'conflict' && last) {
        // An earlier attempt is still being confirmed (the server refuses a second one): show it.
        await this._check(last, false);
        return;
      }
      if (failure.code === 'provider-unavailable') {
        // The server knows of an outage the configuration did not: offer that provider no more.
        this._down = new Set([...this._down, provider.id]);
        this._method = '';
      }
      this._fail(failure.code, 'create');
    }
  }

  /** Asks the backend again for the shown transaction's status. */
  refresh(): Promise<void> {
    const id = this._payment?.transactionId ?? this._reference();
    return id ? this._check(id, true) : Promise.resolve();
  }

  // ---- private helpers ----------------------------------------------------------------------

  /**
   * Takes a list given as an array or JSON (`null` when none) once it is checked; an invalid one
   * is reported and the last good one kept.
   */
  private _takeList<T>(
    attribute: ListAttribute,
    value: unknown,
    parserOf: (checks: PaymentChecks) => (value: unknown) => T[] | undefined,
    use: (list: T[] | null) => void,
  ): void {
    const given = ++this._given[attribute];
    const take = (list: T[] | null): void => {
      if (given < this._used[attribute]) return;
      this._used[attribute] = given;
      use(list);
    };
    if (value === null || value === undefined || value === '') {
      take(null);
      return;
    }
    this.pendingChecks.track(
      loadPaymentChecks().then(
        (checks) => {
          const list = parserOf(checks)(value);
          if (list) take(list);
          else this.reportInvalidAttribute(attribute, value);
        },
        (error: unknown) => {
          const { code } = toDvcError(error);
          this.emitError(code, backendErrorMessage(code), attribute);
        },
      ),
    );
  }

  /**
   * Checks the chosen method and the payer and shows what is wrong; the provider and the payer to
   * pay with once both pass.
   */
  private async _checkChoice(): Promise<{ provider: PaymentProvider; payer: Payer | null } | null> {
    this._checkingChoice = true;
    let checks: PaymentChecks;
    try {
      checks = await loadPaymentChecks();
    } catch (error) {
      this._fail(toDvcError(error).code, 'create');
      return null;
    } finally {
      this._checkingChoice = false;
    }
    if (this._busy || this._view !== 'choose') return null;
    const found = this._providers.find((candidate) => candidate.id === this._method);
    const provider = found && !this._refusal(found) ? found : undefined;
    const payerCheck = checks.checkPayer(this._payer);
    this._methodError = !provider;
    this._payerErrors = payerCheck.ok ? [] : payerCheck.invalid;
    // Published once rendered.
    void this._publishValidity();
    if (!provider || !payerCheck.ok) return null;
    return { provider, payer: payerCheck.payer };
  }

  /** The transaction reference on return: the property, else the URL. */
  private _reference(): string | null {
    return this.transactionId || (globalThis.location ? readTransactionReference(globalThis.location.href) : null);
  }

  /** Finds out where the payment stands: from the return URL, else the dossier's last attempt, else the dossier. */
  private _start(): void {
    clearTimeout(this._pollTimer);
    const backend = this._backend;
    if (!backend) return;
    const run = ++this._run;
    void (async () => {
      const reference = this._reference();
      if (reference) {
        await this._check(reference, true);
        return;
      }
      if (!this.dossierCode) return;
      if (this._view !== 'choose' || this._fees === null) this._view = 'loading';
      try {
        const dossier = await backend.getDossierStatus({ code: this.dossierCode });
        if (run !== this._run) return;
        this._dossier = dossier;
        this.session.setDossier({ code: dossier.code, procedureCode: dossier.procedureCode, fees: dossier.fees, status: dossier.status });
      } catch (error) {
        if (run !== this._run) return;
        this._view = 'choose';
        this._fail(toDvcError(error).code, 'load');
        return;
      }
      const last = lastTransaction(this.dossierCode);
      if (this._dossier.paidTransactionId || last) {
        await this._check(this._dossier.paidTransactionId ?? last!, false);
        return;
      }
      if (this._dossier.status !== DOSSIER_STATUS.paymentRequested && this._dossier.totalAmount > 0) {
        this._settle('already-paid', null, []);
        return;
      }
      this._view = 'choose';
    })();
  }

  /**
   * The server's word on `transactionId`. `returned`: the citizen is back from the provider (show
   * every outcome); otherwise a remembered attempt (only paid and pending are shown).
   */
  private async _check(transactionId: string, returned: boolean): Promise<void> {
    const backend = this._backend;
    if (!backend) return;
    clearTimeout(this._pollTimer);
    const run = ++this._run;
    this._view = 'checking';
    this._failure = null;
    try {
      const payment = await backend.getPaymentStatus({ transactionId });
      if (run !== this._run) return;
      rememberTransaction(payment.dossierCode, payment.transactionId);
      if (payment.status === 'succeeded') {
        const { receipts } = await backend.getReceipts({ transactionId });
        if (run !== this._run) return;
        this._settle(returned ? 'paid' : 'already-paid', payment, receipts, returned);
        return;
      }
      if (payment.status === 'pending' || (payment.status === 'initialised' && returned)) {
        this._settle('pending', payment, [], returned);
        this._poll(transactionId, 0);
        return;
      }
      // Failed, cancelled, expired, or never sent to the provider: has another attempt paid?
      if (payment.status !== 'initialised') forgetIdempotencyKeys(payment.dossierCode);
      const dossier = await backend.getDossierStatus({ code: payment.dossierCode });
      if (run !== this._run) return;
      this._dossier = dossier;
      if (dossier.paidTransactionId && dossier.paidTransactionId !== transactionId) {
        await this._check(dossier.paidTransactionId, false);
        return;
      }
      if (returned && payment.status !== 'initialised') this._settle(payment.status, payment, [], true);
      else {
        this._payment = null;
        this._view = 'choose';
      }
    } catch (error) {
      if (run !== this._run) return;
      const code = toDvcError(error).code;
      if (!returned && code === 'not-found') {
        // A remembered attempt the server no longer knows: start afresh.
        this._view = 'choose';
        return;
      }
      if (returned || this._view === 'checking') {
        this._view = 'error';
        this._focusHeading = true;
        this._setTitle('error');
      }
      this._fail(code, 'status');
    }
  }

  /** Shows an outcome the server confirmed, and tells the page and the session. */
  private _settle(view: ResultView, payment: Payment | null, receipts: Receipt[], announce = true): void {
    const changed = this._view !== view || this._payment?.transactionId !== payment?.transactionId;
    this._view = view;
    this._payment = payment;
    this._receipts = receipts;
    this._busy = false;
    if (!changed) return;
    const status = view === 'paid' || view === 'already-paid' ? 'succeeded' : view === 'error' ? 'error' : view;
    const session = this.session;
    if (payment) {
      session.setPayment({
        method: payment.providerId,
        status: payment.status,
        transactionId: payment.transactionId,
        receipts: receipts.map((receipt) => ({ type: receipt.type, url: receipt.url, number: receipt.number })),
      });
    }
    this.emit('dvc-payment-result', { status, ...(payment ? { transactionId: payment.transactionId } : {}), receipts });
    if (announce) {
      this._focusHeading = true;
      this._announce(resultHeading(view));
    }
    this._setTitle(view);
  }

  private _poll(transactionId: string, attempt: number): void {
    const intervals = this.pollIntervals.length > 0 ? this.pollIntervals : DEFAULT_POLL_INTERVALS;
    const delay = intervals[Math.min(attempt, intervals.length - 1)];
    const run = this._run;
    this._pollTimer = setTimeout(async () => {
      const backend = this._backend;
      if (run !== this._run || !backend) return;
      try {
        const payment = await backend.getPaymentStatus({ transactionId });
        if (run !== this._run) return;
        if (payment.status === 'pending' || payment.status === 'initialised') {
          this._poll(transactionId, attempt + 1);
          return;
        }
        await this._check(transactionId, true);
      } catch {
        // A failed check while pending is not an outcome: keep asking, more slowly.
        if (run === this._run) this._poll(transactionId, attempt + 1);
      }
    }, delay);
  }

  /** The dossier was paid (by another attempt): show the payment the server names. */
  private async _showPaidDossier(): Promise<void> {
    const backend = this._backend;
    if (!backend) return;
    try {
      const dossier = await backend.getDossierStatus({ code: this.dossierCode });
      this._dossier = dossier;
      if (dossier.paidTransactionId) {
        await this._check(dossier.paidTransactionId, false);
        return;
      }
    } catch {
      // The refusal itself says enough.
    }
    this._settle('already-paid', null, []);
  }

  private _fail(code: string, call: FailedCall): void {
    const failure = (this._failure = { code, call });
    // Shown and told once its words are in: renders and `updateComplete` wait for them.
    this.pendingChecks.track(
      errorMessagesReady().then(() => {
        if (this._failure !== failure) return;
        const message = backendErrorMessage(code);
        this.emitError(code, message);
        this._announce(message);
      }),
    );
  }

  private _refusal(provider: PaymentProvider): ProviderRefusal | null {
    return this._down.has(provider.id) ? 'outage' : providerRefusal(provider, this.amount, this.now());
  }

  private _setTitle(view: ResultView): void {
    if (!this.manageTitle || typeof document === 'undefined') return;
    this._baseTitle ??= document.title;
    document.title = this._baseTitle ? `${resultHeading(view)} – ${this._baseTitle}` : resultHeading(view);
  }

  private _restoreTitle(): void {
    if (this._baseTitle !== undefined && typeof document !== 'undefined') document.title = this._baseTitle;
  }

  private _announce(message: string): void {
    clearTimeout(this._announceTimer);
    this._announcement = '';
    this._announceTimer = setTimeout(() => {
      this._announcement = message;
    }, ANNOUNCE_DELAY);
  }

  private _money(amount: number): string {
    return formatMoney(amount, this.locale);
  }

  private _procedureText(): string {
    return this.procedureName || this.session.getState().procedure?.name || this._dossier?.procedureCode || '';
  }

  private _renderReview() {
    const { groups, total } = summariseFees(this.fees);
    const procedure = this._procedureText();
    return html`
      <section part="review" class="review" aria-labelledby="${this._id}-review">
        <h3 id="${this._id}-review">${text.review()}</h3>
        <dl class="facts">
          ${
            this.dossierCode
              ? html`<div>
                  <dt>${text.dossier()}</dt>
                  <dd class="code">${this.dossierCode}</dd>
                </div>`
              : nothing
          }
          ${
            procedure
              ? html`<div>
                  <dt>${text.procedure()}</dt>
                  <dd>${procedure}</dd>
                </div>`
              : nothing
          }
        </dl>
        ${
          groups.length === 0
            ? html`<p>${text.noFees()}</p>`
            : html`<table>
                <thead>
                  <tr>
                    <th scope="col">${text.feeName()}</th>
                    <th scope="col" class="amount">${text.feeAmount()}</th>
                  </tr>
                </thead>
                ${groups.map(
                  (group) =>
                    html`<tbody>
                      <tr class="group">
                        <th scope="rowgroup" colspan="2">${feeTypeName(group.type)}</th>
                      </tr>
                      ${group.lines.map(
                        (line) =>
                          html`<tr>
                            <td>${line.name}</td>
                            <td class="amount">${this._money(line.amount)}</td>
                          </tr>`,
                      )}
                      <tr class="subtotal">
                        <th scope="row">${subtotalLabel(group.type)}</th>
                        <td class="amount">${this._money(group.subtotal)}</td>
                      </tr>
                    </tbody>`,
                )}
                <tfoot>
                  <tr class="total">
                    <th scope="row">${text.total()}</th>
                    <td class="amount">${this._money(total)}</td>
                  </tr>
                </tfoot>
              </table>`
        }
      </section>
    `;
  }

  /** The payer fields, rendered into the light DOM: labels, hints and errors next to their inputs. */
  private _renderPayer() {
    const hintId = `${this._id}-payer-hint`;
    return html`<fieldset>
      <legend>${text.payer()}</legend>
      <p id=${hintId} class="hint">${text.payerHint()}</p>
      ${PAYER_FIELDS.map((field) => {
        const id = `${this._id}-payer-${field}`;
        const input = PAYER_INPUTS[field];
        const invalid = this._payerErrors.includes(field);
        return html`<div class="field ${invalid ? 'invalid' : ''}">
          <label for=${id}
            >${payerLabel(field)}${field === 'fullName' ? nothing : html` <span class="optional">${text.optional()}</span>`}</label
          >
          ${invalid ? html`<p id="${id}-error" class="error">${payerError(field)}</p>` : nothing}
          <input
            id=${id}
            name=${input.name}
            type=${input.type}
            autocomplete=${input.autocomplete}
            inputmode=${input.inputmode ?? nothing}
            spellcheck=${field === 'fullName' || field === 'address' ? nothing : 'false'}
            .value=${this._payer[field]}
            aria-invalid=${invalid ? 'true' : nothing}
            aria-describedby=${invalid ? `${id}-error ${hintId}` : hintId}
            ?disabled=${this._busy}
            @input=${(event: Event) => this._onPayerInput(field, event)}
          />
        </div>`;
      })}
    </fieldset>`;
  }

  /**
   * Tells the `<dvc-error-summary>` at the top (and any the page has around the element) what
   * stops the payment; the summary takes focus and links to each field.
   */
  private async _publishValidity(): Promise<void> {
    await Promise.all([this.updateComplete, errorSummaryReady()]);
    const errors = [
      ...(this._methodError
        ? [
            {
              target: this.renderRoot.querySelector<HTMLElement>('input[type="radio"]:not([disabled])') ?? this,
              label: '',
              message: text.methodRequired(),
            },
          ]
        : []),
      ...this._payerErrors.map((field) => ({
        target: this._payerHost?.querySelector<HTMLElement>(`#${this._id}-payer-${field}`) ?? this,
        label: payerLabel(field),
        message: payerError(field),
      })),
    ];
    const base = this.renderRoot.querySelector('.base');
    base?.dispatchEvent(new CustomEvent('dvc-validity', { detail: { errors }, bubbles: true, composed: true }));
  }

  /** The review and the choice of method are shown (with the payer fields). */
  private _showsChoice(): boolean {
    return this._view === 'choose' && this.fees.length > 0;
  }

  private _renderMethods() {
    const amount = this.amount;
    const offered = this._providers;
    const anyOpen = offered.some((provider) => !this._refusal(provider));
    const errorId = `${this._id}-method-error`;
    return html`<fieldset part="methods" class="methods" aria-describedby=${this._methodError ? errorId : nothing}>
      <legend>${text.methods()}</legend>
      ${this._methodError ? html`<p id=${errorId} class="field-error">${text.methodRequired()}</p>` : nothing}
      ${anyOpen ? nothing : html`<p class="note">${text.noMethods()}</p>`}
      ${offered.map((provider) => {
        const refusal = this._refusal(provider);
        const id = `${this._id}-method-${provider.id}`;
        const limit = this._money(refusal === 'below-min' ? (provider.minAmount ?? 0) : (provider.maxAmount ?? amount));
        const window = provider.availability ? `${provider.availability.from}–${provider.availability.to}` : '';
        const reason = refusal ? refusalText(refusal, limit, window) : '';
        return html`<div part="method" class="method ${refusal ? 'refused' : ''} ${this._method === provider.id ? 'chosen' : ''}">
          <input
            type="radio"
            id=${id}
            name="method"
            .value=${provider.id}
            .checked=${this._method === provider.id}
            ?disabled=${Boolean(refusal) || this._busy}
            aria-describedby="${id}-kind${reason ? ` ${id}-reason` : ''}"
            @change=${this._onMethodChange}
          />
          <label for=${id}>
            ${provider.logo ? html`<img class="logo" src=${provider.logo} alt="" />` : nothing}
            <span class="name">${provider.name}</span>
          </label>
          <span id="${id}-kind" class="kind">${kindName(provider.kind)}</span>
          ${reason ? html`<span id="${id}-reason" class="reason">${reason}</span>` : nothing}
        </div>`;
      })}
    </fieldset>`;
  }

  private _renderFailure() {
    const failure = this._failure;
    if (!failure) return nothing;
    return html`<div part="error" class="failure" role="alert">
      <p>${backendErrorMessage(failure.code)}</p>
      ${
        failure.code === 'provider-unavailable'
          ? nothing
          : html`<button type="button" part="button" class="secondary" @click=${this._onRetry}>${text.retry()}</button>`
      }
    </div>`;
  }

  private _renderChoose() {
    const provider = this._providers.find((candidate) => candidate.id === this._method);
    const label = provider ? (this._busy ? text.redirecting(provider.name) : text.continueTo(provider.name)) : text.continueGeneric();
    return html`
      <dvc-error-summary></dvc-error-summary>
      ${this._renderReview()} ${this._showsChoice() ? html`<slot name="payer"></slot> ${this._renderMethods()}` : nothing}
      ${this._renderFailure()}
      ${
        this.fees.length > 0
          ? html`<div class="actions">
              <button
                type="button"
                part="button"
                class="primary"
                aria-disabled=${this._busy ? 'true' : nothing}
                aria-describedby="${this._id}-leaving"
                @click=${this._onContinue}
              >
                ${this._busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${label}
              </button>
              <p id="${this._id}-leaving" class="note">${text.leaving()}</p>
            </div>`
          : nothing
      }
    `;
  }

  private _renderResult(view: ResultView) {
    const payment = this._payment;
    const settledBad = view === 'failed' || view === 'cancelled' || view === 'expired';
    return html`<div part="result" class="result ${view}">
      <p class="status-line">
        <span class="icon" aria-hidden="true">${view === 'paid' || view === 'already-paid' ? '✓' : view === 'pending' ? '…' : '!'}</span>
        ${resultBody(view)}
      </p>
      ${
        payment
          ? html`<dl class="facts">
              <div>
                <dt>${text.dossier()}</dt>
                <dd class="code">${payment.dossierCode}</dd>
              </div>
              <div>
                <dt>${text.amountPaid()}</dt>
                <dd>${this._money(payment.amount)}</dd>
              </div>
              <div>
                <dt>${text.transaction()}</dt>
                <dd class="code">${payment.transactionId}</dd>
              </div>
            </dl>`
          : nothing
      }
      ${
        this._receipts.length > 0
          ? html`<section part="receipts" class="receipts" aria-labelledby="${this._id}-receipts">
              <h3 id="${this._id}-receipts">${text.receipts()}</h3>
              <ul>
                ${this._receipts.map(
                  (receipt) =>
                    html`<li>
                      <a href=${receipt.url} target="_blank" rel="noopener"
                        >${receiptLabel(receipt.type, receipt.number)} – ${this._money(receipt.amount)}
                        <span class="visually-hidden">${text.opensNewTab()}</span></a
                      >
                    </li>`,
                )}
              </ul>
            </section>`
          : nothing
      }
      ${this._renderFailure()}
      <div class="actions">
        ${
          view === 'pending'
            ? html`<button type="button" part="button" class="secondary" @click=${() => void this.refresh()}>${text.checkAgain()}</button>`
            : nothing
        }
        ${
          view === 'error' && !this._failure
            ? html`<button type="button" part="button" class="secondary" @click=${() => void this.refresh()}>${text.retry()}</button>`
            : nothing
        }
        ${
          settledBad
            ? html`<button type="button" part="button" class="primary" @click=${this._onChooseAgain}>
                ${view === 'expired' ? text.payAgain() : text.otherMethod()}
              </button>`
            : nothing
        }
      </div>
    </div>`;
  }

  override render() {
    const view = this._view;
    const heading = view === 'choose' || view === 'loading' || view === 'checking' ? text.title() : resultHeading(view);
    return html`
      <div part="base" class="base" aria-busy=${view === 'loading' || view === 'checking' ? 'true' : 'false'}>
        <h2 part="heading" tabindex="-1">${heading}</h2>
        ${
          view === 'choose'
            ? this._renderChoose()
            : view === 'loading' || view === 'checking'
              ? html`<p class="busy">
                    <span class="spinner" aria-hidden="true"></span>${view === 'loading' ? text.loading() : text.checking()}
                  </p>
                  ${this._renderFailure()}`
              : this._renderResult(view)
        }
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._announcement}</div>
      </div>
    `;
  }
}
