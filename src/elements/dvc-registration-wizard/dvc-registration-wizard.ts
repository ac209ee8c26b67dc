import { html, nothing, render, type PropertyDeclarations, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { msg, str } from '@lit/localize';
import { backendFor } from '../../base/backend-source.js';
import { DvcElement } from '../../base/dvc-element.js';
import type { SignatureProvider } from '../../core/backend/signature-provider.js';
import type { DvcBackend } from '../../core/backend/types.js';
import { DvcError, toDvcError } from '../../core/errors.js';
import type { AccountSummary, RegistrationMethod, Subject } from '../../core/events.js';
import { checkPassword } from '../../core/identifiers/password.js';
import { createDraftStore, type DraftStore } from '../../core/persist.js';
import type { CaptchaChallenge } from '../../core/schemas/captcha.js';
import { ACTIVATION_LINK_PARAM } from '../../core/data/activation-link.js';
import type { OtpState, RegistrationRequest, RegistrationStep } from '../../core/schemas/registration.js';
import type { Profile } from '../../core/session.js';
import { backendErrorMessage, errorMessagesReady } from '../../i18n/messages/error-messages-on-demand.js';
import { networkMessage } from '../../i18n/messages/network-message.js';
import type { DvcErrorSummary } from '../dvc-error-summary/dvc-error-summary.js';
import { errorSummaryReady } from '../dvc-error-summary/on-demand.js';
import type { DvcOtpInput } from '../dvc-otp-input/dvc-otp-input.js';
import { BODY_ATTRIBUTE, lightStyles, styles } from './dvc-registration-wizard.styles.js';
import { addStyles } from '../../base/add-styles.js';
import { renderChoice, renderFailure, renderRestored } from './wizard-notices.js';
import { fieldsOf, renderDetails } from './wizard-details.js';
import { CAPTCHA_METHODS, captchaLabel, otpLabel, passwordLabel, pinLabel, type FieldName } from './wizard-fields.js';
import { methodStart, offeredMethods, parseMethods, stepsFor, SUBJECTS, subjectAllows, type StepId } from './wizard-flow.js';
import type { RemoteSigningSteps } from './wizard-remote-signing-steps.js';
import { clearReturnParams, currentUrlWithout, readReturnParams } from './wizard-return.js';
import { DEFAULT_WARNING_SECONDS, MIN_WARNING_SECONDS, sessionExpiredMessage, systemClock, type WizardClock } from './wizard-clock.js';
import type { SessionTimeout } from './wizard-session-timeout.js';
import { methodName, stepHeading, subjectName } from './wizard-text.js';
import type { Activation, ErrorKey, Errors, Failure, StepView, Values, WizardHost } from './wizard-types.js';
import { renderIdentity } from './wizard-certificate-identity.js';
import type { PluginDownloadUrls } from './wizard-usb-token.js';
import type { UsbTokenSteps } from './wizard-usb-token-steps.js';
import { finishVneid, readVneidReturn, renderVneidIntro, startVneid } from './wizard-vneid.js';
import { templates as english } from '../../i18n/generated/en/dvc-registration-wizard.js';
import { addTranslations } from '../../i18n/locale.js';
import { onDemand } from '../../core/on-demand.js';

addTranslations(english);

/** The details check, fetched when a wizard connects; a failed fetch is tried again on submit. */
const loadDetailsCheck = onDemand(() => import('./wizard-details-check.js'));

/** The code input, fetched when the details step shows (the code step follows it); retried on failure. */
const loadOtpInput = onDemand(() => import('../dvc-otp-input/define.js'));
/** The steps of the signing methods, fetched when one of them is chosen. */
const loadUsbTokenSteps = onDemand(() => import('./wizard-usb-token-steps.js'));
const loadRemoteSigningSteps = onDemand(() => import('./wizard-remote-signing-steps.js'));
/**
 * The warning before a started registration times out, fetched when the first one starts. Should
 * it not arrive (offline), the registration cannot go on anyway: the server's refusal says so.
 */
const loadSessionTimeout = onDemand(() => import('./wizard-session-timeout.js'));

/** The steps after the details, fetched when the wizard connects (see the module). */
let later: typeof import('./wizard-later-steps.js') | undefined;
const loadLaterSteps = onDemand(() =>
  import('./wizard-later-steps.js').then((module) => {
    later = module;
  }),
);
const LATER_STEPS: ReadonlySet<StepId> = new Set(['otp', 'email-link', 'password', 'review', 'done']);

const FIELD_NAMES: readonly FieldName[] = ['idNumber', 'bhxhCode', 'fullName', 'birthDate', 'phone', 'email', 'userId', 'address'];
const PROFILE_FIELDS: readonly (FieldName & keyof Profile)[] = ['idNumber', 'fullName', 'birthDate', 'phone', 'email', 'address'];

/** Methods whose identity comes from a certificate, registered from the check-answers step. */
const SIGNED_METHODS: ReadonlySet<RegistrationMethod> = new Set(['usb-token', 'sim-ca', 'smartca']);

let instances = 0;

/** A label's words without the required mark or visually hidden extras. */
function labelText(label: Element | null): string {
  if (!label) return '';
  const copy = label.cloneNode(true) as Element;
  copy.querySelectorAll('.required, .vh, .hint').forEach((node) => node.remove());
  return copy.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/**
 * @tagname dvc-registration-wizard
 * @summary Creates a National Public Service Portal account, one group of questions per step:
 * subject, method, details (with captcha), OTP, password, check answers, confirmation.
 *
 * Every method the portal has offered is carried end to end: `phone` (thuê bao di động) and `bhxh`
 * (mã số BHXH) for citizens, `vnpost` (Bưu điện Việt Nam: SMS code or email link), `usb-token`
 * (through the `signatureProvider`), `sim-ca` and `smartca` (remote signing, polled), and `vneid`
 * (a redirect to the national e-ID and back). Every step's native inputs, labels and messages are
 * rendered in the element's light DOM (inside one container child) so autofill and password
 * managers reach them; drafts go to sessionStorage without any password, PIN, OTP or captcha.
 *
 * @attr subject - `citizen`, `enterprise` or `agency`; without it the first step asks.
 * @attr methods - Comma list of methods to offer (default: all the subject may use).
 * @attr backend-url - Base URL of an HTTP backend, when the `backend` property is not set.
 * @attr forgot-password-url - Where "Quên mật khẩu" leads when the ID already has an account.
 * @attr sign-in-url - The sign-in page linked from the confirmation.
 * @attr return-url - Where a Vietnam Post activation email links back to, and where VNeID sends the browser
 *   back (default: this page). The wizard on that page finishes the activation from the `dvc-activation`
 *   parameter, in the query or in a hash route.
 * @attr manage-title - `document.title` follows the step ("Lỗi: " while errors show).
 * @attr sync-history - One history entry per step: the browser's Back and Forward move between steps.
 * @attr plugin-download-urls - JSON `{ "windows": url, "macos": url, "linux": url, "other": url }`: where the
 *   signing plugin is downloaded from (also the `pluginDownloadUrls` property).
 * @attr draft-key - Key of the sessionStorage draft (default: the element's id, else "default").
 * @attr timeout-warning - Seconds before an unfinished registration times out on the server to warn and offer
 *   more time (default 120, at least 20). The `clock` property replaces the time source (tests, apps).
 *
 * @fires dvc-step-change - `{ step, index, total }` when a new step shows.
 * @fires dvc-registration-complete - `{ account }` once the account exists (never a password, OTP or captcha).
 * @fires dvc-error - `{ code, message }` on a backend failure, an invalid attribute, or `session-expired` when the
 *   registration timed out (the answers are kept, secrets cleared).
 *
 * @slot - The wizard renders its steps here itself; leave it empty.
 *
 * @cssprop --dvc-color-primary - Buttons, links and checked choices.
 * @cssprop --dvc-color-on-primary - Text on the main button and the confirmation panel.
 * @cssprop --dvc-color-text - Field text.
 * @cssprop --dvc-color-muted - Hints and "Bước N / M".
 * @cssprop --dvc-color-surface - Field and secondary button background.
 * @cssprop --dvc-color-surface-alt - Background of notices and failure messages.
 * @cssprop --dvc-color-border - Field borders.
 * @cssprop --dvc-color-error - Required marks, error bars and error text.
 * @cssprop --dvc-color-success - Password rules met and the confirmation panel.
 * @cssprop --dvc-color-focus - Focus ring.
 * @cssprop --dvc-radius - Corners.
 * @cssprop --dvc-space - Spacing unit.
 * @cssprop --dvc-target-size - Height of fields and buttons (at least 24px; default 44px).
 */
export class DvcRegistrationWizard extends DvcElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    subject: { reflect: true },
    methods: {},
    backend: { attribute: false },
    backendUrl: { attribute: 'backend-url' },
    forgotPasswordUrl: { attribute: 'forgot-password-url' },
    signInUrl: { attribute: 'sign-in-url' },
    returnUrl: { attribute: 'return-url' },
    manageTitle: { type: Boolean, attribute: 'manage-title' },
    syncHistory: { type: Boolean, attribute: 'sync-history' },
    draftKey: { attribute: 'draft-key' },
    timeoutWarning: { type: Number, attribute: 'timeout-warning' },
    signatureProvider: { attribute: false },
    pluginDownloadUrls: {
      attribute: 'plugin-download-urls',
      converter: {
        fromAttribute: (value: string | null) => {
          try {
            return value ? (JSON.parse(value) as unknown) : {};
          } catch {
            return value;
          }
        },
      },
    },
    _step: { state: true },
    _errors: { state: true },
    _failure: { state: true },
    _busy: { state: true },
    _captcha: { state: true },
    _captchaError: { state: true },
    _account: { state: true },
    _restored: { state: true },
    _passwordShown: { state: true },
  };

  /** Who the account is for; null asks first. */
  declare subject: Subject | null;
  /** Comma list of methods to offer; invalid names are reported and the last good list kept. */
  declare methods: string | null;
  /** The backend to call (takes precedence over `backend-url`). */
  declare backend: DvcBackend | undefined;
  declare backendUrl: string | null;
  declare forgotPasswordUrl: string | null;
  declare signInUrl: string | null;
  declare returnUrl: string | null;
  declare manageTitle: boolean;
  declare syncHistory: boolean;
  declare draftKey: string | null;
  /** Seconds before the server's registration timeout to warn and offer more time (at least 20). */
  declare timeoutWarning: number;
  /** The local signing plugin, for the `usb-token` method (see `SignatureProvider`). */
  declare signatureProvider: SignatureProvider | undefined;
  declare pluginDownloadUrls: PluginDownloadUrls;
  /** How the browser is sent to VNeID; `location.assign` by default (replace it in tests or apps with a router). */
  declare redirect: (url: string) => void;
  /** Time and timers for the timeout warning; the system clock by default (replace it in tests). */
  declare clock: WizardClock;

  declare private _step: StepId;
  declare private _errors: Errors;
  declare private _failure: Failure | null;
  declare private _busy: boolean;
  declare private _captcha: CaptchaChallenge | null;
  declare private _captchaError: string;
  declare private _account: AccountSummary | null;
  declare private _restored: string[];
  declare private _passwordShown: boolean;

  private _methods: RegistrationMethod[] = parseMethods(null)!;
  private _chosenSubject: Subject | null = null;
  private _method: RegistrationMethod | null = null;
  private _values: Values = {};
  private _activation: Activation = 'sms';
  private _emailLink: { maskedEmail: string; expiresAt: string } | null = null;
  private _pendingToken: string | null = null;
  private _pendingVneid: Record<string, string> | null = null;
  private _captchaLoads = 0;
  private _captchaAnswer = '';
  /** Held in memory only until the account is created; never stored, emitted or logged. */
  private _password = '';
  private _confirm = '';
  private _registrationId = '';
  private _otp: OtpState | null = null;
  /** The details the current registration was started with (to know whether they changed). */
  private _registered: string | null = null;
  private _verified = false;
  private _returnToReview = false;
  private _container?: HTMLDivElement;
  private _draft?: DraftStore;
  private _originalTitle = '';
  private _lastStep: StepId | null = null;
  private _focusHeading = false;
  private _abort?: AbortController;
  private readonly _id: string;
  private readonly _host: WizardHost;
  private _usb: UsbTokenSteps | null = null;
  private _remote: RemoteSigningSteps | null = null;
  /** Steps whose code is on its way, for `updateComplete`. */
  private _stepsLoading: Promise<unknown> | null = null;
  private _timeout: SessionTimeout | null = null;
  /** Counts the times a registration was timed or stopped, so a late fetch never times a stopped one. */
  private _timings = 0;

  constructor() {
    super();
    this.subject = null;
    this.methods = null;
    this.backend = undefined;
    this.backendUrl = null;
    this.forgotPasswordUrl = null;
    this.signInUrl = null;
    this.returnUrl = null;
    this.manageTitle = false;
    this.syncHistory = false;
    this.draftKey = null;
    this.timeoutWarning = DEFAULT_WARNING_SECONDS;
    this.signatureProvider = undefined;
    this.redirect = (url) => window.location.assign(url);
    this.clock = systemClock;
    this.pluginDownloadUrls = { other: 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html' };
    this._step = 'subject';
    this._errors = {};
    this._failure = null;
    this._busy = false;
    this._captcha = null;
    this._captchaError = '';
    this._account = null;
    this._restored = [];
    this._passwordShown = false;
    this._id = `dvc-rw-${++instances}`;
    this._host = this._createHost();
  }

  // ---- lifecycle ----------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this._container) {
      this._container = this.ownerDocument.createElement('div');
      this._container.setAttribute(BODY_ATTRIBUTE, '');
    }
    if (this._container.parentNode !== this) this.append(this._container);
    addStyles(this.getRootNode(), [lightStyles]);
    loadDetailsCheck().catch(() => undefined);
    loadLaterSteps().catch(() => undefined);
    void errorSummaryReady();
    this._originalTitle = this.ownerDocument.title;
    window.addEventListener('popstate', this._onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this._onPopState);
    this._abort?.abort();
    this._remote?.stop();
    this._stopTiming();
    if (this.manageTitle && this._originalTitle) this.ownerDocument.title = this._originalTitle;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('methods')) {
      const parsed = parseMethods(this.methods);
      if (parsed) this._methods = parsed;
      else this.reportInvalidAttribute('methods', this.methods);
    }
    if (changed.has('subject') && this.subject !== null && !SUBJECTS.includes(this.subject)) {
      this.reportInvalidAttribute('subject', this.subject);
      this.subject = (changed.get('subject') as Subject | null | undefined) ?? null;
    }
    if (changed.has('timeoutWarning') && !(this.timeoutWarning >= MIN_WARNING_SECONDS)) {
      this.reportInvalidAttribute('timeout-warning', this.getAttribute('timeout-warning') ?? this.timeoutWarning);
      this.timeoutWarning = (changed.get('timeoutWarning') as number | undefined) ?? DEFAULT_WARNING_SECONDS;
    }
    if (changed.has('pluginDownloadUrls')) {
      const urls = this.pluginDownloadUrls as unknown;
      if (!urls || typeof urls !== 'object' || Object.values(urls).some((url) => typeof url !== 'string')) {
        this.reportInvalidAttribute('plugin-download-urls', urls);
        this.pluginDownloadUrls = (changed.get('pluginDownloadUrls') as PluginDownloadUrls | undefined) ?? {};
      }
    }
    if (!this.hasUpdated) this._start();
    // A step after the details shown before its code is in (a restored or quick journey) waits
    // for it; a failed fetch shows a banner whose retry fetches it again.
    if (!later && LATER_STEPS.has(this._step) && !this._stepsLoading && !this._failure)
      void this._withSteps(
        loadLaterSteps,
        () => null,
        () => undefined,
      );
  }

  protected override update(changed: Map<PropertyKey, unknown>): void {
    super.update(changed);
    if (this._container) render(this._renderStep(), this._container, { host: this });
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (this._pendingToken) {
      const token = this._pendingToken;
      this._pendingToken = null;
      setTimeout(() => void this._activate(token));
    }
    if (this._pendingVneid) {
      const params = this._pendingVneid;
      this._pendingVneid = null;
      setTimeout(() => void finishVneid(this._host, params, (account) => this._complete(account)));
    }
    if (this._step !== this._lastStep) {
      const { index, total } = this._position();
      this._lastStep = this._step;
      this._summary?.clear();
      this.emit('dvc-step-change', { step: this._step, index, total });
    }
    if (this._focusHeading) {
      this._focusHeading = false;
      this._container?.querySelector<HTMLElement>('h2')?.focus();
    }
    this._timeout?.syncDialog(this._container?.querySelector('dialog') ?? null);
    if (this.manageTitle) {
      const errors = Object.keys(this._errors).length > 0 || this._failure !== null;
      const title = `${errors ? msg('Lỗi: ', { id: 'wizard.title-error-prefix' }) : ''}${stepHeading(this._step, this._method)}`;
      this.ownerDocument.title = this._originalTitle ? `${title} – ${this._originalTitle}` : title;
    }
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }

  // ---- public methods ----------------------------------------------------------------------

  /** The step shown now. */
  get step(): StepId {
    return this._step;
  }

  /** Starts over: forgets every answer and the draft. */
  reset(): void {
    this._draft?.clear();
    this._values = {};
    this._clearSecrets();
    this._forgetRegistration();
    this._usb?.reset();
    this._remote?.reset();
    this._account = null;
    this._restored = [];
    this._method = null;
    this._chosenSubject = null;
    this._start();
  }

  // ---- flow --------------------------------------------------------------------------------

  private get _subject(): Subject | null {
    return this.subject ?? this._chosenSubject;
  }

  private get _offered(): RegistrationMethod[] {
    return offeredMethods(this._methods, this._subject);
  }

  private get _backend(): DvcBackend | undefined {
    return backendFor(this.backend, this.backendUrl);
  }

  /** The step's summary once registered: before, it has nothing to clear. */
  private get _summary(): DvcErrorSummary | null {
    const summary = this._container?.querySelector('dvc-error-summary');
    return summary && 'clear' in summary ? summary : null;
  }

  private get _otpInput(): DvcOtpInput | null {
    return this._container?.querySelector('dvc-otp-input') ?? null;
  }

  /** What the method's step modules may use of this element. */
  private _createHost(): WizardHost {
    const now = {
      backend: () => this._backend,
      subject: () => this._subject ?? 'citizen',
      method: () => this._method,
      step: () => this._step,
    };
    return {
      get backend() {
        return now.backend();
      },
      get subject() {
        return now.subject();
      },
      get method() {
        return now.method();
      },
      get step() {
        return now.step();
      },
      call: (run, retry) => this._call(run, retry),
      go: (step) => this._go(step),
      focusHeading: () => {
        this._focusHeading = true;
        this.requestUpdate();
      },
      fail: (failure) => this._fail(failure),
      clearFailure: () => {
        this._failure = null;
      },
      showErrors: (errors) => this._showErrors(errors),
      requestUpdate: () => this.requestUpdate(),
    };
  }

  private _steps(): StepId[] {
    return stepsFor({
      askSubject: this.subject === null,
      askMethod: this._offered.length !== 1 || this.subject === null,
      method: this._method,
      activation: this._activation,
    });
  }

  private _position(): { index: number; total: number } {
    const steps = this._steps();
    const index = steps.indexOf(this._step);
    return { index: index === -1 ? steps.length : index, total: steps.length };
  }

  /** First render: restore a draft, prefill from the profile, and pick the first step. */
  private _start(): void {
    this._draft = createDraftStore({
      key: `registration-wizard:${this.draftKey ?? (this.id || 'default')}`,
      allow: ['subject', 'method', 'activation', ...FIELD_NAMES],
    });
    const draft = this._draft.load();
    if (draft) {
      if (this.subject === null && SUBJECTS.includes(draft.subject as Subject)) this._chosenSubject = draft.subject as Subject;
      for (const name of FIELD_NAMES) if (typeof draft[name] === 'string') this._values[name] = draft[name];
      if (draft.activation === 'email') this._activation = 'email';
      const method = draft.method as RegistrationMethod;
      if (this._offered.includes(method)) this._method = method;
    }
    const state = this.session.getState();
    if (state.profileConsent) {
      for (const name of PROFILE_FIELDS) {
        const value = state.profile[name];
        if (value && !this._values[name]) this._values[name] = value;
      }
    }
    if (this._subject !== null && this._offered.length === 1) this._method = this._offered[0]!;
    const vneid = readVneidReturn();
    if (vneid && this._methods.includes('vneid')) {
      // Back from VNeID: finish the sign-in with the code, or explain the refusal.
      this._pendingVneid = vneid;
      this._method = 'vneid';
      if (this._subject === null) this._chosenSubject = 'citizen';
      this._go('details', { push: false });
      return;
    }
    const token = readReturnParams([ACTIVATION_LINK_PARAM])?.[ACTIVATION_LINK_PARAM];
    if (token && this._methods.includes('vnpost')) {
      // Back from the activation email: finish it, whatever was on screen before.
      this._pendingToken = token;
      this._chosenSubject = this._subject ?? 'citizen';
      this._method = 'vnpost';
      this._activation = 'email';
      this._go('email-link', { push: false });
      return;
    }
    if (draft && this._method) {
      this._restored =
        this._method === 'usb-token'
          ? [pinLabel(), captchaLabel()]
          : [CAPTCHA_METHODS.has(this._method) ? captchaLabel() : '', otpLabel(), passwordLabel()].filter(Boolean);
      this._go(methodStart(this._method), { push: false });
      return;
    }
    this._go(this._subject === null ? 'subject' : this._method ? methodStart(this._method) : 'method', { push: false, focus: false });
  }

  private _go(step: StepId, options: { push?: boolean; focus?: boolean } = {}): void {
    if (step !== 'waiting') this._remote?.stop();
    this._errors = {};
    this._failure = null;
    this._step = step;
    this._focusHeading = options.focus ?? true;
    // A captcha answers once: a new one only after the last was used (or never loaded).
    if (step === 'details' && this._method && CAPTCHA_METHODS.has(this._method) && !this._captcha) void this._loadCaptcha();
    if (step === 'certificate') void this._withUsbTokenSteps((usb) => usb.load());
    if ((step === 'details' || step === 'waiting') && (this._method === 'sim-ca' || this._method === 'smartca'))
      void this._withRemoteSigningSteps(() => undefined);
    if (step === 'details') loadOtpInput().catch(() => undefined);
    if (step === 'otp') void this._loadOtpInput();
    if (this.syncHistory && options.push !== false)
      history.pushState({ ...(history.state as object), dvcWizard: { id: this._id, step } }, '');
    else if (this.syncHistory) history.replaceState({ ...(history.state as object), dvcWizard: { id: this._id, step } }, '');
  }

  /** The code step cannot be used without its input: a failed fetch is a banner with a retry. */
  private async _loadOtpInput(): Promise<void> {
    try {
      await loadOtpInput();
    } catch {
      const retry = () => {
        this._failure = null;
        void this._loadOtpInput();
      };
      if (this._step === 'otp') this._fail({ code: 'network', message: networkMessage(), retry });
    }
  }

  /** Settles once the step shows what it needs, the code input included. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this._stepsLoading?.catch(() => undefined);
    if (this._step !== 'otp') return done;
    await loadOtpInput().catch(() => undefined);
    await this._otpInput?.updateComplete;
    return done;
  }

  /** Runs `use` with the USB token's steps, fetching them first; a failed fetch is a banner with a retry. */
  private _withUsbTokenSteps(use: (usb: UsbTokenSteps) => Promise<void> | void): Promise<void> {
    return this._withSteps(
      loadUsbTokenSteps,
      ({ UsbTokenSteps }) => (this._usb ??= new UsbTokenSteps(this._host, () => this.signatureProvider)),
      use,
    );
  }

  /** The same for SIM ký số and SmartCA. */
  private _withRemoteSigningSteps(use: (remote: RemoteSigningSteps) => Promise<void> | void): Promise<void> {
    return this._withSteps(loadRemoteSigningSteps, ({ RemoteSigningSteps }) => (this._remote ??= new RemoteSigningSteps(this._host)), use);
  }

  private async _withSteps<M, S>(load: () => Promise<M>, create: (module: M) => S, use: (steps: S) => Promise<void> | void): Promise<void> {
    const loading = load();
    this._stepsLoading = loading;
    let steps: S;
    try {
      steps = create(await loading);
    } catch {
      const retry = () => {
        this._failure = null;
        void this._withSteps(load, create, use);
      };
      // Only fetching the steps fails here: `onDemand` reports that as a network failure.
      this._fail({ code: 'network', message: networkMessage(), retry });
      return;
    } finally {
      if (this._stepsLoading === loading) this._stepsLoading = null;
    }
    this.requestUpdate();
    await use(steps);
  }

  /** A signing method's step before its code has arrived: the heading, and what is happening. */
  private _renderLoadingStep(view: StepView): TemplateResult {
    return html`${view.heading()}
      <p class="hint" role="status">${msg('Đang tải bước này…', { id: 'wizard.loading-step' })}</p>
      ${view.actions(null)}`;
  }

  private readonly _onPopState = (event: PopStateEvent): void => {
    if (!this.syncHistory || this._step === 'done') return;
    const entry = (event.state as { dvcWizard?: { id: string; step: StepId } } | null)?.dvcWizard;
    if (!entry || entry.id !== this._id) return;
    const steps = this._steps();
    // Forward never skips a step the answers do not allow yet.
    const reachable = steps.indexOf(entry.step) <= steps.indexOf(this._furthest());
    if (steps.includes(entry.step) && reachable) this._go(entry.step, { push: false });
  };

  /** The furthest step the answers given so far allow. */
  private _furthest(): StepId {
    if (!this._registrationId) return 'details';
    if (!this._verified) return 'otp';
    if (!checkPassword(this._password).ok) return 'password';
    return 'review';
  }

  private _saveDraft(): void {
    this._draft?.save({ subject: this._subject ?? '', method: this._method ?? '', activation: this._activation, ...this._values });
  }

  private _clearSecrets(): void {
    this._password = '';
    this._confirm = '';
    this._captchaAnswer = '';
    this._passwordShown = false;
  }

  /** Times the registration the server keeps open until `expiresAt`, with the warning before its end. */
  private _time(expiresAt: string | undefined): void {
    const timing = ++this._timings;
    loadSessionTimeout().then(
      ({ SessionTimeout }) => {
        if (timing !== this._timings) return;
        this._timeout ??= new SessionTimeout({
          clock: () => this.clock,
          warningMs: () => this.timeoutWarning * 1000,
          onChange: () => this.requestUpdate(),
          onExpire: () => this._expireRegistration(),
          onError: (code, message) => this.emitError(code, message),
        });
        this._timeout.watch(expiresAt);
      },
      () => undefined,
    );
  }

  private _stopTiming(): void {
    this._timings += 1;
    this._timeout?.stop();
  }

  /** Forgets the registration started on the server (its answers stay). */
  private _forgetRegistration(): void {
    this._stopTiming();
    this._registrationId = '';
    this._registered = null;
    this._verified = false;
    this._emailLink = null;
  }

  /**
   * The server's time for the registration ran out: say so above the details, which keep every
   * answer but the secrets, so "Đăng ký" starts a new registration.
   */
  private _expireRegistration(): void {
    if (!this._registrationId) return;
    this._forgetRegistration();
    this._clearSecrets();
    this._returnToReview = false;
    this._go('details', { focus: false });
    this._fail({ code: 'session-expired', message: sessionExpiredMessage() });
  }

  private _snapshot(): string {
    return JSON.stringify([
      this._method,
      this._subject,
      this._method === 'vnpost' ? this._activation : '',
      ...fieldsOf(this._method).map((field) => this._values[field.name] ?? ''),
    ]);
  }

  /** A captcha is asked unless the registration was already started with these same answers. */
  private _needsCaptcha(): boolean {
    return Boolean(this._method && CAPTCHA_METHODS.has(this._method)) && this._registered !== this._snapshot();
  }

  private _showErrors(errors: Errors): void {
    this._errors = errors;
    void Promise.all([this.updateComplete, errorSummaryReady()]).then(() => this._publishValidity());
  }

  /** Tells the step's `<dvc-error-summary>` what is wrong; it takes focus and links each field. */
  private _publishValidity(): void {
    const form = this._container?.querySelector('form');
    if (!form) return;
    const errors = Object.entries(this._errors).map(([key, message]) => {
      const target = this._container!.querySelector<HTMLElement>(`#${this._id}-${key}`) ?? form;
      const label = labelText(this._container!.querySelector(`label[for="${target.id}"]`));
      return { target, label, message: message! };
    });
    form.dispatchEvent(new CustomEvent('dvc-validity', { detail: { errors }, bubbles: true, composed: true }));
  }

  private async _call<T>(run: (backend: DvcBackend, signal: AbortSignal) => Promise<T>, retry: () => void): Promise<T | undefined> {
    const backend = this._backend;
    if (!backend) {
      this._fail({ code: 'invalid-attribute', message: msg('Chưa cấu hình máy chủ (backend).', { id: 'wizard.no-backend' }) });
      return undefined;
    }
    this._abort?.abort();
    const abort = (this._abort = new AbortController());
    this._busy = true;
    this._failure = null;
    try {
      return await run(backend, abort.signal);
    } catch (error) {
      const failure = toDvcError(error);
      if (failure.code !== 'aborted') await this._handleFailure(failure, retry);
      return undefined;
    } finally {
      if (this._abort === abort) this._busy = false;
    }
  }

  private _fail(failure: Failure): void {
    this._failure = failure;
    this.emitError(failure.code, failure.message);
    void this.updateComplete.then(() => this._container?.querySelector<HTMLElement>('.failure')?.focus());
  }

  /** A refusal about a field goes next to it; anything else is a banner with a way to retry. */
  private async _handleFailure(error: DvcError, retry: () => void): Promise<void> {
    await errorMessagesReady();
    const message = backendErrorMessage(error.code);
    const fieldCodes: Record<string, ErrorKey> = {
      'captcha-wrong': 'captchaAnswer',
      'captcha-expired': 'captchaAnswer',
      'identity-mismatch': 'phone',
      'account-exists': 'idNumber',
    };
    let field: ErrorKey | undefined = fieldCodes[error.code];
    if (!field && (error.code === 'not-found' || error.code === 'invalid-input')) {
      field = error.fields?.find((name): name is FieldName => (FIELD_NAMES as readonly string[]).includes(name));
    }
    if (this._step === 'otp' && ['otp-wrong', 'otp-expired', 'otp-locked'].includes(error.code)) {
      this._otpInput?.showError(error);
      this.emitError(error.code, message);
      return;
    }
    if (error.code === 'state-invalid' && this._registrationId && error.fields?.includes('registrationId')) {
      // The server let the registration time out before the warning could help.
      this._expireRegistration();
      return;
    }
    if (error.code === 'pin-wrong' && this._step === 'pin') field = 'pin';
    if (error.code === 'plugin-missing') {
      this.emitError(error.code, message);
      this._usb?.lostPlugin();
      return;
    }
    if (field === 'captchaAnswer' && this._step === 'review') {
      // A USB token registers from the check-answers step, and its captcha is on the details step.
      this._captchaAnswer = '';
      this._captcha = null;
      this._go('details');
      this.emitError(error.code, message);
      this._showErrors({ captchaAnswer: message });
      return;
    }
    if (field && (this._step === 'details' || this._step === 'pin')) {
      // The server used the captcha up, right or wrong: ask for the new one.
      if (this._method && CAPTCHA_METHODS.has(this._method)) {
        this._captchaAnswer = '';
        void this._loadCaptcha();
      }
      this.emitError(error.code, message);
      this._showErrors({ [field]: message });
      if (error.code === 'account-exists') this._failure = { code: error.code, message };
      return;
    }
    this._fail({ code: error.code, message, retry });
  }

  private async _loadCaptcha(): Promise<void> {
    const backend = this._backend;
    if (!backend) return;
    this._captchaError = '';
    this._captcha = null;
    const load = ++this._captchaLoads;
    try {
      const captcha = await backend.getCaptcha();
      if (load === this._captchaLoads) this._captcha = captcha;
    } catch (error) {
      const failure = toDvcError(error);
      await errorMessagesReady();
      if (load !== this._captchaLoads) return;
      this._captcha = null;
      this._captchaError = backendErrorMessage(failure.code);
      this.emitError(failure.code, this._captchaError);
    }
  }

  // ---- step actions ------------------------------------------------------------------------

  private _submitSubject(event: Event): void {
    event.preventDefault();
    const chosen = this._container?.querySelector<HTMLInputElement>('input[name="subject"]:checked')?.value as Subject | undefined;
    if (!chosen) {
      this._showErrors({ subject: msg('Chọn đối tượng đăng ký.', { id: 'wizard.error.subject' }) });
      return;
    }
    this._chosenSubject = chosen;
    if (this._method && !subjectAllows(chosen, this._method)) this._method = null;
    this._saveDraft();
    const offered = this._offered;
    if (offered.length === 1) {
      this._method = offered[0]!;
      this._go(methodStart(this._method));
    } else this._go('method');
  }

  private _submitMethod(event: Event): void {
    event.preventDefault();
    const chosen = this._container?.querySelector<HTMLInputElement>('input[name="method"]:checked')?.value as
      RegistrationMethod | undefined;
    if (!chosen) {
      this._showErrors({ method: msg('Chọn phương thức đăng ký.', { id: 'wizard.error.method' }) });
      return;
    }
    if (chosen !== this._method) {
      this._registered = null;
      this._returnToReview = false;
    }
    this._method = chosen;
    this._saveDraft();
    this._go(methodStart(chosen));
  }

  private async _submitDetails(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this._busy) return;
    const method = this._method!;
    const captcha = this._needsCaptcha();
    let check: Awaited<ReturnType<typeof loadDetailsCheck>>;
    try {
      check = await loadDetailsCheck();
    } catch (error) {
      await this._handleFailure(toDvcError(error), () => void this._submitDetails());
      return;
    }
    const { errors, fields } = check.validateDetails(method, {
      values: this._values,
      activation: this._activation,
      captchaAnswer: captcha ? this._captchaAnswer : null,
    });
    if (Object.keys(errors).length) {
      this._showErrors(errors);
      return;
    }
    this._saveDraft();
    if (method === 'vneid') await startVneid(this._host, this.returnUrl, this.redirect);
    else if (method === 'sim-ca' || method === 'smartca') await this._withRemoteSigningSteps((remote) => remote.start(fields));
    // The certificate was read: check the answers, then register.
    else if (method === 'usb-token') this._go('review');
    else if (this._registrationId && this._registered === this._snapshot()) this._continueRegistration();
    else await this._startRegistration(fields);
  }

  /** The details did not change since the registration started: on to where it stopped. */
  private _continueRegistration(): void {
    if (!this._verified) this._go(this._emailLink ? 'email-link' : 'otp');
    else this._go(this._returnToReview && checkPassword(this._password).ok ? 'review' : 'password');
  }

  private async _startRegistration(fields: Record<string, string>): Promise<void> {
    const method = this._method!;
    const request = {
      ...fields,
      method,
      subject: this._subject ?? 'citizen',
      ...(CAPTCHA_METHODS.has(method) ? { captchaId: this._captcha?.id ?? '' } : {}),
      ...(method === 'vnpost' ? { returnUrl: this.returnUrl ?? currentUrlWithout([ACTIVATION_LINK_PARAM]) } : {}),
    } as RegistrationRequest;
    const snapshot = this._snapshot();
    const step = await this._call(
      (backend, signal) => backend.startRegistration(request, { signal }),
      () => void this._submitDetails(),
    );
    if (!step) return;
    this._captchaAnswer = '';
    this._captcha = null;
    this._forgetRegistration();
    this._registered = snapshot;
    this._next(step);
  }

  /** Goes where the server's answer leads, timing the registration while it waits for the user. */
  private _next(step: RegistrationStep): void {
    if (step.next === 'done') {
      this._complete(step.account);
      return;
    }
    this._registrationId = step.registrationId;
    if (step.next === 'email-link') {
      this._emailLink = { maskedEmail: step.maskedEmail, expiresAt: step.expiresAt };
      this._go('email-link');
      return;
    }
    this._time(step.sessionExpiresAt);
    if (step.next === 'otp') {
      this._otp = step.otp;
      this._go('otp');
    } else {
      this._verified = true;
      this._go(this._returnToReview && checkPassword(this._password).ok ? 'review' : 'password');
    }
  }

  /** The token from the activation email's link: confirms the address, then the password. */
  private async _activate(token: string): Promise<void> {
    clearReturnParams([ACTIVATION_LINK_PARAM]);
    const step = await this._call(
      (backend, signal) => backend.activateEmail({ token }, { signal }),
      () => void this._activate(token),
    );
    if (!step || step.next === 'otp' || step.next === 'email-link') return;
    this._registered = this._snapshot();
    this._restored = [];
    this._next(step);
  }

  private async _submitOtp(event?: Event): Promise<void> {
    event?.preventDefault();
    const otp = this._otpInput;
    if (!otp || this._busy) return;
    if (!otp.complete) {
      otp.reportValidity();
      otp.focus();
      return;
    }
    const code = otp.value;
    const step = await this._call(
      (backend, signal) => backend.verifyOtp({ registrationId: this._registrationId, code }, { signal }),
      () => void this._submitOtp(),
    );
    if (!step) return;
    otp.value = '';
    this._next(step);
  }

  private _submitPassword(event: Event): void {
    event.preventDefault();
    // The later steps draw the password step, so they are in whenever it is sent.
    if (!later) return;
    const errors: Errors = later.passwordErrors(this._password, this._confirm);
    if (Object.keys(errors).length) {
      this._showErrors(errors);
      return;
    }
    this._returnToReview = false;
    this._go('review');
  }

  /** Creates the account: with the password, or from the certificate's proof for the signing methods. */
  private async _submitReview(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this._busy) return;
    const complete = (account: AccountSummary) => this._complete(account);
    const method = this._method!;
    if (method === 'usb-token') {
      const details = { email: this._values.email?.trim() ?? '', captchaId: this._captcha?.id ?? '', captchaAnswer: this._captchaAnswer };
      await this._withUsbTokenSteps((usb) => usb.register(details, complete));
    } else if (method === 'sim-ca' || method === 'smartca') await this._withRemoteSigningSteps((remote) => remote.register(complete));
    else {
      const password = this._password;
      const account = await this._call(
        (backend, signal) => backend.setPassword({ registrationId: this._registrationId, password }, { signal }),
        () => void this._submitReview(),
      );
      if (account) complete(account);
    }
  }

  private _complete(account: AccountSummary): void {
    this._clearSecrets();
    this._draft?.clear();
    this._stopTiming();
    this._account = account;
    this._returnToReview = false;
    this.session.signIn(account);
    this._go('done');
    this.emit('dvc-registration-complete', { account });
  }

  private _change(step: StepId): void {
    this._returnToReview = true;
    this._go(step);
  }

  private _back(): void {
    const steps = this._steps();
    let index = steps.indexOf(this._step) - 1;
    // The wait for the phone is over once approved: Back goes to the details it was started from.
    if (steps[index] === 'waiting') index -= 1;
    if (index >= 0) this._go(steps[index]!);
  }

  // ---- rendering ---------------------------------------------------------------------------

  private _key(key: string): string {
    return `${this._id}-${key}`;
  }

  private _view(): StepView {
    return {
      key: (name) => this._key(name),
      heading: () => html`<h2 tabindex="-1">${stepHeading(this._step, this._method)}</h2>`,
      actions: (primary) => this._renderActions(primary),
      errors: this._errors,
      locale: this.locale,
    };
  }

  private _renderActions(primary: string | null): TemplateResult {
    const first = this._steps().indexOf(this._step) <= 0;
    return html`<div class="actions">
      ${primary ? html`<button type="submit" class="primary" aria-disabled=${this._busy ? 'true' : 'false'}>${primary}</button>` : nothing}
      ${first ? nothing : html`<button type="button" class="secondary" @click=${this._back}>${msg('Quay lại', { id: 'wizard.back' })}</button>`}
    </div>`;
  }

  private _renderStep(): TemplateResult {
    const { index, total } = this._position();
    const done = this._step === 'done';
    return html`
      <p class="vh" role="status" aria-live="polite">${this._busy ? msg('Đang xử lý…', { id: 'wizard.busy' }) : ''}</p>
      ${done ? nothing : html`<p class="progress">${msg(str`Bước ${index + 1} / ${total}`, { id: 'wizard.progress' })}</p>`}
      <dvc-error-summary for=${this._key('step')}></dvc-error-summary>
      ${this._restored.length && this._step === 'details' ? renderRestored(this._restored) : nothing}
      ${
        this._failure
          ? renderFailure(this._failure, {
              forgotPasswordUrl: this.forgotPasswordUrl,
              onRegisterAgain: () => this._go(methodStart(this._method)),
            })
          : nothing
      }
      <div id=${this._key('step')}>${keyed(`${this._step}:${this._method ?? ''}`, this._renderBody())}</div>
      ${
        this._timeout?.render(
          { dialog: this._key('timeout'), heading: this._key('timeout-heading'), text: this._key('timeout-text') },
          this.locale,
          () => void this._timeout?.extend(this._backend, this._registrationId),
        ) ?? nothing
      }
    `;
  }

  private _renderBody(): TemplateResult {
    const view = this._view();
    switch (this._step) {
      case 'subject':
        return renderChoice(view, {
          name: 'subject',
          options: SUBJECTS,
          current: this._subject,
          label: subjectName,
          onSubmit: (event) => this._submitSubject(event),
        });
      case 'method':
        return this._offered.length
          ? renderChoice(view, {
              name: 'method',
              options: this._offered,
              current: this._method,
              label: methodName,
              onSubmit: (event) => this._submitMethod(event),
            })
          : html`${view.heading()}
              <p>${msg('Không có phương thức đăng ký nào dành cho đối tượng này.', { id: 'wizard.no-methods' })}</p>
              ${view.actions(null)}`;
      case 'details':
        return this._renderDetails(view);
      case 'certificate':
        return this._usb ? this._usb.renderCertificate(view, this.pluginDownloadUrls) : this._renderLoadingStep(view);
      case 'pin':
        return this._usb ? this._usb.renderPin(view, this._busy) : this._renderLoadingStep(view);
      case 'waiting':
        return this._remote ? this._remote.render(view, () => void this._submitDetails()) : this._renderLoadingStep(view);
      case 'otp':
      case 'email-link':
      case 'password':
      case 'review':
      case 'done':
        return later ? this._renderLaterStep(later, view) : this._renderLoadingStep(view);
    }
  }

  private _renderLaterStep(steps: NonNullable<typeof later>, view: StepView): TemplateResult {
    switch (this._step) {
      case 'otp':
        return steps.renderOtp({
          ...view,
          backend: this._backend,
          registrationId: this._registrationId,
          otp: this._otp,
          onSubmit: (event) => void this._submitOtp(event),
        });
      case 'email-link':
        return steps.renderEmailLink({ ...view, link: this._emailLink, activating: this._busy || !this._failure });
      case 'password':
        return this._renderPassword(steps, view);
      case 'review':
        return this._renderReview(steps, view);
      default:
        return steps.renderDone({ heading: view.heading(), account: this._account, signInUrl: this.signInUrl });
    }
  }

  private _renderDetails(view: StepView): TemplateResult {
    const method = this._method!;
    if (method === 'vneid') return renderVneidIntro(view, (event) => void this._submitDetails(event));
    return renderDetails({
      ...view,
      method,
      values: this._values,
      onValue: (name, value) => {
        this._values = { ...this._values, [name]: value };
        this._saveDraft();
        this.requestUpdate();
      },
      activation: this._activation,
      onActivation: (activation) => {
        this._activation = activation;
        this._saveDraft();
        this.requestUpdate();
      },
      captcha: this._needsCaptcha()
        ? {
            challenge: this._captcha,
            loadError: this._captchaError,
            answer: this._captchaAnswer,
            onAnswer: (answer) => {
              this._captchaAnswer = answer;
            },
            onRefresh: () => void this._loadCaptcha(),
          }
        : null,
      lead: method === 'usb-token' && this._usb?.identity ? renderIdentity(this._usb.identity, this.locale) : undefined,
      onSubmit: (event) => void this._submitDetails(event),
    });
  }

  private _renderPassword(steps: NonNullable<typeof later>, view: StepView): TemplateResult {
    return html`<form novalidate @submit=${this._submitPassword}>
      ${view.heading()}
      ${steps.renderPasswordFields({
        ids: {
          password: this._key('password'),
          confirm: this._key('confirm'),
          rules: this._key('rules'),
          passwordError: this._key('password-error'),
          confirmError: this._key('confirm-error'),
          toggle: this._key('toggle'),
        },
        password: this._password,
        confirm: this._confirm,
        shown: this._passwordShown,
        errors: { password: this._errors.password, confirm: this._errors.confirm },
        onInput: (field, value) => {
          if (field === 'password') this._password = value;
          else this._confirm = value;
          this.requestUpdate();
        },
        onToggle: () => {
          this._passwordShown = !this._passwordShown;
        },
      })}
      ${view.actions(msg('Tiếp tục', { id: 'wizard.continue' }))}
    </form>`;
  }

  private _renderReview(steps: NonNullable<typeof later>, view: StepView): TemplateResult {
    const method = this._method!;
    const identity = (method === 'usb-token' ? this._usb?.identity : SIGNED_METHODS.has(method) ? this._remote?.identity : null) ?? null;
    return steps.renderReview({
      ...view,
      rows: steps.reviewRows({
        subject: this.subject === null ? this._subject : null,
        method,
        askedMethod: this._steps().includes('method'),
        values: this._values,
        activation: method === 'vnpost' && !this._emailLink && this._registered ? this._activation : null,
        identity,
        locale: this.locale,
      }),
      fromCertificate: identity !== null,
      onChange: (step) => this._change(step),
      onSubmit: (event) => void this._submitReview(event),
    });
  }
}
