import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { backendFor } from '../../base/backend-source.js';
import { DvcElement } from '../../base/dvc-element.js';
import type { DvcBackend } from '../../core/backend/types.js';
import { isRequired, surveyScore } from '../../core/data/survey-questions.js';
import { toDvcError } from '../../core/errors.js';
import type { FieldError } from '../../core/events.js';
import { parseDossierCode } from '../../core/identifiers/dossier-code.js';
import type { SatisfactionLevel, SurveyAnswers, SurveyMode, SurveyQuestion, SurveyQuestionSet } from '../../core/schemas/survey.js';
import { SURVEY_COMMENT_MAX, SURVEY_MODES } from '../../core/schemas/survey-rules.js';
import { backendErrorMessage, errorMessagesReady } from '../../i18n/messages/error-messages-on-demand.js';
import type { DvcErrorSummary } from '../dvc-error-summary/dvc-error-summary.js';
import { styles } from './dvc-satisfaction-survey.styles.js';
import { localText, questionsFor } from './survey-questions.js';
import { templates as english } from '../../i18n/generated/en/dvc-satisfaction-survey.js';
import { addTranslations } from '../../i18n/locale.js';
import { onDemand } from '../../core/on-demand.js';
import { errorSummaryReady } from '../dvc-error-summary/on-demand.js';

addTranslations(english);

/** The check of a page's own question set, fetched when one is given; a failed fetch is tried again on the next. */
const loadQuestionsCheck = onDemand(() => import('./survey-questions-check.js'));

const DEFAULT_MODE: SurveyMode = 'decree';
/** The remaining-characters count is announced once typing pauses this long. */
const COUNT_ANNOUNCE_DELAY = 1000;
/** How long the live region stays empty before a new message, so a repeated message is read again. */
const ANNOUNCE_DELAY = 100;

const THREE_LEVELS: readonly SatisfactionLevel[] = ['very-satisfied', 'satisfied', 'dissatisfied'];
const FIVE_LEVELS: readonly SatisfactionLevel[] = ['very-satisfied', 'satisfied', 'neutral', 'dissatisfied', 'very-dissatisfied'];

const levelText = (level: SatisfactionLevel): string => {
  switch (level) {
    case 'very-satisfied':
      return msg('Rất hài lòng', { id: 'survey.level.very-satisfied' });
    case 'satisfied':
      return msg('Hài lòng', { id: 'survey.level.satisfied' });
    case 'neutral':
      return msg('Bình thường', { id: 'survey.level.neutral' });
    case 'dissatisfied':
      return msg('Không hài lòng', { id: 'survey.level.dissatisfied' });
    default:
      return msg('Rất không hài lòng', { id: 'survey.level.very-dissatisfied' });
  }
};

type Answer = SatisfactionLevel | number | string[];
type Phase = 'form' | 'submitting' | 'done' | 'already-rated';

let instances = 0;

/**
 * @tagname dvc-satisfaction-survey
 * @summary Rate how a resolved dossier was handled: the Decree 61/2018 evaluation (indicators
 * scored 2 / 1 / 0 and the two satisfaction questions), the five-level scale of ministry portals,
 * or a short form (one overall question, optional reasons and comment). Inline, never a pop-up.
 *
 * Each question is a fieldset with a legend and native radio buttons or checkboxes. Submitting
 * checks the required questions (an error summary at the top links to each), fires the cancelable
 * `dvc-survey-submit`, then sends the evaluation to `backend.submitSurvey`. The evaluation is
 * anonymous (tied to the dossier code only) and nothing is stored in the browser.
 *
 * A province supplies its own questions with the `questions` property or a JSON attribute
 * (`SurveyQuestionSet`: `indicator`, `satisfaction` or `choices` questions, texts as a string or
 * `{ vi, en }`); a set that is invalid or does not fit the mode is reported and the default kept.
 *
 * @event dvc-survey-submit - `{ dossierCode, answers, comment? }` before sending; cancelable: cancel it and nothing is sent (send it yourself).
 * @event dvc-survey-complete - `{ dossierCode }` once the backend accepted the evaluation.
 * @event dvc-validity - `{ errors }` inside the shadow root, for the built-in error summary.
 * @event dvc-error - `{ code, message, field? }` when sending fails (`already-rated`, `timeout`, `server`...) or an attribute is invalid.
 *
 * @csspart base - The wrapper of everything.
 * @csspart heading - The heading.
 * @csspart question - Each question's fieldset.
 * @csspart legend - Each question's legend.
 * @csspart option - Each answer (label with its input).
 * @csspart comment - The comment field.
 * @csspart score - The decree score.
 * @csspart submit - The submit button.
 * @csspart error - The box that says why sending failed, with its retry button.
 * @csspart result - The thank-you or already-rated panel.
 *
 * @cssprop --dvc-color-primary - Buttons and checked answers.
 * @cssprop --dvc-color-text - Text.
 * @cssprop --dvc-color-muted - Help texts and the character count.
 * @cssprop --dvc-color-border - Answer borders.
 * @cssprop --dvc-color-error - Errors.
 * @cssprop --dvc-color-success - The thank-you panel.
 * @cssprop --dvc-color-focus - Focus ring.
 * @cssprop --dvc-radius - Corners.
 * @cssprop --dvc-space - Spacing unit.
 * @cssprop --dvc-target-size - Height of answers and buttons (at least 24px; default 44px).
 */
