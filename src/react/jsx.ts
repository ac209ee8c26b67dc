/**
 * JSX types for React 19, which renders custom elements itself: properties as props and
 * `on<event-name>` props as listeners, so `<dvc-otp-input length={6} ondvc-otp-complete={…} />`
 * type-checks. Imported by `dvc-elements/react`; an app that only uses the tags can import
 * `dvc-elements/react/jsx` for the types alone.
 */
import type { WebComponentProps } from '@lit/react';
import type { DvcAddressPicker } from '../elements/dvc-address-picker/dvc-address-picker.js';
import type { DvcDossierForm } from '../elements/dvc-dossier-form/dvc-dossier-form.js';
import type { DvcDossierStatus } from '../elements/dvc-dossier-status/dvc-dossier-status.js';
import type { DvcErrorSummary } from '../elements/dvc-error-summary/dvc-error-summary.js';
import type { DvcFeedbackForm } from '../elements/dvc-feedback-form/dvc-feedback-form.js';
import type { DvcOtpInput } from '../elements/dvc-otp-input/dvc-otp-input.js';
import type { DvcPaymentSelector } from '../elements/dvc-payment-selector/dvc-payment-selector.js';
import type { DvcProcedureSearch } from '../elements/dvc-procedure-search/dvc-procedure-search.js';
import type { DvcProfileConsent } from '../elements/dvc-profile-consent/dvc-profile-consent.js';
import type { DvcRegistrationWizard } from '../elements/dvc-registration-wizard/dvc-registration-wizard.js';
import type { DvcSatisfactionSurvey } from '../elements/dvc-satisfaction-survey/dvc-satisfaction-survey.js';
import type { DvcServiceFlow } from '../elements/dvc-service-flow/dvc-service-flow.js';
import type { DvcSupportRequest } from '../elements/dvc-support-request/dvc-support-request.js';
import type { ElementEvents, NativeEventProps } from './element-events.js';

/** A tag's props: its properties, the usual HTML attributes, and its events. */
type TagProps<Tag extends keyof ElementEvents, Element extends HTMLElement> = WebComponentProps<Element> &
  NativeEventProps<ElementEvents[Tag][number]>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'dvc-address-picker': TagProps<'dvc-address-picker', DvcAddressPicker>;
      'dvc-dossier-form': TagProps<'dvc-dossier-form', DvcDossierForm>;
      'dvc-dossier-status': TagProps<'dvc-dossier-status', DvcDossierStatus>;
      'dvc-error-summary': TagProps<'dvc-error-summary', DvcErrorSummary>;
      'dvc-feedback-form': TagProps<'dvc-feedback-form', DvcFeedbackForm>;
      'dvc-otp-input': TagProps<'dvc-otp-input', DvcOtpInput>;
      'dvc-payment-selector': TagProps<'dvc-payment-selector', DvcPaymentSelector>;
      'dvc-procedure-search': TagProps<'dvc-procedure-search', DvcProcedureSearch>;
      'dvc-profile-consent': TagProps<'dvc-profile-consent', DvcProfileConsent>;
      'dvc-registration-wizard': TagProps<'dvc-registration-wizard', DvcRegistrationWizard>;
      'dvc-satisfaction-survey': TagProps<'dvc-satisfaction-survey', DvcSatisfactionSurvey>;
      'dvc-service-flow': TagProps<'dvc-service-flow', DvcServiceFlow>;
      'dvc-support-request': TagProps<'dvc-support-request', DvcSupportRequest>;
    }
  }
}
