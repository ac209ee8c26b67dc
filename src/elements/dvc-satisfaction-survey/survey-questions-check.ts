/**
 * The check of a question set a page gives (`questions`) against the core schema. Loaded apart
 * from the survey: the schema and zod are most of its weight, and the default sets need no check.
 */
import { surveyQuestionSetSchema, type SurveyQuestionSet } from '../../core/schemas/survey.js';
import { parseGiven } from '../../core/schemas/validate.js';

/** A question set given as an array or as JSON text; `undefined` when it is not a valid set. */
export const parseQuestionSet = (value: unknown): SurveyQuestionSet | undefined => parseGiven(surveyQuestionSetSchema, value);
