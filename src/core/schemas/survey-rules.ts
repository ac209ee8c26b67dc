/**
 * The parts of the survey rules that need no schema library: the modes, the comment limit, and
 * whether a question set fits a mode. Kept apart from `survey.ts` so an element can apply them
 * without loading zod; `survey.ts` builds its schemas on them and exports them too.
 */
import type { SurveyMode, SurveyQuestion } from './survey.js';

export const SURVEY_MODES = ['decree', 'five-level', 'short'] as const;

/** The longest comment a citizen may leave. */
export const SURVEY_COMMENT_MAX = 1200;

/** Indicators only in the decree form; every form needs at least one question with a scale. */
export function questionsFitMode(questions: readonly SurveyQuestion[], mode: SurveyMode): boolean {
  if (mode !== 'decree' && questions.some((question) => question.kind === 'indicator')) return false;
  return questions.some((question) => question.kind !== 'choices');
}
