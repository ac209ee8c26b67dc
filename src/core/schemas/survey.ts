/**
 * Satisfaction evaluation of a dossier. `decree` is the Decree 61/2018 form: indicators scored
 * 2 / 1 / 0 and questions answered Rất hài lòng / Hài lòng / Không hài lòng; `short` asks only
 * those three levels; `five-level` is the ministry-portal scale that adds Bình thường and Rất
 * không hài lòng.
 */
import { timestampSchema } from './common.js';
import { dossierCodeSchema } from './identifiers.js';
import { documented } from './registry.js';
import { z } from './zod.js';

export const surveyModeSchema = documented(z.enum(['decree', 'five-level', 'short']), { id: 'SurveyMode' });

export const satisfactionLevelSchema = documented(z.enum(['very-satisfied', 'satisfied', 'neutral', 'dissatisfied', 'very-dissatisfied']), {
  id: 'SatisfactionLevel',
});

const THREE_LEVELS: readonly string[] = ['very-satisfied', 'satisfied', 'dissatisfied'];

/** An indicator's score under the decree: 2, 1 or 0 points. */
const indicatorScoreSchema = z.int().check(z.minimum(0), z.maximum(2));

export const surveyAnswersSchema = documented(
  z.record(z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,39}$/)), z.union([satisfactionLevelSchema, indicatorScoreSchema])),
  { id: 'SurveyAnswers', description: 'Answer per question id: a satisfaction level, or a decree indicator score (0–2).' },
);

/** Only the decree form scores indicators, and only the five-level form has the two extra levels. */
const answersFitMode = z.superRefine(
  (survey: { mode: z.infer<typeof surveyModeSchema>; answers: Record<string, string | number> }, ctx) => {
    if (Object.keys(survey.answers).length === 0) {
      ctx.addIssue({ code: 'custom', message: 'survey.empty', path: ['answers'], input: survey.answers });
    }
    for (const [question, answer] of Object.entries(survey.answers)) {
      const fits = typeof answer === 'number' ? survey.mode === 'decree' : survey.mode === 'five-level' || THREE_LEVELS.includes(answer);
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
      comment: z.optional(z.string().check(z.trim(), z.maxLength(2000))),
    })
    .check(answersFitMode),
  { id: 'SubmitSurveyRequest', description: 'One evaluation per dossier.' },
);

export const surveyReceiptSchema = documented(z.object({ dossierCode: dossierCodeSchema, submittedAt: timestampSchema }), {
  id: 'SurveyReceipt',
});

export type SurveyMode = z.infer<typeof surveyModeSchema>;
export type SatisfactionLevel = z.infer<typeof satisfactionLevelSchema>;
export type SurveyAnswers = z.infer<typeof surveyAnswersSchema>;
export type SubmitSurveyRequest = z.infer<typeof submitSurveyRequestSchema>;
export type SurveyReceipt = z.infer<typeof surveyReceiptSchema>;
