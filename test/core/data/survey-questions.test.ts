import { expect } from '@open-wc/testing';
import { DEFAULT_SURVEY_QUESTIONS, DECREE_QUESTIONS, isRequired, surveyScore } from '../../../src/core/data/survey-questions.js';
import { questionsFitMode, submitSurveyRequestSchema, surveyQuestionSetSchema } from '../../../src/core/schemas/survey.js';
import { z } from '../../../src/core/schemas/zod.js';

describe('default survey question sets', () => {
  it('fit the question-set schema and their mode', () => {
    for (const [mode, questions] of Object.entries(DEFAULT_SURVEY_QUESTIONS)) {
      expect(z.safeParse(surveyQuestionSetSchema, questions).success, mode).to.equal(true);
      expect(questionsFitMode(questions, mode as keyof typeof DEFAULT_SURVEY_QUESTIONS), mode).to.equal(true);
    }
  });

  it('decree: indicators 1–9 worth 2 / 1 / 0, then two satisfaction questions, all required', () => {
    expect(DECREE_QUESTIONS.map((question) => question.kind)).to.deep.equal([...Array(9).fill('indicator'), 'satisfaction', 'satisfaction']);
    for (const question of DECREE_QUESTIONS) {
      expect(isRequired(question)).to.equal(true);
      if (question.kind === 'indicator') expect(question.options.map((option) => option.score)).to.deep.equal([2, 1, 0]);
    }
  });

  it('scores the answered indicators out of 18', () => {
    expect(surveyScore(DECREE_QUESTIONS, {})).to.deep.equal({ points: 0, max: 18, answered: 0, indicators: 9 });
    expect(surveyScore(DECREE_QUESTIONS, { i1: 2, i2: 0, i9: 1, q10: 'satisfied' })).to.deep.equal({ points: 3, max: 18, answered: 3, indicators: 9 });
  });

  it('a set does not fit a mode it cannot be asked in', () => {
    expect(questionsFitMode(DECREE_QUESTIONS, 'short')).to.equal(false);
    expect(questionsFitMode([{ id: 'why', kind: 'choices', text: 'Vì sao?', options: [{ id: 'a', text: 'A' }] }], 'short')).to.equal(false);
  });

  it('requests carry checkbox answers and at most 1,200 characters of comment', () => {
    const base = { dossierCode: '000.00.06.H56-231027-0361', mode: 'short', answers: { overall: 'satisfied', reasons: ['time', 'staff'] } };
    expect(z.safeParse(submitSurveyRequestSchema, { ...base, comment: 'x'.repeat(1200) }).success).to.equal(true);
    expect(z.safeParse(submitSurveyRequestSchema, { ...base, comment: 'x'.repeat(1201) }).success).to.equal(false);
    expect(z.safeParse(submitSurveyRequestSchema, { ...base, answers: { reasons: ['Bad Id'] } }).success).to.equal(false);
  });
});
