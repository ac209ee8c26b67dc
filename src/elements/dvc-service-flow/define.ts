import '../dvc-procedure-search/define.js';
import '../dvc-registration-wizard/define.js';
import '../dvc-payment-selector/define.js';
import '../dvc-profile-consent/define.js';
import '../dvc-dossier-status/define.js';
import '../dvc-satisfaction-survey/define.js';
import { DvcServiceFlow } from './dvc-service-flow.js';

DvcServiceFlow.define('dvc-service-flow');

declare global {
  interface HTMLElementTagNameMap {
    'dvc-service-flow': DvcServiceFlow;
  }
}
