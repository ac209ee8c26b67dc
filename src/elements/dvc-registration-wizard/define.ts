import '../dvc-error-summary/define.js';
import { DvcRegistrationWizard } from './dvc-registration-wizard.js';

DvcRegistrationWizard.define('dvc-registration-wizard');

declare global {
  interface HTMLElementTagNameMap {
    'dvc-registration-wizard': DvcRegistrationWizard;
  }
}
