import { DvcDossierForm } from './dvc-dossier-form.js';

DvcDossierForm.define('dvc-dossier-form');

declare global {
  interface HTMLElementTagNameMap {
    'dvc-dossier-form': DvcDossierForm;
  }
}
