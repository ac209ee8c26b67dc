/** Vietnam Post: activation by SMS code, or by the email link coming back to the page. */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { createHttpBackend } from '../../../src/core/backend/http-backend.js';
import { createSession } from '../../../src/core/session.js';
import type { DvcRegistrationWizard } from '../../../src/elements/dvc-registration-wizard/dvc-registration-wizard.js';
import {
  captchaAnswer,
  choosePassword,
  enterOtp,
  errorOf,
  heading,
  inbox,
  input,
  mount,
  PERSON,
  press,
  type,
  waitForStep,
  type Mounted,
} from './helpers.js';

async function fillVnpost(m: Mounted, activation: 'sms' | 'email', email = 'an@example.vn') {
  for (const [name, value] of Object.entries({ ...PERSON, email, address: '12 Tràng Tiền, Hà Nội' })) await type(m.el, name, value);
  m.el.querySelector<HTMLInputElement>(`input[name="activation"][value="${activation}"]`)!.click();
  await type(m.el, 'captcha', await captchaAnswer(m.el, m.base));
  await press(m.el, 'Đăng ký');
}

/** The page opened from the email: a new wizard on this page with the link's query (or hash route). */
async function openLink(base: string, link: string, where: 'query' | 'hash') {
  const token = new URL(link, location.href).searchParams.get('dvc-activation')!;
  const url =
    where === 'query'
      ? `${location.pathname}?dvc-activation=${token}`
      : `${location.pathname}${location.search}#/dang-ky?dvc-activation=${token}&tab=1`;
  history.replaceState(null, '', url);
  const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('dvc-registration-wizard') as DvcRegistrationWizard;
  el.id = 'vn';
  el.setAttribute('subject', 'citizen');
  el.setAttribute('methods', 'vnpost');
  el.backend = createHttpBackend({ baseUrl: base });
  el.store = createSession();
  host.append(el);
  return { el, token };
}

describe('<dvc-registration-wizard> vnpost method', function () {
  // Whole journeys over HTTP: slower than one element's unit test on a busy CI machine.
  this.timeout(20_000);
  const start = location.href;
  afterEach(() => history.replaceState(null, '', start));

  it('activates by SMS code', async () => {
    const m = await mount({ subject: 'citizen', methods: 'vnpost' });
    await waitForStep(m.el, 'details');
    expect(heading(m.el)).to.equal('Thông tin đăng ký qua Bưu điện Việt Nam');
    await fillVnpost(m, 'sms');
    await waitForStep(m.el, 'otp');
    await enterOtp(m);
    await waitForStep(m.el, 'password');
    await choosePassword(m);
    await waitForStep(m.el, 'review');
    expect(m.el.querySelector('dl')!.textContent).to.contain('Mã OTP gửi qua SMS').and.contain('12 Tràng Tiền, Hà Nội');
    await press(m.el, 'Đăng ký');
    await waitForStep(m.el, 'done');
    const complete = m.events.find((event) => event.type === 'dvc-registration-complete')!.detail as { account: Record<string, unknown> };
    expect(complete.account).to.include({ method: 'vnpost' });
  });

  it('needs an email address for activation by email', async () => {
    const m = await mount({ subject: 'citizen', methods: 'vnpost' });
    await waitForStep(m.el, 'details');
    await fillVnpost(m, 'email', '');
    expect(errorOf(m.el, 'email')).to.not.equal('');
    expect(m.el.step).to.equal('details');
  });

  for (const where of ['query', 'hash'] as const) {
    it(`activates by the email link (return URL in the ${where})`, async () => {
      const m = await mount({ subject: 'citizen', methods: 'vnpost', id: 'vn' });
      await waitForStep(m.el, 'details');
      await fillVnpost(m, 'email');
      await waitForStep(m.el, 'email-link');
      expect(heading(m.el)).to.equal('Kích hoạt tài khoản qua email');
      expect(m.el.textContent).to.match(/a\*+@example\.vn|an\*|\*\*\*/);
      const mail = (await inbox(m.base)).find((message) => message.channel === 'email')! as { link: string };
      expect(mail.link).to.contain('dvc-activation=');
      m.el.remove();

      const { el } = await openLink(m.base, mail.link, where);
      await waitForStep(el, 'password');
      // The token left the address bar; the rest of a hash route stays.
      expect(location.href).to.not.contain('dvc-activation');
      if (where === 'hash') expect(location.hash).to.equal('#/dang-ky?tab=1');
      expect(input(el, 'new-password')).to.not.equal(null);
      await choosePassword({ ...m, el });
      await waitForStep(el, 'review');
      expect(el.querySelector('dl')!.textContent).to.contain(PERSON.fullName);
      await press(el, 'Đăng ký');
      await waitForStep(el, 'done');
    });
  }

  it('explains a used link and offers to register again', async () => {
    const m = await mount({ subject: 'citizen', methods: 'vnpost', id: 'vn' });
    await waitForStep(m.el, 'details');
    await fillVnpost(m, 'email');
    await waitForStep(m.el, 'email-link');
    const mail = (await inbox(m.base)).find((message) => message.channel === 'email')! as { link: string };
    m.el.remove();
    const first = await openLink(m.base, mail.link, 'query');
    await waitForStep(first.el, 'password');
    first.el.remove();
    const replay = await openLink(m.base, mail.link, 'query');
    await waitUntil(() => replay.el.querySelector('.failure'), 'failure shown');
    expect(replay.el.querySelector('.failure')!.getAttribute('role')).to.equal('alert');
    await press(replay.el, 'Nhập lại thông tin đăng ký');
    expect(replay.el.step).to.equal('details');
  });
});
