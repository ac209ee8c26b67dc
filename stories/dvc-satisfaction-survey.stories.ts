import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/dvc-satisfaction-survey/define.js';
import type { DvcSatisfactionSurvey } from '../src/elements/dvc-satisfaction-survey/dvc-satisfaction-survey.js';
import { createDemoBackend } from '../src/core/backend/demo-backend.js';
import type { DemoFault } from '../src/core/backend/demo-backend.js';
import type { DvcBackend } from '../src/core/backend/types.js';
import { DEMO_FIXTURES } from '../src/core/backend/demo/fixtures.js';
import { createSession } from '../src/core/session.js';
import type { SurveyMode, SurveyQuestionSet } from '../src/core/schemas/survey.js';

interface Args {
  mode: SurveyMode;
  dossierCode: string;
}

const RESOLVED = DEMO_FIXTURES.dossiers.resolved;
const RATED = DEMO_FIXTURES.dossiers.rated;

/** Each story its own in-memory demo backend and session, so a rating in one never shows in another. */
const backend = (faults: DemoFault[] = []): DvcBackend => createDemoBackend({ seed: 'storybook-survey', faults });

/**
 * A survey that, once rendered, clicks the given answers and optionally submits. Answers are named
 * by their input's value (an indicator's score, a level, a reason's id), so they hold in any language.
 */
function driven(options: {
  mode: SurveyMode;
  dossierCode?: string;
  backend?: DvcBackend;
  /** Question index → the option's value; `'first'` answers every required question with its first option. */
  answers?: [number, string][] | 'first';
  submit?: boolean;
  lang?: string;
}): HTMLElement {
  const el = document.createElement('dvc-satisfaction-survey') as DvcSatisfactionSurvey;
  el.mode = options.mode;
  el.dossierCode = options.dossierCode ?? RESOLVED;
  el.backend = options.backend ?? backend();
  el.store = createSession();
  if (options.lang) el.lang = options.lang;
  void (async () => {
    await el.updateComplete;
    const fieldsets = [...el.shadowRoot!.querySelectorAll('fieldset')];
    const inputs =
      options.answers === 'first'
        ? fieldsets.map((fieldset) => fieldset.querySelector<HTMLInputElement>('input[type="radio"]'))
        : (options.answers ?? []).map(([index, value]) =>
            [...(fieldsets[index]?.querySelectorAll('input') ?? [])].find((input) => input.value === value),
          );
    for (const input of inputs) {
      input?.click();
      await el.updateComplete;
    }
    if (options.submit) await el.submit();
  })();
  if (!options.lang) return el;
  const wrapper = document.createElement('div');
  wrapper.lang = options.lang;
  wrapper.append(el);
  return wrapper;
}

const meta: Meta<Args> = {
  title: 'Elements/dvc-satisfaction-survey',
  component: 'dvc-satisfaction-survey',
  args: { mode: 'decree', dossierCode: RESOLVED },
  argTypes: { mode: { control: 'inline-radio', options: ['decree', 'five-level', 'short'] } },
  render: (args) =>
    html`<dvc-satisfaction-survey
      mode=${args.mode}
      dossier-code=${args.dossierCode}
      .backend=${backend()}
      .store=${createSession()}
    ></dvc-satisfaction-survey>`,
  parameters: {
    docs: {
      description: {
        component:
          'Rate a resolved dossier, inline in the page. `decree`: the Decree 61/2018 evaluation with its score; `five-level`: the ministries’ five-level scale; `short`: one overall question, optional reasons and comment. Uses the in-memory demo backend: dossier …-0361 can be rated once, …-0363 is already rated.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Decree: Story = {};

export const FiveLevel: Story = { args: { mode: 'five-level' } };

export const Short: Story = { args: { mode: 'short' } };

export const DecreePartlyAnswered: Story = {
  render: () =>
    driven({
      mode: 'decree',
      // "Trước hạn", "Tất cả đều trước hạn hoặc đúng hạn", "2 lần".
      answers: [
        [0, '2'],
        [1, '2'],
        [2, '1'],
      ],
    }),
};

export const Errors: Story = {
  // "Đúng hạn" only, then send: every other indicator is missing.
  render: () => driven({ mode: 'decree', answers: [[0, '1']], submit: true }),
};

export const CommentTooLong: Story = {
  render: () => {
    const element = driven({ mode: 'short', answers: [[0, 'satisfied']] });
    const survey = element as DvcSatisfactionSurvey;
    void survey.updateComplete.then(async () => {
      const comment = survey.shadowRoot!.querySelector('textarea')!;
      comment.value = 'Thời gian chờ quá lâu. '.repeat(55);
      comment.dispatchEvent(new Event('input'));
      await survey.submit();
    });
    return element;
  },
};

export const Submitting: Story = {
  render: () =>
    driven({
      mode: 'short',
      backend: { ...backend(), submitSurvey: () => new Promise(() => {}) },
      answers: [[0, 'very-satisfied']],
      submit: true,
    }),
};

export const DecreeAllAnswered: Story = {
  render: () => driven({ mode: 'decree', answers: 'first' }),
};

export const Success: Story = {
  render: () => driven({ mode: 'decree', answers: 'first', submit: true }),
};

export const SuccessShort: Story = {
  render: () =>
    driven({
      mode: 'short',
      answers: [
        [0, 'satisfied'],
        [1, 'time'],
      ],
      submit: true,
    }),
};

export const AlreadyRated: Story = {
  render: () => driven({ mode: 'short', dossierCode: RATED, answers: [[0, 'satisfied']], submit: true }),
};

export const BackendError: Story = {
  render: () =>
    driven({ mode: 'short', backend: backend([{ call: 'submitSurvey', kind: 'server' }]), answers: [[0, 'dissatisfied']], submit: true }),
};

export const Timeout: Story = {
  render: () => driven({ mode: 'five-level', backend: backend([{ call: 'submitSurvey', kind: 'timeout' }]), answers: [[0, 'neutral']] }),
};

export const English: Story = {
  render: () => driven({ mode: 'decree', lang: 'en' }),
};

export const EnglishShortErrors: Story = {
  render: () => driven({ mode: 'short', lang: 'en', submit: true }),
};

const PROVINCE_QUESTIONS: SurveyQuestionSet = [
  { id: 'wait', kind: 'satisfaction', text: { vi: 'Thời gian chờ tại quầy một cửa', en: 'Waiting time at the one-stop desk' } },
  { id: 'guidance', kind: 'satisfaction', text: { vi: 'Hướng dẫn của cán bộ', en: 'Guidance from officials' } },
  { id: 'parking', kind: 'satisfaction', text: { vi: 'Chỗ để xe, chỗ ngồi chờ', en: 'Parking and waiting area' }, required: false },
];

export const ProvinceQuestions: Story = {
  render: () =>
    html`<dvc-satisfaction-survey
      mode="five-level"
      dossier-code=${RESOLVED}
      .questions=${PROVINCE_QUESTIONS}
      .backend=${backend()}
      .store=${createSession()}
    ></dvc-satisfaction-survey>`,
};

export const NarrowScreen: Story = {
  render: () => html`<div style="inline-size: 320px; border: 1px dashed #999">${driven({ mode: 'decree' })}</div>`,
};
