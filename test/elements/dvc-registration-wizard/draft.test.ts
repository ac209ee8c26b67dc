/** Drafts in sessionStorage (never secrets), the re-entry notice, and "declare once" prefill. */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { createSession } from '../../../src/core/session.js';
import type { DvcRegistrationWizard } from '../../../src/elements/dvc-registration-wizard/dvc-registration-wizard.js';
import { captchaAnswer, choosePassword, enterOtp, input, mount, PERSON, press, type, waitForStep } from './helpers.js';
import { createHttpBackend } from '../../../src/core/backend/http-backend.js';

const drafts = () => Object.entries(sessionStorage).filter(([key]) => key.startsWith('dvc-draft:'));

describe('<dvc-registration-wizard> drafts', function () {
  // Whole journeys over HTTP: slower than one element's unit test on a busy CI machine.
  this.timeout(20_000);
  it('restores the answers after a reload, says what must be typed again, and never stores a secret', async () => {
    const m = await mount({ subject: 'citizen', methods: 'phone', id: 'reg' });
    await waitForStep(m.el, 'details');
    for (const [name, value] of Object.entries(PERSON)) await type(m.el, name, value);
    const captcha = await captchaAnswer(m.el, m.base);
    await type(m.el, 'captcha', captcha);
    await press(m.el, 'Đăng ký');
    await waitForStep(m.el, 'otp');
    await enterOtp(m);
    await waitForStep(m.el, 'password');
    await choosePassword(m, 'Matkhau@2024');
    await waitForStep(m.el, 'review');
    const stored = JSON.stringify(drafts());
    expect(stored).to.contain(PERSON.fullName).and.contain(PERSON.phone);
    expect(stored).to.not.contain('Matkhau@2024');
    expect(stored).to.not.contain(captcha);
    expect(stored).to.not.match(/password|otp|captcha|pin/i);

    // "Reload": a new wizard with the same id on the page.
    m.el.remove();
    const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
    const again = document.createElement('dvc-registration-wizard') as DvcRegistrationWizard;
    again.id = 'reg';
    again.setAttribute('subject', 'citizen');
    again.setAttribute('methods', 'phone');
    again.backend = createHttpBackend({ baseUrl: m.base });
    again.store = createSession();
    host.append(again);
    await waitForStep(again, 'details');
    expect(input(again, 'fullName').value).to.equal(PERSON.fullName);
    expect(input(again, 'idNumber').value).to.equal(PERSON.idNumber);
    expect(input(again, 'captcha').value).to.equal('');
    const notice = again.querySelector('.notice')!.textContent!;
    expect(notice).to.contain('Mã xác thực').and.contain('Mã OTP').and.contain('Mật khẩu');
  });

  it('prefills from the session profile only with consent', async () => {
    const session = createSession();
    session.setProfileConsent(true);
    session.rememberProfile({ fullName: 'Phạm Thị Lan', phone: '0987654321' });
    const m = await mount({ subject: 'citizen', methods: 'phone' }, { session });
    await waitForStep(m.el, 'details');
    expect(input(m.el, 'fullName').value).to.equal('Phạm Thị Lan');
    expect(input(m.el, 'phone').value).to.equal('0987654321');

    const without = createSession();
    without.rememberProfile({ fullName: 'Phạm Thị Lan' });
    const n = await mount({ subject: 'citizen', methods: 'phone' }, { session: without });
    await waitForStep(n.el, 'details');
    expect(input(n.el, 'fullName').value).to.equal('');
  });
});
