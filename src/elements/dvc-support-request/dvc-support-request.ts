import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { backendFor } from '../../base/backend-source.js';
import { DvcElement } from '../../base/dvc-element.js';
import { FEEDBACK_ATTACHMENTS } from '../../core/attachments/index.js';
import type { DvcBackend } from '../../core/backend/types.js';
import { toDvcError } from '../../core/errors.js';
import type { DvcEvent, FieldError } from '../../core/events.js';
import type { SupportCategory } from '../../core/schemas/feedback.js';
import { SUPPORT_QUESTION_MAX } from '../../core/schemas/support-request-rules.js';
import { createSession, type Profile } from '../../core/session.js';
import { backendErrorMessage } from '../../i18n/messages/error-messages-on-demand.js';
import { renderAttachmentField } from '../shared-fields/attachment-field.js';
import { addFiles } from '../shared-fields/add-files.js';
import type { SendFailure } from '../shared-fields/send-with-files.js';
import type { ChosenFile } from '../shared-fields/upload-files.js';
import { CaptchaChallenge } from '../shared-fields/captcha-challenge.js';
import { renderCaptchaField } from '../shared-fields/captcha-field.js';
import { errorSummaryReady } from '../dvc-error-summary/on-demand.js';
import {
  categoryLabel,
  categoryRequired,
  channelLabel,
  channelRequired,
  countText,
  fieldLabel,
  procedureRequired,
  questionHint,
  SUPPORT_CATEGORIES,
  type ContactChannel,
  type SupportField,
} from './support-text.js';
import { supportRequestStyles } from './dvc-support-request.styles.js';
import { formStyles } from '../shared-fields/form-styles.js';
import { addStyles } from '../../base/add-styles.js';
import { templates as english } from '../../i18n/generated/en/dvc-support-request.js';
import { addTranslations } from '../../i18n/locale.js';
import { onDemand } from '../../core/on-demand.js';

addTranslations(english);

/**
 * The typed answers' check and the steps after the form, fetched once a form shows and awaited on
 * continue; a failed fetch is tried again then.
 */
const loadSupportCheck = onDemand(() => import('./support-check.js'));
const loadSupportReview = onDemand(() => import('./support-review.js'));

type Step = 'form' | 'review' | 'sending' | 'done';

interface Answers {
  category: SupportCategory | '';
  question: string;
  fullName: string;
  contactChannel: ContactChannel | '';
  phone: string;
  email: string;
}

type Errors = Partial<Record<SupportField, string>>;

/** The question's count is announced once typing pauses this long, not on every key. */
const COUNT_ANNOUNCE_DELAY_MS = 1000;

/** The picker's code loads only once a question needs it. */
const loadPicker = () => import('../dvc-procedure-search/define.js');

const EMPTY: Answers = { category: '', question: '', fullName: '', contactChannel: '', phone: '', email: '' };

let instances = 0;

/**
 * @tagname dvc-support-request
 * @summary Đề nghị hỗ trợ: a question to the portal's support desk about using the portal, an
 * account, a procedure (picked from the national database), a payment or anything else; answered
 * by phone or email. Sends after a check-answers step and shows the ticket reference.
 *
 * Renders in its light DOM so autofill reaches name, phone and email; prefills them from the
 * session's consented profile, and the procedure from the one chosen in the session. No account
 * is needed. Files are checked when chosen, uploaded on sending and submitted by id with the
 * captcha. Every failure keeps the answers.
 *
 * @fires dvc-support-request-submit - Cancelable, `{ category, procedureCode?, attachments }` (a count) before sending.
 * @fires dvc-support-request-complete - `{ reference }` once the support desk has received it.
 * @fires dvc-validity - `{ errors }` for `<dvc-error-summary>`.
 * @fires dvc-error - `{ code, message, field? }` on every failure, and for an invalid `category`.
 *
 * @cssprop --dvc-color-primary - Buttons and links.
 * @cssprop --dvc-color-on-primary - Text on the main button.
 * @cssprop --dvc-color-text - Text.
 * @cssprop --dvc-color-muted - Hints.
 * @cssprop --dvc-color-surface - Fields and buttons.
 * @cssprop --dvc-color-border - Field borders.
 * @cssprop --dvc-color-error - Errors and the required mark.
 * @cssprop --dvc-color-focus - The focus ring.
 * @cssprop --dvc-radius - Corners.
 * @cssprop --dvc-space - Spacing unit.
 * @cssprop --dvc-font-family - Font.
 * @cssprop --dvc-font-size - Base font size.
 */
