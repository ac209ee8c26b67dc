/**
 * `dvc-elements/react`: one React component per element, made with `@lit/react`. Props set the
 * element's properties (objects and arrays included), and `on…` props listen to its events with
 * typed details: `onDvcOtpComplete={(event) => event.detail.value}`. Works with React 18 and 19.
 * Importing this module registers the elements it wraps.
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { DvcAddressPicker as DvcAddressPickerElement } from '../elements/dvc-address-picker/dvc-address-picker.js';
import { DvcDossierForm as DvcDossierFormElement } from '../elements/dvc-dossier-form/dvc-dossier-form.js';
import { DvcDossierStatus as DvcDossierStatusElement } from '../elements/dvc-dossier-status/dvc-dossier-status.js';
import { DvcErrorSummary as DvcErrorSummaryElement } from '../elements/dvc-error-summary/dvc-error-summary.js';
import { DvcFeedbackForm as DvcFeedbackFormElement } from '../elements/dvc-feedback-form/dvc-feedback-form.js';
import { DvcOtpInput as DvcOtpInputElement } from '../elements/dvc-otp-input/dvc-otp-input.js';
import { DvcPaymentSelector as DvcPaymentSelectorElement } from '../elements/dvc-payment-selector/dvc-payment-selector.js';
import { DvcProcedureSearch as DvcProcedureSearchElement } from '../elements/dvc-procedure-search/dvc-procedure-search.js';
import { DvcProfileConsent as DvcProfileConsentElement } from '../elements/dvc-profile-consent/dvc-profile-consent.js';
import { DvcRegistrationWizard as DvcRegistrationWizardElement } from '../elements/dvc-registration-wizard/dvc-registration-wizard.js';
import { DvcSatisfactionSurvey as DvcSatisfactionSurveyElement } from '../elements/dvc-satisfaction-survey/dvc-satisfaction-survey.js';
import { DvcServiceFlow as DvcServiceFlowElement } from '../elements/dvc-service-flow/dvc-service-flow.js';
import { DvcSupportRequest as DvcSupportRequestElement } from '../elements/dvc-support-request/dvc-support-request.js';
import { ELEMENT_EVENTS, wrapperEvents, type ElementEvents } from './element-events.js';
import '../elements/dvc-address-picker/define.js';
import '../elements/dvc-dossier-form/define.js';
import '../elements/dvc-dossier-status/define.js';
import '../elements/dvc-error-summary/define.js';
import '../elements/dvc-feedback-form/define.js';
import '../elements/dvc-otp-input/define.js';
import '../elements/dvc-payment-selector/define.js';
import '../elements/dvc-procedure-search/define.js';
import '../elements/dvc-profile-consent/define.js';
import '../elements/dvc-registration-wizard/define.js';
import '../elements/dvc-satisfaction-survey/define.js';
import '../elements/dvc-service-flow/define.js';
import '../elements/dvc-support-request/define.js';
import './jsx.js';

export type { WrapperEvents, NativeEventProps } from './element-events.js';

function wrap<E extends HTMLElement, const Tag extends keyof ElementEvents>(tagName: Tag, elementClass: new () => E, displayName: string) {
  return createComponent({ react: React, tagName, elementClass, events: wrapperEvents(ELEMENT_EVENTS[tagName]), displayName });
}

export const DvcAddressPicker = wrap('dvc-address-picker', DvcAddressPickerElement, 'DvcAddressPicker');
export const DvcDossierForm = wrap('dvc-dossier-form', DvcDossierFormElement, 'DvcDossierForm');
export const DvcDossierStatus = wrap('dvc-dossier-status', DvcDossierStatusElement, 'DvcDossierStatus');
export const DvcErrorSummary = wrap('dvc-error-summary', DvcErrorSummaryElement, 'DvcErrorSummary');
export const DvcFeedbackForm = wrap('dvc-feedback-form', DvcFeedbackFormElement, 'DvcFeedbackForm');
export const DvcOtpInput = wrap('dvc-otp-input', DvcOtpInputElement, 'DvcOtpInput');
export const DvcPaymentSelector = wrap('dvc-payment-selector', DvcPaymentSelectorElement, 'DvcPaymentSelector');
export const DvcProcedureSearch = wrap('dvc-procedure-search', DvcProcedureSearchElement, 'DvcProcedureSearch');
export const DvcProfileConsent = wrap('dvc-profile-consent', DvcProfileConsentElement, 'DvcProfileConsent');
export const DvcRegistrationWizard = wrap('dvc-registration-wizard', DvcRegistrationWizardElement, 'DvcRegistrationWizard');
export const DvcSatisfactionSurvey = wrap('dvc-satisfaction-survey', DvcSatisfactionSurveyElement, 'DvcSatisfactionSurvey');
export const DvcServiceFlow = wrap('dvc-service-flow', DvcServiceFlowElement, 'DvcServiceFlow');
export const DvcSupportRequest = wrap('dvc-support-request', DvcSupportRequestElement, 'DvcSupportRequest');
