/**
 * The last two views: check answers (every answer with a "Change" link back to its step, or the
 * data read from a certificate, which cannot be changed here) and the confirmation.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { AccountSummary, RegistrationMethod, Subject } from '../../core/events.js';
import type { CertificateIdentity } from '../../core/schemas/signing.js';
import { templates as english } from '../../i18n/generated/en/wizard-review.js';
import { addTranslations } from '../../i18n/locale.js';
import { fieldsOf } from './wizard-details.js';
import { activationLabel, activationName, passwordLabel } from './wizard-fields.js';
import type { StepId } from './wizard-flow.js';
import { methodName, subjectName } from './wizard-text.js';
import type { Activation, StepView, Values } from './wizard-types.js';
import { identityRows } from './wizard-certificate-identity.js';

addTranslations(english);

export interface ReviewRow {
  label: string;
  value: string;
  /** The step that changes this answer; none for data read from a certificate. */
  change?: StepId;
}

const SIGNED: ReadonlySet<RegistrationMethod> = new Set(['usb-token', 'sim-ca', 'smartca']);

/** The answers to check, in the order they were given. */
export function reviewRows(answers: {
  /** Shown when the wizard asked for it. */
  subject: Subject | null;
  method: RegistrationMethod;
  askedMethod: boolean;
  values: Values;
  /** Vietnam Post's activation choice, when it is still to be made. */
  activation: Activation | null;
  identity: CertificateIdentity | null;
  locale: string;
}): ReviewRow[] {
  const rows: ReviewRow[] = [];
  const { method } = answers;
  if (answers.subject)
    rows.push({ label: msg('Đối tượng', { id: 'wizard.review.subject' }), value: subjectName(answers.subject), change: 'subject' });
  if (answers.askedMethod)
    rows.push({ label: msg('Phương thức', { id: 'wizard.review.method' }), value: methodName(method), change: 'method' });
  if (method === 'usb-token' && answers.identity) {
    // Another certificate means signing again: "Change" leads back to the certificate list.
    const [holder, ...rest] = identityRows(answers.identity, answers.locale);
    rows.push({ label: holder![0], value: holder![1], change: 'certificate' }, ...rest.map(([label, value]) => ({ label, value })));
  }
  for (const field of fieldsOf(method)) {
    const value = answers.values[field.name]?.trim();
    if (value || field.required) rows.push({ label: field.label(), value: value ?? '', change: 'details' });
  }
  if (method !== 'usb-token' && SIGNED.has(method) && answers.identity)
    rows.push(...identityRows(answers.identity, answers.locale).map(([label, value]) => ({ label, value })));
  if (answers.activation) rows.push({ label: activationLabel(), value: activationName(answers.activation), change: 'details' });
  if (!SIGNED.has(method))
    rows.push({ label: passwordLabel(), value: msg('Đã đặt (ẩn)', { id: 'wizard.review.password-set' }), change: 'password' });
  return rows;
}

export interface ReviewView extends StepView {
  rows: ReviewRow[];
  /** Whether some rows were read from a certificate (and are explained as such). */
  fromCertificate: boolean;
  onChange: (step: StepId) => void;
  onSubmit: (event: Event) => void;
}

export function renderReview(view: ReviewView): TemplateResult {
  return html`<form novalidate @submit=${view.onSubmit}>
    ${view.heading()}
    ${
      view.fromCertificate
        ? html`<p class="hint">${msg('Thông tin đọc từ chứng thư số không sửa được ở đây.', { id: 'wizard.review.from-certificate' })}</p>`
        : nothing
    }
    <dl>
      ${view.rows.map(
        (row) =>
          html`<div class="review-row">
            <dt>${row.label}</dt>
            <dd>${row.value}</dd>
            ${
              row.change
                ? html`<dd class="change">
                    <button type="button" class="link" @click=${() => view.onChange(row.change!)}>
                      ${msg('Thay đổi', { id: 'wizard.change' })}<span class="vh"> ${row.label}</span>
                    </button>
                  </dd>`
                : nothing
            }
          </div>`,
      )}
    </dl>
    <p>${msg('Bấm Đăng ký để tạo tài khoản với các thông tin trên.', { id: 'wizard.review.note' })}</p>
    ${view.actions(msg('Đăng ký', { id: 'wizard.register' }))}
  </form>`;
}

export interface DoneView {
  heading: TemplateResult;
  account: AccountSummary | null;
  signInUrl: string | null;
}

export function renderDone(view: DoneView): TemplateResult {
  const { account } = view;
  return html`<div class="done-panel">
      ${view.heading}
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
    ${view.signInUrl ? html`<p><a href=${view.signInUrl}>${msg('Đăng nhập', { id: 'wizard.done.sign-in' })}</a></p>` : nothing}`;
}
