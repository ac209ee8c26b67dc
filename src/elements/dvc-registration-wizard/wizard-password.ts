/** The password step's questions: two native fields and a live checklist of the rules. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { checkPassword, confirmPassword, type PasswordRuleId } from '../../core/identifiers/password.js';
import { errorMessage } from '../../i18n/messages.js';
import { templates as english } from '../../i18n/generated/en/wizard-password.js';
import { addTranslations } from '../../i18n/locale.js';
import { confirmLabel, passwordLabel } from './wizard-fields.js';

addTranslations(english);

const ruleText = (id: PasswordRuleId): string => {
  switch (id) {
    case 'length':
      return msg('Ít nhất 8 ký tự', { id: 'wizard.password.rule-length' });
    case 'lower':
      return msg('Một chữ thường (a–z)', { id: 'wizard.password.rule-lower' });
    case 'upper':
      return msg('Một chữ hoa (A–Z)', { id: 'wizard.password.rule-upper' });
    case 'digit':
      return msg('Một chữ số (0–9)', { id: 'wizard.password.rule-digit' });
    case 'special':
      return msg('Một ký tự đặc biệt (! @ # $ % ^ & *)', { id: 'wizard.password.rule-special' });
  }
};

/** What is wrong with the password and its confirmation, in the page language; none when both are right. */
export function passwordErrors(password: string, confirm: string): { password?: string; confirm?: string } {
  const errors: { password?: string; confirm?: string } = {};
  const check = checkPassword(password);
  if (password === '') errors.password = errorMessage('password.required');
  else if (!check.ok) errors.password = errorMessage(`password.${check.rules.find((rule) => !rule.ok)!.id}`);
  const confirmation = confirmPassword(password, confirm);
  if (!confirmation.ok) errors.confirm = errorMessage(confirmation.error.code);
  return errors;
}

export interface PasswordView {
  ids: { password: string; confirm: string; rules: string; passwordError: string; confirmError: string; toggle: string };
  password: string;
  confirm: string;
  shown: boolean;
  errors: { password?: string; confirm?: string };
  onInput: (field: 'password' | 'confirm', value: string) => void;
  onToggle: () => void;
}

/** The fields, rules and show/hide button; the caller owns the values (never stored anywhere). */
export function renderPasswordFields(view: PasswordView): TemplateResult {
  const { ids, errors } = view;
  const check = checkPassword(view.password);
  const type = view.shown ? 'text' : 'password';
  const field = (name: 'password' | 'confirm', id: string, errorId: string, label: string, describedBy: string) => html`
    <div class="field ${errors[name] ? 'invalid' : ''}">
      <label for=${id}>${label} <span class="required" aria-hidden="true">*</span></label>
      ${errors[name] ? html`<p class="error" id=${errorId}>${errors[name]}</p>` : nothing}
      <input
        id=${id}
        name=${name === 'password' ? 'new-password' : 'confirm-password'}
        type=${type}
        autocomplete="new-password"
        spellcheck="false"
        autocapitalize="off"
        required
        aria-invalid=${errors[name] ? 'true' : 'false'}
        aria-describedby=${[describedBy, errors[name] ? errorId : ''].filter(Boolean).join(' ')}
        .value=${name === 'password' ? view.password : view.confirm}
        @input=${(event: Event) => view.onInput(name, (event.target as HTMLInputElement).value)}
      />
    </div>
  `;
  return html`
    ${field('password', ids.password, ids.passwordError, passwordLabel(), ids.rules)}
    <div class="rules" id=${ids.rules}>
      <p>${msg('Mật khẩu cần có:', { id: 'wizard.password.rules' })}</p>
      <ul>
        ${check.rules.map(
          (rule) =>
            html`<li class=${rule.ok ? 'ok' : 'todo'}>
              <span aria-hidden="true">${rule.ok ? '✓' : '○'}</span> ${ruleText(rule.id)}
              <span class="vh"
                >${rule.ok ? msg('(đạt)', { id: 'wizard.password.rule-ok' }) : msg('(chưa đạt)', { id: 'wizard.password.rule-todo' })}</span
              >
            </li>`,
        )}
      </ul>
    </div>
    ${field('confirm', ids.confirm, ids.confirmError, confirmLabel(), '')}
    <button type="button" class="link" id=${ids.toggle} aria-pressed=${view.shown ? 'true' : 'false'} @click=${view.onToggle}>
      ${msg('Hiện mật khẩu', { id: 'wizard.password.show' })}
    </button>
  `;
}
