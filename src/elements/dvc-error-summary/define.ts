import { DvcErrorSummary } from './dvc-error-summary.js';

DvcErrorSummary.define('dvc-error-summary');

declare global {
  interface HTMLElementTagNameMap {
    'dvc-error-summary': DvcErrorSummary;
  }
}
