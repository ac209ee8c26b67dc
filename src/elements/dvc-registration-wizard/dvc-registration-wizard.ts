import { html, nothing, render, type PropertyDeclarations, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { msg, str } from '@lit/localize';
import { DvcElement } from '../../base/dvc-element.js';
import { createHttpBackend } from '../../core/backend/http-backend.js';
import type { DvcBackend } from '../../core/backend/types.js';
import { toDvcError, type DvcError } from '../../core/errors.js';
import type { AccountSummary, RegistrationMethod, Subject } from '../../core/events.js';
import { checkPassword, confirmPassword } from '../../core/identifiers/password.js';
import { createDraftStore, type DraftStore } from '../../core/persist.js';
import type { Profile } from '../../core/session.js';
import type { CaptchaChallenge } from '../../core/schemas/captcha.js';
import type { Certificate, CertificateIdentity, RemoteSigningStart } from '../../core/schemas/signing.js';
import type { SignatureProvider } from '../../core/backend/signature-provider.js';
import {
  ACTIVATION_LINK_PARAM,
  registrationFieldSchemas,
  type OtpState,
  type RegistrationRequest,
} from '../../core/schemas/registration.js';
import { z } from '../../core/schemas/zod.js';
import { errorMessage } from '../../i18n/messages.js';
import type { DvcErrorSummary } from '../dvc-error-summary/dvc-error-summary.js';
import type { DvcOtpInput } from '../dvc-otp-input/dvc-otp-input.js';
import { adoptLightStyles, BODY_ATTRIBUTE, styles } from './dvc-registration-wizard.styles.js';
import {
  activationLabel,
  activationName,
  CAPTCHA_METHODS,
  captchaLabel,
  FIELDS,
  otpLabel,
  passwordLabel,
  type FieldDef,
  type FieldName,
} from './wizard-fields.js';
import { methodStart, offeredMethods, parseMethods, stepsFor, SUBJECTS, subjectAllows, type StepId } from './wizard-flow.js';
import { renderPasswordFields } from './wizard-password.js';
import { confirmIdentityText, nextPollDelay, renderWaiting, type RemoteOutcome } from './wizard-remote-signing.js';
import {
  certificateRequired,
  certificateState,
  detectOs,
  pinHint,
  pinLabel,
  renderCertificateList,
  renderIdentity,
  renderPluginMissing,
  type PluginDownloadUrls,
} from './wizard-usb-token.js';
import { clearReturnParams, currentUrlWithout, readReturnParams } from './wizard-return.js';
import { methodName, stepHeading, subjectName } from './wizard-text.js';
import { templates as english } from '../../i18n/generated/en/dvc-registration-wizard.js';
import { addTranslations } from '../../i18n/locale.js';

addTranslations(english);

type Values = Partial<Record<FieldName, string>>;
type ErrorKey = FieldName | 'captchaAnswer' | 'password' | 'confirm' | 'subject' | 'method' | 'otp' | 'activation' | 'pin' | 'certificate';
type Activation = 'sms' | 'email';

interface Failure {
  code: string;
  message: string;
  retry?: () => void;
}

/** Marks a return from VNeID, so `code` and `state` meant for another app on the page are left alone. */
const VNEID_MARKER = 'dvc-return';
const VNEID_PARAMS = [VNEID_MARKER, 'code', 'state', 'error', 'error_description'];

const FIELD_NAMES: readonly FieldName[] = ['idNumber', 'bhxhCode', 'fullName', 'birthDate', 'phone', 'email', 'userId', 'address'];
const PROFILE_FIELDS: readonly (FieldName & keyof Profile)[] = ['idNumber', 'fullName', 'birthDate', 'phone', 'email', 'address'];

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
 * Methods carried end to end: `phone` (thuê bao di động) and `bhxh` (mã số BHXH), both for
 * citizens. Every step's native inputs, labels and messages are rendered in the element's light
 * DOM (inside one container child) so autofill and password managers reach them.
 *
 * @attr subject - `citizen`, `enterprise` or `agency`; without it the first step asks.
 * @attr methods - Comma list of methods to offer (default: all the subject may use).
 * @attr backend-url - Base URL of an HTTP backend, when the `backend` property is not set.
 * @attr forgot-password-url - Where "Quên mật khẩu" leads when the ID already has an account.
 * @attr sign-in-url - The sign-in page linked from the confirmation.
 * @attr return-url - Where a Vietnam Post activation email links back to (default: this page). The wizard
 *   on that page finishes the activation from the `dvc-activation` parameter, in the query or in a hash route.
 * @attr manage-title - `document.title` follows the step ("Lỗi: " while errors show).
 * @attr sync-history - One history entry per step: the browser's Back and Forward move between steps.
 * @attr plugin-download-urls - JSON `{ "windows": url, "macos": url, "linux": url, "other": url }`: where the
 *   signing plugin is downloaded from (also the `pluginDownloadUrls` property).
 * @attr draft-key - Key of the sessionStorage draft (default: the element's id, else "default").
 *
 * @attr return-url - Also where VNeID sends the browser back (default: this page).
 *
 * @fires dvc-step-change - `{ step, index, total }` when a new step shows.
 * @fires dvc-registration-complete - `{ account }` once the account exists (never a password, OTP or captcha).
 * @fires dvc-error - `{ code, message }` on a backend failure or an invalid attribute.
 *
 * @cssprop --dvc-color-primary - Buttons and links.
 * @cssprop --dvc-color-error - Required marks and error text.
 * @cssprop --dvc-space - Spacing unit.
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
    _certificates: { state: true },
    _pluginMissing: { state: true },
    _identity: { state: true },
    _remote: { state: true },
    _remoteOutcome: { state: true },
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
  /** The local signing plugin, for the `usb-token` method (see `SignatureProvider`). */
  declare signatureProvider: SignatureProvider | undefined;
  declare pluginDownloadUrls: PluginDownloadUrls;
  /** How the browser is sent to VNeID; `location.assign` by default (replace it in tests or apps with a router). */
  declare redirect: (url: string) => void;

  declare private _certificates: Certificate[] | null;
  declare private _pluginMissing: boolean;
  declare private _identity: CertificateIdentity | null;
  private _certificateId: string | null = null;
  private _challengeId = '';
  declare private _remote: RemoteSigningStart | null;
  declare private _remoteOutcome: RemoteOutcome;
  private _signingRequestId = '';
  private _pollTimer: ReturnType<typeof setTimeout> | undefined;
  private _polls = 0;
  private _pollFailures = 0;

  declare private _step: StepId;
  declare private _errors: Partial<Record<ErrorKey, string>>;
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
  private _httpBackend?: { url: string; backend: DvcBackend };
  private _draft?: DraftStore;
  private _originalTitle = '';
  private _lastStep: StepId | null = null;
  private _focusHeading = false;
  private _abort?: AbortController;
  private readonly _id: string;

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
    this.signatureProvider = undefined;
    this.redirect = (url) => window.location.assign(url);
    this.pluginDownloadUrls = { other: 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html' };
    this._certificates = null;
    this._pluginMissing = false;
    this._identity = null;
    this._remote = null;
    this._remoteOutcome = 'pending';
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
  }

  // ---- lifecycle ----------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this._container) {
      this._container = this.ownerDocument.createElement('div');
      this._container.setAttribute(BODY_ATTRIBUTE, '');
    }
    if (this._container.parentNode !== this) this.append(this._container);
    adoptLightStyles(this.getRootNode());
    this._originalTitle = this.ownerDocument.title;
    window.addEventListener('popstate', this._onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this._onPopState);
    this._abort?.abort();
    this._stopPolling();
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
    if (changed.has('pluginDownloadUrls')) {
      const urls = this.pluginDownloadUrls as unknown;
      if (!urls || typeof urls !== 'object' || Object.values(urls).some((url) => typeof url !== 'string')) {
        this.reportInvalidAttribute('plugin-download-urls', urls);
        this.pluginDownloadUrls = (changed.get('pluginDownloadUrls') as PluginDownloadUrls | undefined) ?? {};
      }
    }
    if (!this.hasUpdated) this._start();
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
      setTimeout(() => void this._finishVneid(params));
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
    this._registrationId = '';
    this._registered = null;
    this._verified = false;
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
    if (this.backend) return this.backend;
    if (!this.backendUrl) return undefined;
    if (this._httpBackend?.url !== this.backendUrl)
      this._httpBackend = { url: this.backendUrl, backend: createHttpBackend({ baseUrl: this.backendUrl }) };
    return this._httpBackend.backend;
  }

  private get _summary(): DvcErrorSummary | null {
    return this._container?.querySelector('dvc-error-summary') ?? null;
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
    const vneid = readReturnParams(VNEID_PARAMS);
    if (vneid?.[VNEID_MARKER] === 'vneid' && (vneid.code || vneid.error) && this._methods.includes('vneid')) {
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
    if (step !== 'waiting') this._stopPolling();
    this._errors = {};
    this._failure = null;
    this._step = step;
    this._focusHeading = options.focus ?? true;
    if (step === 'details' && this._method && CAPTCHA_METHODS.has(this._method) && (!this._captcha || this._needsCaptcha()))
      void this._loadCaptcha();
    if (step === 'certificate') void this._loadCertificates();
    if (this.syncHistory && options.push !== false)
      history.pushState({ ...(history.state as object), dvcWizard: { id: this._id, step } }, '');
    else if (this.syncHistory) history.replaceState({ ...(history.state as object), dvcWizard: { id: this._id, step } }, '');
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

  private _fields(): readonly FieldDef[] {
    return (this._method && FIELDS[this._method]) || [];
  }

  private _snapshot(): string {
    return JSON.stringify([
      this._method,
      this._subject,
      this._method === 'vnpost' ? this._activation : '',
      ...this._fields().map((field) => this._values[field.name] ?? ''),
    ]);
  }

  /** A captcha is asked unless the registration was already started with these same answers. */
  private _needsCaptcha(): boolean {
    return Boolean(this._method && CAPTCHA_METHODS.has(this._method)) && this._registered !== this._snapshot();
  }

  private _showErrors(errors: Partial<Record<ErrorKey, string>>): void {
    this._errors = errors;
    void this.updateComplete.then(() => this._publishValidity());
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
      if (failure.code !== 'aborted') this._handleFailure(failure, retry);
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
  private _handleFailure(error: DvcError, retry: () => void): void {
    const message = errorMessage(error.code);
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
    if (error.code === 'pin-wrong' && this._step === 'pin') field = 'pin';
    if (error.code === 'plugin-missing') {
      this._pluginMissing = true;
      this.emitError(error.code, message);
      this._go('certificate');
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
      if (load !== this._captchaLoads) return;
      this._captcha = null;
      const failure = toDvcError(error);
      this._captchaError = errorMessage(failure.code);
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
    if (chosen !== this._method) this._registered = null;
    this._method = chosen;
    this._saveDraft();
    this._go(methodStart(chosen));
  }

  private _validateDetails(): { errors: Partial<Record<ErrorKey, string>>; fields: Record<string, string> } {
    const method = this._method!;
    const input: Record<string, string> = {};
    for (const field of this._fields()) {
      const value = this._values[field.name] ?? '';
      if (value.trim() !== '' || field.required) input[field.name] = value;
    }
    if (method === 'vnpost') input.activation = this._activation;
    const captcha = this._needsCaptcha();
    if (captcha) input.captchaAnswer = this._captchaAnswer;
    const schema = registrationFieldSchemas[method] as z.ZodMiniType;
    const result = z.safeParse(schema, captcha || !CAPTCHA_METHODS.has(method) ? input : { ...input, captchaAnswer: 'x' });
    const errors: Partial<Record<ErrorKey, string>> = {};
    if (!result.success) {
      for (const issue of result.error.issues) {
        const key = String(issue.path[0] ?? '') as ErrorKey;
        if (key && !errors[key]) errors[key] = errorMessage(issue.message);
      }
    }
    // Keep the on-screen order.
    const order: ErrorKey[] = [...this._fields().map((field) => field.name), 'activation', 'captchaAnswer'];
    const sorted = Object.fromEntries(order.filter((key) => errors[key]).map((key) => [key, errors[key]!]));
    return { errors: sorted, fields: result.success ? (result.data as Record<string, string>) : {} };
  }

  private async _submitDetails(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this._busy) return;
    const { errors, fields } = this._validateDetails();
    if (Object.keys(errors).length) {
      this._showErrors(errors);
      return;
    }
    this._saveDraft();
    if (this._method === 'vneid') {
      await this._startVneid();
      return;
    }
    if (this._method === 'sim-ca' || this._method === 'smartca') {
      await this._startRemote(fields);
      return;
    }
    if (this._registrationId && !this._needsCaptcha() && this._registered === this._snapshot()) {
      this._go(this._verified ? (this._returnToReview ? 'review' : 'password') : this._emailLink ? 'email-link' : 'otp');
      return;
    }
    const method = this._method!;
    const request = {
      ...fields,
      method,
      subject: this._subject ?? 'citizen',
      ...(CAPTCHA_METHODS.has(method) ? { captchaId: this._captcha?.id ?? '' } : {}),
      ...(method === 'usb-token' ? { challengeId: this._challengeId } : {}),
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
    this._registered = snapshot;
    this._verified = false;
    this._emailLink = null;
    if (step.next === 'email-link') {
      this._registrationId = step.registrationId;
      this._emailLink = { maskedEmail: step.maskedEmail, expiresAt: step.expiresAt };
      this._go('email-link');
    } else if (step.next === 'otp') {
      this._registrationId = step.registrationId;
      this._otp = step.otp;
      this._go('otp');
    } else if (step.next === 'password') {
      this._registrationId = step.registrationId;
      this._verified = true;
      this._go(this._returnToReview && checkPassword(this._password).ok ? 'review' : 'password');
    } else if (step.next === 'done') {
      this._complete(step.account);
    }
  }

  /** Asks the signing plugin for the token's certificates, or finds it missing. */
  private async _loadCertificates(): Promise<void> {
    const provider = this.signatureProvider;
    this._certificates = null;
    try {
      if (!provider || !(await provider.isAvailable())) {
        this._pluginMissing = true;
        return;
      }
      this._certificates = await provider.listCertificates();
      this._pluginMissing = false;
    } catch (error) {
      const failure = toDvcError(error);
      if (failure.code === 'plugin-missing') this._pluginMissing = true;
      else this._fail({ code: failure.code, message: errorMessage(failure.code), retry: () => void this._loadCertificates() });
    }
  }

  private _submitCertificate(event: Event): void {
    event.preventDefault();
    const chosen = this._certificates?.find((certificate) => certificate.id === this._certificateId);
    if (!chosen || certificateState(chosen) !== 'valid') {
      this._showErrors({ certificate: certificateRequired() });
      return;
    }
    this._go('pin');
  }

  /**
   * PIN → server challenge → the plugin signs → the server verifies. The PIN is read from the
   * field, which is emptied at once; it goes to the plugin only.
   */
  private async _submitPin(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this._busy) return;
    const field = this._container?.querySelector<HTMLInputElement>('input[name="pin"]');
    const pin = field?.value ?? '';
    if (field) field.value = '';
    if (!pin) {
      this._showErrors({ pin: msg('Nhập mã PIN của USB ký số.', { id: 'wizard.usb.pin-required' }) });
      return;
    }
    const provider = this.signatureProvider;
    const certificateId = this._certificateId;
    const subject = this._subject ?? 'citizen';
    if (!provider || !certificateId) return;
    const verified = await this._call(
      async (backend, signal) => {
        const { challengeId, challenge } = await backend.createCertificateChallenge({ subject }, { signal });
        const signed = await provider.sign(certificateId, challenge, pin);
        return backend.verifyCertificate({ challengeId, certificate: signed.certificate, signature: signed.signature }, { signal });
      },
      () => this._go('pin'),
    );
    if (!verified) return;
    this._challengeId = verified.challengeId;
    this._identity = verified.identity;
    this._registered = null;
    this._go('details');
  }

  /** Sends the browser to VNeID; state and PKCE stay on the server. */
  private async _startVneid(): Promise<void> {
    const returnUrl = new URL(currentUrlWithout(VNEID_PARAMS));
    returnUrl.searchParams.set(VNEID_MARKER, 'vneid');
    const start = await this._call(
      (backend, signal) =>
        backend.startVneid({ subject: this._subject ?? 'citizen', returnUrl: this.returnUrl ?? returnUrl.href }, { signal }),
      () => void this._startVneid(),
    );
    if (start) this.redirect(start.authorizationUrl);
  }

  private async _finishVneid(params: Record<string, string>): Promise<void> {
    clearReturnParams(VNEID_PARAMS);
    if (params.error || !params.code || !params.state) {
      const code = params.error === 'access_denied' ? 'vneid-denied' : 'state-invalid';
      const message =
        code === 'vneid-denied'
          ? msg('Bạn chưa đồng ý chia sẻ thông tin trên VNeID nên tài khoản chưa được tạo. Bạn có thể thử lại.', {
              id: 'wizard.vneid.denied',
            })
          : errorMessage(code);
      this._fail({ code, message });
      return;
    }
    const { code, state } = params;
    const account = await this._call(
      (backend, signal) => backend.finishVneid({ code, state }, { signal }),
      () => void this._finishVneid(params),
    );
    if (account) this._complete(account);
  }

  /** Asks the holder to confirm on the signing SIM or in the SmartCA app, then waits. */
  private async _startRemote(fields: Record<string, string>): Promise<void> {
    const method = this._method as 'sim-ca' | 'smartca';
    const subject = this._subject ?? 'citizen';
    const request = method === 'sim-ca' ? { method, subject, phone: fields.phone! } : { method, subject, userId: fields.userId! };
    const start = await this._call(
      (backend, signal) => backend.startRemoteSigning(request, { signal }),
      () => void this._startRemote(fields),
    );
    if (!start) return;
    this._remote = start;
    this._remoteOutcome = 'pending';
    this._polls = 0;
    this._pollFailures = 0;
    this._go('waiting');
    this._schedulePoll();
  }

  private _schedulePoll(): void {
    clearTimeout(this._pollTimer);
    if (!this._remote) return;
    this._pollTimer = setTimeout(() => void this._poll(), nextPollDelay(this._remote.pollIntervalMs, this._polls++));
  }

  private _stopPolling(): void {
    clearTimeout(this._pollTimer);
    this._pollTimer = undefined;
  }

  /** One look at the request; pending schedules the next, with backoff (and more after a failure). */
  private async _poll(): Promise<void> {
    const remote = this._remote;
    const backend = this._backend;
    if (!remote || !backend || this._step !== 'waiting') return;
    try {
      const status = await backend.pollRemoteSigning({ requestId: remote.requestId });
      if (this._remote !== remote || this._step !== 'waiting') return;
      this._pollFailures = 0;
      this._failure = null;
      if (status.status === 'pending') this._schedulePoll();
      else if (status.status === 'approved') {
        this._signingRequestId = status.requestId;
        this._identity = status.identity;
        this._go('identity');
      } else if (status.status === 'cancelled') this._go('details');
      else this._remoteOutcome = status.status;
    } catch (error) {
      const failure = toDvcError(error);
      if (++this._pollFailures < 3) {
        this._polls += 1;
        this._schedulePoll();
        return;
      }
      this._fail({
        code: failure.code,
        message: errorMessage(failure.code),
        retry: () => {
          this._failure = null;
          this._pollFailures = 0;
          void this._poll();
        },
      });
    }
  }

  private async _cancelRemote(): Promise<void> {
    const remote = this._remote;
    this._stopPolling();
    if (remote)
      await this._call(
        (backend, signal) => backend.cancelRemoteSigning({ requestId: remote.requestId }, { signal }),
        () => void this._cancelRemote(),
      );
    this._remote = null;
    if (!this._failure) this._go('details');
  }

  /** The holder approved: register with the approved request. */
  private async _submitIdentity(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this._busy) return;
    const method = this._method as 'sim-ca' | 'smartca';
    const step = await this._call(
      (backend, signal) =>
        backend.startRegistration({ method, subject: this._subject ?? 'citizen', signingRequestId: this._signingRequestId }, { signal }),
      () => void this._submitIdentity(),
    );
    if (step?.next === 'done') this._complete(step.account);
  }

  /** The token from the activation email's link: confirms the address, then the password. */
  private async _activate(token: string): Promise<void> {
    clearReturnParams([ACTIVATION_LINK_PARAM]);
    const step = await this._call(
      (backend, signal) => backend.activateEmail({ token }, { signal }),
      () => void this._activate(token),
    );
    if (!step) return;
    if (step.next === 'done') {
      this._complete(step.account);
      return;
    }
    if (step.next !== 'password') return;
    this._registrationId = step.registrationId;
    this._verified = true;
    this._registered = this._snapshot();
    this._restored = [];
    this._go('password');
  }

  private get _otpInput(): DvcOtpInput | null {
    return this._container?.querySelector('dvc-otp-input') ?? null;
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
    this._verified = true;
    this._go(this._returnToReview && checkPassword(this._password).ok ? 'review' : 'password');
  }

  private _submitPassword(event: Event): void {
    event.preventDefault();
    const errors: Partial<Record<ErrorKey, string>> = {};
    const check = checkPassword(this._password);
    if (this._password === '') errors.password = errorMessage('password.required');
    else if (!check.ok) errors.password = errorMessage(`password.${check.rules.find((rule) => !rule.ok)!.id}`);
    const confirmation = confirmPassword(this._password, this._confirm);
    if (!confirmation.ok) errors.confirm = errorMessage(confirmation.error.code);
    if (Object.keys(errors).length) {
      this._showErrors(errors);
      return;
    }
    this._returnToReview = false;
    this._go('review');
  }

  private async _submitReview(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this._busy) return;
    const password = this._password;
    const account = await this._call(
      (backend, signal) => backend.setPassword({ registrationId: this._registrationId, password }, { signal }),
      () => void this._submitReview(),
    );
    if (account) this._complete(account);
  }

  private _complete(account: AccountSummary): void {
    this._clearSecrets();
    this._draft?.clear();
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
    const index = steps.indexOf(this._step);
    if (index > 0) this._go(steps[index - 1]!);
  }

  // ---- rendering ---------------------------------------------------------------------------

  private _key(key: string): string {
    return `${this._id}-${key}`;
  }

  private _renderStep(): TemplateResult {
    const { index, total } = this._position();
    const done = this._step === 'done';
    return html`
      <p class="vh" role="status" aria-live="polite">${this._busy ? msg('Đang xử lý…', { id: 'wizard.busy' }) : ''}</p>
      ${done ? nothing : html`<p class="progress">${msg(str`Bước ${index + 1} / ${total}`, { id: 'wizard.progress' })}</p>`}
      <dvc-error-summary for=${this._key('step')}></dvc-error-summary>
      ${this._restored.length && this._step === 'details' ? this._renderRestored() : nothing}
      ${this._failure ? this._renderFailure(this._failure) : nothing}
      <div id=${this._key('step')}>${keyed(`${this._step}:${this._method ?? ''}`, this._renderBody())}</div>
    `;
  }

  private _renderRestored(): TemplateResult {
    return html`<div class="notice" role="note">
      <p>${msg('Chúng tôi đã khôi phục thông tin bạn nhập trước đó.', { id: 'wizard.restored' })}</p>
      <p>${msg(str`Vì an toàn, bạn cần nhập lại: ${this._restored.join(', ')}.`, { id: 'wizard.restored-reenter' })}</p>
    </div>`;
  }

  private _renderFailure(failure: Failure): TemplateResult {
    return html`<div class="failure" role="alert" tabindex="-1">
      <p>${failure.message}</p>
      ${
        failure.code === 'account-exists' && this.forgotPasswordUrl
          ? html`<p><a href=${this.forgotPasswordUrl}>${msg('Quên mật khẩu', { id: 'wizard.forgot-password' })}</a></p>`
          : nothing
      }
      ${
        failure.code === 'state-invalid'
          ? html`<button type="button" class="secondary" @click=${() => this._go('details')}>
              ${msg('Nhập lại thông tin đăng ký', { id: 'wizard.register-again' })}
            </button>`
          : nothing
      }
      ${
        failure.retry && failure.code !== 'state-invalid' && failure.code !== 'account-exists'
          ? html`<button type="button" class="secondary" @click=${() => failure.retry!()}>
              ${msg('Thử lại', { id: 'wizard.retry' })}
            </button>`
          : nothing
      }
    </div>`;
  }

  private _renderBody(): TemplateResult {
    switch (this._step) {
      case 'subject':
        return this._renderChoice('subject', SUBJECTS, this._subject, subjectName, this._submitSubject);
      case 'method':
        return this._offered.length
          ? this._renderChoice('method', this._offered, this._method, methodName, this._submitMethod)
          : html`<h2 tabindex="-1">${stepHeading('method', null)}</h2>
              <p>${msg('Không có phương thức đăng ký nào dành cho đối tượng này.', { id: 'wizard.no-methods' })}</p>
              ${this._renderActions(null)}`;
      case 'details':
        return this._renderDetails();
      case 'otp':
        return this._renderOtp();
      case 'email-link':
        return this._renderEmailLink();
      case 'certificate':
        return this._renderCertificate();
      case 'pin':
        return this._renderPin();
      case 'waiting':
        return html`${this._heading()}
        ${
          this._remote
            ? renderWaiting({
                method: this._method as 'sim-ca' | 'smartca',
                start: this._remote,
                outcome: this._remoteOutcome,
                onCancel: () => void this._cancelRemote(),
                onRestart: () => void this._submitDetails(),
                onBack: () => this._go('details'),
              })
            : nothing
        }`;
      case 'identity':
        return html`<form novalidate @submit=${this._submitIdentity}>
          ${this._heading()} ${this._identity ? renderIdentity(this._identity, this.locale) : nothing}
          <p>${confirmIdentityText()}</p>
          ${this._renderActions(msg('Đăng ký', { id: 'wizard.register' }))}
        </form>`;
      case 'password':
        return this._renderPassword();
      case 'review':
        return this._renderReview();
      case 'done':
        return this._renderDone();
    }
  }

  private _heading(): TemplateResult {
    return html`<h2 tabindex="-1">${stepHeading(this._step, this._method)}</h2>`;
  }

  private _renderActions(primary: string | null): TemplateResult {
    const first = this._steps().indexOf(this._step) <= 0;
    return html`<div class="actions">
      ${primary ? html`<button type="submit" class="primary" aria-disabled=${this._busy ? 'true' : 'false'}>${primary}</button>` : nothing}
      ${first ? nothing : html`<button type="button" class="secondary" @click=${this._back}>${msg('Quay lại', { id: 'wizard.back' })}</button>`}
    </div>`;
  }

  private _renderChoice<T extends string>(
    name: 'subject' | 'method',
    options: readonly T[],
    current: T | null,
    label: (value: T) => string,
    submit: (event: Event) => void,
  ): TemplateResult {
    const error = this._errors[name];
    return html`<form novalidate @submit=${submit}>
      <fieldset aria-describedby=${error ? this._key(`${name}-error`) : nothing}>
        <legend>${this._heading()}</legend>
        ${error ? html`<p class="error" id=${this._key(`${name}-error`)}>${error}</p>` : nothing}
        ${options.map(
          (value, index) =>
            html`<div class="choice">
              <input
                type="radio"
                name=${name}
                id=${index === 0 ? this._key(name) : this._key(`${name}-${value}`)}
                value=${value}
                .checked=${value === current}
              />
              <label for=${index === 0 ? this._key(name) : this._key(`${name}-${value}`)}>${label(value)}</label>
            </div>`,
        )}
      </fieldset>
      ${this._renderActions(msg('Tiếp tục', { id: 'wizard.continue' }))}
    </form>`;
  }

  private _renderField(field: FieldDef): TemplateResult {
    const id = this._key(field.name);
    const error = this._errors[field.name];
    const describedBy = [field.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field ${error ? 'invalid' : ''}">
      <label for=${id}>${field.label()}${field.required ? html` <span class="required" aria-hidden="true">*</span>` : nothing}</label>
      ${field.hint ? html`<p class="hint" id=${`${id}-hint`}>${field.hint()}</p>` : nothing}
      ${error ? html`<p class="error" id=${`${id}-error`}>${error}</p>` : nothing}
      <input
        id=${id}
        name=${field.name}
        type=${field.type}
        autocomplete=${field.autocomplete}
        inputmode=${field.inputmode ?? nothing}
        spellcheck="false"
        ?required=${field.required}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        .value=${this._values[field.name] ?? ''}
        @input=${(event: Event) => {
          this._values = { ...this._values, [field.name]: (event.target as HTMLInputElement).value };
          this._saveDraft();
          this.requestUpdate();
        }}
      />
    </div>`;
  }

  private _renderCaptcha(): TemplateResult {
    const id = this._key('captchaAnswer');
    const error = this._errors.captchaAnswer;
    return html`<div class="field ${error ? 'invalid' : ''}">
      <label for=${id}>${captchaLabel()} <span class="required" aria-hidden="true">*</span></label>
      <p class="hint" id=${`${id}-hint`}>
        ${msg('Nhập các ký tự trong ảnh, không phân biệt chữ hoa, chữ thường.', { id: 'wizard.hint.captcha' })}
      </p>
      ${error ? html`<p class="error" id=${`${id}-error`}>${error}</p>` : nothing}
      <div class="captcha">
        ${
          this._captcha
            ? html`<img src=${this._captcha.image} alt=${msg('Ảnh mã xác thực', { id: 'wizard.captcha-image' })} />`
            : html`<span class=${this._captchaError ? 'error' : 'hint'}
                >${this._captchaError || msg('Đang tải mã xác thực…', { id: 'wizard.captcha-loading' })}</span
              >`
        }
        <button type="button" class="link" @click=${() => void this._loadCaptcha()}>
          ${msg('Lấy mã khác', { id: 'wizard.captcha-refresh' })}
        </button>
      </div>
      <input
        id=${id}
        name="captcha"
        type="text"
        autocomplete="off"
        autocapitalize="off"
        spellcheck="false"
        required
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
        .value=${this._captchaAnswer}
        @input=${(event: Event) => {
          this._captchaAnswer = (event.target as HTMLInputElement).value;
        }}
      />
    </div>`;
  }

  private _renderDetails(): TemplateResult {
    if (this._method === 'vneid')
      return html`<form novalidate @submit=${this._submitDetails}>
        ${this._heading()}
        <p>
          ${msg('Bạn sẽ được chuyển đến trang của VNeID để đăng nhập bằng tài khoản định danh điện tử mức 2, rồi quay lại đây.', { id: 'wizard.vneid.intro' })}
        </p>
        <p class="hint">
          ${msg('Từ ngày 1/7/2024, công dân đăng nhập Cổng Dịch vụ công bằng tài khoản VNeID.', { id: 'wizard.vneid.note' })}
        </p>
        ${this._renderActions(msg('Tiếp tục với VNeID', { id: 'wizard.vneid.go' }))}
      </form>`;
    return html`<form novalidate @submit=${this._submitDetails}>
      ${this._heading()} ${this._method === 'usb-token' && this._identity ? renderIdentity(this._identity, this.locale) : nothing}
      <p class="hint">${msg('Các trường có dấu * là bắt buộc.', { id: 'wizard.required-note' })}</p>
      ${this._fields().map((field) => this._renderField(field))} ${this._method === 'vnpost' ? this._renderActivation() : nothing}
      ${this._needsCaptcha() ? this._renderCaptcha() : nothing} ${this._renderActions(msg('Đăng ký', { id: 'wizard.register' }))}
    </form>`;
  }

  private _renderCertificate(): TemplateResult {
    if (this._pluginMissing)
      return html`${this._heading()} ${renderPluginMissing(detectOs(), this.pluginDownloadUrls, () => void this._loadCertificates())}
      ${this._renderActions(null)}`;
    if (!this._certificates)
      return html`${this._heading()}
        <p>${msg('Đang đọc USB ký số…', { id: 'wizard.usb.reading' })}</p>`;
    return html`<form novalidate @submit=${this._submitCertificate}>
      <fieldset aria-describedby=${this._errors.certificate ? this._key('certificate-error') : nothing}>
        <legend>${this._heading()}</legend>
        ${renderCertificateList({
          certificates: this._certificates,
          selected: this._certificateId,
          locale: this.locale,
          idFor: (_certificate, index) => (index === 0 ? this._key('certificate') : this._key(`certificate-${index}`)),
          error: this._errors.certificate,
          errorId: this._key('certificate-error'),
          onSelect: (id) => {
            this._certificateId = id;
          },
        })}
      </fieldset>
      <button type="button" class="link" @click=${() => void this._loadCertificates()}>
        ${msg('Kiểm tra lại', { id: 'wizard.usb.retry' })}
      </button>
      ${this._renderActions(msg('Tiếp tục', { id: 'wizard.continue' }))}
    </form>`;
  }

  private _renderPin(): TemplateResult {
    const id = this._key('pin');
    const error = this._errors.pin;
    const holder = this._certificates?.find((certificate) => certificate.id === this._certificateId)?.holder ?? '';
    return html`<form novalidate @submit=${this._submitPin}>
      ${this._heading()}
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
      ${this._renderActions(msg('Xác nhận', { id: 'wizard.confirm' }))}
    </form>`;
  }

  private _renderActivation(): TemplateResult {
    const choices: Activation[] = ['sms', 'email'];
    return html`<fieldset>
      <legend><strong>${activationLabel()}</strong> <span class="required" aria-hidden="true">*</span></legend>
      ${choices.map(
        (value) =>
          html`<div class="choice">
            <input
              type="radio"
              name="activation"
              id=${this._key(value === 'sms' ? 'activation' : 'activation-email')}
              value=${value}
              .checked=${this._activation === value}
              @change=${() => {
                this._activation = value;
                this._saveDraft();
                this.requestUpdate();
              }}
            />
            <label for=${this._key(value === 'sms' ? 'activation' : 'activation-email')}>${activationName(value)}</label>
          </div>`,
      )}
    </fieldset>`;
  }

  private _renderEmailLink(): TemplateResult {
    const link = this._emailLink;
    const until = link
      ? new Date(link.expiresAt).toLocaleString(this.locale === 'en' ? 'en-GB' : 'vi-VN', {
          hour: '2-digit',
          minute: '2-digit',
          day: '2-digit',
          month: '2-digit',
          year: 'numeric',
        })
      : '';
    return html`${this._heading()}
    ${
      link
        ? html`<p>
              ${msg(str`Chúng tôi đã gửi đường dẫn kích hoạt đến ${link.maskedEmail}. Mở thư và bấm vào đường dẫn để kích hoạt tài khoản.`, { id: 'wizard.email-link.sent' })}
            </p>
            <p>${msg(str`Đường dẫn có hiệu lực đến ${until}.`, { id: 'wizard.email-link.until' })}</p>
            <p class="hint">
              ${msg('Không nhận được thư? Kiểm tra thư mục thư rác, hoặc quay lại để chọn kích hoạt bằng mã OTP qua SMS.', { id: 'wizard.email-link.help' })}
            </p>
            ${this._renderActions(null)}`
        : html`<p>${this._busy || !this._failure ? msg('Đang kích hoạt tài khoản…', { id: 'wizard.email-link.activating' }) : ''}</p>`
    }`;
  }

  private _renderOtp(): TemplateResult {
    const otp = this._otp;
    return html`<form novalidate @submit=${this._submitOtp}>
      ${this._heading()}
      <dvc-otp-input
        id=${this._key('otp')}
        name="otp"
        required
        .backend=${this._backend}
        .length=${otp?.length ?? 6}
        registration-id=${this._registrationId}
        expires-at=${otp?.expiresAt ?? nothing}
        resend-at=${otp?.resendAt ?? nothing}
        attempts-left=${otp?.attemptsLeft ?? nothing}
        hint=${otp ? msg(str`Mã OTP đã được gửi đến số ${otp.maskedTo}.`, { id: 'wizard.otp-sent' }) : ''}
      ></dvc-otp-input>
      ${this._renderActions(msg('Xác nhận', { id: 'wizard.confirm' }))}
    </form>`;
  }

  private _renderPassword(): TemplateResult {
    return html`<form novalidate @submit=${this._submitPassword}>
      ${this._heading()}
      ${renderPasswordFields({
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
      ${this._renderActions(msg('Tiếp tục', { id: 'wizard.continue' }))}
    </form>`;
  }

  private _renderReview(): TemplateResult {
    const rows: { label: string; value: string; change: StepId }[] = [];
    if (this.subject === null && this._subject)
      rows.push({ label: msg('Đối tượng', { id: 'wizard.review.subject' }), value: subjectName(this._subject), change: 'subject' });
    if (this._steps().includes('method') && this._method)
      rows.push({ label: msg('Phương thức', { id: 'wizard.review.method' }), value: methodName(this._method), change: 'method' });
    for (const field of this._fields()) {
      const value = this._values[field.name]?.trim();
      if (value || field.required) rows.push({ label: field.label(), value: value ?? '', change: 'details' });
    }
    if (this._method === 'vnpost' && !this._emailLink && this._registered)
      rows.push({ label: activationLabel(), value: activationName(this._activation), change: 'details' });
    rows.push({ label: passwordLabel(), value: msg('Đã đặt (ẩn)', { id: 'wizard.review.password-set' }), change: 'password' });
    return html`<form novalidate @submit=${this._submitReview}>
      ${this._heading()}
      <dl>
        ${rows.map(
          (row) =>
            html`<div class="review-row">
              <dt>${row.label}</dt>
              <dd>${row.value}</dd>
              <dd class="change">
                <button type="button" class="link" @click=${() => this._change(row.change)}>
                  ${msg('Thay đổi', { id: 'wizard.change' })}<span class="vh"> ${row.label}</span>
                </button>
              </dd>
            </div>`,
        )}
      </dl>
      <p>${msg('Bấm Đăng ký để tạo tài khoản với các thông tin trên.', { id: 'wizard.review.note' })}</p>
      ${this._renderActions(msg('Đăng ký', { id: 'wizard.register' }))}
    </form>`;
  }

  private _renderDone(): TemplateResult {
    const account = this._account;
    return html`<div class="done-panel">
        ${this._heading()}
        <p>${msg(str`Tài khoản của ${account?.displayName ?? ''} đã được tạo.`, { id: 'wizard.done.created' })}</p>
      </div>
      <dl>
        <div class="review-row">
          <dt>${msg('Tên đăng nhập', { id: 'wizard.done.account' })}</dt>
          <dd>${account?.id}</dd>
        </div>
        ${
          account?.maskedPhone
            ? html`<div class="review-row">
                <dt>${msg('Số điện thoại', { id: 'wizard.done.phone' })}</dt>
                <dd>${account.maskedPhone}</dd>
              </div>`
            : nothing
        }
      </dl>
      <h3>${msg('Việc tiếp theo', { id: 'wizard.done.next' })}</h3>
      <p>${msg('Đăng nhập bằng tài khoản vừa tạo để nộp hồ sơ, theo dõi và thanh toán trực tuyến.', { id: 'wizard.done.next-text' })}</p>
      ${this.signInUrl ? html`<p><a href=${this.signInUrl}>${msg('Đăng nhập', { id: 'wizard.done.sign-in' })}</a></p>` : nothing}`;
  }
}
