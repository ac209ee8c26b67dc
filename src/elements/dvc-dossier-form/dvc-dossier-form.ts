import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { backendFor } from '../../base/backend-source.js';
import { DvcElement } from '../../base/dvc-element.js';
import type { AddressValue } from '../../core/address/address-value.js';
import type { DvcBackend } from '../../core/backend/types.js';
import { loadDossierForm } from '../../core/dossier-forms/load-form.js';
import { documentPolicy } from '../../core/dossier-forms/document-policy.js';
import { documentRequired, formFields } from '../../core/dossier-forms/form-fields.js';
import type { DossierAnswers, DossierForm, FormField, GroupField, GroupRow } from '../../core/dossier-forms/index.js';
import { toDvcError } from '../../core/errors.js';
import type { FieldError } from '../../core/events.js';
import type { Applicant, Dossier } from '../../core/schemas/dossier.js';
import { formatMoney } from '../../i18n/format.js';
import { backendErrorMessage, errorMessagesReady } from '../../i18n/messages/error-messages-on-demand.js';
import { addFiles, refusalMessage } from '../shared-fields/add-files.js';
import { FileRefused, uploadChosenFiles, type ChosenFile } from '../shared-fields/upload-files.js';
import { loadAddressPicker } from '../dvc-address-picker/on-demand.js';
import { errorSummaryReady } from '../dvc-error-summary/on-demand.js';
import { renderDocument } from './dossier-documents.js';
import { renderField } from './dossier-fields.js';
import { pick, text } from './dossier-form-text.js';
import { dossierFormStyles } from './dvc-dossier-form.styles.js';
import { formStyles } from '../shared-fields/form-styles.js';
import { addStyles } from '../../base/add-styles.js';
import { onDemand } from '../../core/on-demand.js';

/** The answers' check and the check-answers step, fetched once a form shows, awaited on continue. */
const loadCheck = onDemand(() => import('./dossier-check.js'));
const loadReview = onDemand(() => import('./dossier-review.js'));
/** Only a description a page gives is checked, and only that needs the schemas. */
const loadDescriptionCheck = onDemand(() => import('./form-description-check.js'));

type Step = 'form' | 'review' | 'sending' | 'done';

/** An answer: text, the rows of a repeated group, or an address. */
type Value = string | GroupRow[] | AddressValue;

let instances = 0;