export class DvcSupportRequest extends DvcElement {
  static override properties: PropertyDeclarations = {
    backend: { attribute: false },
    backendUrl: { attribute: 'backend-url' },
    category: { noAccessor: true },
    _step: { state: true },
    _answers: { state: true },
    _procedure: { state: true },
    _picking: { state: true },
    _files: { state: true },
    _errors: { state: true },
    _captchaAnswer: { state: true },
    _failure: { state: true },
    _status: { state: true },
    _reference: { state: true },
  };

  /** The backend: captcha, uploads, the request, and the procedure search (`searchProcedures`, `getProcedure`). */
  declare backend: DvcBackend | undefined;
  /** Base URL of an HTTP backend, when the `backend` property is not set. */
  declare backendUrl: string | null;

  declare private _step: Step;
  declare private _answers: Answers;
  declare private _procedure: { code: string; name: string } | null;
  /** Whether the procedure picker is open while a procedure is optional. */
  declare private _picking: boolean;
  declare private _files: ChosenFile[];
  declare private _errors: Errors;
  declare private _captchaAnswer: string;
  declare private _failure: string;
  /** The polite live region's text: progress, the question's count, the outcome. */
  declare private _status: string;
  declare private _reference: string;

  private readonly _key = `dvc-support-${(instances += 1)}`;
  private readonly _captcha = new CaptchaChallenge(
    this,
    () => this._backend,
    (code, message) => this.emitError(code, message, 'captchaAnswer'),
  );
  /**
   * The picker's own session: choosing the procedure a question is about must not change the
   * procedure the page's flow is filing.
   */
  private readonly _pickerSession = createSession();
  private _prefilledFrom: Profile | null = null;
  private _focusAfterRender: string | null = null;
  private _countTimer: ReturnType<typeof setTimeout> | undefined;
  private _review: typeof import('./support-review.js') | null = null;

  constructor() {
    super();
    this.backend = undefined;
    this.backendUrl = null;
    this._step = 'form';
    this._answers = { ...EMPTY };
    this._procedure = null;
    this._picking = false;
    this._files = [];
    this._errors = {};
    this._captchaAnswer = '';
    this._failure = '';
    this._status = '';
    this._reference = '';
  }

  /** The category chosen, or to preselect (`portal`, `account`, `procedure`, `payment`, `other`); an invalid value is reported and ignored. */
  get category(): SupportCategory | '' {
    return this._answers.category;
  }
  set category(value: SupportCategory | string | null | undefined) {
    if (value === null || value === undefined || value === '') return;
    const category = SUPPORT_CATEGORIES.find((known) => known === value);
    if (!category) {
      this.reportInvalidAttribute('category', value);
      return;
    }
    const old = this._answers.category;
    this._answers = { ...this._answers, category };
    this.requestUpdate('category', old);
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private get _backend(): DvcBackend | undefined {
    return backendFor(this.backend, this.backendUrl);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addStyles(this.getRootNode(), [formStyles, supportRequestStyles]);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._countTimer);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const { profile, procedure } = this.session.getState();
    // Declare once: what the citizen agreed to reuse fills what is still empty, never what they typed.
    if (profile !== this._prefilledFrom) {
      this._prefilledFrom = profile;
      const next = { ...this._answers };
      for (const name of ['fullName', 'phone', 'email'] as const) if (!next[name].trim() && profile[name]) next[name] = profile[name] ?? '';
      this._answers = next;
    }
    // A procedure already chosen on the page is most likely the one the question is about.
    if (!this.hasUpdated && procedure) this._procedure = { code: procedure.code, name: procedure.name };
    if (this._step === 'form' && this._captcha.wanted) void this._captcha.load();
    if (this._pickerShown) this._loadPicker();
  }

