import { DvcProfileConsent } from './dvc-profile-consent.js';

DvcProfileConsent.define('dvc-profile-consent');

declare global {
  interface HTMLElementTagNameMap {
    'dvc-profile-consent': DvcProfileConsent;
  }
}
