/** Subject and method steps, attributes, focus, title, history, locale and accessibility. */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '../../../src/i18n/locale.js';
import { choosePassword, enterOtp, fillPhoneDetails, heading, mount, press, progress, waitForStep } from './helpers.js';

const options = (el: Element) => [...el.querySelectorAll('.choice label')].map((label) => label.textContent!.trim());

describe('<dvc-registration-wizard> steps', function () {
  // Whole journeys over HTTP: slower than one element's unit test on a busy CI machine.
  this.timeout(20_000);
  afterEach(() => setLocale('vi'));

  it('asks the subject first, then offers only the methods that subject may use', async () => {
    const m = await mount({});
    expect(heading(m.el)).to.equal('Bạn đăng ký tài khoản với tư cách nào?');
    expect(m.el.querySelector('legend h2')).to.not.equal(null);
    expect(options(m.el)).to.deep.equal(['Công dân', 'Doanh nghiệp', 'Cơ quan nhà nước']);
    await press(m.el, 'Tiếp tục');
    expect(m.el.querySelector('.error')!.textContent).to.equal('Chọn đối tượng đăng ký.');
    m.el.querySelector<HTMLInputElement>('input[value="citizen"]')!.click();
    await press(m.el, 'Tiếp tục');
    expect(m.el.step).to.equal('method');
    expect(progress(m.el)).to.equal('Bước 2 / 6');
    expect(options(m.el)).to.include.members(['Thuê bao di động', 'Mã số BHXH']);
    await press(m.el, 'Quay lại');
    m.el.querySelector<HTMLInputElement>('input[value="enterprise"]')!.click();
    await press(m.el, 'Tiếp tục');
    expect(options(m.el)).to.not.include('Thuê bao di động');
    expect(options(m.el)).to.not.include('Mã số BHXH');
  });

  it('starts each step with nothing chosen that the user did not choose', async () => {
    const m = await mount({});
    m.el.querySelector<HTMLInputElement>('input[value="enterprise"]')!.click();
    await press(m.el, 'Tiếp tục');
    expect(m.el.step).to.equal('method');
    expect(m.el.querySelector('input[name="method"]:checked')).to.equal(null);
  });

  it('reports a bad methods or subject value and keeps working', async () => {
    const m = await mount({ methods: 'phone,fax' });
    await m.el.updateComplete;
    expect(
      m.events.some((event) => event.type === 'dvc-error' && (event.detail as { code: string }).code === 'invalid-attribute'),
    ).to.equal(true);
    m.el.setAttribute('subject', 'alien');
    await m.el.updateComplete;
    expect(m.el.getAttribute('subject')).to.not.equal('alien');
    expect(m.events.filter((event) => event.type === 'dvc-error')).to.have.length(2);
  });

  it('works from the keyboard alone and moves focus to each step heading', async () => {
    const m = await mount({ subject: 'citizen' });
    const first = m.el.querySelector<HTMLInputElement>('input[type="radio"]')!;
    first.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Enter' });
    await waitForStep(m.el, 'details');
    expect(document.activeElement).to.equal(m.el.querySelector('h2'));
  });

  it('manage-title follows the step, with "Lỗi: " while errors show', async () => {
    const before = document.title;
    const m = await mount({ subject: 'citizen', methods: 'phone', 'manage-title': '' });
    await waitForStep(m.el, 'details');
    expect(document.title).to.match(/^Thông tin đăng ký bằng thuê bao di động/);
    await press(m.el, 'Đăng ký');
    await waitUntil(() => document.title.startsWith('Lỗi: '), 'the title shows the errors', { timeout: 5000 });
    m.el.remove();
    document.title = before;
  });

  it('sync-history: the browser Back button returns to the previous step', async () => {
    const m = await mount({ subject: 'citizen', 'sync-history': '' });
    m.el.querySelector<HTMLInputElement>('input[value="phone"]')!.click();
    await press(m.el, 'Tiếp tục');
    await waitForStep(m.el, 'details');
    history.back();
    await waitUntil(() => m.el.step === 'method', 'back to method');
    history.forward();
    await waitUntil(() => m.el.step === 'details', 'forward to details');
    m.el.remove();
  });

  it('speaks English when the page does', async () => {
    const m = await mount({ subject: 'citizen', methods: 'phone' });
    await waitForStep(m.el, 'details');
    await setLocale('en');
    await m.el.updateComplete;
    expect(heading(m.el)).to.equal('Register with your mobile number');
    expect(progress(m.el)).to.equal('Step 1 of 4');
  });

  it('is accessible in every step', async function () {
    this.timeout(30_000);
    const m = await mount({});
    await expect(m.el).to.be.accessible();
    m.el.querySelector<HTMLInputElement>('input[value="citizen"]')!.click();
    await press(m.el, 'Tiếp tục');
    await expect(m.el).to.be.accessible();
    m.el.querySelector<HTMLInputElement>('input[value="phone"]')!.click();
    await press(m.el, 'Tiếp tục');
    await waitForStep(m.el, 'details');
    await waitUntil(() => m.el.querySelector('.captcha img'));
    await expect(m.el).to.be.accessible();
    await press(m.el, 'Đăng ký');
    await waitUntil(() => m.el.querySelector('dvc-error-summary')!.errors.length > 0);
    await expect(m.el).to.be.accessible();
    await fillPhoneDetails(m);
    await waitForStep(m.el, 'otp');
    await expect(m.el).to.be.accessible();
    await enterOtp(m);
    await waitForStep(m.el, 'password');
    await expect(m.el).to.be.accessible();
    await choosePassword(m);
    await waitForStep(m.el, 'review');
    await expect(m.el).to.be.accessible();
    await press(m.el, 'Đăng ký');
    await waitForStep(m.el, 'done');
    await expect(m.el).to.be.accessible();
  });
});