  /** After the first render, so the captcha the form shows is asked for first. */
  protected override firstUpdated(): void {
    loadSupportCheck().catch(() => undefined);
    loadSupportReview().catch(() => undefined);
    void errorSummaryReady();
  }

  protected override updated(): void {
    if (!this._focusAfterRender) return;
    const target = this.querySelector<HTMLElement>(this._focusAfterRender);
    this._focusAfterRender = null;
    if (target?.localName === 'dvc-procedure-search') {
      // Its search field exists once it is defined and rendered.
      void customElements
        .whenDefined('dvc-procedure-search')
        .then(() => (target as HTMLElementTagNameMap['dvc-procedure-search']).updateComplete)
        .then(() => target.focus());
    } else target?.focus();
  }

  private get _pickerShown(): boolean {
    return !this._procedure && (this._answers.category === 'procedure' || this._picking);
  }

  private _loadPicker(): void {
    loadPicker().catch((error: unknown) => {
      const { code } = toDvcError(error);
      const message = backendErrorMessage(code);
      this._errors = { ...this._errors, procedure: message };
      this.emitError(code, message, 'procedure');
    });
  }

  private _id(name: string): string {
    return `${this._key}-${name}`;
  }

  /** Where a field's error leads: the control to fix it in. */
  private _targetOf(field: SupportField): string {
    switch (field) {
      case 'category':
        return `#${this._id(`category-${this._answers.category || SUPPORT_CATEGORIES[0]}`)}`;
      case 'contactChannel':
        return `#${this._id(`channel-${this._answers.contactChannel || 'phone'}`)}`;
      case 'procedure':
        return this._procedure ? `#${this._id('procedure-change')}` : `#${this._id('procedure')}`;
      case 'attachments':
        return `#${this._id('files')}`;
      default:
        return `#${this._id(field)}`;
    }
  }

  private _answer(name: keyof Answers, value: string): void {
    this._answers = { ...this._answers, [name]: value };
  }

  private _onQuestionInput(event: Event): void {
    this._answer('question', (event.target as HTMLTextAreaElement).value);
    clearTimeout(this._countTimer);
    this._countTimer = setTimeout(() => {
      if (this._step === 'form') this._status = countText(this._answers.question.trim().length);
    }, COUNT_ANNOUNCE_DELAY_MS);
  }

  private _onProcedureSelect(event: DvcEvent<'dvc-procedure-select'>): void {
    // The choice is an answer of this form, reported with its submit event, not a page-level selection.
    event.stopPropagation();
    const { code, name } = event.detail.procedure;
    this._procedure = { code, name };
    this._picking = false;
    this._errors = { ...this._errors, procedure: undefined };
    this._status = msg(str`Đã chọn thủ tục: ${name}.`, { id: 'support.procedure.chosen' });
    this._focusAfterRender = `#${this._id('procedure-change')}`;
  }

  private _changeProcedure(): void {
    this._procedure = null;
    this._picking = true;
    this._focusAfterRender = `#${this._id('procedure')}`;
  }

  private _removeProcedure(): void {
    this._procedure = null;
    this._picking = false;
    this._status = msg('Đã bỏ thủ tục liên quan.', { id: 'support.procedure.removed' });
    this._focusAfterRender = this._answers.category === 'procedure' ? `#${this._id('procedure')}` : `#${this._id('procedure-open')}`;
  }

  private async _addFiles(added: File[]): Promise<void> {
    const result = await addFiles(this._files, added, FEEDBACK_ATTACHMENTS);
    if ('message' in result) return this._setFileError(result.code, result.message);
    this._files = result.files;
    this._setFileError('', '');
  }

  private _setFileError(code: string, message: string): void {
    this._errors = { ...this._errors, attachments: message || undefined };
    if (message) this.emitError(code, message, 'attachments');
  }

