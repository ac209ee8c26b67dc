/**
 * The behaviours every form-associated element shares with a native control (after Shoelace's
 * `runFormControlBaseTests` and Lion's test suites). Call `runFormControlTests({...})` inside a
 * test file; each element adds its own tests for what is specific to it.
 */
import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { setLocale } from '../../src/i18n/locale.js';

type Control = HTMLElement & {
  value: string;
  name: string;
  required: boolean;
  disabled: boolean;
  readonly form: HTMLFormElement | null;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  updateComplete?: Promise<unknown>;
  formStateRestoreCallback?(state: string, mode: string): void;
};

export interface FormControlSuiteOptions<T extends HTMLElement = HTMLElement> {
  /** The registered tag, e.g. `dvc-otp-input` (its define module must be imported). */
  tag: string;
  /** A complete, valid value. */
  validValue: string;
  /** A non-empty value that is still invalid (too short, malformed...), when the control has one. */
  invalidValue?: string;
  /** What `FormData` holds for `validValue`; `validValue` by default. */
  submittedValue?: string;
  /** Puts a value in as the user would; `el.value = value` by default. */
  setValue?: (element: T, value: string) => void | Promise<void>;
  /** The required message in Vietnamese and English, when it should be checked exactly. */
  requiredMessage?: { vi: string; en: string };
}

