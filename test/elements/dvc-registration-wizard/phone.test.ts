/** The mobile-subscriber method, end to end against the demo backend over HTTP. */
import { expect, waitUntil } from '@open-wc/testing';
import { DEMO_FIXTURES } from '../../../src/core/backend/demo/fixtures.js';
import { setLocale } from '../../../src/i18n/locale.js';
import {
  choosePassword,
  enterOtp,
  errorOf,
  fillPhoneDetails,
  heading,
  input,
  mount,
  PERSON,
  press,
  progress,
  type,
  waitForStep,
  captchaAnswer,
} from './helpers.js';

const PASSWORD = 'Matkhau@2024';

describe('<dvc-registration-wizard> phone method', function () {
  // Whole journeys over HTTP: slower than one element's unit test on a busy CI machine.
  this.timeout(20_000);
  it('registers a citizen from details to confirmation, with events that carry no secret', async () => {
    const m = await mount({ subject: 'citizen', methods: 'phone', 'sign-in-url': '/dang-nhap' });
    const { el } = m;
    await waitForStep(el, 'details');
    expect(heading(el)).to.equal('Thông tin đăng ký bằng thuê bao di động');
    expect(progress(el)).to.equal('Bước 1 / 4');
    expect(input(el, 'fullName').autocomplete).to.equal('name');
    expect(input(el, 'birthDate').autocomplete).to.equal('bday');
    expect(input(el, 'phone').autocomplete).to.equal('tel');
    expect(input(el, 'email').autocomplete).to.equal('email');
    // Native inputs live in the light DOM, with their labels.
    expect(input(el, 'fullName').getRootNode()).to.equal(document);
    expect(el.querySelector(`label[for="${input(el, 'fullName').id}"]`)!.textContent).to.contain('Họ và tên');

    await fillPhoneDetails(m, { ...PERSON, email: 'an@example.vn' });
    await waitForStep(el, 'otp');
    expect(heading(el)).to.equal('Nhập mã OTP');
    expect(document.activeElement).to.equal(el.querySelector('h2'));
    expect(el.textContent).to.contain('091****678');

    const code = (await (await fetch(`${m.base}/_demo/inbox`)).json()).messages.at(-1).code as string;
    await enterOtp(m);
    await waitForStep(el, 'password');
    const password = input(el, 'new-password');
    expect(password.autocomplete).to.equal('new-password');
    expect(password.spellcheck).to.equal(false);
    expect(password.type).to.equal('password');
    await choosePassword(m, PASSWORD);
    await waitForStep(el, 'review');
    expect(el.querySelector('dl')!.textContent).to.contain('Nguyễn Văn An').and.contain('an@example.vn').and.not.contain(PASSWORD);
    await press(el, 'Đăng ký');
    await waitForStep(el, 'done');
    expect(heading(el)).to.equal('Đăng ký thành công');
    expect(el.textContent).to.contain('091****678');
    expect(el.querySelector<HTMLAnchorElement>('a[href="/dang-nhap"]')!.textContent).to.equal('Đăng nhập');

    const complete = m.events.find((event) => event.type === 'dvc-registration-complete')!.detail as { account: Record<string, unknown> };
    expect(complete.account).to.include({ subject: 'citizen', method: 'phone', displayName: 'Nguyễn Văn An', maskedPhone: '091****678' });
    expect(m.session.getState().account?.id).to.equal(complete.account.id);
    const steps = m.events.filter((event) => event.type === 'dvc-step-change').map((event) => event.detail);
    expect(steps).to.deep.equal([
      { step: 'details', index: 0, total: 4 },
      { step: 'otp', index: 1, total: 4 },
      { step: 'password', index: 2, total: 4 },
      { step: 'review', index: 3, total: 4 },
      { step: 'done', index: 4, total: 4 },
    ]);
    const everything = JSON.stringify(m.events);
    expect(everything).to.not.contain(PASSWORD);
    expect(everything).to.not.contain(code);
    // The draft is gone once the account exists; no password field remains in the DOM.
    expect(Object.keys(sessionStorage).filter((key) => key.startsWith('dvc-draft:'))).to.deep.equal([]);
    expect(el.querySelector('input[type="password"]')).to.equal(null);
  });

  it('validates every field on Register: summary first and focused, the same words inline', async () => {
    const m = await mount({ subject: 'citizen', methods: 'phone' });
    await waitForStep(m.el, 'details');
    await press(m.el, 'Đăng ký');
    const summary = m.el.querySelector('dvc-error-summary')!;
    await waitUntil(() => summary.errors.length === 5, 'five errors listed');
    await waitUntil(() => summary.shadowRoot!.activeElement !== null, 'summary focused');
    expect(summary.errors.map((error) => error.message)).to.deep.equal([
      errorOf(m.el, 'idNumber'),
      errorOf(m.el, 'fullName'),
      errorOf(m.el, 'birthDate'),
      errorOf(m.el, 'phone'),
      errorOf(m.el, 'captcha'),
    ]);
    expect(errorOf(m.el, 'email')).to.equal('');
    expect(summary.errors.map((error) => error.label)).to.deep.equal([
      'Số CMND/CCCD',
      'Họ và tên',
      'Ngày sinh',
      'Số điện thoại di động',
      'Mã xác thực',
    ]);
    expect(summary.shadowRoot!.textContent).to.contain('Họ và tên: ');
    expect(input(m.el, 'phone').getAttribute('aria-invalid')).to.equal('true');
    // A summary link moves focus to its field.
    summary.shadowRoot!.querySelectorAll('a')[3]!.click();
    expect(document.activeElement).to.equal(input(m.el, 'phone'));

    await type(m.el, 'idNumber', '001090012345');
    await type(m.el, 'fullName', 'Nguyen Van 3');
    await type(m.el, 'birthDate', '31/02/1990');
    await type(m.el, 'phone', '0211234567');
    await type(m.el, 'email', 'not-an-email');
    await press(m.el, 'Đăng ký');
    expect(errorOf(m.el, 'fullName')).to.not.equal('');
    expect(errorOf(m.el, 'birthDate')).to.not.equal('');
    expect(errorOf(m.el, 'phone')).to.not.equal('');
    expect(errorOf(m.el, 'email')).to.not.equal('');
    expect(m.el.step).to.equal('details');
  });

  it('cross-checks the CCCD against the date of birth', async () => {
    const m = await mount({ subject: 'citizen', methods: 'phone' });
    await waitForStep(m.el, 'details');
    // 001 0 90 …: a man born in 1990; the date says 2001.
    for (const [name, value] of Object.entries({ ...PERSON, birthDate: '15/05/2001' })) await type(m.el, name, value);
    await type(m.el, 'captcha', await captchaAnswer(m.el, m.base));
    await press(m.el, 'Đăng ký');
    expect(errorOf(m.el, 'idNumber')).to.match(/năm sinh/i);
    expect(m.el.step).to.equal('details');
  });

  it('refuses an ID that already has an account and links to password recovery', async () => {
    const m = await mount({ subject: 'citizen', methods: 'phone', 'forgot-password-url': '/quen-mat-khau' });
    await waitForStep(m.el, 'details');
    const { idNumber, fullName, birthDate, phone } = DEMO_FIXTURES.existingAccount;
    await fillPhoneDetails(m, { idNumber, fullName, birthDate, phone });
    await waitUntil(() => errorOf(m.el, 'idNumber') !== '', 'account-exists shown');
    expect(m.el.step).to.equal('details');
    const link = m.el.querySelector<HTMLAnchorElement>('a[href="/quen-mat-khau"]')!;
    expect(link.textContent).to.equal('Quên mật khẩu');
    expect(m.events.some((event) => event.type === 'dvc-error' && (event.detail as { code: string }).code === 'account-exists')).to.equal(
      true,
    );
    // Answers kept; a new captcha is asked for.
    expect(input(m.el, 'fullName').value).to.equal(fullName);
    expect(input(m.el, 'captcha').value).to.equal('');
  });

  it('shows a wrong captcha next to its field and loads a new one', async () => {
    const m = await mount({ subject: 'citizen', methods: 'phone' });
    await waitForStep(m.el, 'details');
    for (const [name, value] of Object.entries(PERSON)) await type(m.el, name, value);
    await captchaAnswer(m.el, m.base);
    await type(m.el, 'captcha', 'zzzz');
    await press(m.el, 'Đăng ký');
    await waitUntil(() => errorOf(m.el, 'captcha') !== '', 'captcha error');
    expect(errorOf(m.el, 'captcha')).to.match(/mã xác thực/i);
    await fillPhoneDetails(m, {});
    await waitForStep(m.el, 'otp');
  });

  it('Back keeps every answer; Change from the check-answers step returns there', async () => {
    const m = await mount({ subject: 'citizen', methods: 'phone' });
    await waitForStep(m.el, 'details');
    await fillPhoneDetails(m);
    await waitForStep(m.el, 'otp');
    await press(m.el, 'Quay lại');
    expect(m.el.step).to.equal('details');
    expect(input(m.el, 'fullName').value).to.equal(PERSON.fullName);
    // Unchanged answers: no new captcha, straight back to the code already sent.
    expect(m.el.querySelector('input[name="captcha"]')).to.equal(null);
    await press(m.el, 'Đăng ký');
    await waitForStep(m.el, 'otp');
    await enterOtp(m);
    await waitForStep(m.el, 'password');
    await choosePassword(m, PASSWORD);
    await waitForStep(m.el, 'review');
    const change = [...m.el.querySelectorAll('button')].find(
      (button) => button.textContent!.includes('Thay đổi') && button.textContent!.includes('Mật khẩu'),
    )!;
    change.click();
    await waitForStep(m.el, 'password');
    await choosePassword(m, 'Khac#2025x');
    await waitForStep(m.el, 'review');
    const changeName = [...m.el.querySelectorAll('button')].find((button) => button.textContent!.includes('Họ và tên'))!;
    changeName.click();
    await waitForStep(m.el, 'details');
    await press(m.el, 'Đăng ký');
    await waitForStep(m.el, 'review');
    await press(m.el, 'Đăng ký');
    await waitForStep(m.el, 'done');
  });

  it('checks the password rules live and the confirmation', async () => {
    const m = await mount({ subject: 'citizen', methods: 'phone' });
    await waitForStep(m.el, 'details');
    await fillPhoneDetails(m);
    await waitForStep(m.el, 'otp');
    await enterOtp(m);
    await waitForStep(m.el, 'password');
    await type(m.el, 'new-password', 'abc');
    const states = () => [...m.el.querySelectorAll('.rules li')].map((li) => li.className);
    expect(states()).to.deep.equal(['todo', 'ok', 'todo', 'todo', 'todo']);
    await type(m.el, 'new-password', 'Abcdefg1!');
    expect(states()).to.deep.equal(['ok', 'ok', 'ok', 'ok', 'ok']);
    // The characters listed read as themselves in English too (the translation file escapes "&").
    const special = () => m.el.querySelector('.rules li:last-child')!.textContent!.replace(/\s+/g, ' ');
    expect(special()).to.include('(! @ # $ % ^ & *)');
    await setLocale('en');
    try {
      await m.el.updateComplete;
      expect(special()).to.include('A special character (! @ # $ % ^ & *)');
    } finally {
      await setLocale('vi');
    }
    await type(m.el, 'confirm-password', 'Abcdefg1?');
    await press(m.el, 'Tiếp tục');
    expect(errorOf(m.el, 'confirm-password')).to.not.equal('');
    expect(m.el.step).to.equal('password');
    await press(m.el, 'Hiện mật khẩu');
    expect(input(m.el, 'new-password').type).to.equal('text');
  });
});