  private _removeFile(index: number): void {
    const removed = this._files[index];
    this._files = this._files.filter((_, i) => i !== index);
    // A refusal named one of the files: removing one lets the request be sent again.
    this._errors = { ...this._errors, attachments: undefined };
    this._status = msg(str`Đã bỏ tệp ${removed.file.name}.`, { id: 'support.file-removed' });
    this._focusAfterRender = `#${this._id('files')}`;
  }

  /** The errors of the answers, in on-screen order. */
  private async _check(): Promise<Errors> {
    const { typedAnswerErrors } = await loadSupportCheck();
    const answers = this._answers;
    const typed = typedAnswerErrors({ ...answers, captchaAnswer: this._captchaAnswer });
    const errors: Errors = {};
    if (!answers.category) errors.category = categoryRequired();
    if (answers.category === 'procedure' && !this._procedure) errors.procedure = procedureRequired();
    if (typed.question) errors.question = typed.question;
    if (this._errors.attachments) errors.attachments = this._errors.attachments;
    if (typed.fullName) errors.fullName = typed.fullName;
    if (!answers.contactChannel) errors.contactChannel = channelRequired();
    else if (typed[answers.contactChannel]) errors[answers.contactChannel] = typed[answers.contactChannel];
    if (typed.captchaAnswer) errors.captchaAnswer = typed.captchaAnswer;
    return errors;
  }

  private _showErrors(errors: Errors): void {
    this._errors = errors;
    this._step = 'form';
    Promise.all([this.updateComplete, errorSummaryReady()]).then(
      () => this._publishValidity(),
      () => undefined,
    );
  }

  private _publishValidity(): void {
    const form = this.querySelector(`#${this._id('form')}`);
    if (!form) return;
    const errors: FieldError[] = (Object.entries(this._errors) as [SupportField, string | undefined][])
      .filter(([, message]) => Boolean(message))
      .map(([field, message]) => ({
        target: this.querySelector(this._targetOf(field)) ?? form,
        label: fieldLabel(field),
        message: message as string,
      }));
    form.dispatchEvent(new CustomEvent('dvc-validity', { detail: { errors }, bubbles: true, composed: true }));
  }

  private async _continue(event: Event): Promise<void> {
    event.preventDefault();
    clearTimeout(this._countTimer);
    let errors: Errors;
    try {
      errors = await this._check();
      if (!Object.values(errors).some(Boolean)) this._review = await loadSupportReview();
    } catch (error) {
      const { code } = toDvcError(error);
      this._failure = backendErrorMessage(code);
      this.emitError(code, this._failure);
      this._focusAfterRender = `#${this._id('failure')}`;
      return;
    }
    this._showErrors(errors);
    if (Object.values(errors).some(Boolean)) return;
    this._step = 'review';
    this._focusAfterRender = `#${this._id('review')}`;
  }

  /** Back from the check-answers step to one answer. */
  private _change(field: SupportField): void {
    this._step = 'form';
    this._focusAfterRender = this._targetOf(field);
  }

