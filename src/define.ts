/** Registers every element: the entry of the script-tag bundle and of `dvc-elements/define`. */
import './elements/dvc-address-picker/define.js';
import './elements/dvc-dossier-form/define.js';
import './elements/dvc-dossier-status/define.js';
import './elements/dvc-error-summary/define.js';
import './elements/dvc-feedback-form/define.js';
import './elements/dvc-otp-input/define.js';
import './elements/dvc-payment-selector/define.js';
import './elements/dvc-procedure-search/define.js';
import './elements/dvc-profile-consent/define.js';
import './elements/dvc-registration-wizard/define.js';
import './elements/dvc-satisfaction-survey/define.js';
import './elements/dvc-service-flow/define.js';
import './elements/dvc-support-request/define.js';

export { setLocale } from './i18n/locale.js';
export { createSession, getDefaultSession } from './core/session.js';
export { createDemoBackend, createHttpBackend } from './core/backend/index.js';
