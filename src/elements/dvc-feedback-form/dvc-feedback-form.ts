import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { backendFor } from '../../base/backend-source.js';
import { DvcElement } from '../../base/dvc-element.js';
import { FEEDBACK_ATTACHMENTS } from '../../core/attachments/index.js';
import type { DvcBackend } from '../../core/backend/types.js';
import { toDvcError } from '../../core/errors.js';
import type { FieldError } from '../../core/events.js';
import type { Feedback } from '../../core/schemas/feedback.js';
import { backendErrorMessage } from '../../i18n/messages/error-messages-on-demand.js';
import { networkMessage } from '../../i18n/messages/network-message.js';
import { renderAttachmentField } from '../shared-fields/attachment-field.js';
import { addFiles } from '../shared-fields/add-files.js';
import type { SendFailure } from '../shared-fields/send-with-files.js';
import type { ChosenFile } from '../shared-fields/upload-files.js';
import { loadAddressPicker } from '../dvc-address-picker/on-demand.js';
import { errorSummaryReady } from '../dvc-error-summary/on-demand.js';
import { CaptchaChallenge } from '../shared-fields/captcha-challenge.js';
import { renderCaptchaField } from '../shared-fields/captcha-field.js';
import { fieldLabel, type FeedbackField } from './feedback-text.js';
import { feedbackFormStyles } from './dvc-feedback-form.styles.js';
import { formStyles } from '../shared-fields/form-styles.js';
import { addStyles } from '../../base/add-styles.js';
import { templates as english } from '../../i18n/generated/en/dvc-feedback-form.js';
import { addTranslations } from '../../i18n/locale.js';
import { onDemand } from '../../core/on-demand.js';

addTranslations(english);

/** The answers' check, fetched when a form connects; a failed fetch is tried again on continue. */
const loadFeedbackCheck = onDemand(() => import('./feedback-check.js'));

/** The check-answers step and the follow-up of a sent feedback, fetched when the form connects. */
let views: typeof import('./feedback-views.js') | undefined;
const loadViews = onDemand(() => import('./feedback-views.js').then((module) => (views = module)));

type Step = 'form' | 'review' | 'sending' | 'done' | 'follow-up';

type TextField = Exclude<FeedbackField, 'attachments' | 'captchaAnswer'>;

const TEXT_FIELDS: readonly { name: TextField; autocomplete: string; type: string }[] = [
  { name: 'fullName', autocomplete: 'name', type: 'text' },
  // Rendered as <dvc-address-picker>; its house-number and street inputs are in the light DOM too.
  { name: 'address', autocomplete: 'street-address', type: 'text' },
  { name: 'phone', autocomplete: 'tel', type: 'tel' },
  { name: 'email', autocomplete: 'email', type: 'email' },
  { name: 'title', autocomplete: 'off', type: 'text' },
];

let instances = 0;

