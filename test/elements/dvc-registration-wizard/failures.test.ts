/** Backend failures: each explained, answers kept, a retry offered, the host told with `dvc-error`. */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  enterOtp,
  fault,
  fillPhoneDetails,
  input,
  latestCode,
  mount,
  otpInput,
  PERSON,
  press,
  waitForStep,
  type Mounted,
} from './helpers.js';

const failureText = (m: Mounted) => m.el.querySelector('.failure')?.textContent?.trim() ?? '';
const errorCodes = (m: Mounted) =>
  m.events.filter((event) => event.type === 'dvc-error').map((event) => (event.detail as { code: string }).code);

describe('<dvc-registration-wizard> backend failures', function () {
  // Whole journeys over HTTP: slower than one element's unit test on a busy CI machine.
  this.timeout(20_000);
  for (const [kind, code, words] of [
    ['server', 'server', /máy chủ|hệ thống/i],
    ['malformed', 'malformed-response', /./],
    ['timeout', 'timeout', /./],
  ] as const) {
    it(`${kind} on Register: a message, answers kept, and Try again works`, async () => {
      const m = await mount({ subject: 'citizen', methods: 'phone' }, { timeoutMs: kind === 'timeout' ? 1500 : 5000 });
      await waitForStep(m.el, 'details');
      await fault(m.base, 'startRegistration', kind);
      await fillPhoneDetails(m);
      await waitUntil(() => failureText(m) !== '', 'failure shown', { timeout: 5000 });
      expect(failureText(m)).to.match(words);
      expect(errorCodes(m)).to.include(code);
      expect(document.activeElement).to.equal(m.el.querySelector('.failure'));
      expect(input(m.el, 'fullName').value).to.equal(PERSON.fullName);
      expect(m.el.step).to.equal('details');
      await press(m.el, 'Thử lại');
      await waitForStep(m.el, 'otp');
    });
  }

  it('rate limit on the code check: explained, then Try again', async () => {
    const m = await mount({ subject: 'citizen', methods: 'phone' });
    await waitForStep(m.el, 'details');
    await fillPhoneDetails(m);
    await waitForStep(m.el, 'otp');
    await fault(m.base, 'verifyOtp', 'rate-limited');
    await enterOtp(m);
    await waitUntil(() => failureText(m) !== '', 'failure shown', { timeout: 5000 });
    expect(errorCodes(m)).to.include('rate-limited');
    await press(m.el, 'Thử lại');
    await waitForStep(m.el, 'password');
  });

  it('a wrong code is shown by the OTP field with the attempts left; the right one goes on', async () => {
    const m = await mount({ subject: 'citizen', methods: 'phone' });
    await waitForStep(m.el, 'details');
    await fillPhoneDetails(m);
    await waitForStep(m.el, 'otp');
    const right = await latestCode(m.base);
    const wrong = right === '000000' ? '111111' : '000000';
    otpInput(m.el).focus();
    await sendKeys({ type: wrong });
    await press(m.el, 'Xác nhận');
    await waitUntil(() => otpInput(m.el).querySelector('[slot="error"]')?.textContent?.trim(), 'otp error');
    expect(otpInput(m.el).textContent).to.match(/không đúng/i);
    expect(errorCodes(m)).to.include('otp-wrong');
    expect(m.el.step).to.equal('otp');
    otpInput(m.el).value = '';
    otpInput(m.el).focus();
    await sendKeys({ type: right });
    await press(m.el, 'Xác nhận');
    await waitForStep(m.el, 'password');
  });

  it('an expired code says so and a new one can be asked for', async () => {
    const m = await mount({ subject: 'citizen', methods: 'phone' });
    await waitForStep(m.el, 'details');
    await fillPhoneDetails(m);
    await waitForStep(m.el, 'otp');
    await fetch(`${m.base}/_demo/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advanceMs: 6 * 60_000 }),
    });
    await enterOtp(m);
    await waitUntil(() => errorCodes(m).includes('otp-expired'), 'otp-expired');
    expect(otpInput(m.el).textContent).to.match(/hết hạn/i);
  });

  it('a failed captcha load is explained and "Lấy mã khác" retries it', async () => {
    sessionStorage.clear();
    const m = await mount({ subject: 'citizen' });
    await fault(m.base, 'getCaptcha', 'server', 3);
    const phone = m.el.querySelector<HTMLInputElement>('input[value="phone"]')!;
    phone.click();
    await press(m.el, 'Tiếp tục');
    await waitUntil(() => m.el.querySelector('.captcha .error'), 'captcha error', { timeout: 5000 });
    expect(errorCodes(m)).to.include('server');
    await press(m.el, 'Lấy mã khác');
    await waitUntil(() => m.el.querySelector('.captcha img'), 'captcha image', { timeout: 5000 });
  });
});
