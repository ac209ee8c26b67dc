/**
 * Every DOM event the elements fire, with its detail type: the single source for names.
 * All are dispatched with `bubbles: true, composed: true`. No detail ever carries a password,
 * PIN, one-time code meant for another party, captcha answer or signing secret.
 */
import type { DvcErrorCode } from './errors.js';
import type { Procedure } from './schemas/procedure.js';

export type Subject = 'citizen' | 'enterprise' | 'agency';

export type RegistrationMethod = 'phone' | 'bhxh' | 'vnpost' | 'usb-token' | 'sim-ca' | 'smartca' | 'vneid';

export interface AccountSummary {
  id: string;
  subject: Subject;
  method: RegistrationMethod;
  displayName: string;
  maskedPhone?: string;
}

export interface DvcEventMap {
  'dvc-otp-change': { value: string; complete: boolean };
  'dvc-otp-complete': { value: string };
  'dvc-otp-resend': Record<string, never>;
  'dvc-step-change': { step: string; index: number; total: number };
  'dvc-registration-complete': { account: AccountSummary };
  'dvc-search': { query: string; filters: Record<string, string[]>; total: number };
  'dvc-procedure-select': { procedure: Procedure };
  'dvc-payment-method-change': { method: string };
  'dvc-payment-submit': { dossierCode: string; amount: number; method: string };
  'dvc-payment-result': { status: string; transactionId?: string; receipts: unknown[] };
  'dvc-survey-submit': { dossierCode: string; answers: Record<string, unknown>; comment?: string };
  'dvc-survey-complete': { dossierCode: string };
  'dvc-flow-step-change': { step: string; index: number; total: number };
  'dvc-flow-complete': Record<string, never>;
  /** A control's own errors changed; `<dvc-error-summary>` listens for it. */
  'dvc-validity': { errors: FieldError[] };
  'dvc-error': { code: DvcErrorCode | string; message: string; field?: string };
}

/** One field's error, as published by a control for the error summary. */
export interface FieldError {
  /** The element that should receive focus when the error is chosen. */
  target: EventTarget;
  /** The field's visible label. */
  label: string;
  /** The localized message, worded as inline. */
  message: string;
}

export type DvcEventName = keyof DvcEventMap;

export type DvcEvent<K extends DvcEventName> = CustomEvent<DvcEventMap[K]>;

declare global {
  interface HTMLElementEventMap {
    'dvc-otp-change': DvcEvent<'dvc-otp-change'>;
    'dvc-otp-complete': DvcEvent<'dvc-otp-complete'>;
    'dvc-otp-resend': DvcEvent<'dvc-otp-resend'>;
    'dvc-step-change': DvcEvent<'dvc-step-change'>;
    'dvc-registration-complete': DvcEvent<'dvc-registration-complete'>;
    'dvc-search': DvcEvent<'dvc-search'>;
    'dvc-procedure-select': DvcEvent<'dvc-procedure-select'>;
    'dvc-payment-method-change': DvcEvent<'dvc-payment-method-change'>;
    'dvc-payment-submit': DvcEvent<'dvc-payment-submit'>;
    'dvc-payment-result': DvcEvent<'dvc-payment-result'>;
    'dvc-survey-submit': DvcEvent<'dvc-survey-submit'>;
    'dvc-survey-complete': DvcEvent<'dvc-survey-complete'>;
    'dvc-flow-step-change': DvcEvent<'dvc-flow-step-change'>;
    'dvc-flow-complete': DvcEvent<'dvc-flow-complete'>;
    'dvc-validity': DvcEvent<'dvc-validity'>;
    'dvc-error': DvcEvent<'dvc-error'>;
  }
}