/**
 * @tagname dvc-feedback-form
 * @summary Phản ánh, kiến nghị: a signed-in citizen's feedback or complaint, in Vietnamese, with
 * attachments and a captcha; then its reference, and a follow-up view of its status and answers.
 *
 * Renders in its light DOM so autofill reaches name, address, phone and email; prefills them from
 * the session's consented profile. Each file is checked (type, content, size, count, total) when
 * chosen, uploaded on sending, and submitted by id. Every failure keeps the answers.
 *
 * @fires dvc-feedback-submit - Cancelable, `{ title, attachments }` (a count) before sending.
 * @fires dvc-feedback-complete - `{ reference }` once the portal has received it.
 * @fires dvc-validity - `{ errors }` for `<dvc-error-summary>`.
 * @fires dvc-error - `{ code, message, field? }` on every failure.
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
export class DvcFeedbackForm extends DvcElement {
  static override properties: PropertyDeclarations = {
    backend: { attribute: false },
    backendUrl: { attribute: 'backend-url' },
    signInUrl: { attribute: 'sign-in-url' },
    reference: { reflect: true },
    _step: { state: true },
    _values: { state: true },
    _files: { state: true },
    _errors: { state: true },
    _captchaAnswer: { state: true },
    _failure: { state: true },
    _progress: { state: true },
    _feedback: { state: true },
  };

  declare backend: DvcBackend | undefined;
  /** Base URL of an HTTP backend, when the `backend` property is not set. */
  declare backendUrl: string | null;
  /** Where someone who is not signed in goes to sign in. */
  declare signInUrl: string | null;
  /** A feedback's reference: shows its status and answers instead of the form. */
  declare reference: string | null;

  declare private _step: Step;
  declare private _values: Record<TextField, string>;
  declare private _files: ChosenFile[];
  declare private _errors: Partial<Record<FeedbackField, string>>;
  declare private _captchaAnswer: string;
  declare private _failure: string;
  declare private _progress: string;
  declare private _feedback: Feedback | null;

  private readonly _key = `dvc-feedback-${(instances += 1)}`;
  private readonly _captcha = new CaptchaChallenge(
    this,
    () => this._backend,
    (code, message) => this.emitError(code, message, 'captchaAnswer'),
  );
  private _prefilledFor: string | null = null;
  private _loadedReference: string | null = null;
  private _focusAfterRender: string | null = null;
  /** The address picker's value (JSON), so the picker comes back filled after the check-answers step. */
  private _addressValue = '';
  private _picker: HTMLElementTagNameMap['dvc-address-picker'] | null = null;

  constructor() {
    super();
    this.backend = undefined;
    this.backendUrl = null;
    this.signInUrl = null;
    this.reference = null;
    this._step = 'form';
    this._values = { fullName: '', address: '', phone: '', email: '', title: '', content: '' };
    this._files = [];
    this._errors = {};
    this._captchaAnswer = '';
    this._failure = '';
    this._progress = '';
    this._feedback = null;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private get _backend(): DvcBackend | undefined {
    return backendFor(this.backend, this.backendUrl);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addStyles(this.getRootNode(), [formStyles, feedbackFormStyles]);
    loadFeedbackCheck().catch(() => undefined);
    loadViews().catch(() => undefined);
    void errorSummaryReady();
    // A picker that cannot load says so on its field; continuing tries again.
    loadAddressPicker().catch((error: unknown) => {
      const { code } = toDvcError(error);
      const message = backendErrorMessage(code);
      this._errors = { ...this._errors, address: message };
      this.emitError(code, message, 'address');
    });
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const { account, profile } = this.session.getState();
    if (this.reference) {
      if (this.reference !== this._loadedReference) void this._loadFeedback(this.reference);
      return;
    }
    if (!account) return;
    // Declare once: fill what is still empty from the consented profile, once per account.
    if (this._prefilledFor !== account.id) {
      this._prefilledFor = account.id;
      const next = { ...this._values };
      // The address picker prefills itself from the same profile.
      for (const name of ['fullName', 'phone', 'email'] as const) if (!next[name] && profile[name]) next[name] = profile[name] ?? '';
      this._values = next;
    }
    if (this._step === 'form' && this._captcha.wanted) void this._captcha.load();
  }

  protected override updated(): void {
    // The check-answers step replaces the form: a picker rendered anew gets the address back.
    const picker = this.querySelector('dvc-address-picker');
    if (picker && picker !== this._picker) {
      this._picker = picker;
      if (this._addressValue) picker.value = this._addressValue;
    }
    if (this._focusAfterRender) {
      this.querySelector<HTMLElement>(this._focusAfterRender)?.focus();
      this._focusAfterRender = null;
    }
  }

  private _id(field: string): string {
    return `${this._key}-${field}`;
  }

  private async _loadFeedback(reference: string): Promise<void> {
    const backend = this._backend;
    if (!backend) return;
    this._loadedReference = reference;
    this._step = 'follow-up';
    this._failure = '';
    this._feedback = null;
    const found = await loadViews().then(
      (module) => module.fetchFeedback(backend, reference),
      () => ({ code: 'network', message: networkMessage() }),
    );
    if ('feedback' in found) {
      this._feedback = found.feedback;
      return;
    }
    this._failure = found.message;
    this.emitError(found.code, found.message, 'reference');
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
    // A refusal named one of the files: removing one lets the form be sent again.
    this._errors = { ...this._errors, attachments: undefined };
    this._progress = msg(str`Đã bỏ tệp ${removed.file.name}.`, { id: 'feedback.file-removed' });
    this._focusAfterRender = `#${this._id('files')}`;
  }

  /** The address as one line once province, commune and house number or street are all given; else ''. */
  private _syncAddress(): void {
    const picker = this.querySelector('dvc-address-picker');
    if (!picker) return;
    const { provinceCode, communeCode, houseNumber, street } = picker.address;
    this._addressValue = picker.value;
    const complete = Boolean(provinceCode && communeCode && (houseNumber.trim() || street.trim()));
    this._values = { ...this._values, address: complete ? picker.text : '' };
  }

  /** The errors of the answers, in on-screen order. */
  private async _check(): Promise<Partial<Record<FeedbackField, string>>> {
    const { feedbackIssues } = await loadFeedbackCheck();
    const errors: Partial<Record<FeedbackField, string>> = {};
    for (const { field, message } of feedbackIssues({ ...this._values, captchaAnswer: this._captchaAnswer })) errors[field] ??= message;
    if (this._errors.attachments) errors.attachments = this._errors.attachments;
    return errors;
  }

  private _showErrors(errors: Partial<Record<FeedbackField, string>>): void {
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
    const errors: FieldError[] = Object.entries(this._errors)
      .filter(([, message]) => Boolean(message))
      .map(([field, message]) => ({
        target: this.querySelector(`#${this._id(field === 'attachments' ? 'files' : field)}`) ?? form,
        label: fieldLabel(field as FeedbackField),
        message: message as string,
      }));
    form.dispatchEvent(new CustomEvent('dvc-validity', { detail: { errors }, bubbles: true, composed: true }));
  }

  private async _continue(event: Event): Promise<void> {
    event.preventDefault();
    let errors: Partial<Record<FeedbackField, string>>;
    try {
      await loadAddressPicker();
      await this.querySelector('dvc-address-picker')?.updateComplete;
      this._syncAddress();
      errors = await this._check();
      if (!Object.values(errors).some(Boolean)) await loadViews();
    } catch (error) {
      const { code } = toDvcError(error);
      this._failure = backendErrorMessage(code);
      this.emitError(code, this._failure);
      return;
    }
    if (Object.values(errors).some(Boolean)) return this._showErrors(errors);
    this._showErrors({});
    this._step = 'review';
    this._focusAfterRender = `#${this._id('review')}`;
  }

  private async _send(): Promise<void> {
    const backend = this._backend;
    const account = this.session.getState().account;
    const captcha = this._captcha.challenge;
    // Sending comes with the check-answers step that starts it.
    const sending = views;
    if (!backend || !account || !captcha || !sending) return;
    if (!this.emit('dvc-feedback-submit', { title: this._values.title.trim(), attachments: this._files.length }, { cancelable: true }))
      return;
    this._step = 'sending';
    this._failure = '';
    const result = await sending.sendWithFiles({
      backend,
      files: this._files,
      policy: FEEDBACK_ATTACHMENTS,
      onUpload: (position, total, file) => {
        this._progress = msg(str`Đang tải tệp ${position}/${total}: ${file.name}`, { id: 'feedback.uploading' });
      },
      captcha: { id: captcha.id, answer: this._captchaAnswer },
      submit: (proof) => {
        this._progress = msg('Đang gửi phản ánh…', { id: 'feedback.sending' });
        return backend.submitFeedback({
          accountId: account.id,
          ...this._values,
          ...proof,
        });
      },
    });
    if ('failure' in result) return this._failed(result.failure);
    const { reference } = result.sent;
    this._captcha.clear();
    this._captchaAnswer = '';
    this._progress = '';
    this.reference = reference;
    this._loadedReference = reference;
    this._step = 'done';
    this._focusAfterRender = `#${this._id('done')}`;
    this.emit('dvc-feedback-complete', { reference });
  }

  private _failed({ code, message, field, captchaUsed }: SendFailure): void {
    this._progress = '';
    if (captchaUsed) {
      this._captchaAnswer = '';
      void this._captcha.load();
    }
    this.emitError(code, message, field);
    if (field) {
      // Every other answer stays; the field's error is shown, with the summary.
      this._showErrors({ ...this._errors, [field]: message });
      this._focusAfterRender = `#${this._id(field === 'attachments' ? 'files' : field)}`;
      return;
    }
    this._failure = message;
    this._step = 'form';
    this._focusAfterRender = `#${this._id('failure')}`;
  }

  override render(): TemplateResult {
    return html`<div class="dvc-form dvc-feedback">${this._content()}</div>`;
  }

  private _content(): TemplateResult {
    if (this._step === 'follow-up') return this._renderFollowUp();
    if (!this.session.getState().account) {
      return html`<div class="notice">
        <h2>${msg('Gửi phản ánh, kiến nghị', { id: 'feedback.heading' })}</h2>
        <p>${msg('Bạn cần đăng nhập tài khoản Cổng Dịch vụ công để gửi phản ánh, kiến nghị.', { id: 'feedback.sign-in-needed' })}</p>
        ${this.signInUrl ? html`<p><a href=${this.signInUrl}>${msg('Đăng nhập', { id: 'feedback.sign-in' })}</a></p>` : nothing}
      </div>`;
    }
    // Sent: the views that sent it are in.
    if (this._step === 'done' && views) return views.renderDone(this._id('done'), this.reference ?? '');
    if (this._step === 'review' || this._step === 'sending') return this._renderReview();
    return this._renderForm();
  }

  private _renderField(name: TextField, autocomplete: string, type: string): TemplateResult {
    const id = this._id(name);
    const error = this._errors[name];
    if (name === 'address') {
      return html`<div class="field ${error ? 'invalid' : ''}">
        ${error ? html`<p class="error" id=${`${id}-error`}>${error}</p>` : nothing}
        <dvc-address-picker
          id=${id}
          label=${fieldLabel('address')}
          .store=${this.session}
          @dvc-address-change=${() => this._syncAddress()}
        ></dvc-address-picker>
      </div>`;
    }
    return html`<div class="field ${error ? 'invalid' : ''}">
      <label for=${id}>${fieldLabel(name)} <span class="required" aria-hidden="true">*</span></label>
      ${error ? html`<p class="error" id=${`${id}-error`}>${error}</p>` : nothing}
      <input
        id=${id}
        name=${name}
        type=${type}
        autocomplete=${autocomplete}
        required
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-error` : nothing}
        .value=${this._values[name]}
        @input=${(event: Event) => (this._values = { ...this._values, [name]: (event.target as HTMLInputElement).value })}
      />
    </div>`;
  }

  private _renderForm(): TemplateResult {
    const contentId = this._id('content');
    return html`<h2>${msg('Gửi phản ánh, kiến nghị', { id: 'feedback.heading' })}</h2>
      <p class="hint">${msg('Vui lòng viết bằng tiếng Việt có dấu. Các mục có dấu * là bắt buộc.', { id: 'feedback.intro' })}</p>
      ${this._failure ? html`<p class="failure" id=${this._id('failure')} tabindex="-1" role="alert">${this._failure}</p>` : nothing}
      <dvc-error-summary for=${this._id('form')}></dvc-error-summary>
      <form id=${this._id('form')} novalidate @submit=${this._continue}>
        ${TEXT_FIELDS.map(({ name, autocomplete, type }) => this._renderField(name, autocomplete, type))}
        <div class="field ${this._errors.content ? 'invalid' : ''}">
          <label for=${contentId}>${fieldLabel('content')} <span class="required" aria-hidden="true">*</span></label>
          ${this._errors.content ? html`<p class="error" id=${`${contentId}-error`}>${this._errors.content}</p>` : nothing}
          <textarea
            id=${contentId}
            name="content"
            rows="6"
            required
            aria-invalid=${this._errors.content ? 'true' : 'false'}
            aria-describedby=${this._errors.content ? `${contentId}-error` : nothing}
            .value=${this._values.content}
            @input=${(event: Event) => (this._values = { ...this._values, content: (event.target as HTMLTextAreaElement).value })}
          ></textarea>
        </div>
        ${renderAttachmentField({
          id: this._id('files'),
          label: fieldLabel('attachments'),
          policy: FEEDBACK_ATTACHMENTS,
          files: this._files.map((chosen) => chosen.file),
          error: this._errors.attachments ?? '',
          onChoose: (files) => void this._addFiles(files),
          onRemove: (index) => this._removeFile(index),
        })}
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
        <button type="submit" class="primary">${msg('Tiếp tục', { id: 'feedback.continue' })}</button>
      </form>
      <p class="visually-hidden" role="status">${this._progress}</p>`;
  }

  private _renderReview(): TemplateResult {
    if (!views) return html`<p role="status">${msg('Đang tải…', { id: 'feedback.loading' })}</p>`;
    return views.renderReview({
      id: this._id('review'),
      rows: [
        ...TEXT_FIELDS.map(({ name }) => [name, this._values[name].trim()] as [FeedbackField, string]),
        ['content', this._values.content.trim()],
      ],
      files: this._files.map((chosen) => chosen.file.name),
      sending: this._step === 'sending',
      progress: this._progress,
      onEdit: () => {
        this._step = 'form';
        this._focusAfterRender = `#${this._id('fullName')}`;
      },
      onSend: () => void this._send(),
    });
  }

  private _renderFollowUp(): TemplateResult {
    if (this._failure) return html`<p class="failure" role="alert">${this._failure}</p>`;
    if (!this._feedback || !views) return html`<p role="status">${msg('Đang tải…', { id: 'feedback.loading' })}</p>`;
    return views.renderFollowUp(this._feedback, this.locale);
  }
}
