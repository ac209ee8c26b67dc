/** Expiry, attempts, lock-out, errors, announcements, accessibility per state, and the locale. */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/dvc-otp-input/define.js';
import type { DvcOtpInput } from '../../../src/elements/dvc-otp-input/dvc-otp-input.js';
import type { FieldError } from '../../../src/core/events.js';
import { setLocale } from '../../../src/i18n/locale.js';
import { announced, inputOf, liveRegion, paste, part, record, resendButton, shown, mount } from './helpers.js';

const describedBy = (el: DvcOtpInput) => (inputOf(el).getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);

/** Holds the element's clock (its countdowns and "today") at `ms`. */
function pinElementClock(el: DvcOtpInput, ms: number) {
  (el as unknown as { _clock: { now: () => number } })._clock.now = () => ms;
  el.requestUpdate();
  return el.updateComplete;
}

/** Every non-empty text the live region held while `during` ran. */
async function announcements(el: DvcOtpInput, during: () => Promise<void>): Promise<string[]> {
  const said: string[] = [];
  const region = liveRegion(el);
  const observer = new MutationObserver(() => {
    const text = region.textContent!.trim();
    if (text) said.push(text);
  });
  observer.observe(region, { childList: true, subtree: true, characterData: true });
  try {
    await during();
  } finally {
    observer.disconnect();
  }
  return said;
}

