import { Directive, ElementRef, forwardRef, inject, type OnDestroy } from '@angular/core';
import { NG_VALIDATORS, NG_VALUE_ACCESSOR, type ControlValueAccessor, type ValidationErrors, type Validator } from '@angular/forms';
import type { DvcEvent, DvcOtpInput } from 'dvc-elements';

/**
 * Lets `<dvc-otp-input>` take part in Angular forms, with `formControlName`, `formControl` or
 * `ngModel`: the control's value goes into the element, the user's code comes back on
 * `dvc-otp-change`, the control is touched when focus leaves the element, `disable()` disables
 * it, and the control is invalid while the code is missing (`required`) or incomplete.
 *
 * Validation errors: `{ required: true }` and
 * `{ otpIncomplete: { requiredLength, actualLength } }` (shaped like Angular's `minlength`).
 */
@Directive({
  selector: 'dvc-otp-input[formControlName],dvc-otp-input[formControl],dvc-otp-input[ngModel]',
  providers: [
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => DvcOtpValueAccessor), multi: true },
    { provide: NG_VALIDATORS, useExisting: forwardRef(() => DvcOtpValueAccessor), multi: true },
  ],
  host: {
    '(dvc-otp-change)': 'handleChange($event)',
    '(focusout)': 'handleFocusOut($event)',
  },
})
export class DvcOtpValueAccessor implements ControlValueAccessor, Validator, OnDestroy {
  private readonly element: DvcOtpInput = inject<ElementRef<DvcOtpInput>>(ElementRef).nativeElement;
  private onChange: (value: string) => void = () => {};
  private onTouched: () => void = () => {};
  private onValidatorChange: () => void = () => {};
  /**
   * What makes a code complete can change under the form: `required` set by Angular's
   * `RequiredValidator` or an `[attr.required]` binding, a `length` or `alphanumeric` attribute.
   * Validate again when they do. Not on a server render.
   */
  private readonly observer = typeof MutationObserver === 'function' ? new MutationObserver(() => this.onValidatorChange()) : undefined;

  constructor() {
    this.observer?.observe(this.element, { attributes: true, attributeFilter: ['required', 'length', 'alphanumeric'] });
  }

  writeValue(value: unknown): void {
    this.element.value = value === null || value === undefined ? '' : String(value);
  }

  registerOnChange(fn: (value: string) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.element.disabled = disabled;
  }

  validate(): ValidationErrors | null {
    // The element's value is already fitted to its length and alphabet.
    const { value, required, length } = this.element;
    if (value === '') return required ? { required: true } : null;
    return value.length < length ? { otpIncomplete: { requiredLength: length, actualLength: value.length } } : null;
  }

  registerOnValidatorChange(fn: () => void): void {
    this.onValidatorChange = fn;
  }

  ngOnDestroy(): void {
    this.observer?.disconnect();
  }

  protected handleChange(event: DvcEvent<'dvc-otp-change'>): void {
    this.onChange(event.detail.value);
  }

  /** Moving between the field and the element's own resend button is not leaving it. */
  protected handleFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget;
    if (next instanceof Node && this.element.contains(next)) return;
    this.onTouched();
  }
}
