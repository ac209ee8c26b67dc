/** Online dossier forms, described as data, and the check of answers against them. */
export * from './form-description.js';
export * from './answers.js';
export * from './check-answers.js';
export * from './document-policy.js';
export { TEMPORARY_RESIDENCE_FORM } from './temporary-residence.js';
export { TEMPORARY_ABSENCE_FORM } from './temporary-absence.js';
export { DOSSIER_FORMS, dossierFormFor } from './catalogue.js';
export { DOSSIER_FORM_CODES, hasDossierForm } from './form-codes.js';