export function runFormControlTests<T extends HTMLElement = HTMLElement>(options: FormControlSuiteOptions<T>): void {
  const { tag, validValue } = options;
  const submitted = options.submittedValue ?? validValue;

  /** A form holding one control with the given attributes, plus a text field after it. */
  async function setup(attributes: Record<string, string | boolean> = {}) {
    const form = document.createElement('form');
    const fieldset = document.createElement('fieldset');
    const element = document.createElement(tag) as unknown as Control;
    for (const [name, value] of Object.entries(attributes)) {
      if (value === true) element.setAttribute(name, '');
      else if (value !== false) element.setAttribute(name, value);
    }
    fieldset.append(element);
    const after = document.createElement('input');
    after.name = 'after';
    form.append(fieldset, after);
    // Not `fixture()`: it waits for an animation frame, which a background tab never gets.
    fixtureSync(html`<div>${form}</div>`);
    await element.updateComplete;
    return { form, fieldset, element, after };
  }

  async function setValue(element: Control, value: string) {
    if (options.setValue) await options.setValue(element as unknown as T, value);
    else element.value = value;
    await element.updateComplete;
  }

  const focusedWithin = (element: Element) => element.matches(':focus-within');

  describe(`form control: <${tag}>`, () => {
    afterEach(async () => {
      await setLocale('vi');
    });

    it('is form-associated and knows its form', async () => {
      const { form, element } = await setup();
      expect((customElements.get(tag) as unknown as { formAssociated?: boolean }).formAssociated).to.equal(true);
      expect(element.form).to.equal(form);
      expect([...form.elements]).to.include(element);
    });

    it('submits its value under its name, and nothing without a name', async () => {
      const { form, element } = await setup();
      await setValue(element, validValue);
      expect([...new FormData(form).keys()]).to.deep.equal(['after']);
      element.name = 'code';
      await element.updateComplete;
      expect(new FormData(form).get('code')).to.equal(submitted);
      expect(new FormData(form).getAll('code')).to.have.length(1);
    });

    it('takes its name from the name attribute', async () => {
      const { form, element } = await setup({ name: 'from-attribute' });
      expect(element.name).to.equal('from-attribute');
      await setValue(element, validValue);
      expect(new FormData(form).get('from-attribute')).to.equal(submitted);
    });

    it('updates the form value on a programmatic change, without waiting for a render', async () => {
      const { form, element } = await setup({ name: 'code' });
      element.value = validValue;
      expect(new FormData(form).get('code')).to.equal(submitted);
      element.value = '';
      expect(new FormData(form).get('code') ?? '').to.equal('');
    });

    it('is valid when empty and not required', async () => {
      const { form, element } = await setup({ name: 'code' });
      expect(element.willValidate).to.equal(true);
      expect(element.checkValidity()).to.equal(true);
      expect(element.validity.valid).to.equal(true);
      expect(element.validationMessage).to.equal('');
      expect(form.checkValidity()).to.equal(true);
    });

    it('is invalid with our own message when required and empty, valid once filled', async () => {
      const { form, element } = await setup({ name: 'code', required: true });
      expect(element.required).to.equal(true);
      expect(element.checkValidity()).to.equal(false);
      expect(element.validity.valueMissing).to.equal(true);
      expect(form.checkValidity()).to.equal(false);
      if (options.requiredMessage) expect(element.validationMessage).to.equal(options.requiredMessage.vi);
      else expect(element.validationMessage).to.be.a('string').and.not.equal('');
      await setValue(element, validValue);
      expect(element.checkValidity()).to.equal(true);
      expect(element.validity.valid).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
    });

    it('gives its validation message in the page language', async () => {
      const { element } = await setup({ required: true });
      const vietnamese = element.validationMessage;
      await setLocale('en');
      await element.updateComplete;
      if (options.requiredMessage) {
        expect(vietnamese).to.equal(options.requiredMessage.vi);
        expect(element.validationMessage).to.equal(options.requiredMessage.en);
      } else {
        expect(element.validationMessage).to.not.equal(vietnamese);
      }
    });

    if (options.invalidValue !== undefined) {
      it('is invalid with a malformed value even when not required', async () => {
        const { element } = await setup();
        await setValue(element, options.invalidValue!);
        expect(element.checkValidity()).to.equal(false);
        expect(element.validity.valid).to.equal(false);
        expect(element.validationMessage).to.not.equal('');
      });
    }

    it('reportValidity() fires invalid and returns false when invalid, true when valid', async () => {
      const { element } = await setup({ required: true });
      let invalidEvents = 0;
      element.addEventListener('invalid', () => invalidEvents++);
      expect(element.reportValidity()).to.equal(false);
      expect(invalidEvents).to.equal(1);
      await setValue(element, validValue);
      expect(element.reportValidity()).to.equal(true);
      expect(invalidEvents).to.equal(1);
    });

    it('blocks submission while invalid and moves focus to itself, then submits its value', async () => {
      const { form, element } = await setup({ name: 'code', required: true });
      let submits = 0;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submits++;
      });
      form.requestSubmit();
      expect(submits).to.equal(0);
      expect(focusedWithin(element)).to.equal(true);
      await setValue(element, validValue);
      const submitted$ = oneEvent(form, 'submit');
      form.requestSubmit();
      const event = (await submitted$) as Event;
      expect(submits).to.equal(1);
      expect(new FormData(event.target as HTMLFormElement).get('code')).to.equal(submitted);
    });

    it('goes back to its default value when the form is reset', async () => {
      const { form, element } = await setup({ name: 'code' });
      await setValue(element, validValue);
      form.reset();
      await element.updateComplete;
      expect(element.value).to.equal('');
      expect(new FormData(form).get('code') ?? '').to.equal('');
    });

    it('is left out of the form data and validation when disabled', async () => {
      const { form, element } = await setup({ name: 'code', required: true, disabled: true });
      await setValue(element, validValue);
      expect(element.matches(':disabled')).to.equal(true);
      expect(element.willValidate).to.equal(false);
      expect(new FormData(form).has('code')).to.equal(false);
      expect(form.checkValidity()).to.equal(true);
      element.disabled = false;
      await element.updateComplete;
      expect(new FormData(form).get('code')).to.equal(submitted);
    });

    it('is disabled by a disabled fieldset, and enabled again with it', async () => {
      const { form, fieldset, element } = await setup({ name: 'code', required: true });
      await setValue(element, validValue);
      fieldset.disabled = true;
      await element.updateComplete;
      expect(element.matches(':disabled')).to.equal(true);
      expect(element.disabled).to.equal(false);
      expect(element.willValidate).to.equal(false);
      expect(new FormData(form).has('code')).to.equal(false);
      fieldset.disabled = false;
      await element.updateComplete;
      expect(element.matches(':disabled')).to.equal(false);
      expect(new FormData(form).get('code')).to.equal(submitted);
    });

    it('restores a value the browser kept', async () => {
      const { element } = await setup({ name: 'code' });
      element.formStateRestoreCallback?.(validValue, 'restore');
      await element.updateComplete;
      expect(element.value).to.equal(validValue);
    });
  });
}
