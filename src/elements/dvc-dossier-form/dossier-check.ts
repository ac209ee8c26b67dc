/**
 * The check of a dossier's answers against its form description, with the identifier parsers it
 * uses, and the messages of its codes. Loaded apart from the form: nothing is judged until the
 * citizen continues.
 */
import { claimedKind } from '../../core/attachments/attachment-policy.js';
import { checkAnswers, type AnswerErrors } from '../../core/dossier-forms/check-answers.js';
import type { DossierAnswers, DossierForm } from '../../core/dossier-forms/index.js';

export { answerMessage } from './dossier-answer-messages.js';

/** The codes of the answers' errors by answer key; each file is judged by the kind its name claims. */
export function answerErrors(form: DossierForm, answers: DossierAnswers, fileNames: Record<string, readonly string[]>): AnswerErrors {
  const kinds = Object.fromEntries(Object.entries(fileNames).map(([id, names]) => [id, names.map((name) => claimedKind(name))]));
  return checkAnswers(form, answers, kinds);
}