function newIdempotencyKey(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return `dossier-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

const emptyAddress = (): AddressValue => ({ provinceCode: '', communeCode: '', houseNumber: '', street: '' });

const emptyValue = (field: FormField): Value => (field.kind === 'group' ? [] : field.kind === 'address' ? emptyAddress() : '');

const hasAddress = (form: DossierForm): boolean => formFields(form).some((field) => field.kind === 'address');

/** The answers as the server takes them: trimmed text, an address, rows of trimmed text. */
function wireAnswers(form: DossierForm, values: Record<string, Value>): DossierAnswers {
  const answers: DossierAnswers = {};
  for (const field of formFields(form)) {
    const value = values[field.id] ?? emptyValue(field);
    if (typeof value === 'string') answers[field.id] = value.trim();
    else if (Array.isArray(value))
      answers[field.id] = value.map((row) => Object.fromEntries(Object.entries(row).map(([key, item]) => [key, item.trim()])));
    else if (Object.values(value).some((part) => part.trim())) answers[field.id] = value;
  }
  return answers;
}

/**
 * @tagname dvc-dossier-form
 * @summary A procedure's online dossier, described as data (`core/dossier-forms`): the applicant
 * (prefilled from the consented profile), the procedure's questions, repeatable rows (household
 * members), the documents to attach; a check-answers step; then the dossier code, ready for
 * `<dvc-dossier-status>` and `<dvc-payment-selector>`.
 *
 * Ships the forms of 1.004194 (đăng ký tạm trú) and 1.003677 (khai báo tạm vắng); `formDescription`
 * takes another. Renders in its light DOM so autofill reaches the native inputs. Signed-in
 * citizens only. Every failure keeps the answers; nothing is written to browser storage, since
 * every answer is personal data.
 *
 * @attr procedure - The procedure code whose form to show.
 * @attr backend-url - Base URL of an HTTP backend, when the `backend` property is not set.
 * @attr sign-in-url - Where someone who is not signed in goes to sign in.
 * @attr status-url - Link to follow the dossier; `{code}` is replaced by the dossier code.
 * @attr payment-url - Link to pay the dossier's fees; `{code}` is replaced by the dossier code.
 *
 * @fires dvc-dossier-submit - Cancelable, `{ procedureCode, documents }` (a count of files) before filing.
 * @fires dvc-dossier-complete - `{ procedureCode, dossierCode }` once the dossier is filed.
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
export class DvcDossierForm extends DvcElement {
  static override properties: PropertyDeclarations = {
    procedure: { reflect: true },
    formDescription: { attribute: false },
    backend: { attribute: false },
    backendUrl: { attribute: 'backend-url' },
    signInUrl: { attribute: 'sign-in-url' },
    statusUrl: { attribute: 'status-url' },
    paymentUrl: { attribute: 'payment-url' },
    _step: { state: true },
    _values: { state: true },
    _files: { state: true },
    _errors: { state: true },
    _failure: { state: true },
    _announcement: { state: true },
    _formFailure: { state: true },
    _dossier: { state: true },
  };

  declare procedure: string | null;
  /** Another procedure's form (validated); by default the shipped form of `procedure`. */
  declare formDescription: DossierForm | undefined;
  declare backend: DvcBackend | undefined;
  declare backendUrl: string | null;
  declare signInUrl: string | null;
  declare statusUrl: string | null;
  declare paymentUrl: string | null;

  declare private _step: Step;
  declare private _values: Record<string, Value>;
  declare private _files: Record<string, ChosenFile[]>;
  /** Messages by answer key (`to`, `members.1.idNumber`, `documents.residenceProof`). */
  declare private _errors: Record<string, string>;
  declare private _failure: string;
  declare private _announcement: string;
  declare private _dossier: Dossier | null;

  private readonly _key = `dvc-dossier-${(instances += 1)}`;
  private _custom: DossierForm | undefined;
  /** The form the answers belong to; `null` before the first render. */
  private _formFor: DossierForm | undefined | null = null;
  private _prefilledFrom: object | null = null;
  private _focusAfterRender: string | null = null;
  private _pickers = new Map<string, Element>();
  /** Each address as one line, read from its picker, for the check-answers step. */
  private _addressText: Record<string, string> = {};
  private _createKey = '';
  /** Whose answers these are. */
  private _accountId: string | null = null;
  private _reportedMissing: string | null = null;
  /** Whether a description given is being checked; the form shown stays until it is judged. */
  private _describing = false;
  /** The shipped form found for a procedure (each is fetched when shown), and the one being fetched. */
  private _shipped: { code: string; form: DossierForm | undefined } | null = null;
  private _finding: string | null = null;
  /** Why the shipped form of a procedure could not be fetched (offline); shown with a retry. */
  declare private _formFailure: { code: string; message: string } | null;
  private _descriptionChecks = 0;
  private _pickerRequested = false;
  private _review: typeof import('./dossier-review.js') | null = null;

  constructor() {
    super();
    this.procedure = null;
    this.formDescription = undefined;
    this.backend = undefined;
    this.backendUrl = null;
    this.signInUrl = null;
    this.statusUrl = null;
    this.paymentUrl = null;
    this._step = 'form';
    this._values = {};
    this._files = {};
    this._errors = {};
    this._failure = '';
    this._announcement = '';
    this._dossier = null;
    this._formFailure = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addStyles(this.getRootNode(), [formStyles, dossierFormStyles]);
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private get _backend(): DvcBackend | undefined {
    return backendFor(this.backend, this.backendUrl);
  }

  /** The form shown: the one given, else the shipped one for `procedure`. */
  private get _form(): DossierForm | undefined {
    return this._custom ?? (this._shipped?.code === (this.procedure ?? '') ? this._shipped.form : undefined);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('formDescription') && this.formDescription !== undefined) void this._checkDescription(this.formDescription);
    if (!this._custom) this._findShipped(this.procedure ?? '');
    // A form still on its way, or that could not be fetched, is not a procedure without one.
    const unknown = !this._custom && (this._finding !== null || this._formFailure?.code === (this.procedure ?? ''));
    const waiting = this._describing || unknown;
    if (waiting && this._formFor === null) return;
    const form = waiting ? (this._formFor ?? undefined) : this._form;
    if (form !== this._formFor) this._start(form);
    if (!form) return;
    const { account, profile } = this.session.getState();
    // Signing out (or in as someone else) forgets the answers: a shared computer must not show them.
    if ((account?.id ?? null) !== this._accountId) {
      if (this._accountId !== null) this._start(form);
      this._accountId = account?.id ?? null;
    }
    // Declare once: whenever the consented profile changes, fill what is still empty.
    if (account && profile !== this._prefilledFrom) {
      this._prefilledFrom = profile;
      const next = { ...this._values };
      for (const field of formFields(form)) {
        const known = 'prefill' in field && field.prefill ? profile[field.prefill] : undefined;
        if (known && next[field.id] === '') next[field.id] = known;
      }
      this._values = next;
    }
    if (account && this._step === 'form' && hasAddress(form)) this._requestAddressPicker(form);
  }

  /** Judges a description a page gave; the form changes to it once it is found valid. */
  private async _checkDescription(description: DossierForm): Promise<void> {
    const check = (this._descriptionChecks += 1);
    this._describing = true;
    try {
      const { parseFormDescription } = await loadDescriptionCheck();
      if (check !== this._descriptionChecks) return;
      const parsed = parseFormDescription(description);
      if (parsed) this._custom = parsed;
      else this.reportInvalidAttribute('formDescription', description);
    } catch (error) {
      if (check !== this._descriptionChecks) return;
      const { code } = toDvcError(error);
      this.emitError(code, backendErrorMessage(code), 'formDescription');
    } finally {
      if (check === this._descriptionChecks) {
        this._describing = false;
        this.requestUpdate();
      }
    }
  }

  /** Fetches the shipped form for `code`, once; renders wait for it. A failure is shown with a retry. */
  private _findShipped(code: string): void {
    if (this._shipped?.code === code || this._finding === code || this._formFailure?.code === code) return;
    this._finding = code;
    const found = loadDossierForm(code).then(
      (form) => {
        if (this._finding === code) this._shipped = { code, form };
      },
      (error: unknown) => {
        if (this._finding !== code) return;
        const failure = toDvcError(error).code;
        this._formFailure = { code, message: backendErrorMessage(failure) };
        this.emitError(failure, this._formFailure.message, 'procedure');
      },
    );
    this.pendingChecks.track(
      found.finally(() => {
        if (this._finding !== code) return;
        this._finding = null;
        this.requestUpdate();
      }),
    );
  }

  /** A picker that cannot load says so on its field; continuing tries again. */
  private _requestAddressPicker(form: DossierForm): void {
    if (this._pickerRequested) return;
    this._pickerRequested = true;
    loadAddressPicker().catch((error: unknown) => {
      const { code } = toDvcError(error);
      const message = backendErrorMessage(code);
      const ids = formFields(form).flatMap((field) => (field.kind === 'address' ? [field.id] : []));
      this._errors = { ...this._errors, ...Object.fromEntries(ids.map((id) => [id, message])) };
      this.emitError(code, message, ids[0]);
    });
  }

  /** After the first render, so what the form shows (the address picker) is fetched first. */
  protected override firstUpdated(): void {
    loadCheck().catch(() => undefined);
    loadReview().catch(() => undefined);
    void errorSummaryReady();
  }

  protected override updated(): void {
    // A picker rendered anew (after the check-answers step) gets its address back.
    for (const picker of this.querySelectorAll('dvc-address-picker')) {
      const id = picker.dataset.field ?? '';
      if (this._pickers.get(id) === picker) continue;
      this._pickers.set(id, picker);
      const value = this._values[id];
      if (value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).some(Boolean)) picker.value = value;
    }
    if (this._focusAfterRender) {
      this.querySelector<HTMLElement>(this._focusAfterRender)?.focus();
      this._focusAfterRender = null;
    }
  }

  /** A new form (or none): empty answers, and no form is an error worth telling the page about. */
  private _start(form: DossierForm | undefined): void {
    this._formFor = form;
    this._step = 'form';
    this._errors = {};
    this._failure = '';
    this._files = {};
    this._prefilledFrom = null;
    this._values = Object.fromEntries((form ? formFields(form) : []).map((field) => [field.id, emptyValue(field)]));
    if (!form && this.procedure && this._reportedMissing !== this.procedure) {
      this._reportedMissing = this.procedure;
      this.emitError('not-found', text.noForm(this.procedure), 'procedure');
    }
  }

  /** The element id of an answer key: `members.1.idNumber` → `<key>-members-1-idNumber`. */
  private _id(key: string): string {
    return `${this._key}-${key.replaceAll('.', '-')}`;
  }

  private _set(id: string, value: Value): void {
    this._values = { ...this._values, [id]: value };
  }

  private _setRow(group: GroupField, index: number, itemId: string, value: string): void {
    const rows = [...(this._values[group.id] as GroupRow[])];
    rows[index] = { ...rows[index], [itemId]: value };
    this._set(group.id, rows);
  }

  private _addRow(group: GroupField): void {
    const rows = this._values[group.id] as GroupRow[];
    const item = pick(group.itemLabel, this.locale).toLowerCase();
    this._set(group.id, [...rows, Object.fromEntries(group.fields.map((field) => [field.id, '']))]);
    this._announcement = text.added(item, rows.length + 1);
    this._focusAfterRender = `#${this._id(`${group.id}.${rows.length}.${group.fields[0].id}`)}`;
  }

  /** Removing a row moves focus to the add button, which is always there after a removal. */
  private _removeRow(group: GroupField, index: number): void {
    const rows = (this._values[group.id] as GroupRow[]).filter((_, i) => i !== index);
    this._set(group.id, rows);
    // Errors of the rows after it would point at the wrong row now.
    this._errors = Object.fromEntries(Object.entries(this._errors).filter(([key]) => !key.startsWith(`${group.id}.`)));
    this._announcement = text.removed(pick(group.itemLabel, this.locale).toLowerCase(), index + 1, rows.length);
    this._focusAfterRender = `#${this._id(group.id)}`;
  }

  private async _addFiles(documentId: string, added: File[]): Promise<void> {
    const document = this._form?.documents.find((candidate) => candidate.id === documentId);
    if (!document) return;
    const kept = this._files[documentId] ?? [];
    const key = `documents.${documentId}`;
    const result = await addFiles(kept, added, documentPolicy(document));
    if ('message' in result) {
      this._errors = { ...this._errors, [key]: result.message };
      this.emitError(result.code, result.message, key);
      return;
    }
    this._files = { ...this._files, [documentId]: result.files };
    this._errors = { ...this._errors, [key]: '' };
  }

  private _removeFile(documentId: string, index: number): void {
    const list = this._files[documentId] ?? [];
    this._files = { ...this._files, [documentId]: list.filter((_, i) => i !== index) };
    this._errors = { ...this._errors, [`documents.${documentId}`]: '' };
    this._announcement = text.fileRemoved(list[index].file.name);
    this._focusAfterRender = `#${this._id(`documents.${documentId}`)}`;
  }

  /** Reads each picker's address into the answers, and its one-line text for the review. */
  private _syncAddresses(): void {
    for (const picker of this.querySelectorAll('dvc-address-picker')) {
      const id = picker.dataset.field ?? '';
      this._values = { ...this._values, [id]: picker.address };
      this._addressText[id] = picker.text;
    }
  }

  /** The names of the chosen files by document. */
  private _fileNames(): Record<string, string[]> {
    return Object.fromEntries(Object.entries(this._files).map(([id, list]) => [id, list.map((chosen) => chosen.file.name)]));
  }

  /** The address pickers registered and rendered, so that their addresses can be read. */
  private async _addressesReady(form: DossierForm): Promise<void> {
    if (!hasAddress(form)) return;
    await loadAddressPicker();
    await Promise.all([...this.querySelectorAll('dvc-address-picker')].map((picker) => picker.updateComplete));
  }

  /** The messages of the answers' errors by answer key. */
  private async _answerErrors(form: DossierForm): Promise<Record<string, string>> {
    const { answerErrors, answerMessage } = await loadCheck();
    const codes = answerErrors(form, wireAnswers(form, this._values), this._fileNames());
    return Object.fromEntries(Object.entries(codes).map(([key, code]) => [key, answerMessage(code, this._fieldOf(form, key))]));
  }

  /** The field (or group item) an answer key names, for its message. */
  private _fieldOf(form: DossierForm, key: string) {
    const [id, , itemId] = key.split('.');
    const field = formFields(form).find((candidate) => candidate.id === id);
    return field?.kind === 'group' && itemId ? field.fields.find((item) => item.id === itemId) : field;
  }

  private _showErrors(errors: Record<string, string>): void {
    this._errors = errors;
    this._step = 'form';
    Promise.all([this.updateComplete, errorSummaryReady()]).then(
      () => this._publishValidity(),
      () => undefined,
    );
  }

  /** The errors for `<dvc-error-summary>`, in the order the fields are on screen. */
  private _publishValidity(): void {
    const form = this._form;
    const container = this.querySelector(`#${this._id('form')}`);
    if (!form || !container) return;
    const labelled: [string, string][] = [];
    for (const field of formFields(form)) {
      labelled.push([field.id, pick(field.label, this.locale)]);
      if (field.kind !== 'group') continue;
      (this._values[field.id] as GroupRow[]).forEach((_, index) => {
        for (const item of field.fields)
          labelled.push([
            `${field.id}.${index}.${item.id}`,
            `${pick(field.itemLabel, this.locale)} ${index + 1}: ${pick(item.label, this.locale)}`,
          ]);
      });
    }
    for (const document of form.documents) labelled.push([`documents.${document.id}`, pick(document.label, this.locale)]);
    const errors: FieldError[] = labelled
      .filter(([key]) => this._errors[key])
      .map(([key, label]) => ({ target: this.querySelector(`#${this._id(key)}`) ?? container, label, message: this._errors[key] }));
    container.dispatchEvent(new CustomEvent('dvc-validity', { detail: { errors }, bubbles: true, composed: true }));
  }

  private async _continue(event: Event): Promise<void> {
    event.preventDefault();
    const form = this._form;
    if (!form) return;
    let errors: Record<string, string>;
    try {
      await this._addressesReady(form);
      this._syncAddresses();
      errors = await this._answerErrors(form);
      if (Object.keys(errors).length === 0) this._review = await loadReview();
    } catch (error) {
      const { code } = toDvcError(error);
      this._failure = backendErrorMessage(code);
      this.emitError(code, this._failure);
      this._focusAfterRender = `#${this._id('failure')}`;
      return;
    }
    this._showErrors(errors);
    if (Object.keys(errors).length > 0) return;
    this._step = 'review';
    this._failure = '';
    // A new key per reviewed set of answers; trying again from the review keeps it, so one dossier is filed.
    this._createKey = newIdempotencyKey();
    this._focusAfterRender = `#${this._id('review')}`;
  }

  private _change(key: string): void {
    this._step = 'form';
    this._focusAfterRender = `#${this._id(key)}`;
  }

  /** Who files: the answers of the fields the profile would fill. */
  private _applicant(form: DossierForm, answers: DossierAnswers): Applicant {
    const known: Record<string, string> = {};
    for (const field of formFields(form)) {
      const value = answers[field.id];
      if ('prefill' in field && field.prefill && typeof value === 'string' && value) known[field.prefill] = value;
    }
    const { fullName = '', idNumber = '', phone, email } = known;
    return { fullName, idNumber, ...(phone ? { phone } : {}), ...(email ? { email } : {}) };
  }

  private async _send(): Promise<void> {
    const backend = this._backend;
    const account = this.session.getState().account;
    const form = this._form;
    if (!backend || !account || !form || this._step === 'sending') return;
    const uploads = Object.entries(this._files).flatMap(([documentId, list]) => list.map((chosen) => ({ documentId, chosen })));
    if (!this.emit('dvc-dossier-submit', { procedureCode: form.procedureCode, documents: uploads.length }, { cancelable: true })) return;
    this._step = 'sending';
    this._failure = '';
    try {
      await uploadChosenFiles(
        backend,
        uploads.map(({ chosen }) => chosen),
        (position, total, file) => {
          this._announcement = text.uploading(position, total, file.name);
        },
      );
      this._announcement = text.submitting();
      const answers = wireAnswers(form, this._values);
      const documents = Object.fromEntries(
        Object.entries(this._files)
          .filter(([, list]) => list.length > 0)
          .map(([id, list]) => [id, list.map((chosen) => chosen.attachmentId as string)]),
      );
      const dossier = await backend.createDossier({
        procedureCode: form.procedureCode,
        applicant: this._applicant(form, answers),
        accountId: account.id,
        answers,
        documents,
        idempotencyKey: this._createKey,
      });
      this._filed(form, dossier);
    } catch (error) {
      const failure = toDvcError(error);
      const refused = error instanceof FileRefused ? uploads.find(({ chosen }) => chosen === error.chosen) : undefined;
      if (refused) await this._uploadRefused(refused.documentId, error as FileRefused);
      else if (failure.code === 'invalid-input' && failure.fields?.some((field) => /^(answers|documents)\./.test(field)))
        await this._refused(form, failure.fields);
      else await this._failed(failure.code);
    }
  }

  private _filed(form: DossierForm, dossier: Dossier): void {
    this._dossier = dossier;
    this._step = 'done';
    this.session.setDossier({ code: dossier.code, procedureCode: dossier.procedureCode, fees: dossier.fees, status: dossier.status });
    this._announcement = `${text.doneHeading()}. ${text.doneCode(dossier.code)}`;
    this._focusAfterRender = `#${this._id('done')}`;
    this.emit('dvc-dossier-complete', { procedureCode: form.procedureCode, dossierCode: dossier.code });
  }

  /** The server refused a file the browser's checks let through: say which, and keep everything else. */
  private async _uploadRefused(documentId: string, refused: FileRefused): Promise<void> {
    const document = this._form?.documents.find((candidate) => candidate.id === documentId);
    if (!document) return;
    const key = `documents.${documentId}`;
    const message = await refusalMessage(refused, documentPolicy(document));
    this._announcement = '';
    this._showErrors({ [key]: message });
    this.emitError('invalid-input', message, key);
  }

  /** The server's check found what the browser's did not: point at each field it named. */
  private async _refused(form: DossierForm, fields: readonly string[]): Promise<void> {
    const { answerErrors, answerMessage } = await loadCheck();
    const ours = answerErrors(form, wireAnswers(form, this._values), this._fileNames());
    const errors: Record<string, string> = {};
    for (const field of fields) {
      const key = field.startsWith('answers.') ? field.slice('answers.'.length) : field;
      errors[key] = answerMessage(ours[key] ?? 'invalid-input', this._fieldOf(form, key));
    }
    this._announcement = '';
    this._showErrors(errors);
    this.emitError('invalid-input', text.refused(), Object.keys(errors)[0]);
  }

  private async _failed(code: string): Promise<void> {
    await errorMessagesReady();
    this._announcement = '';
    if (code === 'not-found') {
      // The uploads expired on the server: they go up again on the next try.
      for (const list of Object.values(this._files)) for (const chosen of list) delete chosen.attachmentId;
      this._failure = text.attachmentsExpired();
    } else {
      this._failure = backendErrorMessage(code);
    }
    this.emitError(code, this._failure);
    this._step = 'review';
    this._focusAfterRender = `#${this._id('failure')}`;
  }

  override render(): TemplateResult {
    return html`<div class="dvc-form dvc-dossier">
      ${this._content()}
      <p class="visually-hidden" role="status" aria-live="polite">${this._announcement}</p>
    </div>`;
  }

  private _content(): TemplateResult {
    const failure = this._formFailure;
    if (failure && failure.code === (this.procedure ?? ''))
      return html`<p class="failure" role="alert">${failure.message}</p>
        <button type="button" @click=${() => (this._formFailure = null)}>${text.retry()}</button>`;
    // Nothing is shown while the first form is being fetched or a description given checked.
    if (this._formFor === null) return html``;
    const form = this._formFor;
    if (!form) return html`<p class="failure" role="alert">${text.noForm(this.procedure ?? '')}</p>`;
    const heading = pick(form.name, this.locale);
    if (!this.session.getState().account) {
      return html`<div class="notice">
        <h2>${heading}</h2>
        <p>${text.signInNeeded()}</p>
        ${this.signInUrl ? html`<p><a href=${this.signInUrl}>${text.signIn()}</a></p>` : nothing}
      </div>`;
    }
    if (this._step === 'done' && this._dossier) return this._renderDone(this._dossier);
    if ((this._step === 'review' || this._step === 'sending') && this._review) {
      return html`${this._renderFailure()}
      ${this._review.renderReview({
        id: (key) => this._id(key),
        form,
        values: this._values,
        addressText: this._addressText,
        files: this._fileNames(),
        locale: this.locale,
        sending: this._step === 'sending',
        onChange: (key) => this._change(key),
        onSubmit: () => void this._send(),
      })}`;
    }
    return this._renderForm(form, heading);
  }

  private _renderFailure(): TemplateResult | typeof nothing {
    return this._failure ? html`<p class="failure" id=${this._id('failure')} tabindex="-1" role="alert">${this._failure}</p>` : nothing;
  }

  private _renderForm(form: DossierForm, heading: string): TemplateResult {
    const answers = wireAnswers(form, this._values);
    return html`<h2>${heading}</h2>
      <p class="hint">${text.requiredNote()}</p>
      ${this._renderFailure()}
      <dvc-error-summary for=${this._id('form')}></dvc-error-summary>
      <form id=${this._id('form')} novalidate @submit=${this._continue}>
        ${form.sections.map(
          (section) =>
            html`<fieldset class="section">
              <legend>${pick(section.title, this.locale)}</legend>
              ${section.hint ? html`<p class="hint">${pick(section.hint, this.locale)}</p>` : nothing}
              ${section.fields.map((field) => this._renderFormField(field))}
            </fieldset>`,
        )}
        ${
          form.documents.length
            ? html`<fieldset class="section">
                <legend>${text.documents()}</legend>
                ${form.documents.map((document) =>
                  renderDocument({
                    id: this._id(`documents.${document.id}`),
                    document,
                    required: documentRequired(form, document.id, answers),
                    files: (this._files[document.id] ?? []).map((chosen) => chosen.file),
                    error: this._errors[`documents.${document.id}`] ?? '',
                    locale: this.locale,
                    onChoose: (files) => void this._addFiles(document.id, files),
                    onRemove: (index) => this._removeFile(document.id, index),
                  }),
                )}
              </fieldset>`
            : nothing
        }
        <button type="submit" class="primary">${text.continue()}</button>
      </form>
      ${
        form.legalBasis.length
          ? html`<details class="legal">
              <summary>${text.legalBasis()}</summary>
              <ul>
                ${form.legalBasis.map((basis) => html`<li>${pick(basis, this.locale)}</li>`)}
              </ul>
            </details>`
          : nothing
      }`;
  }

  private _renderFormField(field: FormField): TemplateResult {
    const error = this._errors[field.id] ?? '';
    if (field.kind === 'address') {
      return html`<div class="field ${error ? 'invalid' : ''}">
        ${error ? html`<p class="error" id=${`${this._id(field.id)}-error`}>${error}</p>` : nothing}
        <dvc-address-picker
          id=${this._id(field.id)}
          data-field=${field.id}
          value=""
          label=${pick(field.label, this.locale)}
          .store=${this.session}
          @dvc-address-change=${() => this._syncAddresses()}
        ></dvc-address-picker>
      </div>`;
    }
    if (field.kind === 'group') return this._renderGroup(field, error);
    return renderField({
      id: this._id(field.id),
      name: field.id,
      field,
      value: this._values[field.id] as string,
      error,
      locale: this.locale,
      onInput: (value) => this._set(field.id, value),
    });
  }

  private _renderGroup(group: GroupField, error: string): TemplateResult {
    const rows = this._values[group.id] as GroupRow[];
    const item = pick(group.itemLabel, this.locale);
    const lower = item.toLowerCase();
    return html`<div class="group ${error ? 'invalid' : ''}">
      ${group.hint ? html`<p class="hint">${pick(group.hint, this.locale)}</p>` : nothing}
      ${error ? html`<p class="error" id=${`${this._id(group.id)}-error`}>${error}</p>` : nothing}
      ${rows.length === 0 ? html`<p>${text.noRows()}</p>` : nothing}
      ${rows.map(
        (row, index) =>
          html`<fieldset class="row">
            <legend>${item} ${index + 1}</legend>
            ${group.fields.map((field) => {
              const key = `${group.id}.${index}.${field.id}`;
              return renderField({
                id: this._id(key),
                name: `${group.id}[${index}][${field.id}]`,
                field,
                value: row[field.id] ?? '',
                error: this._errors[key] ?? '',
                locale: this.locale,
                onInput: (value) => this._setRow(group, index, field.id, value),
              });
            })}
            <button type="button" class="link" @click=${() => this._removeRow(group, index)}>${text.removeMember(lower, index + 1)}</button>
          </fieldset>`,
      )}
      ${
        rows.length < group.max
          ? html`<button
              type="button"
              id=${this._id(group.id)}
              aria-describedby=${error ? `${this._id(group.id)}-error` : nothing}
              @click=${() => this._addRow(group)}
            >
              ${text.addMember(lower)}
            </button>`
          : nothing
      }
    </div>`;
  }

  private _renderDone(dossier: Dossier): TemplateResult {
    const link = (template: string | null) => template?.replaceAll('{code}', encodeURIComponent(dossier.code));
    const payment = link(this.paymentUrl);
    const status = link(this.statusUrl);
    return html`<div class="notice" id=${this._id('done')} tabindex="-1">
      <h2>${text.doneHeading()}</h2>
      <p>${text.doneCode(dossier.code)}</p>
      <p>${text.doneNext()}</p>
      <div class="actions">
        ${dossier.totalAmount > 0 && payment ? html`<a class="button primary" href=${payment}>${text.payFees(formatMoney(dossier.totalAmount, this.locale))}</a>` : nothing}
        ${status ? html`<a class="button" href=${status}>${text.followStatus()}</a>` : nothing}
      </div>
    </div>`;
  }
}
