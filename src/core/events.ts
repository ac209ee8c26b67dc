/**
 * Every DOM event the elements fire, with its detail type: the single source for names.
 * All are dispatched with `bubbles: true, composed: true`. No detail ever carries a password,
 * PIN, one-time code meant for another party, captcha answer or signing secret.
 */
import type { DvcErrorCode } from './errors.js';
import type { SupportCategory } from './schemas/feedback.js';
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

/** What a dossier may ask of the citizen: pay its fees (status 6) or supplement documents (status 5). */
export type DossierAction = 'pay-fees' | 'supplement-documents';

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
  /** The user changed the address: codes of the 2025 units, house number and street as `line`, everything as `text`. */
  'dvc-address-change': { provinceCode: string; communeCode: string; line: string; text: string };
  /** A dossier's status as the element first read it, and each time it changes while open. */
  'dvc-dossier-status-change': { dossierCode: string; status: number; previousStatus?: number };
  /** Cancelable: the citizen chose what the dossier asks of them; cancel it to handle it in the page. */
  'dvc-dossier-action': { dossierCode: string; action: DossierAction };
  'dvc-flow-step-change': { step: string; index: number; total: number };
  'dvc-flow-complete': Record<string, never>;
  /** The citizen agreed (or stopped agreeing) to prefill forms from their verified profile; never carries the profile. */
  'dvc-profile-consent-change': { consent: boolean };
  /** Cancelable: a feedback is about to be sent; only its title and how many files it carries. */
  'dvc-feedback-submit': { title: string; attachments: number };
  /** The portal received the feedback: its reference, to follow it up with. */
  'dvc-feedback-complete': { reference: string };
  /** Cancelable: a support request is about to be sent; its category, procedure and how many files, never the question or contact. */
  'dvc-support-request-submit': { category: SupportCategory; procedureCode?: string; attachments: number };
  /** The support desk received the request: its ticket reference. */
  'dvc-support-request-complete': { reference: string };
  /** Cancelable: an online dossier is about to be filed; only the procedure and how many files it carries. */
  'dvc-dossier-submit': { procedureCode: string; documents: number };
  /** The dossier was filed: its code, for `<dvc-dossier-status>` and `<dvc-payment-selector>`. */
  'dvc-dossier-complete': { procedureCode: string; dossierCode: string };
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
    'dvc-address-change': DvcEvent<'dvc-address-change'>;
    'dvc-dossier-status-change': DvcEvent<'dvc-dossier-status-change'>;
    'dvc-dossier-action': DvcEvent<'dvc-dossier-action'>;
    'dvc-flow-step-change': DvcEvent<'dvc-flow-step-change'>;
    'dvc-flow-complete': DvcEvent<'dvc-flow-complete'>;
    'dvc-profile-consent-change': DvcEvent<'dvc-profile-consent-change'>;
    'dvc-feedback-submit': DvcEvent<'dvc-feedback-submit'>;
    'dvc-feedback-complete': DvcEvent<'dvc-feedback-complete'>;
    'dvc-support-request-submit': DvcEvent<'dvc-support-request-submit'>;
    'dvc-support-request-complete': DvcEvent<'dvc-support-request-complete'>;
    'dvc-dossier-submit': DvcEvent<'dvc-dossier-submit'>;
    'dvc-dossier-complete': DvcEvent<'dvc-dossier-complete'>;
    'dvc-validity': DvcEvent<'dvc-validity'>;
    'dvc-error': DvcEvent<'dvc-error'>;
  }
}
