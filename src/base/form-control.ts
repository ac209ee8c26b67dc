import type { PropertyDeclarations } from 'lit';
import type { DvcElement } from './dvc-element.js';

type Constructor<T> = abstract new (...args: any[]) => T;

/** What the mixin adds, spelled out so declaration files can name it. */
export declare abstract class FormControl {
  static formAssociated: boolean;
  name: string;
  required: boolean;
  disabled: boolean;
  readonly form: HTMLFormElement | null;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  readonly isDisabled: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  formDisabledCallback(disabled: boolean): void;
  formResetCallback(): void;
  formStateRestoreCallback(state: string | File | FormData | null): void;
  protected readonly internals: ElementInternals;
  protected formDisabled: boolean;
  protected setFormValue(value: string | null): void;
  protected setValidity(flags: ValidityStateFlags, message?: string, anchor?: HTMLElement): void;
  protected abstract resetValue(): void;
  protected abstract restoreValue(state: string): void;
  protected abstract showValidity(): void;
}

/**
 * Form association on ElementInternals: the element takes part in `<form>` and `FormData`,
 * validity carries our own localized message, and reset, disabled fieldsets and state restore
 * work like a native control's. A subclass calls `setFormValue` on every value change and
 * `setValidity` after each validation, and implements `resetValue` and `restoreValue`.
 */
export function FormControlMixin<T extends Constructor<DvcElement>>(Base: T) {
  abstract class FormControlElement extends Base {
    static formAssociated = true;

    static properties: PropertyDeclarations = {
      name: { reflect: true },
      required: { type: Boolean, reflect: true },
      disabled: { type: Boolean, reflect: true },
    };

    declare name: string;
    declare required: boolean;
    declare disabled: boolean;

    protected readonly internals: ElementInternals;
    /** Disabled by an ancestor `<fieldset disabled>` or form, not by the attribute. */
    protected formDisabled = false;
    /** `checkValidity()` asks without showing errors, as a native control does. */
    private _quietCheck = false;
    /** `formDisabledCallback` ran during an update, after its render. */
    private _renderAgain = false;

    constructor(...args: any[]) {
      super(...args);
      this.internals = this.attachInternals();
      this.name = '';
      this.required = false;
      this.disabled = false;
      // Our inline message replaces the browser's bubble; focus goes to the first invalid
      // control, as the browser would have done.
      this.addEventListener('invalid', (event) => {
        event.preventDefault();
        if (this._quietCheck) return;
        this.showValidity();
        const firstInvalid = [...(this.form?.elements ?? [])].find(
          (element) => (element as HTMLInputElement).willValidate && !(element as HTMLInputElement).validity.valid,
        );
        if (firstInvalid === this) this.focus();
      });
    }

    get form(): HTMLFormElement | null {
      return this.internals.form;
    }
    get validity(): ValidityState {
      return this.internals.validity;
    }
    get validationMessage(): string {
      return this.internals.validationMessage;
    }
    get willValidate(): boolean {
      return this.internals.willValidate;
    }
    /** Disabled by its own attribute or by an ancestor. */
    get isDisabled(): boolean {
      return this.disabled || this.formDisabled;
    }

    checkValidity(): boolean {
      this._quietCheck = true;
      try {
        return this.internals.checkValidity();
      } finally {
        this._quietCheck = false;
      }
    }

    /** Checks validity, shows the element's own message (not the browser's bubble) and focuses it. */
    reportValidity(): boolean {
      const valid = this.checkValidity();
      if (!valid) {
        this.showValidity();
        this.focus();
      }
      return valid;
    }

    formDisabledCallback(disabled: boolean): void {
      this.formDisabled = disabled;
      // Lit reflects `disabled` after rendering, inside the update, and a request made then is
      // lost: render again from `updated()`, which `updateComplete` waits for.
      if (this.isUpdatePending) this._renderAgain = true;
      else this.requestUpdate();
    }

    protected override updated(changed: Map<PropertyKey, unknown>): void {
      super.updated(changed);
      if (!this._renderAgain) return;
      this._renderAgain = false;
      this.requestUpdate();
    }

    formResetCallback(): void {
      this.resetValue();
    }

    formStateRestoreCallback(state: string | File | FormData | null): void {
      if (typeof state === 'string') this.restoreValue(state);
    }

    protected setFormValue(value: string | null): void {
      this.internals.setFormValue(value);
    }

    /** Sets validity from flags; `message` is our localized text, `anchor` the inner control. */
    protected setValidity(flags: ValidityStateFlags, message = '', anchor?: HTMLElement): void {
      if (Object.values(flags).some(Boolean)) this.internals.setValidity(flags, message, anchor);
      else this.internals.setValidity({});
    }

    /** Puts the value back to its default (form reset). */
    protected abstract resetValue(): void;
    /** Restores a value the browser kept (back/forward navigation, autocomplete restore). */
    protected abstract restoreValue(state: string): void;
    /** Makes the current error visible to the user; called by `reportValidity` and form submit. */
    protected abstract showValidity(): void;
  }
  return FormControlElement as unknown as Constructor<FormControl> & T;
}
