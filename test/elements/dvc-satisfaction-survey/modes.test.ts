/** The three modes, their default questions, the decree score, and a province's own question set. */
import { expect, html } from '@open-wc/testing';
import { DECREE_QUESTIONS } from '../../../src/core/data/survey-questions.js';
import type { SurveyQuestionSet } from '../../../src/core/schemas/survey.js';
import type { DvcSatisfactionSurvey } from '../../../src/elements/dvc-satisfaction-survey/dvc-satisfaction-survey.js';
import { setLocale } from '../../../src/i18n/locale.js';
import { answer, mount, questions, record, RESOLVED, shadow } from './helpers.js';

const scoreText = (el: DvcSatisfactionSurvey) => shadow(el).querySelector('[part="score"]')?.textContent?.trim();

describe('<dvc-satisfaction-survey> modes', () => {
  afterEach(() => setLocale('vi'));

  it('decree: indicators 1–9 with three plain answers and their official wording as help, then 10 and 11 on three levels', async () => {
    const el = await mount(html`<dvc-satisfaction-survey dossier-code=${RESOLVED}></dvc-satisfaction-survey>`);
    expect(el.mode).to.equal('decree');
    const all = questions(el);
    expect(all).to.have.length(11);
    expect(all[0]!.legend).to.equal('1. Hồ sơ của bạn được giải quyết xong khi nào so với hạn hẹn trả kết quả?');
    expect(all[0]!.options).to.deep.equal(['Trước hạn', 'Đúng hạn', 'Trễ hạn']);
    expect(all[0]!.help).to.equal('Chỉ số 1: Tổng thời gian giải quyết thủ tục hành chính so với thời gian quy định.');
    expect(all[0]!.fieldset.getAttribute('aria-describedby')).to.equal(all[0]!.fieldset.querySelector('.help')!.id);
    for (const question of all.slice(0, 9)) expect(question.options).to.have.length(3);
    expect(all[9]!.options).to.deep.equal(['Rất hài lòng', 'Hài lòng', 'Không hài lòng']);
    expect(all[10]!.options).to.deep.equal(['Rất hài lòng', 'Hài lòng', 'Không hài lòng']);
    for (const question of all) for (const input of question.inputs) expect(input.type).to.equal('radio');
    expect(shadow(el).textContent).to.include('000.00.06.H56-231027-0361');
  });

  it('decree: shows the score as indicators are answered (2 / 1 / 0 points each, out of 18)', async () => {
    const el = await mount(html`<dvc-satisfaction-survey dossier-code=${RESOLVED}></dvc-satisfaction-survey>`);
    expect(scoreText(el)).to.equal('Điểm đánh giá: 0/18 điểm (đã trả lời 0/9 chỉ số).');
    await answer(el, 0, 'Trước hạn');
    await answer(el, 1, 'Có cơ quan chậm nhưng hồ sơ vẫn xong đúng hạn');
    await answer(el, 2, 'Từ 3 lần trở lên');
    expect(scoreText(el)).to.equal('Điểm đánh giá: 3/18 điểm (đã trả lời 3/9 chỉ số).');
    // Changing an answer changes the score.
    await answer(el, 0, 'Đúng hạn');
    expect(el.score).to.deep.equal({ points: 2, max: 18, answered: 3, indicators: 9 });
    for (let index = 3; index < 9; index += 1) await answer(el, index, questions(el)[index]!.options[0]!);
    expect(scoreText(el)).to.equal('Điểm đánh giá: 14/18 điểm.');
    // The satisfaction questions do not count towards the score.
    await answer(el, 9, 'Không hài lòng');
    expect(scoreText(el)).to.equal('Điểm đánh giá: 14/18 điểm.');
    expect(el.answers).to.deep.include({ i1: 1, i2: 1, i3: 0, i4: 2, q10: 'dissatisfied' });
  });

  it('five-level: the ministries’ five-level scale over the default questions, optional ones marked', async () => {
    const el = await mount(html`<dvc-satisfaction-survey mode="five-level" dossier-code=${RESOLVED}></dvc-satisfaction-survey>`);
    const all = questions(el);
    expect(all).to.have.length(6);
    for (const question of all)
      expect(question.options).to.deep.equal(['Rất hài lòng', 'Hài lòng', 'Bình thường', 'Không hài lòng', 'Rất không hài lòng']);
    expect(all[4]!.legend).to.equal('5. Việc tiếp nhận và xử lý góp ý, phản ánh (không bắt buộc)');
    expect(all[0]!.legend).to.not.include('không bắt buộc');
    expect(shadow(el).querySelector('[part="score"]')).to.equal(null);
    await answer(el, 2, 'Bình thường');
    expect(el.answers).to.deep.equal({ staff: 'neutral' });
  });

  it('short: one overall question first, then optional reasons as checkboxes and an optional comment', async () => {
    const el = await mount(html`<dvc-satisfaction-survey mode="short" dossier-code=${RESOLVED}></dvc-satisfaction-survey>`);
    const all = questions(el);
    expect(all).to.have.length(2);
    expect(all[0]!.legend).to.equal('1. Nhìn chung, bạn hài lòng với việc giải quyết hồ sơ này ở mức nào?');
    expect(all[0]!.options).to.deep.equal(['Rất hài lòng', 'Hài lòng', 'Không hài lòng']);
    expect(all[1]!.legend).to.include('(không bắt buộc)');
    for (const input of all[1]!.inputs) expect(input.type).to.equal('checkbox');
    await answer(el, 1, 'Thời gian giải quyết');
    await answer(el, 1, 'Thái độ của cán bộ');
    await answer(el, 1, 'Thời gian giải quyết');
    expect(el.answers).to.deep.equal({ reasons: ['staff'] });
    const label = shadow(el).querySelector('label[for="comment"]')!;
    expect(label.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Ý kiến khác (không bắt buộc)');
  });

  it('switching mode shows that mode’s questions and starts afresh', async () => {
    const el = await mount(html`<dvc-satisfaction-survey mode="short" dossier-code=${RESOLVED}></dvc-satisfaction-survey>`);
    await answer(el, 0, 'Hài lòng');
    el.mode = 'five-level';
    await el.updateComplete;
    expect(questions(el)).to.have.length(6);
    expect(el.answers).to.deep.equal({});
  });

  it('an invalid mode is reported and the last good one kept', async () => {
    const el = await mount(html`<dvc-satisfaction-survey mode="short"></dvc-satisfaction-survey>`);
    const errors = record<{ code: string; field?: string }>(el, 'dvc-error');
    const warn = console.warn;
    console.warn = () => {};
    try {
      el.setAttribute('mode', 'stars');
      await el.updateComplete;
    } finally {
      console.warn = warn;
    }
    expect(el.mode).to.equal('short');
    expect(errors).to.deep.equal([
      { code: 'invalid-attribute', message: 'Cấu hình "mode" không hợp lệ nên đã được bỏ qua.', field: 'mode' },
    ]);
    expect(questions(el)).to.have.length(2);
  });

  it('the default Vietnamese texts shown are the ones in the core data', async () => {
    const el = await mount(html`<dvc-satisfaction-survey></dvc-satisfaction-survey>`);
    const shown = questions(el);
    DECREE_QUESTIONS.forEach((question, index) => {
      expect(shown[index]!.legend).to.equal(`${index + 1}. ${question.text as string}`);
      if (question.kind === 'indicator') expect(shown[index]!.options).to.deep.equal(question.options.map((option) => option.text));
      expect(shown[index]!.help).to.equal(question.help);
    });
  });
});

describe('<dvc-satisfaction-survey> a province’s own questions', () => {
  afterEach(() => setLocale('vi'));

  const OWN = [
    { id: 'wait', kind: 'satisfaction', text: { vi: 'Thời gian chờ tại quầy', en: 'Waiting time at the desk' } },
    { id: 'parking', kind: 'satisfaction', text: 'Chỗ để xe', required: false },
    {
      id: 'channels',
      kind: 'choices',
      text: { vi: 'Bạn biết đến dịch vụ qua đâu?', en: 'How did you hear of the service?' },
      options: [
        { id: 'zalo', text: 'Zalo' },
        { id: 'poster', text: { vi: 'Áp phích', en: 'Poster' } },
      ],
    },
  ];

  it('takes a JSON attribute and shows its texts, in English when it has them', async () => {
    const el = await mount(html`<dvc-satisfaction-survey mode="five-level" questions=${JSON.stringify(OWN)}></dvc-satisfaction-survey>`);
    let all = questions(el);
    expect(all.map((question) => question.legend)).to.deep.equal([
      '1. Thời gian chờ tại quầy',
      '2. Chỗ để xe (không bắt buộc)',
      '3. Bạn biết đến dịch vụ qua đâu? (không bắt buộc) Chọn một hoặc nhiều.',
    ]);
    expect(all[2]!.options).to.deep.equal(['Zalo', 'Áp phích']);
    await setLocale('en');
    await el.updateComplete;
    all = questions(el);
    expect(all.map((question) => question.legend)).to.deep.equal([
      '1. Waiting time at the desk',
      '2. Chỗ để xe (optional)',
      '3. How did you hear of the service? (optional) Choose any that apply.',
    ]);
    expect(all[0]!.options).to.deep.equal([
      'Very satisfied',
      'Satisfied',
      'Neither satisfied nor dissatisfied',
      'Dissatisfied',
      'Very dissatisfied',
    ]);
    expect(all[2]!.options).to.deep.equal(['Zalo', 'Poster']);
  });

  it('takes decree indicators of its own, and scores them', async () => {
    const own = [
      {
        id: 'time',
        kind: 'indicator',
        text: 'Đúng hẹn?',
        options: [
          { score: 2, text: 'Sớm' },
          { score: 1, text: 'Đúng' },
          { score: 0, text: 'Trễ' },
        ],
      },
      { id: 'all', kind: 'satisfaction', text: 'Chung' },
    ];
    const el = await mount(html`<dvc-satisfaction-survey .questions=${own}></dvc-satisfaction-survey>`);
    expect(questions(el).map((question) => question.options)).to.deep.equal([
      ['Sớm', 'Đúng', 'Trễ'],
      ['Rất hài lòng', 'Hài lòng', 'Không hài lòng'],
    ]);
    await answer(el, 0, 'Sớm');
    expect(scoreText(el)).to.equal('Điểm đánh giá: 2/2 điểm.');
  });

  it('takes the last set given in a row, and never undoes a clearing with a set still being checked', async () => {
    const el = await mount(html`<dvc-satisfaction-survey mode="five-level"></dvc-satisfaction-survey>`);
    el.questions = OWN as SurveyQuestionSet;
    el.setAttribute('questions', JSON.stringify(OWN.slice(0, 1)));
    await el.updateComplete;
    expect(questions(el).map((question) => question.legend)).to.deep.equal(['1. Thời gian chờ tại quầy']);
    el.questions = OWN as SurveyQuestionSet;
    el.questions = null;
    await el.updateComplete;
    expect(el.questions).to.equal(null);
    expect(questions(el)).to.have.length(6);
  });

  it('reports an invalid set (bad JSON, bad shape, duplicate ids, wrong mode) and keeps the default', async () => {
    const el = await mount(html`<dvc-satisfaction-survey mode="short"></dvc-satisfaction-survey>`);
    const errors = record<{ code: string; field?: string }>(el, 'dvc-error');
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      el.setAttribute('questions', '[{"id":');
      el.setAttribute('questions', JSON.stringify([{ id: 'Bad Id', kind: 'satisfaction', text: 'x' }]));
      el.questions = [
        { id: 'a', kind: 'satisfaction', text: 'x' },
        { id: 'a', kind: 'satisfaction', text: 'y' },
      ];
      await el.updateComplete;
      expect(questions(el)).to.have.length(2);
      expect(questions(el)[0]!.legend).to.equal('1. Nhìn chung, bạn hài lòng với việc giải quyết hồ sơ này ở mức nào?');
      // A well-formed set with indicators does not fit the short form.
      el.questions = [
        {
          id: 'x',
          kind: 'indicator',
          text: 'x',
          options: [
            { score: 2, text: 'a' },
            { score: 0, text: 'b' },
          ],
        },
      ];
      await el.updateComplete;
      expect(questions(el)[0]!.legend).to.equal('1. Nhìn chung, bạn hài lòng với việc giải quyết hồ sơ này ở mức nào?');
    } finally {
      console.warn = warn;
    }
    expect(errors.map((error) => [error.code, error.field])).to.deep.equal(Array(4).fill(['invalid-attribute', 'questions']));
    expect(warnings).to.have.length(4);
    expect(String(warnings[0]![0])).to.include('<dvc-satisfaction-survey> ignored an invalid "questions" value');
  });
});
