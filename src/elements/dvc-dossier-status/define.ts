import { DvcDossierStatus } from './dvc-dossier-status.js';

DvcDossierStatus.define('dvc-dossier-status');

declare global {
  interface HTMLElementTagNameMap {
    'dvc-dossier-status': DvcDossierStatus;
  }
}
