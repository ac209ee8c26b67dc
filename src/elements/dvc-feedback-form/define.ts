import { DvcFeedbackForm } from './dvc-feedback-form.js';

DvcFeedbackForm.define('dvc-feedback-form');

declare global {
  interface HTMLElementTagNameMap {
    'dvc-feedback-form': DvcFeedbackForm;
  }
}
