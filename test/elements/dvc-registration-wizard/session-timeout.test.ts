/**
 * The warning before an unfinished registration times out on the server: the element's clock is
 * a fake one moved by the test, and the demo server's clock is moved alongside it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DvcBackend } from '../../../src/core/backend/types.js';
import type { WizardClock } from '../../../src/elements/dvc-registration-wizard/wizard-clock.js';
import {
  captchaAnswer,
  choosePassword,
  demoCall,
  enterOtp,
  fillPhoneDetails,
  input,
  mount,
  PERSON,
  press,
  type,
  waitForStep,
  type Mounted,
} from './helpers.js';

const MINUTE = 60_000;

/**
 * The real time plus what the test added, like the demo server's clock; its timers run only
 * when the test moves time forward.
 */
class FakeClock implements WizardClock {
  private _offset = 0;
  private _timers = new Map<number, { at: number; callback: () => void }>();
  private _next = 1;

  now = () => Date.now() + this._offset;

  setTimeout = (callback: () => void, ms: number) => {
    const id = this._next++;
    this._timers.set(id, { at: this.now() + ms, callback });
    return id;
  };

  clearTimeout = (id: unknown) => void this._timers.delete(id as number);

  advance(ms: number) {
    this._offset += ms;
    for (;;) {
      const due = [...this._timers].filter(([, timer]) => timer.at <= this.now()).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this._timers.delete(due[0]);
      due[1].callback();
    }
  }
}

/** A phone registration whose element runs on a fake clock; `extends` records what the extension sent. */
async function start() {
  const clock = new FakeClock();
  const extensions: unknown[] = [];
  const m = await mount(
    { subject: 'citizen', methods: 'phone' },
    {
      configure: (el) => {
        el.clock = clock;
        const real = el.backend!;
        el.backend = {
          ...real,
          extendRegistration: (request, options) => {
            extensions.push(request);
            return real.extendRegistration(request, options);
          },
        } satisfies DvcBackend;
      },
    },
  );
  await waitForStep(m.el, 'details');
  await fillPhoneDetails(m);
  await waitForStep(m.el, 'otp');
  return { m, clock, extensions };
}

/** Time passes for the server and for the element. */
async function pass(m: Mounted, clock: FakeClock, ms: number, serverMs = ms) {
  await demoCall(m.base, 'clock', { advanceMs: serverMs });
  clock.advance(ms);
  await m.el.updateComplete;
}

const dialog = (m: Mounted) => m.el.querySelector('dialog');

describe('<dvc-registration-wizard> session timeout', function () {
  // Whole journeys over HTTP: slower than one element's unit test on a busy CI machine.
  this.timeout(30_000);

  it('warns two minutes before the end in a labelled dialog, and one key press extends it; focus comes back', async () => {
    const { m, clock, extensions } = await start();
    await enterOtp(m);
    await waitForStep(m.el, 'password');
    const field = input(m.el, 'new-password');
    field.focus();
    await pass(m, clock, 17 * MINUTE);
    expect(dialog(m)?.open ?? false).to.equal(false);

    await pass(m, clock, MINUTE + 1000);
    await waitUntil(() => dialog(m)?.open, 'warning open', { timeout: 5000 });
    const warning = dialog(m)!;
    const named = (attribute: string) => m.el.querySelector(`[id="${warning.getAttribute(attribute)}"]`)!.textContent!.replace(/\s+/g, ' ');
    expect(named('aria-labelledby').trim()).to.equal('Bạn có cần thêm thời gian?');
    expect(named('aria-describedby')).to.match(/sẽ hết hạn lúc \d\d:\d\d \(khoảng 2 phút nữa\)/);
    expect(named('aria-describedby')).to.contain('thông tin bạn đã nhập vẫn được giữ');
    expect(document.activeElement!.textContent!.trim()).to.equal('Tiếp tục đăng ký');
    await expect(m.el).to.be.accessible();

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !dialog(m)?.open, 'warning closed', { timeout: 5000 });
    expect(document.activeElement).to.equal(field);
    expect(extensions).to.have.length(1);
    expect(Object.keys(extensions[0] as object)).to.deep.equal(['registrationId']);

    // Past the first end: the server kept the registration open, and the password creates the account.
    await pass(m, clock, 5 * MINUTE);
    expect(dialog(m)?.open).to.equal(false);
    expect(m.el.querySelector('.failure')).to.equal(null);
    await choosePassword(m);
    await waitForStep(m.el, 'review');
    await press(m.el, 'Đăng ký');
    await waitForStep(m.el, 'done');
    expect(dialog(m)).to.equal(null);
  });

  it('Escape closes the warning and asks for more time too', async () => {
    const { m, clock, extensions } = await start();
    await pass(m, clock, 18 * MINUTE + 1000);
    await waitUntil(() => dialog(m)?.open, 'warning open', { timeout: 5000 });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => extensions.length === 1 && !dialog(m)?.open, 'extended', { timeout: 5000 });
    expect(m.el.step).to.equal('otp');
  });

  it('when the time runs out: says so, keeps the answers but no secret, and registers again from them', async () => {
    const { m, clock } = await start();
    await enterOtp(m);
    await waitForStep(m.el, 'password');
    await type(m.el, 'new-password', 'Matkhau@2024');
    await pass(m, clock, 20 * MINUTE + 1000);
    await waitUntil(() => m.el.querySelector('.failure'), 'expired notice', { timeout: 5000 });
    expect(m.el.step).to.equal('details');
    expect(dialog(m)).to.equal(null);
    const notice = m.el.querySelector<HTMLElement>('.failure')!;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(notice.textContent).to.contain('Phiên đăng ký đã hết hạn');
    expect(document.activeElement).to.equal(notice);
    expect(input(m.el, 'idNumber').value).to.equal(PERSON.idNumber);
    expect(input(m.el, 'fullName').value).to.equal(PERSON.fullName);
    // A new captcha, since the last one was used by the registration that ended.
    expect(input(m.el, 'captcha').value).to.equal('');
    await waitUntil(() => m.el.querySelector('.captcha img'), 'a new captcha', { timeout: 8000 });
    const expired = m.events.find((event) => event.type === 'dvc-error' && (event.detail as { code: string }).code === 'session-expired');
    expect(expired).to.not.equal(undefined);
    expect(JSON.stringify(m.events) + JSON.stringify(sessionStorage)).to.not.contain('Matkhau@2024');
    await expect(m.el).to.be.accessible();

    await type(m.el, 'captcha', await captchaAnswer(m.el, m.base));
    await press(m.el, 'Đăng ký');
    await waitForStep(m.el, 'otp');
  });

  it('a registration the server let time out first is explained the same way', async () => {
    const { m, clock } = await start();
    await pass(m, clock, 0, 21 * MINUTE);
    await enterOtp(m);
    await waitUntil(() => m.el.querySelector('.failure'), 'expired notice', { timeout: 5000 });
    expect(m.el.step).to.equal('details');
    expect(m.el.querySelector('.failure')!.textContent).to.contain('Phiên đăng ký đã hết hạn');
  });

  it('refuses a warning shorter than WCAG allows and keeps the default', async () => {
    const m = await mount({ subject: 'citizen', methods: 'phone', 'timeout-warning': '5' });
    expect(m.el.timeoutWarning).to.equal(120);
    expect(m.events.find((event) => event.type === 'dvc-error')!.detail).to.include({
      code: 'invalid-attribute',
      field: 'timeout-warning',
    });
  });
});
