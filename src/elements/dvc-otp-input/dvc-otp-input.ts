import { html, nothing, render, type PropertyDeclaration, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import { DvcElement } from '../../base/dvc-element.js';
import { FormControlMixin } from '../../base/form-control.js';
import type { DvcBackend } from '../../core/backend/types.js';
import { toDvcError } from '../../core/errors.js';
import { normalizeOtp } from '../../core/identifiers/otp.js';
import { formatCountdown, formatDate } from '../../i18n/format.js';
import { backendErrorMessage, errorMessagesReady } from '../../i18n/messages/error-messages-on-demand.js';
import { CountdownController } from './countdown.js';
import { styles } from './dvc-otp-input.styles.js';
import { parseInstant, type InstantInput } from './instant.js';
import { INPUT_ATTRIBUTE, selectionStyles } from './root-styles.js';
import { addStyles } from '../../base/add-styles.js';
import { templates as english } from '../../i18n/generated/en/dvc-otp-input.js';
import { addTranslations } from '../../i18n/locale.js';

addTranslations(english);

const MIN_LENGTH = 4;
const MAX_LENGTH = 8;
const DEFAULT_LENGTH = 6;
const ONE_MINUTE = 60_000;
/** How long the live region stays empty before a new message, so a repeated message is read again. */
const ANNOUNCE_DELAY = 100;
/** Properties through which the page answers a submitted code: any change ends the busy state. */
const ANSWERS: ReadonlySet<PropertyKey> = new Set(['error', '_errorCode', 'attemptsLeft', 'lockedUntil', 'expiresAt', 'value']);

type ExpiryPhase = 'none' | 'running' | 'last-minute' | 'expired';
type ValidityProblem = 'otp.required' | 'otp.incomplete' | null;

/** Our own wording for the field's validity states, never the browser's. */
const validityMessage = (problem: Exclude<ValidityProblem, null>): string =>
  problem === 'otp.required'
    ? msg('Vui lòng nhập mã OTP.', { id: 'otp.required' })
    : msg('Mã OTP chưa đủ số ký tự.', { id: 'otp.incomplete' });
type ResendResult = { kind: 'sent'; to?: string } | { kind: 'failed'; code: string } | null;

/** What a server says about a code it sent (the `OtpState` of `resendOtp`, all optional). */
export interface OtpSent {
  expiresAt?: InstantInput;
  resendAt?: InstantInput;
  attemptsLeft?: number | null;
  length?: number;
  /** Where the code went, masked (`091****678`); shown, not announced. */
  maskedTo?: string;
}

/** WebOTP: what `navigator.credentials.get({ otp })` resolves with. */
interface OtpCredential extends Credential {
  readonly code: string;
}

let instances = 0;

/**
 * @tagname dvc-otp-input
 * @summary One-time code entry: one real, autofillable text field drawn as boxes, with paste
 * from anywhere, expiry, resend, attempts and lock-out, form association, Vietnamese and English.
 *
 * The native `<input>`, its `<label>`, the hint, the error and the countdown and attempts texts
 * live in the element's light DOM (the element creates them), so browser autofill, password
 * managers and `aria-describedby` reach them; the shadow root only draws the boxes. Give your own
 * `<input slot="input">` to have it adopted: its `name`, `required`, `value`, `disabled` and
 * `readonly` move to the element.
 *
 * @slot input - The native text field (created when not given).
 * @slot label - The `<label>` (created; its text is the `label` property).
 * @slot hint - The hint and the expected format (created).
 * @slot error - The error message (created; the `error` property or the validation message).
 * @slot countdown - The time left before the code expires (created).
 * @slot attempts - The attempts left or the lock-out (created).
 *
 * @event dvc-otp-change - `{ value, complete }` when the user changes the code (not on programmatic changes).
 * @event dvc-otp-complete - `{ value }` once each time the code becomes complete.
 * @event dvc-otp-resend - Cancelable; the user asked for a new code. Cancel it to send the code yourself (then call `codeSent()`).
 * @event dvc-validity - `{ errors }` when the shown error appears, changes or goes (for `<dvc-error-summary>`).
 * @event dvc-error - `{ code, message }` when a resend fails or an attribute is invalid.
 *
 * @csspart base - The wrapper of everything.
 * @csspart label - Holds the label slot.
 * @csspart hint - Holds the hint slot.
 * @csspart error - Holds the error slot and its icon.
 * @csspart control - The row of boxes over which the input lies.
 * @csspart box - One box; also `box-filled`, `box-active` (the caret's box) and `box-selected`.
 * @csspart countdown - Holds the countdown slot.
 * @csspart attempts - Holds the attempts slot.
 * @csspart busy - "Checking the code" while `busy`.
 * @csspart resend - The resend row; `resend-button` is its button.
 *
 * @cssprop --dvc-color-primary - Caret box, selection, resend link.
 * @cssprop --dvc-color-text - Digits and text.
 * @cssprop --dvc-color-muted - Hint and countdown.
 * @cssprop --dvc-color-border - Box borders.
 * @cssprop --dvc-color-error - Error text, bar and borders.
 * @cssprop --dvc-color-focus - Focus ring.
 * @cssprop --dvc-color-surface - Box background.
 * @cssprop --dvc-radius - Box corners.
 * @cssprop --dvc-space - Spacing unit.
 * @cssprop --dvc-font-family - Font.
 */
export class DvcOtpInput extends FormControlMixin(DvcElement) {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    alphanumeric: { type: Boolean, reflect: true },
    readonly: { type: Boolean, reflect: true },
    autoSubmit: { type: Boolean, reflect: true, attribute: 'auto-submit' },
    busy: { type: Boolean, reflect: true },
    length: { type: Number, noAccessor: true },
    value: { noAccessor: true },
    label: {},
    hint: {},
    error: {},
    expiresAt: { attribute: 'expires-at' },
    resendAt: { attribute: 'resend-at' },
    lockedUntil: { attribute: 'locked-until' },
    maxAttempts: { type: Number, attribute: 'max-attempts' },
    attemptsLeft: { type: Number, attribute: 'attempts-left' },
    registrationId: { attribute: 'registration-id' },
    backend: { attribute: false },
    _focused: { state: true, attribute: false },
    _selection: { state: true, attribute: false },
    _announcement: { state: true, attribute: false },
    _resending: { state: true, attribute: false },
    _resendResult: { state: true, attribute: false },
    _showValidation: { state: true, attribute: false },
    _errorCode: { state: true, attribute: false },
  };

  /** Letters A–Z are allowed too (upper-cased); the keyboard is a text one. */
  declare alphanumeric: boolean;
  /** The code can be read and selected but not changed. */
  declare readonly: boolean;
  /** Completing the code submits the enclosing form once (`requestSubmit()`). Off by default. */
  declare autoSubmit: boolean;
  /**
   * "Checking the code": entry paused. Set by `auto-submit`; ends when you set `busy = false`,
   * `error`, `attempts-left`, `locked-until`, `expires-at` or `value`.
   */
  declare busy: boolean;
  /** The visible label; "Mã xác thực (OTP)" / "Verification code" by default. */
  declare label: string;
  /** Extra hint shown under the label, before the expected format ("Mã gồm 6 chữ số."). */
  declare hint: string;
  /** An error to show (for example the server's "wrong code"); the value is kept. */
  declare error: string;
  /** When the code expires: ISO 8601 or epoch milliseconds (or a `Date`). */
  declare expiresAt: InstantInput;
  /** From when a new code may be asked for: ISO 8601 or epoch milliseconds. */
  declare resendAt: InstantInput;
  /** Entry is locked until this instant (too many wrong codes): ISO 8601 or epoch milliseconds. */
  declare lockedUntil: InstantInput;
  /** How many attempts the user has in all (shown while `attempts-left` is not set). */
  declare maxAttempts: number | null;
  /** Attempts left; 0 stops entry until a new code is sent. */
  declare attemptsLeft: number | null;
  /** The registration whose code `backend.resendOtp` sends again. */
  declare registrationId: string;
  /** With a backend, "Gửi lại mã" asks it for a new code (unless `dvc-otp-resend` is cancelled). */
  declare backend: DvcBackend | undefined;

  /** Number of characters, 4–8 (default 6). An invalid value is reported and the last good one kept. */
  get length(): number {
    return this._length;
  }
  set length(value: number) {
    const next = value === null || value === undefined ? DEFAULT_LENGTH : Number(value);
    if (!Number.isInteger(next) || next < MIN_LENGTH || next > MAX_LENGTH) {
      this.reportInvalidAttribute('length', value);
      return;
    }
    const old = this._length;
    this._length = next;
    this.requestUpdate('length', old);
  }

  /**
   * The code: digits (or A–Z and digits when `alphanumeric`), at most `length` of them. Setting it
   * normalises what is given (full-width digits, separators...) and fires no event.
   */
  get value(): string {
    return normalizeOtp(this._raw, this._length, { alphanumeric: this.alphanumeric });
  }
  set value(value: string) {
    const old = this.value;
    this._raw = value === null || value === undefined ? '' : String(value);
    const next = this.value;
    this._completed = next.length === this._length ? next : null;
    if (this._input && this._input.value !== next) this._input.value = next;
    this._syncFormState();
    this.requestUpdate('value', old);
  }

  /** Whether all `length` characters are there. */
  get complete(): boolean {
    return this.value.length === this._length;
  }

  declare private _focused: boolean;
  /** The input's selection, mirrored by the boxes: [start, end]. */
  declare private _selection: readonly [number, number];
  declare private _announcement: string;
  declare private _resending: boolean;
  declare private _resendResult: ResendResult;
  /** The validation message is shown (after `reportValidity()` or a blocked submit). */
  declare private _showValidation: boolean;
  /** The server's refusal given to `showError()`, shown in the page language. */
  declare private _errorCode: string | null;

  private _length = DEFAULT_LENGTH;
  /** The value as last set; read through `value`, which fits it to `length` and `alphanumeric`. */
  private _raw = '';
  private _input?: HTMLInputElement;
  /** The complete value `dvc-otp-complete` was last fired for; null while incomplete. */
  private _completed: string | null = null;
  private _expiresMs: number | undefined;
  private _resendMs: number | undefined;
  private _lockedMs: number | undefined;
  private _expiryPhase: ExpiryPhase = 'none';
  private _wasLocked = false;
  private _composing = false;
  private _published = '';
  private _webOtp: AbortController | undefined;
  private _resendAbort: AbortController | undefined;
  private _announceTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly _ids: Record<'input' | 'label' | 'hint' | 'error' | 'countdown' | 'attempts', string>;
  private readonly _clock = new CountdownController(this, () => [this._expiresMs, this._resendMs, this._lockedMs]);

  constructor() {
    super();
    this.alphanumeric = false;
    this.readonly = false;
    this.autoSubmit = false;
    this.busy = false;
    this.label = '';
    this.hint = '';
    this.error = '';
    this.expiresAt = null;
    this.resendAt = null;
    this.lockedUntil = null;
    this.maxAttempts = null;
    this.attemptsLeft = null;
    this.registrationId = '';
    this.backend = undefined;
    this._focused = false;
    this._selection = [0, 0];
    this._announcement = '';
    this._resending = false;
    this._resendResult = null;
    this._showValidation = false;
    this._errorCode = null;
    const prefix = `dvc-otp-${++instances}`;
    this._ids = {
      input: `${prefix}-input`,
      label: `${prefix}-label`,
      hint: `${prefix}-hint`,
      error: `${prefix}-error`,
      countdown: `${prefix}-countdown`,
      attempts: `${prefix}-attempts`,
    };
  }

  // ---- lifecycle ----------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    this._adoptInput();
    addStyles(this.getRootNode(), [selectionStyles]);
    // Asked ahead, so a refusal given to `showError()` later is told at once in its own words.
    void errorMessagesReady();
    this._syncFormState();
    // The first time, `updated` starts listening once the attributes are read.
    if (this.hasUpdated) this._startWebOtp();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._stopWebOtp();
    this._resendAbort?.abort();
    this._resendAbort = undefined;
    this._resending = false;
    clearTimeout(this._announceTimer);
  }

  override requestUpdate(
    name?: PropertyKey,
    oldValue?: unknown,
    options?: PropertyDeclaration,
    useNewValue?: boolean,
    newValue?: unknown,
  ): void {
    super.requestUpdate(name, oldValue, options, useNewValue, newValue);
    // The page answered the submitted code: whatever it says ends "checking".
    if (this.busy && name !== undefined && ANSWERS.has(name) && this[name as keyof this] !== oldValue) this.busy = false;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('length') || changed.has('alphanumeric')) this._raw = this.value;
    if (changed.has('expiresAt')) this._expiresMs = this._readInstant('expires-at', this.expiresAt, this._expiresMs);
    if (changed.has('resendAt')) this._resendMs = this._readInstant('resend-at', this.resendAt, this._resendMs);
    if (changed.has('lockedUntil')) this._lockedMs = this._readInstant('locked-until', this.lockedUntil, this._lockedMs);
    if (changed.has('maxAttempts')) this.maxAttempts = this._readCount('max-attempts', this.maxAttempts, changed.get('maxAttempts'));
    if (changed.has('attemptsLeft')) this.attemptsLeft = this._readCount('attempts-left', this.attemptsLeft, changed.get('attemptsLeft'));
    if (this._showValidation && !this._validityProblem()) this._showValidation = false;
    this._followThresholds(changed);
  }

  protected override update(changed: Map<PropertyKey, unknown>): void {
    super.update(changed);
    this._adoptInput();
    render(this._renderLight(), this, { host: this });
    this._syncInput();
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this._syncFormState();
    this._publishError();
    if (changed.has('disabled') || changed.has('readonly') || changed.has('lockedUntil') || changed.has('attemptsLeft'))
      this._startWebOtp();
  }

  // ---- event handlers ----------------------------------------------------------------------

  private readonly _onBeforeInput = (event: InputEvent): void => {
    const type = event.inputType;
    // Deleting, undo and Enter (which submits the form) stay native; `input` tidies up after them.
    if (event.isComposing || !event.cancelable || !type.startsWith('insert') || type === 'insertLineBreak' || type === 'insertParagraph')
      return;
    const data = event.data ?? event.dataTransfer?.getData('text/plain') ?? '';
    const input = this._input!;
    const start = input.selectionStart ?? input.value.length;
    const end = input.selectionEnd ?? start;
    // A typed character that is already clean and fits goes in natively, keeping the undo history.
    const clean = normalizeOtp(data, undefined, { alphanumeric: this.alphanumeric });
    if (type === 'insertText' && clean === data && data.length === 1 && input.value.length - (end - start) < this._length) return;
    event.preventDefault();
    this._insert(data);
  };

  private readonly _onInput = (event: Event): void => {
    if ((event as InputEvent).isComposing || this._composing) return;
    this._tidy();
  };

  private readonly _onCompositionStart = (): void => {
    this._composing = true;
  };

  private readonly _onCompositionEnd = (): void => {
    this._composing = false;
    this._tidy();
  };

  /** While the code is being checked, Enter must not submit the form a second time. */
  private readonly _onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' && this.busy) event.preventDefault();
  };

  private readonly _onPaste = (event: ClipboardEvent): void => {
    event.preventDefault();
    if (!this._editable) return;
    this._insert(event.clipboardData?.getData('text/plain') ?? '');
  };

  private readonly _onSelectionChange = (): void => this._readSelection();

  private readonly _onFocus = (): void => {
    this._focused = true;
    this._readSelection();
  };

  private readonly _onBlur = (): void => {
    this._focused = false;
  };

  /** The text under the boxes is not laid out like them: place the caret by box, and drag-select by box. */
  private readonly _onMouseDown = (event: MouseEvent): void => {
    const input = this._input!;
    if (event.button !== 0 || input.disabled) return;
    event.preventDefault();
    input.focus({ preventScroll: true });
    if (event.detail >= 2) {
      input.select();
      this._readSelection();
      return;
    }
    const at = this._boundaryAt(event.clientX);
    const extendFrom = input.selectionDirection === 'backward' ? input.selectionEnd : input.selectionStart;
    const anchor = event.shiftKey && extendFrom !== null ? extendFrom : at;
    this._selectBetween(anchor, at);
    const move = (moved: MouseEvent) => this._selectBetween(anchor, this._boundaryAt(moved.clientX));
    const up = () => {
      this.ownerDocument.removeEventListener('mousemove', move);
      this.ownerDocument.removeEventListener('mouseup', up);
    };
    this.ownerDocument.addEventListener('mousemove', move);
    this.ownerDocument.addEventListener('mouseup', up);
  };

  /** Touch and pen: the browser placed the caret in the invisible text; move it to the tapped box. */
  private readonly _onClick = (event: MouseEvent): void => {
    const pointer = (event as PointerEvent).pointerType;
    const input = this._input!;
    if (!pointer || pointer === 'mouse' || input.selectionStart !== input.selectionEnd) return;
    const at = this._boundaryAt(event.clientX);
    input.setSelectionRange(at, at);
    this._readSelection();
  };

  private readonly _onResendClick = (): void => {
    void this._resend();
  };

  // ---- public methods ----------------------------------------------------------------------

  /** Focuses the text field. */
  override focus(options?: FocusOptions): void {
    if (this._input) this._input.focus(options);
    else super.focus(options);
  }

  override blur(): void {
    this._input?.blur();
  }

  /** Selects the whole code, as `input.select()` does. */
  select(): void {
    this._input?.select();
    this._readSelection();
  }

  /**
   * Tells the element a new code was sent, when you send it yourself (after cancelling
   * `dvc-otp-resend`): updates the times and attempts given, announces "new code sent", and
   * listens for the code by SMS (WebOTP) again. The backend flow calls it with the server's answer.
   */
  codeSent(sent: OtpSent = {}): void {
    if (sent.length !== undefined) this.length = sent.length;
    if (sent.expiresAt !== undefined) this.expiresAt = sent.expiresAt;
    if (sent.resendAt !== undefined) this.resendAt = sent.resendAt;
    if (sent.attemptsLeft !== undefined) this.attemptsLeft = sent.attemptsLeft;
    this._resendResult = sent.maskedTo ? { kind: 'sent', to: sent.maskedTo } : { kind: 'sent' };
    this._announce(msg('Đã gửi mã mới.', { id: 'otp-input.sent' }));
    this._startWebOtp();
  }

  /**
   * Shows why the server refused the code, for example the `DvcError` that `verifyOtp` rejects
   * with: its message in the page language (kept across a language switch), the attempts left,
   * a lock-out (`otp-locked`) or an expiry (`otp-expired`); the message is also announced, and
   * "checking" ends. `null` clears it. Returns the message.
   */
  showError(error: unknown): string {
    if (error === null || error === undefined) {
      this._errorCode = null;
      return '';
    }
    const failure = toDvcError(error);
    const now = this._clock.now();
    if (failure.attemptsLeft !== undefined) this.attemptsLeft = failure.attemptsLeft;
    if (failure.code === 'otp-locked' && failure.retryAfter !== undefined) this.lockedUntil = now + failure.retryAfter * 1000;
    if (failure.code === 'otp-expired' && this._currentExpiryPhase() !== 'expired') this.expiresAt = now;
    this._errorCode = failure.code;
    this.busy = false;
    const message = backendErrorMessage(failure.code);
    this._announce(message);
    return message;
  }

  // ---- form control ------------------------------------------------------------------------

  protected resetValue(): void {
    this.value = this.getAttribute('value') ?? '';
    this._showValidation = false;
    this._errorCode = null;
    this.busy = false;
  }

  protected restoreValue(state: string): void {
    this.value = state;
  }

  protected showValidity(): void {
    this._showValidation = true;
  }

  // ---- private helpers ---------------------------------------------------------------------

  /** Creates the native input, or adopts the author's `<input slot="input">`. */
  private _adoptInput(): void {
    if (this._input?.parentNode === this) return;
    const given =
      this._input ??
      [...this.children].find((child): child is HTMLInputElement => child instanceof HTMLInputElement && child.slot === 'input');
    const input = given ?? this.ownerDocument.createElement('input');
    if (given && given !== this._input) {
      if (given.name && !this.name) this.name = given.name;
      if (given.required) this.required = true;
      if (given.disabled) this.disabled = true;
      if (given.readOnly) this.readonly = true;
      if (given.value && !this._raw) this.value = given.value;
      // The element is the form control: the inner field must not submit or validate on its own.
      for (const attribute of ['name', 'required', 'minlength', 'maxlength', 'pattern', 'size']) given.removeAttribute(attribute);
    }
    if (input !== this._input) {
      input.addEventListener('beforeinput', this._onBeforeInput);
      input.addEventListener('input', this._onInput);
      input.addEventListener('compositionstart', this._onCompositionStart);
      input.addEventListener('compositionend', this._onCompositionEnd);
      input.addEventListener('keydown', this._onKeyDown);
      input.addEventListener('paste', this._onPaste);
      input.addEventListener('selectionchange', this._onSelectionChange);
      input.addEventListener('select', this._onSelectionChange);
      input.addEventListener('keyup', this._onSelectionChange);
      input.addEventListener('focus', this._onFocus);
      input.addEventListener('blur', this._onBlur);
      input.addEventListener('mousedown', this._onMouseDown);
      input.addEventListener('click', this._onClick);
    }
    input.slot = 'input';
    if (!input.id) input.id = this._ids.input;
    input.type = 'text';
    input.autocomplete = 'one-time-code';
    input.spellcheck = false;
    input.dir = 'ltr';
    input.setAttribute('autocorrect', 'off');
    input.setAttribute(INPUT_ATTRIBUTE, '');
    input.value = this.value;
    if (input.parentNode !== this) this.append(input);
    this._input = input;
  }

  /** Keeps the native input's state and ARIA in step with the element. */
  private _syncInput(): void {
    const input = this._input;
    if (!input) return;
    const locked = this._isLocked || this._exhausted;
    const error = this._errorText();
    const described = [
      this._ids.hint,
      error && this._ids.error,
      this._expiryPhase === 'expired' && this._ids.countdown,
      this._attemptsText() && this._ids.attempts,
    ].filter(Boolean);
    input.setAttribute('aria-describedby', described.join(' '));
    toggleAria(input, 'aria-invalid', Boolean(error));
    toggleAria(input, 'aria-required', this.required);
    toggleAria(input, 'aria-disabled', locked && !this.isDisabled);
    toggleAria(input, 'aria-busy', this.busy);
    input.inputMode = this.alphanumeric ? 'text' : 'numeric';
    input.setAttribute('autocapitalize', this.alphanumeric ? 'characters' : 'off');
    input.disabled = this.isDisabled;
    input.readOnly = !this.isDisabled && !this._editable;
    if (!this._composing && input.value !== this.value) input.value = this.value;
  }

  /** Form value and validity, with our own localized message. */
  private _syncFormState(): void {
    this.setFormValue(this.value);
    const problem = this._validityProblem();
    const anchor = this._input?.parentNode === this ? this._input : undefined;
    if (problem === 'otp.required') this.setValidity({ valueMissing: true }, validityMessage(problem), anchor);
    else if (problem === 'otp.incomplete') this.setValidity({ tooShort: true }, validityMessage(problem), anchor);
    else this.setValidity({});
  }

  private _validityProblem(): ValidityProblem {
    const value = this.value;
    if (value === '') return this.required ? 'otp.required' : null;
    return value.length < this._length ? 'otp.incomplete' : null;
  }

  /** The error shown: the page's `error`, else the validation message once it was reported. */
  private _errorText(): string {
    if (this.error) return this.error;
    if (this._errorCode) return backendErrorMessage(this._errorCode);
    const problem = this._showValidation ? this._validityProblem() : null;
    return problem ? validityMessage(problem) : '';
  }

  /** Tells `<dvc-error-summary>` (and anyone listening) when the shown error changes. */
  private _publishError(): void {
    const message = this._errorText();
    if (message === this._published) return;
    this._published = message;
    this.emit('dvc-validity', { errors: message ? [{ target: this, label: this._labelText(), message }] : [] });
  }

  /** Puts typed, pasted or dropped text in at the caret; a whole code replaces the value. */
  private _insert(text: string): void {
    const input = this._input!;
    const current = this.value;
    const code = normalizeOtp(text, this._length, { alphanumeric: this.alphanumeric });
    if (code === '') return;
    if (code.length >= this._length) {
      this._setFromUser(code, code.length);
      return;
    }
    const start = Math.min(input.selectionStart ?? current.length, current.length);
    const end = Math.max(start, Math.min(input.selectionEnd ?? start, current.length));
    const room = this._length - (current.length - (end - start));
    const inserted = code.slice(0, Math.max(0, room));
    this._setFromUser(current.slice(0, start) + inserted + current.slice(end), start + inserted.length);
  }

  /** After a native edit (typing, deleting, undo, autofill): keep only what a code may hold. */
  private _tidy(): void {
    const input = this._input!;
    const raw = input.value;
    const next = normalizeOtp(raw, this._length, { alphanumeric: this.alphanumeric });
    if (next !== raw) {
      const before = normalizeOtp(raw.slice(0, input.selectionStart ?? raw.length), undefined, { alphanumeric: this.alphanumeric });
      const caret = raw.length > this._length && next.length === this._length ? next.length : Math.min(before.length, next.length);
      this._setFromUser(next, caret);
      return;
    }
    this._readSelection();
    this._commit(next);
  }

  private _setFromUser(next: string, caret: number): void {
    const input = this._input!;
    if (input.value !== next) input.value = next;
    if (this._focused || input.matches(':focus')) input.setSelectionRange(caret, caret);
    this._readSelection();
    this._commit(next);
  }

  /** A value the user gave: events, form state, auto-submit. */
  private _commit(next: string): void {
    const old = this.value;
    if (next === old) return;
    this._raw = next;
    this._stopWebOtp();
    this._syncFormState();
    this.requestUpdate('value', old);
    const complete = next.length === this._length;
    this.emit('dvc-otp-change', { value: next, complete });
    if (!complete) {
      this._completed = null;
      return;
    }
    if (next === this._completed) return;
    this._completed = next;
    this.emit('dvc-otp-complete', { value: next });
    if (this.autoSubmit) this._submitForm();
  }

  /** Submits the enclosing form once and shows "checking" while the page answers. */
  private _submitForm(): void {
    const form = this.form;
    if (!form || this.busy) return;
    let submitted = false;
    const seen = () => {
      submitted = true;
    };
    // Busy first: a submit handler that answers at once (sets `error`) ends it again.
    this.busy = true;
    form.addEventListener('submit', seen, { capture: true });
    try {
      form.requestSubmit();
    } finally {
      form.removeEventListener('submit', seen, { capture: true });
    }
    if (!submitted) this.busy = false;
    else if (this.busy) this._announce(msg('Đang kiểm tra mã…', { id: 'otp-input.checking' }));
  }

  private _readSelection(): void {
    const input = this._input;
    if (!input) return;
    const start = input.selectionStart ?? 0;
    const end = input.selectionEnd ?? start;
    if (start !== this._selection[0] || end !== this._selection[1]) this._selection = [start, end];
  }

  private _selectBetween(anchor: number, focus: number): void {
    this._input!.setSelectionRange(Math.min(anchor, focus), Math.max(anchor, focus), focus < anchor ? 'backward' : 'forward');
    this._readSelection();
  }

  /** The caret position (0…value length) nearest to `x`, by the boxes' centres. */
  private _boundaryAt(x: number): number {
    const boxes = [...this.renderRoot.querySelectorAll<HTMLElement>('.box')];
    let index = boxes.findIndex((box) => {
      const rect = box.getBoundingClientRect();
      return x < rect.left + rect.width / 2;
    });
    if (index === -1) index = boxes.length;
    return Math.min(index, this.value.length);
  }

  /** Entry is possible now. */
  private get _editable(): boolean {
    return !this.isDisabled && !this.readonly && !this.busy && !this._isLocked && !this._exhausted;
  }

  private get _isLocked(): boolean {
    return this._clock.remaining(this._lockedMs) > 0;
  }

  private get _exhausted(): boolean {
    return this.attemptsLeft === 0;
  }

  private _currentExpiryPhase(): ExpiryPhase {
    if (this._expiresMs === undefined) return 'none';
    const left = this._clock.remaining(this._expiresMs);
    if (left <= 0) return 'expired';
    return left <= ONE_MINUTE ? 'last-minute' : 'running';
  }

  /** Polite announcements when a threshold is crossed (never for a new deadline, never per second). */
  private _followThresholds(changed: Map<PropertyKey, unknown>): void {
    const phase = this._currentExpiryPhase();
    if (!changed.has('expiresAt') && phase !== this._expiryPhase) {
      const wasCounting = this._expiryPhase === 'running' || this._expiryPhase === 'last-minute';
      if (phase === 'last-minute' && this._expiryPhase === 'running')
        this._announce(msg('Mã sẽ hết hạn sau 1 phút.', { id: 'otp-input.one-minute-left' }));
      else if (phase === 'expired' && wasCounting)
        this._announce(msg('Mã đã hết hạn. Hãy yêu cầu gửi lại mã.', { id: 'otp-input.expired' }));
    }
    this._expiryPhase = phase;
    const locked = this._isLocked;
    if (!changed.has('lockedUntil') && this._wasLocked && !locked)
      this._announce(msg('Bạn có thể nhập mã lại.', { id: 'otp-input.unlocked' }));
    this._wasLocked = locked;
  }

  /** Says `text` in the polite live region, after emptying it so a repeated text is read again. */
  private _announce(text: string): void {
    clearTimeout(this._announceTimer);
    this._announcement = '';
    this._announceTimer = setTimeout(() => {
      this._announcement = text;
    }, ANNOUNCE_DELAY);
  }

  private _readInstant(attribute: string, value: InstantInput, lastGood: number | undefined): number | undefined {
    const ms = parseInstant(value);
    if (ms === null) return undefined;
    if (Number.isNaN(ms)) {
      this.reportInvalidAttribute(attribute, value);
      return lastGood;
    }
    return ms;
  }

  private _readCount(attribute: string, value: number | null, lastGood: unknown): number | null {
    if (value === null || value === undefined) return null;
    if (Number.isInteger(value) && value >= 0) return value;
    this.reportInvalidAttribute(attribute, value);
    return typeof lastGood === 'number' && Number.isInteger(lastGood) && lastGood >= 0 ? lastGood : null;
  }

  private _startWebOtp(): void {
    if (this._webOtp || !this.isConnected || !this._editable || this.complete) return;
    if (!('OTPCredential' in globalThis) || typeof navigator.credentials?.get !== 'function') return;
    const controller = new AbortController();
    this._webOtp = controller;
    navigator.credentials
      .get({ otp: { transport: ['sms'] }, signal: controller.signal } as CredentialRequestOptions)
      .then((credential) => {
        if (controller.signal.aborted || !credential || !this._editable) return;
        const code = normalizeOtp((credential as OtpCredential).code ?? '', this._length, { alphanumeric: this.alphanumeric });
        if (code) this._setFromUser(code, code.length);
      })
      .catch(() => {
        // Aborted, refused or unsupported: typing and autofill still work.
      })
      .finally(() => {
        if (this._webOtp === controller) this._webOtp = undefined;
      });
  }

  private _stopWebOtp(): void {
    this._webOtp?.abort();
    this._webOtp = undefined;
  }

  /** Milliseconds before a new code may be asked for; 0 once it may (or once the code expired). */
  private _resendWait(): number {
    return this._currentExpiryPhase() === 'expired' ? 0 : this._clock.remaining(this._resendMs);
  }

  private get _canResend(): boolean {
    return !this.isDisabled && !this._isLocked && !this._resending && this._resendWait() === 0;
  }

  private get _showsResend(): boolean {
    return Boolean(this.backend) || this._resendMs !== undefined || this._currentExpiryPhase() === 'expired' || this._exhausted;
  }

  private async _resend(): Promise<void> {
    if (!this._canResend) return;
    if (!this.emit('dvc-otp-resend', {}, { cancelable: true })) return;
    const backend = this.backend;
    if (!backend) return;
    const controller = new AbortController();
    this._resendAbort = controller;
    this._resending = true;
    this._resendResult = null;
    try {
      const sent = await backend.resendOtp({ registrationId: this.registrationId }, { signal: controller.signal });
      if (!controller.signal.aborted) this.codeSent(sent);
    } catch (error) {
      if (controller.signal.aborted) return;
      const failure = toDvcError(error);
      if (failure.retryAfter !== undefined) {
        const until = this._clock.now() + failure.retryAfter * 1000;
        if (failure.code === 'otp-locked') this.lockedUntil = until;
        else if (failure.code === 'rate-limited') this.resendAt = until;
      }
      await errorMessagesReady();
      if (controller.signal.aborted) return;
      this._resendResult = { kind: 'failed', code: failure.code };
      const message = backendErrorMessage(failure.code);
      this.emitError(failure.code, message);
      this._announce(message);
    } finally {
      if (this._resendAbort === controller) {
        this._resendAbort = undefined;
        this._resending = false;
      }
    }
  }

  private _labelText(): string {
    return this.label || msg('Mã xác thực (OTP)', { id: 'otp-input.label' });
  }

  private _hintText(): string {
    const length = this._length;
    const format = this.alphanumeric
      ? msg(str`Mã gồm ${length} ký tự, là chữ hoặc số.`, { id: 'otp-input.format-alphanumeric' })
      : msg(str`Mã gồm ${length} chữ số.`, { id: 'otp-input.format-digits' });
    return this.hint ? `${this.hint} ${format}` : format;
  }

  private _countdownText(): string {
    const phase = this._currentExpiryPhase();
    if (phase === 'none') return '';
    if (phase === 'expired') return msg('Mã đã hết hạn. Hãy yêu cầu gửi lại mã.', { id: 'otp-input.expired' });
    const left = formatCountdown(this._clock.remaining(this._expiresMs) / 1000);
    return msg(str`Mã hết hạn sau ${left}.`, { id: 'otp-input.expires-in' });
  }

  private _attemptsText(): string {
    if (this._isLocked) {
      const until = new Date(this._lockedMs!);
      const locale = this.locale;
      const time = new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { hour: '2-digit', minute: '2-digit' }).format(until);
      const when = until.toDateString() === new Date(this._clock.now()).toDateString() ? time : `${time} ${formatDate(until, locale)}`;
      return msg(str`Bạn đã nhập sai mã quá số lần cho phép. Vui lòng thử lại lúc ${when}.`, { id: 'otp-input.locked' });
    }
    const left = this.attemptsLeft;
    if (typeof left === 'number') {
      if (left === 0) return msg('Bạn đã hết lượt nhập mã. Hãy yêu cầu gửi lại mã.', { id: 'otp-input.no-attempts' });
      if (left === 1) return msg('Bạn còn 1 lần nhập mã.', { id: 'otp-input.attempts-left-one' });
      return msg(str`Bạn còn ${left} lần nhập mã.`, { id: 'otp-input.attempts-left' });
    }
    const max = this.maxAttempts;
    return typeof max === 'number' && max > 0 ? msg(str`Bạn được nhập mã tối đa ${max} lần.`, { id: 'otp-input.max-attempts' }) : '';
  }

  /** The parts that live in the light DOM, next to the input, so its ARIA references resolve. */
  private _renderLight() {
    const error = this._errorText();
    const countdown = this._countdownText();
    const attempts = this._attemptsText();
    const ticking = this._expiryPhase !== 'expired';
    return html`<label slot="label" id=${this._ids.label} for=${this._input?.id ?? this._ids.input}>${this._labelText()}</label>
      <div slot="hint" id=${this._ids.hint}>${this._hintText()}</div>
      <div slot="error" id=${this._ids.error} ?hidden=${!error}>${error}</div>
      <div slot="countdown" id=${this._ids.countdown} ?hidden=${!countdown} aria-hidden=${ticking ? 'true' : nothing}>${countdown}</div>
      <div slot="attempts" id=${this._ids.attempts} ?hidden=${!attempts}>${attempts}</div>`;
  }

  private _renderBoxes() {
    const value = this.value;
    const length = this._length;
    const [start, end] = this._selection;
    const showCaret = this._focused && start === end && this._editable;
    return Array.from({ length }, (_, index) => {
      const char = value[index] ?? '';
      const selected = this._focused && start !== end && index >= start && index < end;
      const caretBefore = showCaret && start === index;
      const caretAfter = showCaret && start === length && index === length - 1;
      const active = this._focused && (start === end ? start === index || (start === length && index === length - 1) : selected);
      const part = ['box', char && 'box-filled', active && 'box-active', selected && 'box-selected'].filter(Boolean).join(' ');
      return html`<span part=${part} class="box ${char ? 'filled' : ''} ${active ? 'active' : ''} ${selected ? 'selected' : ''}"
        >${caretBefore ? html`<span class="caret"></span>` : nothing}<span class="char">${char}</span
        >${caretAfter ? html`<span class="caret"></span>` : nothing}</span
      >`;
    });
  }

  private _renderResend() {
    if (!this._showsResend) return nothing;
    const wait = this._resendWait();
    const waiting = wait > 0 && !this._resending && !this._isLocked;
    const result = this._resendResult;
    let note = '';
    if (result?.kind === 'failed') note = backendErrorMessage(result.code);
    else if (result?.kind === 'sent')
      note = result.to
        ? msg(str`Đã gửi mã mới đến ${result.to}.`, { id: 'otp-input.sent-to' })
        : msg('Đã gửi mã mới.', { id: 'otp-input.sent' });
    return html`
      <div part="resend" class="resend">
        <button
          type="button"
          part="resend-button"
          aria-disabled=${this._canResend ? nothing : 'true'}
          aria-describedby="resend-wait resend-note"
          @click=${this._onResendClick}
        >
          ${this._resending ? msg('Đang gửi mã…', { id: 'otp-input.resending' }) : msg('Gửi lại mã', { id: 'otp-input.resend' })}
        </button>
        <span id="resend-wait" class="resend-wait"
          >${waiting ? msg(str`Bạn có thể yêu cầu mã mới sau ${formatCountdown(wait / 1000)}.`, { id: 'otp-input.resend-wait' }) : ''}</span
        >
      </div>
      <div id="resend-note" class="resend-note ${result?.kind === 'failed' ? 'failed' : ''}" ?hidden=${!note}>${note}</div>
    `;
  }

  override render() {
    const error = this._errorText();
    const editable = this._editable;
    return html`
      <div part="base" class="base ${error ? 'invalid' : ''} ${this.isDisabled ? 'disabled' : ''} ${editable ? '' : 'inert'}">
        <div part="label" class="label"><slot name="label"></slot></div>
        <div part="hint" class="hint"><slot name="hint"></slot></div>
        <div part="error" class="error" ?hidden=${!error}>
          <svg class="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <circle cx="10" cy="10" r="9" fill="currentColor"></circle>
            <path d="M10 5v6M10 13.5v1.5" stroke="var(--_surface)" stroke-width="2.2" stroke-linecap="round"></path>
          </svg>
          <slot name="error"></slot>
        </div>
        <div part="control" class="control ${this._focused ? 'focused' : ''}">
          <span class="boxes" aria-hidden="true">${this._renderBoxes()}</span>
          <slot name="input"></slot>
        </div>
        <div part="countdown" class="countdown"><slot name="countdown"></slot></div>
        <div part="attempts" class="attempts"><slot name="attempts"></slot></div>
        ${
          this.busy
            ? html`<div part="busy" class="busy">
                <span class="spinner" aria-hidden="true"></span>${msg('Đang kiểm tra mã…', { id: 'otp-input.checking' })}
              </div>`
            : nothing
        }
        ${this._renderResend()}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._announcement}</div>
      </div>
    `;
  }
}

function toggleAria(element: Element, name: string, on: boolean): void {
  if (on) element.setAttribute(name, 'true');
  else element.removeAttribute(name);
}
