import { DvcServiceFlow } from './dvc-service-flow.js';

DvcServiceFlow.define('dvc-service-flow');

declare global {
  interface HTMLElementTagNameMap {
    'dvc-service-flow': DvcServiceFlow;
  }
}
