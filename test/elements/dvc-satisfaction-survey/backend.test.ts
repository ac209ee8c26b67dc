/** Sending over real HTTP to the demo server: success, a second rating refused, failures kept and retried. */
import { expect, html } from '@open-wc/testing';
import { createHttpBackend } from '../../../src/core/backend/http-backend.js';
import { createSession } from '../../../src/core/session.js';
import { errorMessage } from '../../../src/i18n/messages.js';
import { setLocale } from '../../../src/i18n/locale.js';
import {
  answer,
  answerAll,
  clickSubmit,
  deepActive,
  failureBox,
  injectFault,
  mount,
  questions,
  RATED,
  record,
  RESOLVED,
  resultPanel,
  sandbox,
  shadow,
  submitButton,
  until,
} from './helpers.js';

const http = (base: string) => createHttpBackend({ baseUrl: base, timeoutMs: 1500 });

describe('<dvc-satisfaction-survey> over HTTP', () => {
  afterEach(() => setLocale('vi'));

  it('reaches the server named by the backend-url attribute, for pages with no script of their own', async () => {
    const base = sandbox();
    const el = await mount(
      html`<dvc-satisfaction-survey dossier-code=${RESOLVED} backend-url=${base} .store=${createSession()}></dvc-satisfaction-survey>`,
    );
    const completes = record(el, 'dvc-survey-complete');
    await answerAll(el);
    await clickSubmit(el);
    await until(el, () => completes.length === 1, 'completed');
    expect(resultPanel(el)!.textContent).to.include('Điểm đánh giá: 18/18 điểm.');
  });

  it('sends a decree evaluation to the demo server, then the server refuses a second one for the same dossier', async () => {
    const base = sandbox();
    const el = await mount(
      html`<dvc-satisfaction-survey dossier-code=${RESOLVED} .backend=${http(base)} .store=${createSession()}></dvc-satisfaction-survey>`,
    );
    const completes = record(el, 'dvc-survey-complete');
    await answerAll(el);
    await clickSubmit(el);
    await until(el, () => completes.length === 1, 'completed');
    expect(resultPanel(el)!.textContent).to.include('Điểm đánh giá: 18/18 điểm.');
    // A second survey for the same dossier (another tab, say).
    const again = await mount(
      html`<dvc-satisfaction-survey dossier-code=${RESOLVED} .backend=${http(base)} .store=${createSession()}></dvc-satisfaction-survey>`,
    );
    const errors = record<{ code: string }>(again, 'dvc-error');
    await answerAll(again, 'last');
    await clickSubmit(again);
    await until(again, () => resultPanel(again) !== null, 'the already-rated panel');
    expect(resultPanel(again)!.querySelector('h3')!.textContent!.trim()).to.equal('Hồ sơ này đã được đánh giá');
    expect(errors.map((error) => error.code)).to.deep.equal(['already-rated']);
  });

  it('says a dossier was already rated (…-0363), focusing the message, and fires no completion', async () => {
    const base = sandbox();
    const store = createSession();
    const el = await mount(
      html`<dvc-satisfaction-survey mode="short" dossier-code=${RATED} .backend=${http(base)} .store=${store}></dvc-satisfaction-survey>`,
    );
    const errors = record<{ code: string; message: string }>(el, 'dvc-error');
    const completes = record(el, 'dvc-survey-complete');
    await answer(el, 0, 'Hài lòng');
    await clickSubmit(el);
    await until(el, () => resultPanel(el) !== null, 'the already-rated panel');
    const heading = shadow(el).querySelector('#result-heading')!;
    expect(heading.textContent!.trim()).to.equal('Hồ sơ này đã được đánh giá');
    expect(resultPanel(el)!.textContent).to.include('Mỗi hồ sơ chỉ được đánh giá một lần.');
    await until(el, () => deepActive() === heading, 'the message has focus');
    expect(errors).to.deep.equal([{ code: 'already-rated', message: errorMessage('already-rated') }]);
    expect(completes).to.have.length(0);
    expect(store.getState().survey).to.equal(null);
  });

  for (const [kind, code] of [
    ['timeout', 'timeout'],
    ['server', 'server'],
    ['malformed', 'malformed-response'],
    ['rate-limited', 'rate-limited'],
  ] as const) {
    it(`on a ${kind} failure: a localized message, the answers kept, dvc-error, and a retry that succeeds`, async () => {
      const base = sandbox();
      await injectFault(base, kind);
      const el = await mount(
        html`<dvc-satisfaction-survey
          mode="five-level"
          dossier-code=${RESOLVED}
          .backend=${http(base)}
          .store=${createSession()}
        ></dvc-satisfaction-survey>`,
      );
      const errors = record<{ code: string; message: string }>(el, 'dvc-error');
      const completes = record(el, 'dvc-survey-complete');
      await answerAll(el);
      await answer(el, 5, 'Bình thường');
      const before = el.answers;
      await clickSubmit(el);
      await until(el, () => !failureBox(el).hidden, 'the failure is shown');
      expect(failureBox(el).querySelector('p')!.textContent!.trim()).to.equal(errorMessage(code));
      expect(failureBox(el).textContent).to.include('Các câu trả lời của bạn vẫn được giữ nguyên.');
      expect(failureBox(el).getAttribute('role')).to.equal('alert');
      expect(errors).to.deep.equal([{ code, message: errorMessage(code) }]);
      expect(el.answers).to.deep.equal(before);
      expect(questions(el)[5]!.inputs.find((input) => input.checked)!.value).to.equal('neutral');
      const retry = failureBox(el).querySelector('button')!;
      expect(retry.textContent!.trim()).to.equal('Thử gửi lại');
      retry.click();
      await until(el, () => completes.length === 1, 'the retry succeeded', 8000);
      expect(shadow(el).querySelector('#result-heading')!.textContent!.trim()).to.equal('Cảm ơn bạn đã đánh giá');
    });
  }

  it('shows that it is sending and does not send twice', async () => {
    const base = sandbox();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const real = http(base);
    let calls = 0;
    const backend = {
      ...real,
      submitSurvey: async (...args: Parameters<typeof real.submitSurvey>) => {
        calls += 1;
        await gate;
        return real.submitSurvey(...args);
      },
    };
    const el = await mount(
      html`<dvc-satisfaction-survey
        mode="short"
        dossier-code=${RESOLVED}
        .backend=${backend}
        .store=${createSession()}
      ></dvc-satisfaction-survey>`,
    );
    const completes = record(el, 'dvc-survey-complete');
    await answer(el, 0, 'Hài lòng');
    await clickSubmit(el);
    expect(submitButton(el).textContent!.trim()).to.equal('Đang gửi đánh giá…');
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
    expect(shadow(el).querySelector('form')!.getAttribute('aria-busy')).to.equal('true');
    await clickSubmit(el);
    expect(calls).to.equal(1);
    release();
    await until(el, () => completes.length === 1, 'completed');
    expect(calls).to.equal(1);
  });
});
