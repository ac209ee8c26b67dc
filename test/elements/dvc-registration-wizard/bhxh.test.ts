/** The social-insurance (BHXH) method, end to end against the demo backend over HTTP. */
import { expect, waitUntil } from '@open-wc/testing';
import { DEMO_FIXTURES } from '../../../src/core/backend/demo/fixtures.js';
import { choosePassword, enterOtp, errorOf, heading, input, mount, PERSON, press, type, waitForStep } from './helpers.js';

const BHXH = { bhxhCode: '0123456789', ...PERSON };

describe('<dvc-registration-wizard> bhxh method', function () {
  // Whole journeys over HTTP: slower than one element's unit test on a busy CI machine.
  this.timeout(20_000);
  it('registers with a social-insurance code: no captcha, OTP, password, confirmation', async () => {
    const m = await mount({ subject: 'citizen', methods: 'bhxh' });
    await waitForStep(m.el, 'details');
    expect(heading(m.el)).to.equal('Thông tin đăng ký bằng mã số BHXH');
    expect(m.el.querySelector('input[name="captcha"]')).to.equal(null);
    expect(m.el.querySelector('input[name="email"]')).to.equal(null);
    for (const [name, value] of Object.entries(BHXH)) await type(m.el, name, value);
    await press(m.el, 'Đăng ký');
    await waitForStep(m.el, 'otp');
    await enterOtp(m);
    await waitForStep(m.el, 'password');
    await choosePassword(m);
    await waitForStep(m.el, 'review');
    expect(m.el.querySelector('dl')!.textContent).to.contain('0123456789');
    await press(m.el, 'Đăng ký');
    await waitForStep(m.el, 'done');
    const complete = m.events.find((event) => event.type === 'dvc-registration-complete')!.detail as { account: Record<string, unknown> };
    expect(complete.account).to.include({ method: 'bhxh', subject: 'citizen', displayName: 'Nguyễn Văn An' });
  });

  it('validates the code and asks for a 12-digit CCCD (not a CMND)', async () => {
    const m = await mount({ subject: 'citizen', methods: 'bhxh' });
    await waitForStep(m.el, 'details');
    await type(m.el, 'bhxhCode', '12345');
    await type(m.el, 'idNumber', '123456789');
    await press(m.el, 'Đăng ký');
    expect(errorOf(m.el, 'bhxhCode')).to.not.equal('');
    expect(errorOf(m.el, 'idNumber')).to.not.equal('');
    expect(m.el.querySelector('dvc-error-summary')!.errors.length).to.equal(5);
  });

  it('puts "social insurance does not know this code" next to the code', async () => {
    const m = await mount({ subject: 'citizen', methods: 'bhxh' });
    await waitForStep(m.el, 'details');
    for (const [name, value] of Object.entries({ ...BHXH, bhxhCode: DEMO_FIXTURES.unknownBhxhCode })) await type(m.el, name, value);
    await press(m.el, 'Đăng ký');
    await waitUntil(() => errorOf(m.el, 'bhxhCode') !== '', 'not-found shown');
    expect(input(m.el, 'bhxhCode').getAttribute('aria-invalid')).to.equal('true');
    expect(m.el.step).to.equal('details');
  });

  it('is never offered to an enterprise, even when listed', async () => {
    const m = await mount({ subject: 'enterprise', methods: 'bhxh,phone' });
    await m.el.updateComplete;
    expect(m.el.querySelector('input[name="idNumber"]')).to.equal(null);
    expect(m.el.textContent).to.contain('Không có phương thức đăng ký nào');
  });
});
