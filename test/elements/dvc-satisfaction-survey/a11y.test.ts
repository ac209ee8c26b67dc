/** axe in every state, the English locale, 320 px, target sizes and forced colours. */
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { createDemoBackend } from '../../../src/core/backend/demo-backend.js';
import type { DvcBackend } from '../../../src/core/backend/types.js';
import { createHttpBackend } from '../../../src/core/backend/http-backend.js';
import { createSession } from '../../../src/core/session.js';
import type { DvcSatisfactionSurvey } from '../../../src/elements/dvc-satisfaction-survey/dvc-satisfaction-survey.js';
import { setLocale } from '../../../src/i18n/locale.js';
import {
  answer,
  answerAll,
  clickSubmit,
  failureBox,
  injectFault,
  mount,
  questions,
  RATED,
  RESOLVED,
  resultPanel,
  sandbox,
  shadow,
  submitButton,
  summary,
  summaryLinks,
  until,
} from './helpers.js';

const demo = (): DvcBackend => createDemoBackend({ seed: 'survey-a11y' });

describe('<dvc-satisfaction-survey> accessibility', function () {
  // axe over the eleven decree questions is slow in a background tab when files run in parallel.
  this.timeout(30_000);
  afterEach(() => setLocale('vi'));

  for (const mode of ['decree', 'five-level', 'short'] as const)
    it(`is accessible when empty (${mode})`, async () => {
      const el = await mount(html`<dvc-satisfaction-survey mode=${mode} dossier-code=${RESOLVED}></dvc-satisfaction-survey>`);
      await expect(el).to.be.accessible();
      // Every question is a fieldset with a legend; every option a native input inside its text label.
      for (const question of questions(el)) {
        expect(question.legend).to.not.equal('');
        for (const input of question.inputs) expect(input.closest('label')!.textContent!.trim()).to.not.equal('');
      }
      // The live region is there, empty, from the first render.
      expect(shadow(el).querySelector('.base > [role="status"]')!.textContent!.trim()).to.equal('');
    });

  it('is accessible with errors shown', async () => {
    const el = await mount(
      html`<dvc-satisfaction-survey mode="decree" dossier-code=${RESOLVED} .backend=${demo()}></dvc-satisfaction-survey>`,
    );
    await answer(el, 0, 'Đúng hạn');
    await clickSubmit(el);
    await summary(el).updateComplete;
    expect(summaryLinks(el)).to.have.length(10);
    await expect(el).to.be.accessible();
  });

  it('is accessible while sending', async () => {
    const backend: DvcBackend = { ...demo(), submitSurvey: () => new Promise(() => {}) };
    const el = await mount(
      html`<dvc-satisfaction-survey mode="short" dossier-code=${RESOLVED} .backend=${backend}></dvc-satisfaction-survey>`,
    );
    await answer(el, 0, 'Hài lòng');
    await clickSubmit(el);
    expect(submitButton(el).textContent!.trim()).to.equal('Đang gửi đánh giá…');
    await expect(el).to.be.accessible();
  });

  it('is accessible after success and when already rated', async () => {
    const el = await mount(
      html`<dvc-satisfaction-survey
        mode="short"
        dossier-code=${RESOLVED}
        .backend=${demo()}
        .store=${createSession()}
      ></dvc-satisfaction-survey>`,
    );
    await answer(el, 0, 'Hài lòng');
    await clickSubmit(el);
    await until(el, () => resultPanel(el) !== null, 'thanks');
    await expect(el).to.be.accessible();
    const rated = await mount(
      html`<dvc-satisfaction-survey mode="short" dossier-code=${RATED} .backend=${demo()}></dvc-satisfaction-survey>`,
    );
    await answer(rated, 0, 'Hài lòng');
    await clickSubmit(rated);
    await until(rated, () => resultPanel(rated) !== null, 'already rated');
    await expect(rated).to.be.accessible();
  });

  it('is accessible with a backend error', async () => {
    const base = sandbox();
    await injectFault(base, 'server');
    const el = await mount(
      html`<dvc-satisfaction-survey
        mode="short"
        dossier-code=${RESOLVED}
        .backend=${createHttpBackend({ baseUrl: base })}
      ></dvc-satisfaction-survey>`,
    );
    await answer(el, 0, 'Hài lòng');
    await clickSubmit(el);
    await until(el, () => !failureBox(el).hidden, 'failure');
    await expect(el).to.be.accessible();
  });

  it('switches to English with the page language, and back', async () => {
    const el = await mount(
      html`<dvc-satisfaction-survey mode="decree" dossier-code=${RESOLVED} .backend=${demo()}></dvc-satisfaction-survey>`,
    );
    await answer(el, 0, 'Trước hạn');
    await clickSubmit(el);
    await summary(el).updateComplete;
    await setLocale('en');
    await el.updateComplete;
    await summary(el).updateComplete;
    expect(shadow(el).querySelector('h2')!.textContent!.trim()).to.equal('Rate your satisfaction');
    const all = questions(el);
    expect(all[0]!.legend).to.equal('1. When was your dossier resolved, compared with the promised date?');
    expect(all[0]!.options).to.deep.equal(['Before the deadline', 'On the deadline', 'After the deadline']);
    expect(all[0]!.help).to.equal('Indicator 1: total time taken to resolve the administrative procedure compared with the time allowed.');
    expect(all[10]!.options).to.deep.equal(['Very satisfied', 'Satisfied', 'Dissatisfied']);
    expect(all[1]!.error).to.equal('Error: Choose an answer.');
    expect(submitButton(el).textContent!.trim()).to.equal('Send rating');
    expect(shadow(el).querySelector('[part="score"]')!.textContent!.trim()).to.equal('Score: 2/18 points (1 of 9 indicators answered).');
    // The answer chosen in Vietnamese is still chosen.
    expect(all[0]!.inputs[0]!.checked).to.equal(true);
    await expect(el).to.be.accessible();
    await setLocale('vi');
    await el.updateComplete;
    expect(submitButton(el).textContent!.trim()).to.equal('Gửi đánh giá');
  });

  it('follows a lang attribute on an ancestor', async () => {
    const wrapper = await mount<HTMLDivElement>(
      html`<div lang="en"><dvc-satisfaction-survey mode="short" lang="en"></dvc-satisfaction-survey></div>`,
    );
    const el = wrapper.querySelector('dvc-satisfaction-survey') as DvcSatisfactionSurvey;
    await el.updateComplete;
    expect(questions(el)[0]!.legend).to.equal('1. Overall, how satisfied are you with how this dossier was handled?');
    expect(shadow(el).querySelector('#comment-count')!.textContent!.trim()).to.equal('You have 1,200 characters left.');
  });

  it('reflows at 320 px with targets of at least 24 px', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await mount(html`<dvc-satisfaction-survey mode="decree" dossier-code=${RESOLVED}></dvc-satisfaction-survey>`);
      const base = shadow(el).querySelector<HTMLElement>('.base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const question of questions(el))
        for (const input of question.inputs) {
          const label = input.closest('label')!.getBoundingClientRect();
          const box = input.getBoundingClientRect();
          expect(label.height).to.be.at.least(24);
          expect(box.width).to.be.at.least(24);
          expect(label.right).to.be.at.most(320);
        }
      expect(submitButton(el).getBoundingClientRect().height).to.be.at.least(24);
      // Unanswered, each question has a bar beside it: from the top of its question, which
      // wraps here. A fieldset draws its edge from the middle of a legend that sits on it (its
      // "rendered legend"); one that floats is inside, as the fieldset's first line.
      await clickSubmit(el);
      const unanswered = questions(el).filter((question) => question.fieldset.classList.contains('invalid'));
      expect(unanswered.length).to.be.greaterThan(0);
      for (const { fieldset } of unanswered) {
        const legend = fieldset.querySelector('legend')!;
        expect(legend.getBoundingClientRect().height, 'a question of two lines or more').to.be.greaterThan(30);
        expect(getComputedStyle(legend).float, legend.textContent!).to.not.equal('none');
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('marks the chosen answer by more than colour in forced-colours mode', async () => {
    // The Chrome launcher cannot emulate forced colours, so read the rules the shadow root adopts.
    const el = await mount(html`<dvc-satisfaction-survey mode="short" dossier-code=${RESOLVED}></dvc-satisfaction-survey>`);
    await answerAll(el);
    const [chosen, other] = [...questions(el)[0]!.fieldset.querySelectorAll('label')];
    expect(chosen!.classList.contains('checked')).to.equal(true);
    expect(other!.classList.contains('checked')).to.equal(false);
    const forced = shadow(el)
      .adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'))
      .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]);
    const checkedRule = forced.find((rule) => rule.selectorText === '.option.checked');
    expect(checkedRule, 'a forced-colours rule for the chosen answer').to.not.equal(undefined);
    expect(checkedRule!.style.borderWidth).to.equal('3px');
    // Colours come from system colours through the tokens.
    const host = forced.find((rule) => rule.selectorText === ':host');
    expect(host!.style.getPropertyValue('--_primary').trim()).to.equal('LinkText');
    expect(host!.style.getPropertyValue('--_border').trim()).to.equal('CanvasText');
  });
});