  private async _send(): Promise<void> {
    const backend = this._backend;
    const captcha = this._captcha.challenge;
    const sending = this._review;
    const { category, contactChannel } = this._answers;
    if (!backend || !captcha || !sending || !category || !contactChannel || this._step !== 'review') return;
    const procedureCode = this._procedure?.code;
    const detail = { category, ...(procedureCode ? { procedureCode } : {}), attachments: this._files.length };
    if (!this.emit('dvc-support-request-submit', detail, { cancelable: true })) return;
    this._step = 'sending';
    this._failure = '';
    const result = await sending.sendWithFiles({
      backend,
      files: this._files,
      policy: FEEDBACK_ATTACHMENTS,
      onUpload: (position, total, file) => {
        this._status = msg(str`Đang tải tệp ${position}/${total}: ${file.name}`, { id: 'support.uploading' });
      },
      captcha: { id: captcha.id, answer: this._captchaAnswer },
      submit: (proof) => {
        this._status = msg('Đang gửi yêu cầu hỗ trợ…', { id: 'support.sending' });
        return backend.submitSupportRequest({
          category,
          ...(procedureCode ? { procedureCode } : {}),
          fullName: this._answers.fullName,
          question: this._answers.question,
          contactChannel,
          // Only the channel the answer goes to leaves the page.
          [contactChannel]: this._answers[contactChannel],
          ...proof,
        });
      },
    });
    if ('failure' in result) return this._failed(result.failure);
    const { reference } = result.sent;
    this._captcha.clear();
    this._captchaAnswer = '';
    this._reference = reference;
    this._status = msg(str`Đã gửi yêu cầu hỗ trợ. Mã yêu cầu của bạn là ${reference}.`, { id: 'support.done.announcement' });
    this._step = 'done';
    this._focusAfterRender = `#${this._id('done')}`;
    this.emit('dvc-support-request-complete', { reference });
  }

  private _failed({ code, message, field, captchaUsed }: SendFailure): void {
    this._status = '';
    if (captchaUsed) {
      this._captchaAnswer = '';
      void this._captcha.load();
    }
    this.emitError(code, message, field);
    // A field's error shows with the summary, which takes focus and links to the field.
    if (field) return this._showErrors({ ...this._errors, [field]: message });
    this._failure = message;
    this._step = 'form';
    this._focusAfterRender = `#${this._id('failure')}`;
  }

