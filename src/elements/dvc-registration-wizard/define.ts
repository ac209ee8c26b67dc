import { DvcRegistrationWizard } from './dvc-registration-wizard.js';

DvcRegistrationWizard.define('dvc-registration-wizard');

declare global {
  interface HTMLElementTagNameMap {
    'dvc-registration-wizard': DvcRegistrationWizard;
  }
}