describe('<dvc-otp-input> status', () => {
  afterEach(async () => {
    await setLocale('vi');
  });

  describe('live region', () => {
    it('exists, polite and empty, from the first render', async () => {
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input expires-at=${String(Date.now() + 30_000)}></dvc-otp-input>`);
      const region = liveRegion(el);
      expect(region.getAttribute('aria-live')).to.equal('polite');
      expect(region.getAttribute('aria-atomic')).to.equal('true');
      expect(region.textContent!.trim()).to.equal('');
      await aTimeout(300);
      // Arriving with less than a minute left is shown, not announced.
      expect(region.textContent!.trim()).to.equal('');
    });
  });

  describe('expiry', () => {
    it('shows the time left as text that screen readers do not hear tick', async () => {
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input expires-at=${String(Date.now() + 4 * 60_000 + 59_500)}></dvc-otp-input>`);
      const countdown = part(el, 'countdown');
      expect(countdown.textContent).to.equal('Mã hết hạn sau 5:00.');
      expect(countdown.getAttribute('aria-hidden')).to.equal('true');
      expect(describedBy(el)).to.not.include(countdown.id);
      await waitUntil(() => countdown.textContent === 'Mã hết hạn sau 4:59.', 'the countdown did not tick', { timeout: 2500 });
    });

    it('announces the last minute once, never each second', async () => {
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input expires-at=${String(Date.now() + 61_400)}></dvc-otp-input>`);
      const countdown = part(el, 'countdown');
      expect(countdown.textContent).to.match(/^Mã hết hạn sau 1:0[12]\.$/);
      const said = await announcements(el, async () => {
        await announced(el, 'Mã sẽ hết hạn sau 1 phút.', 3000);
        await aTimeout(2100);
      });
      expect(said).to.deep.equal(['Mã sẽ hết hạn sau 1 phút.']);
      expect(countdown.textContent).to.match(/^Mã hết hạn sau 0:5[789]\.$/);
    });

    it('announces the expiry, describes the field with it and offers a new code', async () => {
      const el = await fixture<DvcOtpInput>(
        html`<dvc-otp-input value="123" expires-at=${new Date(Date.now() + 1200).toISOString()}></dvc-otp-input>`,
      );
      expect(shown(resendButton(el))).to.equal(false);
      await announced(el, 'Mã đã hết hạn. Hãy yêu cầu gửi lại mã.');
      const countdown = part(el, 'countdown');
      expect(countdown.textContent).to.equal('Mã đã hết hạn. Hãy yêu cầu gửi lại mã.');
      expect(countdown.hasAttribute('aria-hidden')).to.equal(false);
      expect(describedBy(el)).to.include(countdown.id);
      expect(el.value).to.equal('123');
      const button = resendButton(el)!;
      expect(shown(button)).to.equal(true);
      expect(button.textContent!.trim()).to.equal('Gửi lại mã');
      expect(button.hasAttribute('aria-disabled')).to.equal(false);
    });

    it('stays silent when the code was already expired on arrival or gets a new deadline', async () => {
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input expires-at="1000"></dvc-otp-input>`);
      expect(part(el, 'countdown').textContent).to.equal('Mã đã hết hạn. Hãy yêu cầu gửi lại mã.');
      el.expiresAt = Date.now() + 30_000;
      await el.updateComplete;
      expect(part(el, 'countdown').textContent).to.equal('Mã hết hạn sau 0:30.');
      await aTimeout(300);
      expect(liveRegion(el).textContent!.trim()).to.equal('');
    });
  });

  describe('attempts and lock-out', () => {
    it('tells the attempts left in plain words and describes the field with them', async () => {
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input max-attempts="5"></dvc-otp-input>`);
      const attempts = part(el, 'attempts');
      expect(attempts.textContent).to.equal('Bạn được nhập mã tối đa 5 lần.');
      el.attemptsLeft = 3;
      await el.updateComplete;
      expect(attempts.textContent).to.equal('Bạn còn 3 lần nhập mã.');
      expect(describedBy(el)).to.include(attempts.id);
      el.attemptsLeft = 1;
      await el.updateComplete;
      expect(attempts.textContent).to.equal('Bạn còn 1 lần nhập mã.');
    });

    it('stops entry when no attempts are left and offers a new code', async () => {
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input attempts-left="0" value="12"></dvc-otp-input>`);
      expect(part(el, 'attempts').textContent).to.equal('Bạn đã hết lượt nhập mã. Hãy yêu cầu gửi lại mã.');
      expect(inputOf(el).readOnly).to.equal(true);
      el.focus();
      await sendKeys({ type: '34' });
      expect(el.value).to.equal('12');
      expect(shown(resendButton(el))).to.equal(true);
    });

    it('locks entry until locked-until, saying when in plain words', async () => {
      const noon = new Date();
      noon.setHours(12, 0, 0, 0);
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input resend-at="0" value="1"></dvc-otp-input>`);
      await pinElementClock(el, noon.getTime());
      el.lockedUntil = new Date(noon.getTime() + 10 * 60_000).toISOString();
      await el.updateComplete;
      const input = inputOf(el);
      expect(part(el, 'attempts').textContent).to.equal('Bạn đã nhập sai mã quá số lần cho phép. Vui lòng thử lại lúc 12:10.');
      expect(describedBy(el)).to.include(part(el, 'attempts').id);
      expect(input.readOnly).to.equal(true);
      expect(input.getAttribute('aria-disabled')).to.equal('true');
      el.focus();
      await sendKeys({ type: '23' });
      paste(el, '999999');
      expect(el.value).to.equal('1');
      expect(resendButton(el)!.getAttribute('aria-disabled')).to.equal('true');
    });

    it('names the day too when the lock-out ends after midnight', async () => {
      const lateEvening = new Date(2026, 10, 27, 23, 55);
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input></dvc-otp-input>`);
      await pinElementClock(el, lateEvening.getTime());
      el.lockedUntil = lateEvening.getTime() + 10 * 60_000;
      await el.updateComplete;
      expect(part(el, 'attempts').textContent).to.equal('Bạn đã nhập sai mã quá số lần cho phép. Vui lòng thử lại lúc 00:05 28/11/2026.');
    });

    it('opens again when the lock-out ends, and says so', async () => {
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input locked-until=${String(Date.now() + 1200)}></dvc-otp-input>`);
      expect(inputOf(el).readOnly).to.equal(true);
      await announced(el, 'Bạn có thể nhập mã lại.');
      expect(inputOf(el).readOnly).to.equal(false);
      expect(inputOf(el).hasAttribute('aria-disabled')).to.equal(false);
      expect(part(el, 'attempts').hidden).to.equal(true);
      el.focus();
      await sendKeys({ type: '12' });
      expect(el.value).to.equal('12');
    });
  });

  describe('errors', () => {
    it('shows an error, ties it to the field, marks it invalid and keeps the value', async () => {
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input value="123456"></dvc-otp-input>`);
      expect(part(el, 'error').hidden).to.equal(true);
      expect(inputOf(el).hasAttribute('aria-invalid')).to.equal(false);
      el.error = 'Mã không đúng. Vui lòng kiểm tra lại.';
      await el.updateComplete;
      const error = part(el, 'error');
      expect(shown(error)).to.equal(true);
      expect(error.textContent).to.equal('Mã không đúng. Vui lòng kiểm tra lại.');
      expect(inputOf(el).getAttribute('aria-invalid')).to.equal('true');
      expect(describedBy(el)).to.deep.equal([part(el, 'hint').id, error.id]);
      expect(el.value).to.equal('123456');
      expect(inputOf(el).value).to.equal('123456');
    });

    it('publishes its error for the error summary, and its clearing', async () => {
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input label="Mã OTP"></dvc-otp-input>`);
      const published = record<{ errors: FieldError[] }>(el, 'dvc-validity');
      el.error = 'Mã không đúng.';
      await el.updateComplete;
      expect(published).to.have.length(1);
      expect(published[0].errors).to.have.length(1);
      expect(published[0].errors[0].target).to.equal(el);
      expect(published[0].errors[0].label).to.equal('Mã OTP');
      expect(published[0].errors[0].message).to.equal('Mã không đúng.');
      el.label = 'Mã OTP mới';
      await el.updateComplete;
      expect(published).to.have.length(1);
      el.error = '';
      await el.updateComplete;
      expect(published).to.have.length(2);
      expect(published[1]).to.deep.equal({ errors: [] });
    });

    it('shows and publishes its own validation message after reportValidity, and clears it once fixed', async () => {
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input required length="4"></dvc-otp-input>`);
      const published = record<{ errors: FieldError[] }>(el, 'dvc-validity');
      expect(part(el, 'error').hidden).to.equal(true);
      expect(el.reportValidity()).to.equal(false);
      await el.updateComplete;
      expect(part(el, 'error').textContent).to.equal('Vui lòng nhập mã OTP.');
      expect(inputOf(el).getAttribute('aria-invalid')).to.equal('true');
      el.focus();
      await sendKeys({ type: '12' });
      await el.updateComplete;
      expect(part(el, 'error').textContent).to.equal('Mã OTP chưa đủ số ký tự.');
      await sendKeys({ type: '34' });
      await el.updateComplete;
      expect(part(el, 'error').hidden).to.equal(true);
      expect(inputOf(el).hasAttribute('aria-invalid')).to.equal(false);
      expect(published.map(({ errors }) => errors.map((error) => error.message))).to.deep.equal([
        ['Vui lòng nhập mã OTP.'],
        ['Mã OTP chưa đủ số ký tự.'],
        [],
      ]);
    });

    it('shows the validation message when a submit is blocked, and focuses the field', async () => {
      const form = await mount<HTMLFormElement>(
        html`<form><dvc-otp-input name="otp" value="12"></dvc-otp-input><button>Tiếp tục</button></form>`,
      );
      const el = form.querySelector('dvc-otp-input')!;
      let submits = 0;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submits++;
      });
      form.querySelector('button')!.click();
      await el.updateComplete;
      expect(submits).to.equal(0);
      expect(document.activeElement).to.equal(inputOf(el));
      expect(part(el, 'error').textContent).to.equal('Mã OTP chưa đủ số ký tự.');
    });
  });

  describe('accessibility', () => {
    const states: [string, () => ReturnType<typeof html>][] = [
      ['empty', () => html`<dvc-otp-input></dvc-otp-input>`],
      ['partial', () => html`<dvc-otp-input value="123" expires-at=${String(Date.now() + 5 * 60_000)}></dvc-otp-input>`],
      ['complete', () => html`<dvc-otp-input value="123456" max-attempts="5"></dvc-otp-input>`],
      ['error', () => html`<dvc-otp-input value="123456" error="Mã không đúng." attempts-left="2"></dvc-otp-input>`],
      ['expired', () => html`<dvc-otp-input value="12" expires-at="1000"></dvc-otp-input>`],
      ['locked', () => html`<dvc-otp-input locked-until=${String(Date.now() + 5 * 60_000)} resend-at="0"></dvc-otp-input>`],
      ['disabled', () => html`<dvc-otp-input disabled value="12"></dvc-otp-input>`],
      ['busy', () => html`<dvc-otp-input busy value="123456"></dvc-otp-input>`],
      ['alphanumeric', () => html`<dvc-otp-input alphanumeric value="AB12"></dvc-otp-input>`],
      ['waiting to resend', () => html`<dvc-otp-input resend-at=${String(Date.now() + 30_000)}></dvc-otp-input>`],
    ];
    for (const [name, template] of states) {
      it(`passes axe: ${name}`, async () => {
        const el = await fixture<DvcOtpInput>(template());
        await expect(el).to.be.accessible();
      });
    }

    it('has one focusable field, with 24 px or larger targets', async () => {
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input resend-at="0"></dvc-otp-input>`);
      const input = inputOf(el).getBoundingClientRect();
      expect(input.height).to.be.at.least(24);
      const button = resendButton(el)!.getBoundingClientRect();
      expect(button.height).to.be.at.least(24);
      for (const box of el.shadowRoot!.querySelectorAll('.box')) {
        const rect = box.getBoundingClientRect();
        expect(rect.width).to.be.at.least(24);
        expect(rect.height).to.be.at.least(24);
      }
    });

    it('blinks the drawn caret, except when reduced motion is asked for', async () => {
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input></dvc-otp-input>`);
      el.focus();
      await el.updateComplete;
      const caret = () => el.shadowRoot!.querySelector('.caret')!;
      expect(getComputedStyle(caret()).animationName).to.equal('blink');
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
        expect(getComputedStyle(caret()).animationName).to.equal('none');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('fits 320 px without scrolling sideways, with eight boxes', async () => {
      const frame = await mount<HTMLDivElement>(
        html`<div style="width: 320px; overflow: auto"><dvc-otp-input length="8"></dvc-otp-input></div>`,
      );
      const el = frame.querySelector('dvc-otp-input')!;
      await el.updateComplete;
      expect(frame.scrollWidth).to.be.at.most(320);
      const last = el.shadowRoot!.querySelectorAll('.box')[7].getBoundingClientRect();
      expect(last.right).to.be.at.most(frame.getBoundingClientRect().right);
    });

    it('shrinks to the room a grid on the page gives it, with the resend row', async () => {
      const frame = await mount<HTMLDivElement>(
        html`<div style="display: grid; width: 288px"><dvc-otp-input resend-at=${String(Date.now() + 20_000)}></dvc-otp-input></div>`,
      );
      const el = frame.querySelector('dvc-otp-input')!;
      await el.updateComplete;
      expect(el.getBoundingClientRect().width).to.be.at.most(288);
      const last = el.shadowRoot!.querySelectorAll('.box')[5].getBoundingClientRect();
      expect(last.right).to.be.at.most(frame.getBoundingClientRect().right);
    });
  });

  describe('locale', () => {
    it('switches the visible texts of an element already on the page', async () => {
      const el = await fixture<DvcOtpInput>(
        html`<dvc-otp-input
          required
          resend-at=${String(Date.now() + 29_500)}
          expires-at=${String(Date.now() + 2 * 60_000 + 500)}
          attempts-left="2"
        ></dvc-otp-input>`,
      );
      el.reportValidity();
      await el.updateComplete;
      expect(part(el, 'label').textContent).to.equal('Mã xác thực (OTP)');
      expect(part(el, 'error').textContent).to.equal('Vui lòng nhập mã OTP.');
      await setLocale('en');
      await el.updateComplete;
      expect(part(el, 'label').textContent).to.equal('Verification code (OTP)');
      expect(part(el, 'hint').textContent).to.equal('The code has 6 digits.');
      expect(part(el, 'countdown').textContent).to.match(/^The code expires in 2:0[01]\.$/);
      expect(part(el, 'attempts').textContent).to.equal('You have 2 attempts left.');
      expect(part(el, 'error').textContent).to.equal('Enter the one-time code.');
      expect(el.validationMessage).to.equal('Enter the one-time code.');
      expect(resendButton(el)!.textContent!.trim()).to.equal('Send a new code');
      expect(el.shadowRoot!.querySelector('#resend-wait')!.textContent).to.match(/^You can ask for a new code in 0:(29|30)\.$/);
    });

    it('follows a lang attribute set on an ancestor', async () => {
      const wrapper = await mount<HTMLDivElement>(html`<div lang="vi"><dvc-otp-input length="4"></dvc-otp-input></div>`);
      const el = wrapper.querySelector('dvc-otp-input')!;
      await el.updateComplete;
      expect(part(el, 'hint').textContent).to.equal('Mã gồm 4 chữ số.');
      wrapper.setAttribute('lang', 'en');
      await waitUntil(() => part(el, 'hint').textContent === 'The code has 4 digits.', 'the element did not follow lang="en"');
    });
  });
});
