/**
 * The check of a question set a page gives (`questions`) against the core schema. Loaded apart
 * from the survey: the schema and zod are most of its weight, and the default sets need no check.
 */
import { surveyQuestionSetSchema, type SurveyQuestionSet } from '../../core/schemas/survey.js';
import { z } from '../../core/schemas/zod.js';

/** A question set given as an array or as JSON text; `undefined` when it is not a valid set. */
export function parseQuestionSet(value: unknown): SurveyQuestionSet | undefined {
  let input = value;
  if (typeof value === 'string') {
    try {
      input = JSON.parse(value) as unknown;
    } catch {
      return undefined;
    }
  }
  const parsed = z.safeParse(surveyQuestionSetSchema, input);
  return parsed.success ? parsed.data : undefined;
}
