/**
 * Satisfaction evaluation of a dossier. `decree` is the Decree 61/2018 form: indicators scored
 * 2 / 1 / 0 and questions answered Rất hài lòng / Hài lòng / Không hài lòng; `short` asks only
 * those three levels; `five-level` is the ministry-portal scale that adds Bình thường and Rất
 * không hài lòng. Any form may also have multiple-choice questions (the short form's reasons),
 * answered with the ids of the options ticked. Question sets are data (`surveyQuestionSetSchema`),
 * so a province can bring its own; the defaults are in `../data/survey-questions.ts`.
 */
import { timestampSchema } from './common.js';
import { dossierCodeSchema } from './identifiers.js';
import { documented } from './registry.js';
import { SURVEY_COMMENT_MAX, SURVEY_MODES } from './survey-rules.js';
import { z } from './zod.js';

export { questionsFitMode, SURVEY_COMMENT_MAX } from './survey-rules.js';

export const surveyModeSchema = documented(z.enum(SURVEY_MODES), { id: 'SurveyMode' });

export const satisfactionLevelSchema = documented(z.enum(['very-satisfied', 'satisfied', 'neutral', 'dissatisfied', 'very-dissatisfied']), {
  id: 'SatisfactionLevel',
});

const THREE_LEVELS: readonly string[] = ['very-satisfied', 'satisfied', 'dissatisfied'];

/** Ids of questions and of the options of a multiple-choice question. */
export const surveyIdSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,39}$/));

/** The options ticked in a multiple-choice question (the reasons of the short form). */
const choicesAnswerSchema = z.array(surveyIdSchema).check(z.maxLength(20));

/** An indicator's score under the decree: 2, 1 or 0 points. */
const indicatorScoreSchema = z.int().check(z.minimum(0), z.maximum(2));

export const surveyAnswersSchema = documented(
  z.record(surveyIdSchema, z.union([satisfactionLevelSchema, indicatorScoreSchema, choicesAnswerSchema])),
  {
    id: 'SurveyAnswers',
    description:
      'Answer per question id: a satisfaction level, a decree indicator score (0–2), or the ids of the options ticked in a multiple-choice question.',
  },
);

/** Only the decree form scores indicators, and only the five-level form has the two extra levels. */
const answersFitMode = z.superRefine(
  (survey: { mode: z.infer<typeof surveyModeSchema>; answers: Record<string, string | number | string[]> }, ctx) => {
    if (Object.keys(survey.answers).length === 0) {
      ctx.addIssue({ code: 'custom', message: 'survey.empty', path: ['answers'], input: survey.answers });
    }
    for (const [question, answer] of Object.entries(survey.answers)) {
      const fits = Array.isArray(answer)
        ? true
        : typeof answer === 'number'
          ? survey.mode === 'decree'
          : survey.mode === 'five-level' || THREE_LEVELS.includes(answer);
      if (!fits) ctx.addIssue({ code: 'custom', message: 'survey.answer', path: ['answers', question], input: answer });
    }
  },
);

export const submitSurveyRequestSchema = documented(
  z
    .object({
      dossierCode: dossierCodeSchema,
      mode: surveyModeSchema,
      answers: surveyAnswersSchema,
      comment: z.optional(z.string().check(z.trim(), z.maxLength(SURVEY_COMMENT_MAX))),
    })
    .check(answersFitMode),
  { id: 'SubmitSurveyRequest', description: 'One evaluation per dossier.' },
);

export const surveyReceiptSchema = documented(z.object({ dossierCode: dossierCodeSchema, submittedAt: timestampSchema }), {
  id: 'SurveyReceipt',
});

/** A text a question set brings: Vietnamese, or Vietnamese with an English version. */
const localTextSchema = z.union([
  z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
  z.object({
    vi: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
    en: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(500))),
  }),
]);

const questionBase = {
  id: surveyIdSchema,
  text: localTextSchema,
  /** Shown under the question, e.g. the official wording of a decree indicator. */
  help: z.optional(localTextSchema),
};

/** A decree indicator (1–9): answers worth 2, 1 or 0 points. */
const indicatorQuestionSchema = z.object({
  ...questionBase,
  kind: z.literal('indicator'),
  required: z.optional(z.boolean()),
  options: z.array(z.object({ score: indicatorScoreSchema, text: localTextSchema })).check(
    z.minLength(2),
    z.maxLength(3),
    z.refine((options) => new Set(options.map((option) => option.score)).size === options.length, 'survey.duplicate-score'),
  ),
});

/** Answered on the mode's scale: three levels (decree, short) or five (five-level). */
const satisfactionQuestionSchema = z.object({ ...questionBase, kind: z.literal('satisfaction'), required: z.optional(z.boolean()) });

/** Tick any (always optional): the reasons of the short form. */
const choicesQuestionSchema = z.object({
  ...questionBase,
  kind: z.literal('choices'),
  options: z.array(z.object({ id: surveyIdSchema, text: localTextSchema })).check(
    z.minLength(1),
    z.maxLength(20),
    z.refine((options) => new Set(options.map((option) => option.id)).size === options.length, 'survey.duplicate-option'),
  ),
});

export const surveyQuestionSchema = z.discriminatedUnion('kind', [
  indicatorQuestionSchema,
  satisfactionQuestionSchema,
  choicesQuestionSchema,
]);

/**
 * A question set, as a province supplies it (JSON): one to forty questions with distinct ids.
 * Whether it fits a mode is `questionsFitMode`.
 */
export const surveyQuestionSetSchema = z.array(surveyQuestionSchema).check(
  z.minLength(1),
  z.maxLength(40),
  z.refine((questions) => new Set(questions.map((question) => question.id)).size === questions.length, 'survey.duplicate-question'),
);

export type SurveyLocalText = z.infer<typeof localTextSchema>;
export type SurveyQuestion = z.infer<typeof surveyQuestionSchema>;
export type SurveyQuestionSet = z.infer<typeof surveyQuestionSetSchema>;
export type SurveyMode = z.infer<typeof surveyModeSchema>;
export type SatisfactionLevel = z.infer<typeof satisfactionLevelSchema>;
export type SurveyAnswers = z.infer<typeof surveyAnswersSchema>;
export type SubmitSurveyRequest = z.infer<typeof submitSurveyRequestSchema>;
export type SurveyReceipt = z.infer<typeof surveyReceiptSchema>;
