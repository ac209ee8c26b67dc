/** Validation with the error summary, the events (and cancelling), nothing stored, the keyboard. */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createDemoBackend } from '../../../src/core/backend/demo-backend.js';
import type { DvcBackend } from '../../../src/core/backend/types.js';
import { createSession } from '../../../src/core/session.js';
import type { DvcSatisfactionSurvey } from '../../../src/elements/dvc-satisfaction-survey/dvc-satisfaction-survey.js';
import { setLocale } from '../../../src/i18n/locale.js';
import {
  answer,
  answerAll,
  clickSubmit,
  deepActive,
  mount,
  questions,
  record,
  RESOLVED,
  resultPanel,
  shadow,
  summary,
  summaryLinks,
  until,
} from './helpers.js';

/** A backend that records what reaches it. */
function spyBackend() {
  const demo = createDemoBackend({ seed: 'survey-submit' });
  const calls: unknown[] = [];
  const backend: DvcBackend = {
    ...demo,
    submitSurvey: (request, options) => {
      calls.push(request);
      return demo.submitSurvey(request, options);
    },
  };
  return { backend, calls };
}

describe('<dvc-satisfaction-survey> validation', () => {
  afterEach(() => setLocale('vi'));

  it('lists every unanswered required question in the error summary, which takes focus; links move focus to the question', async () => {
    const { backend, calls } = spyBackend();
    const el = await mount(
      html`<dvc-satisfaction-survey mode="five-level" dossier-code=${RESOLVED} .backend=${backend}></dvc-satisfaction-survey>`,
    );
    await answer(el, 1, 'Hài lòng');
    await clickSubmit(el);
    await summary(el).updateComplete;
    expect(summaryLinks(el)).to.deep.equal([
      'Câu 1: Vui lòng chọn một câu trả lời.',
      'Câu 3: Vui lòng chọn một câu trả lời.',
      'Câu 4: Vui lòng chọn một câu trả lời.',
      'Câu 6: Vui lòng chọn một câu trả lời.',
    ]);
    expect(calls).to.have.length(0);
    // The summary is at the top and focused.
    expect(shadow(el).querySelector('form')!.firstElementChild).to.equal(summary(el));
    expect(deepActive()).to.equal(summary(el).shadowRoot!.querySelector('[part="base"]'));
    // Inline errors, tied to each fieldset.
    const all = questions(el);
    expect(all[0]!.error).to.equal('Lỗi: Vui lòng chọn một câu trả lời.');
    expect(all[1]!.error).to.equal('');
    expect(all[4]!.error).to.equal('');
    expect(all[0]!.fieldset.getAttribute('aria-describedby')).to.include(all[0]!.fieldset.querySelector('.error')!.id);
    // Following the second link with the keyboard focuses question 3.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(deepActive()).to.equal(all[2]!.inputs[0]);
  });

  it('drops a fixed question from the summary, and sends once all are answered', async () => {
    const { backend, calls } = spyBackend();
    const el = await mount(
      html`<dvc-satisfaction-survey mode="short" dossier-code=${RESOLVED} .backend=${backend}></dvc-satisfaction-survey>`,
    );
    await clickSubmit(el);
    await summary(el).updateComplete;
    expect(summaryLinks(el)).to.deep.equal(['Câu 1: Vui lòng chọn một câu trả lời.']);
    await answer(el, 0, 'Rất hài lòng');
    await summary(el).updateComplete;
    expect(summaryLinks(el)).to.deep.equal([]);
    expect(questions(el)[0]!.error).to.equal('');
    await clickSubmit(el);
    await until(el, () => calls.length === 1, 'the survey was sent');
    expect(calls[0]).to.deep.equal({ dossierCode: RESOLVED, mode: 'short', answers: { overall: 'very-satisfied' } });
  });

  it('refuses a comment over 1,200 characters, with the error in the summary; the count says how many are left', async () => {
    const { backend, calls } = spyBackend();
    const el = await mount(
      html`<dvc-satisfaction-survey mode="short" dossier-code=${RESOLVED} .backend=${backend}></dvc-satisfaction-survey>`,
    );
    await answer(el, 0, 'Hài lòng');
    const comment = shadow(el).querySelector('textarea')!;
    const count = () => shadow(el).querySelector('#comment-count')!.textContent!.trim();
    expect(count()).to.equal('Bạn còn 1.200 ký tự.');
    comment.focus();
    await sendKeys({ type: 'Tốt' });
    await el.updateComplete;
    expect(count()).to.equal('Bạn còn 1.197 ký tự.');
    comment.value = 'a'.repeat(1203);
    comment.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(count()).to.equal('Ý kiến dài quá 3 ký tự.');
    await clickSubmit(el);
    await summary(el).updateComplete;
    expect(summaryLinks(el)).to.deep.equal(['Ý kiến khác: Ý kiến dài quá 3 ký tự.']);
    expect(comment.getAttribute('aria-invalid')).to.equal('true');
    expect(calls).to.have.length(0);
    comment.value = `  ${'a'.repeat(1199)}  `;
    comment.dispatchEvent(new Event('input'));
    await el.updateComplete;
    await clickSubmit(el);
    await until(el, () => calls.length === 1, 'the survey was sent');
    expect((calls[0] as { comment: string }).comment).to.equal('a'.repeat(1199));
  });

  it('announces the remaining characters politely once typing pauses, not on every keystroke', async () => {
    const el = await mount(html`<dvc-satisfaction-survey mode="short" dossier-code=${RESOLVED}></dvc-satisfaction-survey>`);
    const region = shadow(el).querySelector('.comment [role="status"]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.textContent!.trim()).to.equal('');
    shadow(el).querySelector('textarea')!.focus();
    await sendKeys({ type: 'abc' });
    await el.updateComplete;
    expect(region.textContent!.trim()).to.equal('');
    await until(el, () => region.textContent!.trim() !== '', 'the count was announced', 3000);
    expect(region.textContent!.trim()).to.equal('Bạn còn 1.197 ký tự.');
  });

  it('without a valid dossier code, says so, sends nothing and reports dvc-error', async () => {
    const { backend, calls } = spyBackend();
    const el = await mount(html`<dvc-satisfaction-survey mode="short" .backend=${backend}></dvc-satisfaction-survey>`);
    const errors = record<{ code: string; field?: string }>(el, 'dvc-error');
    await answer(el, 0, 'Hài lòng');
    await clickSubmit(el);
    expect(shadow(el).querySelector('#failure')!.textContent!.trim()).to.equal(
      'Chưa xác định được hồ sơ cần đánh giá. Vui lòng liên hệ quản trị trang.',
    );
    expect(errors.map((error) => [error.code, error.field])).to.deep.equal([['invalid-attribute', 'dossier-code']]);
    expect(calls).to.have.length(0);
  });
});

describe('<dvc-satisfaction-survey> events', () => {
  afterEach(() => setLocale('vi'));

  it('fires dvc-survey-submit with the answers, then dvc-survey-complete, marks the session, and announces and focuses the thanks', async () => {
    const { backend, calls } = spyBackend();
    const store = createSession();
    const el = await mount(
      html`<dvc-satisfaction-survey
        mode="short"
        dossier-code="000.00.06.h56-231027-0361"
        .backend=${backend}
        .store=${store}
      ></dvc-satisfaction-survey>`,
    );
    const submits = record(el, 'dvc-survey-submit');
    const completes = record(el, 'dvc-survey-complete');
    await answer(el, 0, 'Không hài lòng');
    await answer(el, 1, 'Thời gian giải quyết');
    const comment = shadow(el).querySelector('textarea')!;
    comment.focus();
    await sendKeys({ type: 'Chờ lâu' });
    await clickSubmit(el);
    await until(el, () => completes.length === 1, 'dvc-survey-complete');
    const sent = { dossierCode: RESOLVED, answers: { overall: 'dissatisfied', reasons: ['time'] }, comment: 'Chờ lâu' };
    expect(submits).to.deep.equal([sent]);
    expect(calls).to.deep.equal([{ ...sent, mode: 'short' }]);
    expect(completes).to.deep.equal([{ dossierCode: RESOLVED }]);
    expect(store.getState().survey).to.deep.equal({ dossierCode: RESOLVED, submitted: true });
    const heading = shadow(el).querySelector('#result-heading')!;
    expect(heading.textContent!.trim()).to.equal('Cảm ơn bạn đã đánh giá');
    await until(el, () => deepActive() === heading, 'the thanks heading has focus');
    await until(el, () => shadow(el).querySelector('.base > [role="status"]')!.textContent!.trim() !== '', 'announced');
    expect(shadow(el).querySelector('.base > [role="status"]')!.textContent!.trim()).to.equal('Đã gửi đánh giá của bạn. Cảm ơn bạn!');
    expect(shadow(el).querySelector('form')).to.equal(null);
  });

  it('events bubble out of the page’s shadow roots', async () => {
    const host = await mount<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('dvc-satisfaction-survey') as DvcSatisfactionSurvey;
    el.mode = 'short';
    el.dossierCode = RESOLVED;
    root.append(el);
    await el.updateComplete;
    const submits = record(host, 'dvc-survey-submit');
    host.addEventListener('dvc-survey-submit', (event) => event.preventDefault());
    await answer(el, 0, 'Hài lòng');
    await clickSubmit(el);
    expect(submits).to.have.length(1);
  });

  it('a cancelled dvc-survey-submit sends nothing and keeps the form', async () => {
    const { backend, calls } = spyBackend();
    const el = await mount(
      html`<dvc-satisfaction-survey mode="decree" dossier-code=${RESOLVED} .backend=${backend}></dvc-satisfaction-survey>`,
    );
    el.addEventListener('dvc-survey-submit', (event) => event.preventDefault());
    const completes = record(el, 'dvc-survey-complete');
    await answerAll(el);
    expect(await el.submit()).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls).to.have.length(0);
    expect(completes).to.have.length(0);
    expect(resultPanel(el)).to.equal(null);
    expect(el.answers).to.include({ i1: 2, q11: 'very-satisfied' });
  });

  it('without a backend (and not cancelled), says nowhere is set up and keeps the answers', async () => {
    const el = await mount(html`<dvc-satisfaction-survey mode="short" dossier-code=${RESOLVED}></dvc-satisfaction-survey>`);
    const errors = record<{ code: string; field?: string }>(el, 'dvc-error');
    await answer(el, 0, 'Hài lòng');
    expect(await el.submit()).to.equal(false);
    await el.updateComplete;
    expect(shadow(el).querySelector('#failure')!.textContent!.trim()).to.equal(
      'Chưa cấu hình nơi nhận đánh giá. Vui lòng liên hệ quản trị trang.',
    );
    expect(errors.map((error) => [error.code, error.field])).to.deep.equal([['invalid-attribute', 'backend']]);
    expect(el.answers).to.deep.equal({ overall: 'satisfied' });
  });

  it('reset() and a new dossier code start an empty form again', async () => {
    const { backend } = spyBackend();
    const el = await mount(
      html`<dvc-satisfaction-survey
        mode="short"
        dossier-code=${RESOLVED}
        .backend=${backend}
        .store=${createSession()}
      ></dvc-satisfaction-survey>`,
    );
    await answer(el, 0, 'Hài lòng');
    expect(await el.submit()).to.equal(true);
    await el.updateComplete;
    expect(resultPanel(el)).to.not.equal(null);
    el.reset();
    await el.updateComplete;
    expect(resultPanel(el)).to.equal(null);
    expect(questions(el)[0]!.inputs.some((input) => input.checked)).to.equal(false);
    await answer(el, 0, 'Rất hài lòng');
    el.dossierCode = '000.00.06.H56-231027-0362';
    await el.updateComplete;
    expect(el.answers).to.deep.equal({});
    expect(shadow(el).querySelector('.dossier')!.textContent).to.include('000.00.06.H56-231027-0362');
  });

  it('keeps nothing in localStorage (nor sessionStorage)', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const { backend } = spyBackend();
    const el = await mount(
      html`<dvc-satisfaction-survey mode="short" dossier-code=${RESOLVED} .backend=${backend}></dvc-satisfaction-survey>`,
    );
    await answer(el, 0, 'Hài lòng');
    const comment = shadow(el).querySelector('textarea')!;
    comment.focus();
    await sendKeys({ type: 'Ghi chú' });
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    await el.submit();
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
  });
});