export class DvcSatisfactionSurvey extends DvcElement {
  static override styles = styles;

  static override properties: PropertyDeclarations = {
    dossierCode: { attribute: 'dossier-code', reflect: true },
    mode: { noAccessor: true },
    questions: { noAccessor: true },
    backend: { attribute: false },
    backendUrl: { attribute: 'backend-url' },
    _answers: { state: true },
    _comment: { state: true },
    _phase: { state: true },
    _failure: { state: true },
    _showErrors: { state: true },
    _announcement: { state: true },
    _countAnnouncement: { state: true },
  };

  /** The dossier being rated (mã hồ sơ); required to submit. */
  declare dossierCode: string;
  /** Where the evaluation goes (`submitSurvey`); without one, cancel `dvc-survey-submit` and send it yourself. */
  declare backend: DvcBackend | undefined;
  /** Base URL of an HTTP backend, when the `backend` property is not set. */
  declare backendUrl: string | null;

  /** `decree` (default), `five-level` or `short`. An invalid value is reported and the last good one kept. */
  get mode(): SurveyMode {
    return this._mode;
  }
  set mode(value: SurveyMode) {
    const next = value === null || value === undefined ? DEFAULT_MODE : value;
    if (!SURVEY_MODES.includes(next)) {
      this.reportInvalidAttribute('mode', value);
      return;
    }
    const old = this._mode;
    this._mode = next;
    this.requestUpdate('mode', old);
  }

  /**
   * The province's own question set (an array or JSON text), or null for the mode's default set.
   * A set is taken once checked (`await el.updateComplete`); an invalid one is reported
   * (`dvc-error`, console warning) and the last good set kept.
   */
  get questions(): SurveyQuestionSet | null {
    return this._ownQuestions;
  }
  set questions(value: SurveyQuestionSet | string | null) {
    const given = ++this._questionsGiven;
    if (value === null || value === undefined || value === '') {
      this._useQuestions(null, given);
      return;
    }
    const check = loadQuestionsCheck().then(
      ({ parseQuestionSet }) => {
        const parsed = parseQuestionSet(value);
        if (parsed) this._useQuestions(parsed, given);
        else this.reportInvalidAttribute('questions', value);
      },
      (error: unknown) => {
        const { code } = toDvcError(error);
        this.emitError(code, backendErrorMessage(code), 'questions');
      },
    );
    this.pendingChecks.track(check);
  }

  /** The questions asked now: the province's set when it fits the mode, else the default. */
  get activeQuestions(): SurveyQuestionSet {
    return this._active.questions;
  }

  /** The answers given so far, by question id (checkboxes as arrays of option ids). */
  get answers(): SurveyAnswers {
    return this._collectAnswers();
  }

  /** The decree score of the answers given so far: points of the indicators out of their maximum. */
  get score() {
    return surveyScore(this._active.questions, this._answers);
  }

  declare private _answers: Record<string, Answer>;
  declare private _comment: string;
  declare private _phase: Phase;
  /** Why the last sending failed (a `DvcError` code, and the attribute at fault), or null. */
  declare private _failure: { code: string; field?: string } | null;
  declare private _showErrors: boolean;
  declare private _announcement: string;
  declare private _countAnnouncement: string;

