/**
 * Reading a form description: its fields in order, and which documents the answers make
 * required. Apart from the answers' check, so a form can render without the identifier parsers.
 */
import type { DossierAnswers } from './answers.js';
import type { DossierForm, FormField } from './form-description.js';

/** Every form field, in order, with its section flattened away. */
export const formFields = (form: DossierForm): FormField[] => form.sections.flatMap((section) => section.fields);

/** Whether a document must be attached, given the answers (`requiredWhen` a select has a value). */
export function documentRequired(form: DossierForm, documentId: string, answers: DossierAnswers): boolean {
  const document = form.documents.find((candidate) => candidate.id === documentId);
  if (!document) return false;
  if (!document.requiredWhen) return document.required;
  const value = answers[document.requiredWhen.field];
  return typeof value === 'string' && document.requiredWhen.values.includes(value);
}
