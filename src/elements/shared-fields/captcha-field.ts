/**
 * The backend captcha as a form field, for forms rendered in the light DOM: the image, a button
 * for another one and the answer input. The form keeps the challenge and the answer (never stored
 * anywhere else) and loads a new challenge after every use, right or wrong.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { CaptchaChallenge } from '../../core/schemas/captcha.js';
import { templates as english } from '../../i18n/generated/en/captcha-field.js';
import { addTranslations } from '../../i18n/locale.js';

addTranslations(english);

export interface CaptchaFieldView {
  id: string;
  label: string;
  challenge: CaptchaChallenge | null;
  /** Why no image could be loaded, if so. */
  loadError: string;
  answer: string;
  error: string;
  onAnswer(value: string): void;
  onRefresh(): void;
}

export function renderCaptchaField(view: CaptchaFieldView): TemplateResult {
  const { id, error } = view;
  return html`<div class="field ${error ? 'invalid' : ''}">
    <label for=${id}>${view.label} <span class="required" aria-hidden="true">*</span></label>
    <p class="hint" id=${`${id}-hint`}>
      ${msg('Nhập các ký tự trong ảnh, không phân biệt chữ hoa, chữ thường.', { id: 'captcha-field.hint' })}
    </p>
    ${error ? html`<p class="error" id=${`${id}-error`}>${error}</p>` : nothing}
    <div class="captcha">
      ${
        view.challenge
          ? html`<img src=${view.challenge.image} alt=${msg('Ảnh mã xác thực', { id: 'captcha-field.image' })} />`
          : html`<span class=${view.loadError ? 'error' : 'hint'}
              >${view.loadError || msg('Đang tải mã xác thực…', { id: 'captcha-field.loading' })}</span
            >`
      }
      <button type="button" class="link" @click=${view.onRefresh}>${msg('Lấy mã khác', { id: 'captcha-field.refresh' })}</button>
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
      .value=${view.answer}
      @input=${(event: Event) => view.onAnswer((event.target as HTMLInputElement).value)}
    />
  </div>`;
}