describe('<dvc-satisfaction-survey> keyboard', () => {
  afterEach(() => setLocale('vi'));

  it('is answered and sent with the keyboard alone: Tab between questions, arrows choose, Space ticks, Enter sends', async () => {
    const { backend, calls } = spyBackend();
    const el = await mount<HTMLDivElement>(
      html`<div>
        <button id="before">before</button
        ><dvc-satisfaction-survey mode="short" dossier-code=${RESOLVED} .backend=${backend}></dvc-satisfaction-survey>
      </div>`,
    );
    const survey = el.querySelector('dvc-satisfaction-survey') as DvcSatisfactionSurvey;
    el.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    const overall = questions(survey)[0]!.inputs;
    expect(deepActive()).to.equal(overall[0]);
    await sendKeys({ press: 'ArrowDown' });
    await survey.updateComplete;
    expect(survey.answers).to.deep.equal({ overall: 'satisfied' });
    await sendKeys({ press: 'Tab' });
    const reasons = questions(survey)[1]!.inputs;
    expect(deepActive()).to.equal(reasons[0]);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await survey.updateComplete;
    expect(survey.answers).to.deep.equal({ overall: 'satisfied', reasons: ['easy'] });
    for (let step = 0; step < 6; step += 1) await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(shadow(survey).querySelector('textarea'));
    await sendKeys({ type: 'Nhanh' });
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(shadow(survey).querySelector('[part="submit"]'));
    await sendKeys({ press: 'Enter' });
    await until(survey, () => calls.length === 1, 'sent');
    expect(calls[0]).to.deep.equal({
      dossierCode: RESOLVED,
      mode: 'short',
      answers: { overall: 'satisfied', reasons: ['easy'] },
      comment: 'Nhanh',
    });
  });
});
