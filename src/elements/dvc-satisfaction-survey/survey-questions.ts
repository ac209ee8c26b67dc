/**
 * The questions a survey asks: the page's own set (checked in survey-questions-check.ts) when it
 * fits the mode, else the mode's default; and the text of a question in the page language.
 */
import { DEFAULT_SURVEY_QUESTIONS } from '../../core/data/survey-questions.js';
import type { SurveyLocalText, SurveyMode, SurveyQuestionSet } from '../../core/schemas/survey.js';
import { questionsFitMode } from '../../core/schemas/survey-rules.js';
import type { Locale } from '../../core/session.js';
import { defaultQuestionTexts } from './survey-questions-text.js';

/** The questions a survey asks: the page's own set when it fits the mode, else the mode's default. */
export function questionsFor(mode: SurveyMode, own: SurveyQuestionSet | null): { questions: SurveyQuestionSet; own: boolean } {
  if (own && questionsFitMode(own, mode)) return { questions: own, own: true };
  return { questions: DEFAULT_SURVEY_QUESTIONS[mode], own: false };
}

/**
 * A text of a question in `locale`. The default sets are translated by key; a page's own set
 * brings its own texts (`{ vi, en }`, falling back to Vietnamese).
 */
export function localText(text: SurveyLocalText, locale: Locale, defaultKey: string | null): string {
  const translated = defaultKey === null ? undefined : defaultQuestionTexts[defaultKey];
  if (translated) return translated();
  if (typeof text === 'string') return text;
  return (locale === 'en' ? text.en : undefined) ?? text.vi;
}
