/**
 * The details step of the methods that ask questions (phone, BHXH, Vietnam Post, USB token, SIM,
 * SmartCA): native inputs with their labels, hints and errors, the activation choice and the
 * captcha. The check of the answers is in wizard-details-check.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { RegistrationMethod } from '../../core/events.js';
import type { CaptchaChallenge } from '../../core/schemas/captcha.js';
import { templates as english } from '../../i18n/generated/en/wizard-details.js';
import { addTranslations } from '../../i18n/locale.js';
import { renderCaptchaField } from '../shared-fields/captcha-field.js';
import { activationLabel, activationName, captchaLabel, FIELDS, type FieldDef } from './wizard-fields.js';
import type { Activation, StepView, Values } from './wizard-types.js';

addTranslations(english);

/** The questions a method asks on its details step. */
export const fieldsOf = (method: RegistrationMethod | null): readonly FieldDef[] => (method && FIELDS[method]) || [];

export interface CaptchaView {
  challenge: CaptchaChallenge | null;
  /** Why the image could not be loaded, if it could not. */
  loadError: string;
  answer: string;
  onAnswer: (answer: string) => void;
  onRefresh: () => void;
}

export interface DetailsView extends StepView {
  method: RegistrationMethod;
  values: Values;
  onValue: (name: FieldDef['name'], value: string) => void;
  activation: Activation;
  onActivation: (activation: Activation) => void;
  /** Shown when the registration still needs one. */
  captcha: CaptchaView | null;
  /** Read-only data shown above the questions (the certificate's, for a USB token). */
  lead?: TemplateResult;
  onSubmit: (event: Event) => void;
}

function renderField(view: DetailsView, field: FieldDef): TemplateResult {
  const id = view.key(field.name);
  const error = view.errors[field.name];
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
      .value=${view.values[field.name] ?? ''}
      @input=${(event: Event) => view.onValue(field.name, (event.target as HTMLInputElement).value)}
    />
  </div>`;
}

function renderCaptcha(view: DetailsView, captcha: CaptchaView): TemplateResult {
  return renderCaptchaField({ ...captcha, id: view.key('captchaAnswer'), label: captchaLabel(), error: view.errors.captchaAnswer ?? '' });
}

function renderActivation(view: DetailsView): TemplateResult {
  const choices: Activation[] = ['sms', 'email'];
  return html`<fieldset>
    <legend><strong>${activationLabel()}</strong> <span class="required" aria-hidden="true">*</span></legend>
    ${choices.map((value) => {
      const id = view.key(value === 'sms' ? 'activation' : 'activation-email');
      return html`<div class="choice">
        <input
          type="radio"
          name="activation"
          id=${id}
          value=${value}
          .checked=${view.activation === value}
          @change=${() => view.onActivation(value)}
        />
        <label for=${id}>${activationName(value)}</label>
      </div>`;
    })}
  </fieldset>`;
}

export function renderDetails(view: DetailsView): TemplateResult {
  return html`<form novalidate @submit=${view.onSubmit}>
    ${view.heading()} ${view.lead ?? nothing}
    <p class="hint">${msg('Các trường có dấu * là bắt buộc.', { id: 'wizard.required-note' })}</p>
    ${fieldsOf(view.method).map((field) => renderField(view, field))} ${view.method === 'vnpost' ? renderActivation(view) : nothing}
    ${view.captcha ? renderCaptcha(view, view.captcha) : nothing} ${view.actions(msg('Đăng ký', { id: 'wizard.register' }))}
  </form>`;
}
