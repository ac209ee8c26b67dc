/**
 * What the wizard's step modules share with the element: the shape of answers and errors, and
 * the few things a method's steps may ask of the element that runs them (`WizardHost`).
 */
import type { TemplateResult } from 'lit';
import type { DvcBackend } from '../../core/backend/types.js';
import type { RegistrationMethod, Subject } from '../../core/events.js';
import type { FieldName } from './wizard-fields.js';
import type { StepId } from './wizard-flow.js';

export type Values = Partial<Record<FieldName, string>>;

export type ErrorKey =
  FieldName | 'captchaAnswer' | 'password' | 'confirm' | 'subject' | 'method' | 'otp' | 'activation' | 'pin' | 'certificate';

export type Errors = Partial<Record<ErrorKey, string>>;

export type Activation = 'sms' | 'email';

/** A failure shown as a banner above the step, with a way forward when there is one. */
export interface Failure {
  code: string;
  message: string;
  retry?: () => void;
}

/** What every step's view needs from the element: ids, the heading, the buttons, the errors. */
export interface StepView {
  /** An id unique to this wizard on the page. */
  key(name: string): string;
  /** The step heading, focusable so focus can move to it. */
  heading(): TemplateResult;
  /** The step's buttons: the primary one (when given) and Back (unless this is the first step). */
  actions(primary: string | null): TemplateResult;
  errors: Errors;
  locale: string;
}

/** What a method's steps may ask of the wizard running them. */
export interface WizardHost {
  readonly backend: DvcBackend | undefined;
  /** The subject the account is for (citizen until one is chosen). */
  readonly subject: Subject;
  readonly method: RegistrationMethod | null;
  readonly step: StepId;
  /** Runs one backend call with the busy state; a failure is shown (with `retry`) and gives undefined. */
  call<T>(run: (backend: DvcBackend, signal: AbortSignal) => Promise<T>, retry: () => void): Promise<T | undefined>;
  go(step: StepId): void;
  /** Moves focus to the step heading after the next render (the step's view changed under the user). */
  focusHeading(): void;
  fail(failure: Failure): void;
  clearFailure(): void;
  showErrors(errors: Errors): void;
  requestUpdate(): void;
}