  private _mode: SurveyMode = DEFAULT_MODE;
  private _ownQuestions: SurveyQuestionSet | null = null;
  /** How many question sets were given, and which of them is in use: a check that ends late never undoes a later set. */
  private _questionsGiven = 0;
  private _questionsUsed = 0;
  private _active: { questions: SurveyQuestionSet; own: boolean } = questionsFor(DEFAULT_MODE, null);
  private _abort: AbortController | undefined;
  private _announceTimer: ReturnType<typeof setTimeout> | undefined;
  private _countTimer: ReturnType<typeof setTimeout> | undefined;
  private _published = '';
  private _focusAfterRender: string | null = null;
  private readonly _prefix: string;

  constructor() {
    super();
    this.dossierCode = '';
    this.backend = undefined;
    this.backendUrl = null;
    this._answers = {};
    this._comment = '';
    this._phase = 'form';
    this._failure = null;
    this._showErrors = false;
    this._announcement = '';
    this._countAnnouncement = '';
    this._prefix = `dvc-survey-${++instances}`;
  }

  // ---- lifecycle ----------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    void errorSummaryReady();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._abort?.abort();
    this._abort = undefined;
    if (this._phase === 'submitting') this._phase = 'form';
    clearTimeout(this._announceTimer);
    clearTimeout(this._countTimer);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('mode') || changed.has('questions')) {
      const active = questionsFor(this._mode, this._ownQuestions);
      if (this._ownQuestions && !active.own) this.reportInvalidAttribute('questions', this._ownQuestions);
      if (active.questions !== this._active.questions) this._reset();
      this._active = active;
    }
    if (changed.has('dossierCode') && changed.get('dossierCode') !== undefined) this._reset();
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this._publishErrors();
    const focus = this._focusAfterRender;
    if (focus) {
      this._focusAfterRender = null;
      this.renderRoot.querySelector<HTMLElement>(focus)?.focus();
    }
  }

  // ---- event handlers ----------------------------------------------------------------------

  private _onChoose(question: SurveyQuestion, value: Answer): void {
    this._answers = { ...this._answers, [question.id]: value };
  }

  private _onToggle(question: SurveyQuestion, option: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const current = Array.isArray(this._answers[question.id]) ? (this._answers[question.id] as string[]) : [];
    const next = checked ? [...current.filter((id) => id !== option), option] : current.filter((id) => id !== option);
    const answers = { ...this._answers };
    if (next.length) answers[question.id] = next;
    else delete answers[question.id];
    this._answers = answers;
  }

  private _onComment(event: Event): void {
    this._comment = (event.target as HTMLTextAreaElement).value;
    // The count is read out once typing pauses, never on every keystroke.
    clearTimeout(this._countTimer);
    this._countAnnouncement = '';
    this._countTimer = setTimeout(() => {
      this._countAnnouncement = this._countText();
    }, COUNT_ANNOUNCE_DELAY);
  }

  private _onSubmit(event: Event): void {
    event.preventDefault();
    void this.submit();
  }

  // ---- public methods ----------------------------------------------------------------------

  /**
   * Checks the answers and sends them, as the submit button does. Resolves once the outcome is
   * shown; `false` when nothing was sent or sending failed.
   */
  async submit(): Promise<boolean> {
    if (this._phase !== 'form') return false;
    if (this._problems().length) {
      this._showErrors = true;
      this._failure = null;
      await this.updateComplete;
      // A repeated attempt with the same errors focuses the summary again.
      const summary = this._summary();
      await summary?.updateComplete;
      summary?.focus();
      return false;
    }
    this._showErrors = false;
    const parsed = parseDossierCode(this.dossierCode ?? '');
    if (!parsed.ok) {
      this._fail('invalid-attribute', 'dossier-code');
      return false;
    }
    const dossierCode = parsed.value.code;
    const answers = this._collectAnswers();
    const comment = this._trimmedComment();
    const detail = comment ? { dossierCode, answers, comment } : { dossierCode, answers };
    if (!this.emit('dvc-survey-submit', detail, { cancelable: true })) return false;
    const backend = backendFor(this.backend, this.backendUrl);
    if (!backend) {
      this._fail('invalid-attribute', 'backend');
      return false;
    }
    const controller = new AbortController();
    this._abort = controller;
    this._phase = 'submitting';
    this._failure = null;
    this._announce(msg('Đang gửi đánh giá…', { id: 'survey.sending' }));
    try {
      await backend.submitSurvey(
        { dossierCode, mode: this._mode, answers, ...(comment ? { comment } : {}) },
        { signal: controller.signal },
      );
      if (controller.signal.aborted) return false;
      this._phase = 'done';
      this._focusAfterRender = '#result-heading';
      this._announce(msg('Đã gửi đánh giá của bạn. Cảm ơn bạn!', { id: 'survey.sent' }));
      this.session.markSurveySubmitted(dossierCode);
      this.emit('dvc-survey-complete', { dossierCode });
      return true;
    } catch (error) {
      await errorMessagesReady();
      if (controller.signal.aborted) return false;
      const failure = toDvcError(error);
      if (failure.code === 'already-rated') {
        this._phase = 'already-rated';
        this._focusAfterRender = '#result-heading';
        this._announce('');
        this.emitError(failure.code, backendErrorMessage(failure.code));
        return false;
      }
      this._phase = 'form';
      this._fail(failure.code);
      return false;
    } finally {
      if (this._abort === controller) this._abort = undefined;
    }
  }

  /** Clears the answers and shows the empty form again. */
  reset(): void {
    this._abort?.abort();
    this._abort = undefined;
    this._reset();
  }

  // ---- private helpers ---------------------------------------------------------------------

  private _useQuestions(questions: SurveyQuestionSet | null, given: number): void {
    if (given < this._questionsUsed) return;
    this._questionsUsed = given;
    const old = this._ownQuestions;
    this._ownQuestions = questions;
    this.requestUpdate('questions', old);
  }

  private _reset(): void {
    this._answers = {};
    this._comment = '';
    this._phase = 'form';
    this._failure = null;
    this._showErrors = false;
    this._countAnnouncement = '';
  }

  /** Shows why sending failed (answers kept, retry offered unless the page is misconfigured) and tells the host. */
  private _fail(code: string, field?: string): void {
    this._failure = field ? { code, field } : { code };
    this._announce('');
    this._focusAfterRender = '#failure';
    this.emitError(code, this._failureText(), field);
  }

  private _failureText(): string {
    const failure = this._failure;
    if (!failure) return '';
    if (failure.field === 'dossier-code')
      return msg('Chưa xác định được hồ sơ cần đánh giá. Vui lòng liên hệ quản trị trang.', { id: 'survey.no-dossier' });
    if (failure.field === 'backend')
      return msg('Chưa cấu hình nơi nhận đánh giá. Vui lòng liên hệ quản trị trang.', { id: 'survey.no-backend' });
    return backendErrorMessage(failure.code);
  }

  private _summary(): DvcErrorSummary | null {
    return this.renderRoot.querySelector('dvc-error-summary');
  }

  private _trimmedComment(): string {
    return this._comment.normalize('NFC').trim();
  }

  /** The length of what would be sent (surrounding spaces are not). */
  private _commentLength(): number {
    return this._trimmedComment().length;
  }

  private _collectAnswers(): SurveyAnswers {
    const answers: SurveyAnswers = {};
    for (const question of this._active.questions) {
      const answer = this._answers[question.id];
      if (answer !== undefined) answers[question.id] = answer;
    }
    return answers;
  }

  /** What stops sending: unanswered required questions, and a comment that is too long. */
  private _problems(): { id: string; label: string; message: string }[] {
    const problems: { id: string; label: string; message: string }[] = [];
    this._active.questions.forEach((question, index) => {
      if (isRequired(question) && this._answers[question.id] === undefined)
        problems.push({
          id: question.id,
          label: this._numberLabel(index + 1),
          message: msg('Vui lòng chọn một câu trả lời.', { id: 'survey.answer-required' }),
        });
    });
    if (this._hasComment() && this._commentLength() > SURVEY_COMMENT_MAX)
      problems.push({ id: '', label: this._commentLabel(), message: this._tooLongText() });
    return problems;
  }

  /** Tells the built-in error summary (inside the shadow root only) what is wrong. */
  private _publishErrors(): void {
    // Errors found before the summary is registered reach it once it is.
    if (!customElements.get('dvc-error-summary')) {
      void errorSummaryReady().then(() => customElements.get('dvc-error-summary') && this._publishErrors());
      return;
    }
    const problems = this._showErrors ? this._problems() : [];
    const key = problems.map((problem) => `${problem.id}|${problem.label}|${problem.message}`).join('\n');
    if (key === this._published) return;
    this._published = key;
    const form = this.renderRoot.querySelector('form');
    if (!form) return;
    const errors: FieldError[] = problems.flatMap((problem) => {
      const target = problem.id ? this._firstInput(problem.id) : this.renderRoot.querySelector<HTMLElement>('#comment');
      return target ? [{ target, label: problem.label, message: problem.message }] : [];
    });
    form.dispatchEvent(new CustomEvent('dvc-validity', { detail: { errors }, bubbles: true, composed: false }));
  }

  private _firstInput(questionId: string): HTMLInputElement | null {
    const inputs = [...this.renderRoot.querySelectorAll<HTMLInputElement>(`input[data-question="${questionId}"]`)];
    return inputs.find((input) => input.checked) ?? inputs[0] ?? null;
  }

  /** Says `text` in the polite live region, after emptying it so a repeated text is read again. */
  private _announce(text: string): void {
    clearTimeout(this._announceTimer);
    this._announcement = '';
    if (!text) return;
    this._announceTimer = setTimeout(() => {
      this._announcement = text;
    }, ANNOUNCE_DELAY);
  }

  private _hasComment(): boolean {
    return this._mode === 'short';
  }

  private _id(name: string): string {
    return `${this._prefix}-${name}`;
  }

  private _text(question: SurveyQuestion, field: 'text' | 'help'): string {
    const value = question[field];
    if (value === undefined) return '';
    return localText(value, this.locale, this._active.own ? null : `${this._mode}.${question.id}${field === 'help' ? '.help' : ''}`);
  }

  private _optionText(question: SurveyQuestion, key: string, text: Parameters<typeof localText>[0]): string {
    return localText(text, this.locale, this._active.own ? null : `${this._mode}.${question.id}.${key}`);
  }

  private _numberLabel(number: number): string {
    return msg(str`Câu ${number}`, { id: 'survey.question-number' });
  }

  private _commentLabel(): string {
    return msg('Ý kiến khác', { id: 'survey.comment-label' });
  }

  private _tooLongText(): string {
    const excess = this._commentLength() - SURVEY_COMMENT_MAX;
    const over = this._number(excess);
    return excess === 1
      ? msg('Ý kiến dài quá 1 ký tự.', { id: 'survey.comment-over-one' })
      : msg(str`Ý kiến dài quá ${over} ký tự.`, { id: 'survey.comment-over' });
  }

  private _countText(): string {
    const remaining = SURVEY_COMMENT_MAX - this._commentLength();
    if (remaining < 0) return this._tooLongText();
    const left = this._number(remaining);
    return remaining === 1
      ? msg('Bạn còn 1 ký tự.', { id: 'survey.comment-left-one' })
      : msg(str`Bạn còn ${left} ký tự.`, { id: 'survey.comment-left' });
  }

  private _number(value: number): string {
    return value.toLocaleString(this.locale === 'vi' ? 'vi-VN' : 'en-GB');
  }

  private _levels(): readonly SatisfactionLevel[] {
    return this._mode === 'five-level' ? FIVE_LEVELS : THREE_LEVELS;
  }

  private _introText(): string {
    switch (this._mode) {
      case 'decree':
        return msg('Đánh giá việc giải quyết hồ sơ theo Nghị định 61/2018/NĐ-CP và Thông tư 01/2018/TT-VPCP.', {
          id: 'survey.intro-decree',
        });
      case 'five-level':
        return msg('Cho biết mức độ hài lòng của bạn với từng nội dung dưới đây.', { id: 'survey.intro-five-level' });
      default:
        return msg('Cho chúng tôi biết trải nghiệm của bạn với hồ sơ này.', { id: 'survey.intro-short' });
    }
  }

  private _dossierText(): TemplateResult | typeof nothing {
    const parsed = parseDossierCode(this.dossierCode ?? '');
    if (!parsed.ok) return nothing;
    return html`<p class="dossier">${msg('Mã hồ sơ:', { id: 'survey.dossier-label' })} <span class="code">${parsed.value.code}</span></p>`;
  }

  private _scoreText(): string {
    const { points, max, answered, indicators } = this.score;
    return answered === indicators
      ? msg(str`Điểm đánh giá: ${points}/${max} điểm.`, { id: 'survey.score' })
      : msg(str`Điểm đánh giá: ${points}/${max} điểm (đã trả lời ${answered}/${indicators} chỉ số).`, { id: 'survey.score-partial' });
  }

  private _renderOption(
    question: SurveyQuestion,
    type: 'radio' | 'checkbox',
    value: string,
    text: string,
    checked: boolean,
    onChange: (event: Event) => void,
  ) {
    return html`<label part="option" class="option ${checked ? 'checked' : ''}"
      ><input
        type=${type}
        name=${this._id(question.id)}
        .value=${value}
        .checked=${checked}
        data-question=${question.id}
        @change=${onChange}
      /><span>${text}</span></label
    >`;
  }

  private _renderQuestion(question: SurveyQuestion, index: number) {
    const id = question.id;
    const help = this._text(question, 'help');
    const required = isRequired(question);
    const missing = this._showErrors && required && this._answers[id] === undefined;
    const helpId = this._id(`${id}-help`);
    const errorId = this._id(`${id}-error`);
    const describedBy = [help ? helpId : '', missing ? errorId : ''].filter(Boolean).join(' ');
    const answer = this._answers[id];
    let options: TemplateResult[];
    if (question.kind === 'indicator')
      options = question.options.map((option) =>
        this._renderOption(
          question,
          'radio',
          String(option.score),
          this._optionText(question, String(option.score), option.text),
          answer === option.score,
          () => this._onChoose(question, option.score),
        ),
      );
    else if (question.kind === 'satisfaction')
      options = this._levels().map((level) =>
        this._renderOption(question, 'radio', level, levelText(level), answer === level, () => this._onChoose(question, level)),
      );
    else
      options = question.options.map((option) =>
        this._renderOption(
          question,
          'checkbox',
          option.id,
          this._optionText(question, option.id, option.text),
          Array.isArray(answer) && answer.includes(option.id),
          (event) => this._onToggle(question, option.id, event),
        ),
      );
    return html`
      <fieldset
        part="question"
        class="question ${missing ? 'invalid' : ''}"
        id=${this._id(`q-${id}`)}
        data-question=${id}
        aria-describedby=${describedBy || nothing}
      >
        <legend part="legend">
          <span class="number">${index + 1}.</span> ${this._text(question, 'text')}${
            required ? nothing : html` <span class="optional">${msg('(không bắt buộc)', { id: 'survey.optional' })}</span>`
          }${question.kind === 'choices' ? html` <span class="optional">${msg('Chọn một hoặc nhiều.', { id: 'survey.choose-any' })}</span>` : nothing}
        </legend>
        ${help ? html`<p class="help" id=${helpId}>${help}</p>` : nothing}
        ${missing ? html`<p class="error" id=${errorId}><span class="visually-hidden">${msg('Lỗi:', { id: 'survey.error-prefix' })} </span>${msg('Vui lòng chọn một câu trả lời.', { id: 'survey.answer-required' })}</p>` : nothing}
        <div class="options ${question.kind === 'satisfaction' ? 'scale' : ''}">${options}</div>
      </fieldset>
    `;
  }

  private _renderComment() {
    if (!this._hasComment()) return nothing;
    const length = this._commentLength();
    const over = length > SURVEY_COMMENT_MAX;
    const invalid = this._showErrors && over;
    const max = this._number(SURVEY_COMMENT_MAX);
    return html`
      <div class="comment ${invalid ? 'invalid' : ''}">
        <label for="comment" class="comment-label"
          >${this._commentLabel()} <span class="optional">${msg('(không bắt buộc)', { id: 'survey.optional' })}</span></label
        >
        <p class="help" id="comment-hint">
          ${msg(str`Tối đa ${max} ký tự. Đừng ghi thông tin cá nhân như họ tên, số điện thoại.`, { id: 'survey.comment-hint' })}
        </p>
        ${invalid ? html`<p class="error" id="comment-error"><span class="visually-hidden">${msg('Lỗi:', { id: 'survey.error-prefix' })} </span>${this._tooLongText()}</p>` : nothing}
        <textarea
          id="comment"
          part="comment"
          rows="4"
          .value=${this._comment}
          aria-describedby=${invalid ? 'comment-hint comment-error comment-count' : 'comment-hint comment-count'}
          aria-invalid=${invalid ? 'true' : nothing}
          @input=${this._onComment}
        ></textarea>
        <p class="count ${over ? 'over' : ''}" id="comment-count">${this._countText()}</p>
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._countAnnouncement}</div>
      </div>
    `;
  }

  private _renderFailure() {
    const failure = this._failure;
    return html`<div id="failure" part="error" class="failure" role="alert" tabindex="-1" ?hidden=${!failure}>
      ${
        failure
          ? html`<p>${this._failureText()}</p>
              ${
                failure.field
                  ? nothing
                  : html`<p class="kept">${msg('Các câu trả lời của bạn vẫn được giữ nguyên.', { id: 'survey.answers-kept' })}</p>
                      <button type="button" class="secondary" @click=${() => void this.submit()}>
                        ${msg('Thử gửi lại', { id: 'survey.retry' })}
                      </button>`
              }`
          : nothing
      }
    </div>`;
  }

  private _renderForm() {
    const busy = this._phase === 'submitting';
    const questions = this._active.questions;
    const scored = questions.some((question) => question.kind === 'indicator');
    const anyOptional = questions.some((question) => !isRequired(question)) || this._hasComment();
    return html`
      <form novalidate @submit=${this._onSubmit} aria-busy=${busy ? 'true' : nothing}>
        <dvc-error-summary></dvc-error-summary>
        ${anyOptional ? html`<p class="help">${msg('Các câu hỏi đều bắt buộc, trừ câu ghi “không bắt buộc”.', { id: 'survey.required-note' })}</p>` : nothing}
        ${questions.map((question, index) => this._renderQuestion(question, index))} ${this._renderComment()}
        ${scored ? html`<p part="score" class="score">${this._scoreText()}</p>` : nothing}
        <p class="privacy">
          ${msg(
            'Đánh giá được gửi ẩn danh: chỉ gắn với mã hồ sơ, không kèm họ tên hay số điện thoại của bạn, và không được lưu trên trình duyệt.',
            {
              id: 'survey.privacy',
            },
          )}
        </p>
        ${this._renderFailure()}
        <button part="submit" type="submit" class="primary" aria-disabled=${busy ? 'true' : nothing}>
          ${busy ? html`<span class="spinner" aria-hidden="true"></span>${msg('Đang gửi đánh giá…', { id: 'survey.sending' })}` : msg('Gửi đánh giá', { id: 'survey.submit' })}
        </button>
      </form>
    `;
  }

  private _renderResult() {
    if (this._phase === 'done') {
      const scored = this._active.questions.some((question) => question.kind === 'indicator');
      return html`<div part="result" class="result success">
        <h3 id="result-heading" tabindex="-1">${msg('Cảm ơn bạn đã đánh giá', { id: 'survey.thanks-heading' })}</h3>
        <p>${msg('Đánh giá của bạn đã được gửi đến cơ quan giải quyết hồ sơ.', { id: 'survey.thanks' })}</p>
        ${scored ? html`<p class="score">${this._scoreText()}</p>` : nothing}
      </div>`;
    }
    return html`<div part="result" class="result rated">
      <h3 id="result-heading" tabindex="-1">${msg('Hồ sơ này đã được đánh giá', { id: 'survey.rated-heading' })}</h3>
      <p>${backendErrorMessage('already-rated')}</p>
    </div>`;
  }

  override render() {
    const finished = this._phase === 'done' || this._phase === 'already-rated';
    return html`
      <section part="base" class="base" aria-labelledby="heading">
        <h2 part="heading" id="heading">${msg('Đánh giá sự hài lòng', { id: 'survey.heading' })}</h2>
        ${this._dossierText()}
        ${
          finished
            ? this._renderResult()
            : html`<p class="intro">${this._introText()}</p>
                ${this._renderForm()}`
        }
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._announcement}</div>
      </section>
    `;
  }
}