  private async _copyReference(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this._reference);
      this._status = msg('Đã sao chép mã yêu cầu.', { id: 'support.copied' });
    } catch {
      this._status = msg('Không sao chép được. Vui lòng chọn mã và sao chép.', { id: 'support.copy-failed' });
    }
  }

  /** Another question: the contact details stay, the rest starts empty. */
  private _startAgain(): void {
    this._answers = { ...this._answers, category: '', question: '' };
    this._procedure = null;
    this._picking = false;
    this._files = [];
    this._errors = {};
    this._reference = '';
    this._status = '';
    this._step = 'form';
    this._focusAfterRender = `#${this._id('heading')}`;
  }

  override render(): TemplateResult {
    return html`<div class="dvc-form dvc-support">
      ${this._review && this._step !== 'form' ? this._renderAfterForm(this._review) : this._renderForm()}
      <p class="visually-hidden" role="status">${this._status}</p>
    </div>`;
  }

  private _renderError(field: SupportField): TemplateResult | typeof nothing {
    const error = this._errors[field];
    return error ? html`<p class="error" id=${this._id(`${field}-error`)}>${error}</p>` : nothing;
  }

  private _describedBy(field: SupportField, ...others: string[]): string {
    return [...others, this._errors[field] ? this._id(`${field}-error`) : ''].filter(Boolean).join(' ');
  }

  private _renderCategory(): TemplateResult {
    const error = this._errors.category;
    return html`<fieldset class=${error ? 'invalid' : ''} aria-describedby=${this._describedBy('category') || nothing}>
      <legend>
        ${msg('Bạn cần hỗ trợ về việc gì?', { id: 'support.category.legend' })} <span class="required" aria-hidden="true">*</span>
      </legend>
      ${this._renderError('category')}
      ${SUPPORT_CATEGORIES.map(
        (category) =>
          html`<div class="option">
            <input
              id=${this._id(`category-${category}`)}
              type="radio"
              name="category"
              value=${category}
              .checked=${this._answers.category === category}
              @change=${() => this._answer('category', category)}
            />
            <label for=${this._id(`category-${category}`)}>${categoryLabel(category)}</label>
          </div>`,
      )}
    </fieldset>`;
  }

  private _renderProcedure(): TemplateResult {
    const required = this._answers.category === 'procedure';
    const error = this._errors.procedure;
    const procedure = this._procedure;
    let body: TemplateResult;
    if (procedure) {
      body = html`<p class="chosen" id=${this._id('procedure-chosen')}>${procedure.name} (${procedure.code})</p>
        <div class="actions">
          <button type="button" id=${this._id('procedure-change')} @click=${this._changeProcedure}>
            ${msg('Đổi thủ tục', { id: 'support.procedure.change' })}
          </button>
          <button type="button" class="link" @click=${this._removeProcedure}>
            ${msg('Bỏ thủ tục', { id: 'support.procedure.remove' })}
          </button>
        </div>`;
    } else if (this._pickerShown) {
      body = html`<div class="picker">
          <dvc-procedure-search
            id=${this._id('procedure')}
            page-size="5"
            label=${msg('Tìm thủ tục theo tên hoặc mã', { id: 'support.procedure.search' })}
            .backend=${this._backend}
            .store=${this._pickerSession}
            @dvc-procedure-select=${this._onProcedureSelect}
          ></dvc-procedure-search>
        </div>
        ${
          required
            ? nothing
            : html`<div class="actions">
                <button
                  type="button"
                  class="link"
                  @click=${() => ((this._picking = false), (this._focusAfterRender = `#${this._id('procedure-open')}`))}
                >
                  ${msg('Không chọn thủ tục', { id: 'support.procedure.close' })}
                </button>
              </div>`
        }`;
    } else {
      body = html`<div class="actions">
        <button
          type="button"
          id=${this._id('procedure-open')}
          @click=${() => ((this._picking = true), (this._focusAfterRender = `#${this._id('procedure')}`))}
        >
          ${msg('Chọn thủ tục liên quan', { id: 'support.procedure.open' })}
        </button>
      </div>`;
    }
    const hint = procedure
      ? ''
      : required
        ? msg('Tìm thủ tục, mở thủ tục đúng rồi chọn "Chọn thủ tục này".', { id: 'support.procedure.hint-required' })
        : msg('Không bắt buộc. Chọn nếu câu hỏi liên quan đến một thủ tục.', { id: 'support.procedure.hint-optional' });
    return html`<fieldset
      class=${error ? 'invalid' : ''}
      aria-describedby=${this._describedBy('procedure', hint ? this._id('procedure-hint') : '') || nothing}
    >
      <legend>${fieldLabel('procedure')} ${required ? html`<span class="required" aria-hidden="true">*</span>` : nothing}</legend>
      ${hint ? html`<p class="hint" id=${this._id('procedure-hint')}>${hint}</p>` : nothing} ${this._renderError('procedure')} ${body}
    </fieldset>`;
  }

  private _renderQuestion(): TemplateResult {
    const id = this._id('question');
    const length = this._answers.question.trim().length;
    const error = this._errors.question;
    return html`<div class="field ${error ? 'invalid' : ''}">
      <label for=${id}>${fieldLabel('question')} <span class="required" aria-hidden="true">*</span></label>
      <p class="hint" id=${`${id}-hint`}>${questionHint()}</p>
      ${this._renderError('question')}
      <textarea
        id=${id}
        name="question"
        rows="6"
        required
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${this._describedBy('question', `${id}-hint`, `${id}-count`)}
        .value=${this._answers.question}
        @input=${this._onQuestionInput}
      ></textarea>
      <p class="count ${length > SUPPORT_QUESTION_MAX ? 'over' : ''}" id=${`${id}-count`}>${countText(length)}</p>
    </div>`;
  }

  private _renderInput(field: 'fullName' | 'phone' | 'email', type: string, autocomplete: string): TemplateResult {
    const id = this._id(field);
    const error = this._errors[field];
    return html`<div class="field ${error ? 'invalid' : ''}">
      <label for=${id}>${fieldLabel(field)} <span class="required" aria-hidden="true">*</span></label>
      ${this._renderError(field)}
      <input
        id=${id}
        name=${field}
        type=${type}
        autocomplete=${autocomplete}
        required
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${this._describedBy(field) || nothing}
        .value=${this._answers[field]}
        @input=${(event: Event) => this._answer(field, (event.target as HTMLInputElement).value)}
      />
    </div>`;
  }

  private _renderContact(): TemplateResult {
    const error = this._errors.contactChannel;
    const chosen = this._answers.contactChannel;
    return html`<fieldset class=${error ? 'invalid' : ''} aria-describedby=${this._describedBy('contactChannel') || nothing}>
      <legend>
        ${msg('Bạn muốn nhận trả lời qua', { id: 'support.channel.legend' })} <span class="required" aria-hidden="true">*</span>
      </legend>
      ${this._renderError('contactChannel')}
      ${(['phone', 'email'] as const).map(
        (channel) =>
          html`<div class="option">
              <input
                id=${this._id(`channel-${channel}`)}
                type="radio"
                name="contactChannel"
                value=${channel}
                .checked=${chosen === channel}
                @change=${() => this._answer('contactChannel', channel)}
              />
              <label for=${this._id(`channel-${channel}`)}>${channelLabel(channel)}</label>
            </div>
            ${
              chosen === channel
                ? html`<div class="reveal">
                    ${channel === 'phone' ? this._renderInput('phone', 'tel', 'tel') : this._renderInput('email', 'email', 'email')}
                  </div>`
                : nothing
            }`,
      )}
    </fieldset>`;
  }

  private _renderAfterForm({ renderDone, renderReview }: typeof import('./support-review.js')): TemplateResult {
    const { contactChannel } = this._answers;
    if (this._step === 'done') {
      return renderDone({
        id: (name) => this._id(name),
        reference: this._reference,
        contact: contactChannel === 'phone' ? this._answers.phone.trim() : this._answers.email.trim(),
        onCopy: () => void this._copyReference(),
        onAgain: () => this._startAgain(),
      });
    }
    return renderReview({
      id: (name) => this._id(name),
      category: this._answers.category,
      procedure: this._procedure,
      question: this._answers.question.trim(),
      fileNames: this._files.map((chosen) => chosen.file.name),
      fullName: this._answers.fullName.trim(),
      contactChannel,
      contact: contactChannel ? this._answers[contactChannel].trim() : '',
      sending: this._step === 'sending',
      onChange: (field) => this._change(field),
      onSend: () => void this._send(),
    });
  }

  private _renderForm(): TemplateResult {
    return html`<h2 id=${this._id('heading')} tabindex="-1">${msg('Đề nghị hỗ trợ', { id: 'support.heading' })}</h2>
      <p class="hint">
        ${msg('Tổng đài hỗ trợ Dịch vụ công trả lời qua điện thoại hoặc thư điện tử. Các mục có dấu * là bắt buộc.', {
          id: 'support.intro',
        })}
      </p>
      ${this._failure ? html`<p class="failure" id=${this._id('failure')} tabindex="-1" role="alert">${this._failure}</p>` : nothing}
      <dvc-error-summary for=${this._id('form')}></dvc-error-summary>
      <form id=${this._id('form')} novalidate @submit=${this._continue}>
        ${this._renderCategory()} ${this._renderProcedure()} ${this._renderQuestion()}
        ${renderAttachmentField({
          id: this._id('files'),
          label: fieldLabel('attachments'),
          policy: FEEDBACK_ATTACHMENTS,
          files: this._files.map((chosen) => chosen.file),
          error: this._errors.attachments ?? '',
          onChoose: (files) => void this._addFiles(files),
          onRemove: (index) => this._removeFile(index),
        })}
        ${this._renderInput('fullName', 'text', 'name')} ${this._renderContact()}
        ${renderCaptchaField({
          id: this._id('captchaAnswer'),
          label: fieldLabel('captchaAnswer'),
          challenge: this._captcha.challenge,
          loadError: this._captcha.loadError,
          answer: this._captchaAnswer,
          error: this._errors.captchaAnswer ?? '',
          onAnswer: (value) => (this._captchaAnswer = value),
          onRefresh: () => void this._captcha.load(),
        })}
        <div class="actions"><button type="submit" class="primary">${msg('Tiếp tục', { id: 'support.continue' })}</button></div>
      </form>`;
  }
}
