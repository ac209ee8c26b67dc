/**
 * The parts around a step: a question answered by one choice (subject, method), the banner for
 * a failure with its way forward, and the notice after a draft was restored.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { templates as english } from '../../i18n/generated/en/wizard-notices.js';
import { addTranslations } from '../../i18n/locale.js';
import type { Failure, StepView } from './wizard-types.js';

addTranslations(english);

export interface Choice<T extends string> {
  name: 'subject' | 'method';
  options: readonly T[];
  current: T | null;
  label: (value: T) => string;
  onSubmit: (event: Event) => void;
}

/** One radio group whose legend is the step heading. */
export function renderChoice<T extends string>(view: StepView, choice: Choice<T>): TemplateResult {
  const { name } = choice;
  const error = view.errors[name];
  const errorId = view.key(`${name}-error`);
  return html`<form novalidate @submit=${choice.onSubmit}>
    <fieldset aria-describedby=${error ? errorId : nothing}>
      <legend>${view.heading()}</legend>
      ${error ? html`<p class="error" id=${errorId}>${error}</p>` : nothing}
      ${choice.options.map((value, index) => {
        // The first option carries the question's id, so the error summary's link lands on the group.
        const id = index === 0 ? view.key(name) : view.key(`${name}-${value}`);
        return html`<div class="choice">
          <input type="radio" name=${name} id=${id} value=${value} .checked=${value === choice.current} />
          <label for=${id}>${choice.label(value)}</label>
        </div>`;
      })}
    </fieldset>
    ${view.actions(msg('Tiếp tục', { id: 'wizard.continue' }))}
  </form>`;
}

export function renderFailure(
  failure: Failure,
  options: { forgotPasswordUrl: string | null; onRegisterAgain: () => void },
): TemplateResult {
  const { code } = failure;
  return html`<div class="failure" role="alert" tabindex="-1">
    <p>${failure.message}</p>
    ${
      code === 'account-exists' && options.forgotPasswordUrl
        ? html`<p><a href=${options.forgotPasswordUrl}>${msg('Quên mật khẩu', { id: 'wizard.forgot-password' })}</a></p>`
        : nothing
    }
    ${
      code === 'state-invalid'
        ? html`<button type="button" class="secondary" @click=${options.onRegisterAgain}>
            ${msg('Nhập lại thông tin đăng ký', { id: 'wizard.register-again' })}
          </button>`
        : nothing
    }
    ${
      failure.retry && code !== 'state-invalid' && code !== 'account-exists'
        ? html`<button type="button" class="secondary" @click=${() => failure.retry!()}>${msg('Thử lại', { id: 'wizard.retry' })}</button>`
        : nothing
    }
  </div>`;
}

/** After a reload: the answers are back, and these (never saved) must be entered again. */
export function renderRestored(reenter: readonly string[]): TemplateResult {
  return html`<div class="notice" role="note">
    <p>${msg('Chúng tôi đã khôi phục thông tin bạn nhập trước đó.', { id: 'wizard.restored' })}</p>
    <p>${msg(str`Vì an toàn, bạn cần nhập lại: ${reenter.join(', ')}.`, { id: 'wizard.restored-reenter' })}</p>
  </div>`;
}
