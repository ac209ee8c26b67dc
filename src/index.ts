/** `dvc-elements`: element classes, the core and types. Importing this registers nothing. */
export * from './core/index.js';
export { DvcElement } from './base/dvc-element.js';
export { FormControlMixin, type FormControl } from './base/form-control.js';
export { sessionContext } from './base/session-context.js';
export { setLocale, getLocale, LOCALES } from './i18n/locale.js';
export { formatMoney, formatDate } from './i18n/format.js';
export { errorMessage } from './i18n/messages.js';
export { DvcAddressPicker } from './elements/dvc-address-picker/dvc-address-picker.js';
export { DvcDossierStatus } from './elements/dvc-dossier-status/dvc-dossier-status.js';
export { DvcErrorSummary } from './elements/dvc-error-summary/dvc-error-summary.js';
export { DvcOtpInput } from './elements/dvc-otp-input/dvc-otp-input.js';
export { DvcPaymentSelector } from './elements/dvc-payment-selector/dvc-payment-selector.js';
export { DvcProcedureSearch, type SelectedFilters } from './elements/dvc-procedure-search/dvc-procedure-search.js';
export { DvcRegistrationWizard } from './elements/dvc-registration-wizard/dvc-registration-wizard.js';
export { DvcSatisfactionSurvey } from './elements/dvc-satisfaction-survey/dvc-satisfaction-survey.js';
export { DvcProfileConsent } from './elements/dvc-profile-consent/dvc-profile-consent.js';
export { DvcFeedbackForm } from './elements/dvc-feedback-form/dvc-feedback-form.js';
export { DvcServiceFlow } from './elements/dvc-service-flow/dvc-service-flow.js';
