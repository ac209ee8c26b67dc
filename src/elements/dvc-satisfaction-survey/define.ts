import { DvcSatisfactionSurvey } from './dvc-satisfaction-survey.js';

DvcSatisfactionSurvey.define('dvc-satisfaction-survey');

declare global {
  interface HTMLElementTagNameMap {
    'dvc-satisfaction-survey': DvcSatisfactionSurvey;
  }
}
