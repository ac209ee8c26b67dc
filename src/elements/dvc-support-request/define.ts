import { DvcSupportRequest } from './dvc-support-request.js';

DvcSupportRequest.define('dvc-support-request');

declare global {
  interface HTMLElementTagNameMap {
    'dvc-support-request': DvcSupportRequest;
  }
}
