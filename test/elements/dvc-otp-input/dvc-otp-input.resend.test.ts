/** "Gửi lại mã": the event, the demo backend over real HTTP, failures and cancelation. */
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/dvc-otp-input/define.js';
import type { DvcOtpInput } from '../../../src/elements/dvc-otp-input/dvc-otp-input.js';
import { createHttpBackend } from '../../../src/core/backend/http-backend.js';
import type { DvcBackend } from '../../../src/core/backend/types.js';
import { DvcError } from '../../../src/core/errors.js';
import type { OtpState } from '../../../src/core/schemas/registration.js';
import { setLocale } from '../../../src/i18n/locale.js';
import { errorMessage } from '../../../src/i18n/messages.js';
import { announced, liveRegion, part, record, resendButton, resendNote, shown } from './helpers.js';

interface InboxMessage {
  channel: 'sms' | 'email';
  to: string;
  text: string;
  code?: string;
}

let sandboxes = 0;
/** A demo backend of its own on the test server, so files running in parallel never meet. */
const sandbox = () => `/api/sandbox/otp-${Date.now().toString(36)}-${++sandboxes}`;

async function demoCall(base: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(
    `${base}/_demo/${path}`,
    body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
  );
  expect(response.ok, `${path}: HTTP ${response.status}`).to.equal(true);
  return response.json();
}

const inbox = async (base: string) => ((await demoCall(base, 'inbox')) as { messages: InboxMessage[] }).messages;

/** Starts a registration (social-insurance method: no captcha), which sends the first code. */
async function register(base: string) {
  const backend = createHttpBackend({ baseUrl: base });
  const step = await backend.startRegistration({
    method: 'bhxh',
    subject: 'citizen',
    bhxhCode: '0123456789',
    idNumber: '001090012345',
    fullName: 'Nguyễn Văn An',
    birthDate: '15/05/1990',
    phone: '0912345678',
  });
  if (step.next !== 'otp') throw new Error(`expected the OTP step, got ${step.next}`);
  return { backend, registrationId: step.registrationId, otp: step.otp };
}

/** Moves the element's clock (the countdowns) by `ms`, as the demo server's clock is moved. */
function advanceElementClock(el: DvcOtpInput, ms: number) {
  const clock = (el as unknown as { _clock: { now: () => number } })._clock;
  clock.now = () => Date.now() + ms;
  el.requestUpdate();
  return el.updateComplete;
}

const waitText = (el: DvcOtpInput) => el.shadowRoot!.querySelector('#resend-wait')!.textContent!.trim();

async function withBackend(otp: OtpState, backend: DvcBackend, registrationId: string) {
  return fixture<DvcOtpInput>(html`
    <dvc-otp-input
      .backend=${backend}
      registration-id=${registrationId}
      expires-at=${otp.expiresAt}
      resend-at=${otp.resendAt}
      attempts-left=${otp.attemptsLeft}
    ></dvc-otp-input>
  `);
}

describe('<dvc-otp-input> resend', () => {
  it('waits until resend-at, then asks the demo backend over HTTP for a new code and announces it', async () => {
    const base = sandbox();
    const { backend, registrationId, otp } = await register(base);
    const el = await withBackend(otp, backend, registrationId);
    const requests = record(el, 'dvc-otp-resend');
    const button = resendButton(el)!;
    expect(shown(button)).to.equal(true);
    expect(button.textContent!.trim()).to.equal('Gửi lại mã');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(waitText(el)).to.match(/^Bạn có thể yêu cầu mã mới sau (1:00|0:59)\.$/);
    button.click();
    await aTimeout(50);
    expect(requests).to.have.length(0);
    expect(await inbox(base)).to.have.length(1);

    // A minute later, on both clocks.
    await demoCall(base, 'clock', { advanceMs: 61_000 });
    await advanceElementClock(el, 61_000);
    expect(button.hasAttribute('aria-disabled')).to.equal(false);
    expect(waitText(el)).to.equal('');
    const fired = oneEvent(el, 'dvc-otp-resend');
    button.click();
    const event = await fired;
    expect(event.cancelable).to.equal(true);
    expect(event.bubbles && event.composed).to.equal(true);
    await announced(el, 'Đã gửi mã mới.');

    const messages = await inbox(base);
    expect(messages).to.have.length(2);
    expect(messages[1].channel).to.equal('sms');
    const newCode = messages[1].code!;
    expect(newCode).to.match(/^\d{6}$/);
    expect(resendNote(el).textContent!.trim()).to.equal(`Đã gửi mã mới đến ${otp.maskedTo}.`);
    // The times come from the server's answer: a later expiry, and another wait before the next resend.
    expect(Date.parse(String(el.expiresAt))).to.be.greaterThan(Date.parse(otp.expiresAt));
    expect(Date.parse(String(el.resendAt))).to.be.greaterThan(Date.parse(otp.resendAt));
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(waitText(el)).to.match(/^Bạn có thể yêu cầu mã mới sau (1:00|0:59)\.$/);

    // The new code, typed in, is the one the server accepts.
    el.focus();
    await sendKeys({ type: newCode });
    expect(el.value).to.equal(newCode);
    const step = await backend.verifyOtp({ registrationId, code: el.value });
    expect(step.next).to.equal('password');
  });

  it('lets the page cancel the resend: the backend is not asked', async () => {
    const base = sandbox();
    const { backend, registrationId, otp } = await register(base);
    const el = await withBackend(otp, backend, registrationId);
    await demoCall(base, 'clock', { advanceMs: 61_000 });
    await advanceElementClock(el, 61_000);
    el.addEventListener('dvc-otp-resend', (event) => event.preventDefault());
    resendButton(el)!.click();
    await aTimeout(300);
    expect(await inbox(base)).to.have.length(1);
    expect(liveRegion(el).textContent!.trim()).to.equal('');
    expect(resendNote(el).hidden).to.equal(true);
  });

  it('shows and announces why the server refused, fires dvc-error, and waits as told', async () => {
    const base = sandbox();
    const { backend, registrationId, otp } = await register(base);
    const el = await withBackend(otp, backend, registrationId);
    // The element believes it may ask; the server's clock says it is too early.
    el.resendAt = 0;
    await el.updateComplete;
    const errors = record<{ code: string; message: string }>(el, 'dvc-error');
    resendButton(el)!.click();
    const message = errorMessage('rate-limited');
    await announced(el, message);
    expect(errors).to.deep.equal([{ code: 'rate-limited', message }]);
    expect(resendNote(el).textContent!.trim()).to.equal(message);
    expect(resendButton(el)!.getAttribute('aria-disabled')).to.equal('true');
    expect(waitText(el)).to.match(/^Bạn có thể yêu cầu mã mới sau (1:00|0:59)\.$/);
    expect(await inbox(base)).to.have.length(1);
  });

  it('reports a server failure in words', async () => {
    const base = sandbox();
    const { backend, registrationId, otp } = await register(base);
    const el = await withBackend(otp, backend, registrationId);
    await demoCall(base, 'clock', { advanceMs: 61_000 });
    await advanceElementClock(el, 61_000);
    await demoCall(base, 'faults', { call: 'resendOtp', kind: 'server' });
    const failed = oneEvent(el, 'dvc-error');
    resendButton(el)!.click();
    expect((await failed).detail.code).to.equal('server');
    await announced(el, errorMessage('server'));
    expect(resendNote(el).textContent!.trim()).to.equal(errorMessage('server'));
    // It may be tried again.
    expect(resendButton(el)!.hasAttribute('aria-disabled')).to.equal(false);
  });

  it('shows that it is sending, asks once, and drops the call when removed', async () => {
    const signals: AbortSignal[] = [];
    let answer: (state: OtpState) => void = () => {};
    const backend = {
      resendOtp: (request: { registrationId: string }, options?: { signal?: AbortSignal }) => {
        expect(request).to.deep.equal({ registrationId: 'reg_test_0001' });
        signals.push(options!.signal!);
        return new Promise<OtpState>((resolve) => {
          answer = resolve;
        });
      },
    } as unknown as DvcBackend;
    const el = await fixture<DvcOtpInput>(html`<dvc-otp-input .backend=${backend} registration-id="reg_test_0001"></dvc-otp-input>`);
    const button = resendButton(el)!;
    button.click();
    await el.updateComplete;
    expect(button.textContent!.trim()).to.equal('Đang gửi mã…');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    button.click();
    expect(signals).to.have.length(1);
    answer({
      channel: 'sms',
      maskedTo: '098****321',
      length: 6,
      expiresAt: new Date(Date.now() + 5 * 60_000).toISOString(),
      resendAt: new Date(Date.now() + 60_000).toISOString(),
      attemptsLeft: 5,
    });
    await announced(el, 'Đã gửi mã mới.');
    expect(el.attemptsLeft).to.equal(5);
    expect(button.textContent!.trim()).to.equal('Gửi lại mã');

    el.resendAt = 0;
    await el.updateComplete;
    button.click();
    expect(signals).to.have.length(2);
    el.remove();
    expect(signals[1].aborted).to.equal(true);
  });

  it('without a backend only fires the event; codeSent() then announces and updates the times', async () => {
    const el = await fixture<DvcOtpInput>(html`<dvc-otp-input resend-at="0"></dvc-otp-input>`);
    const requests = record(el, 'dvc-otp-resend');
    resendButton(el)!.click();
    expect(requests).to.have.length(1);
    await aTimeout(200);
    expect(liveRegion(el).textContent!.trim()).to.equal('');
    const resendAt = Date.now() + 45_000;
    el.codeSent({ expiresAt: Date.now() + 3 * 60_000, resendAt, maskedTo: '091****678' });
    await announced(el, 'Đã gửi mã mới.');
    expect(resendNote(el).textContent!.trim()).to.equal('Đã gửi mã mới đến 091****678.');
    expect(el.resendAt).to.equal(resendAt);
    expect(waitText(el)).to.match(/^Bạn có thể yêu cầu mã mới sau 0:4[45]\.$/);
  });

  it('locks entry when the server says the code is locked', async () => {
    const backend = {
      resendOtp: () => Promise.reject(new DvcError('otp-locked', { retryAfter: 300 })),
    } as unknown as DvcBackend;
    const el = await fixture<DvcOtpInput>(html`<dvc-otp-input .backend=${backend} registration-id="reg_test_0002"></dvc-otp-input>`);
    resendButton(el)!.click();
    await waitUntil(() => el.lockedUntil !== null, 'the lock-out was not applied');
    await el.updateComplete;
    expect(Number(el.lockedUntil) - Date.now()).to.be.within(295_000, 300_500);
    expect(el.querySelector('input')!.readOnly).to.equal(true);
    expect(resendNote(el).textContent!.trim()).to.equal(errorMessage('otp-locked'));
  });
});

describe('<dvc-otp-input> showError()', () => {
  afterEach(async () => {
    await setLocale('vi');
  });

  it('shows a wrong code from the demo backend in words, with the attempts left, and announces it', async () => {
    const base = sandbox();
    const { backend, registrationId, otp } = await register(base);
    const el = await withBackend(otp, backend, registrationId);
    el.value = (await inbox(base))[0].code === '000000' ? '111111' : '000000';
    el.busy = true;
    const refusal = await backend.verifyOtp({ registrationId, code: el.value }).then(
      () => null,
      (error: unknown) => error,
    );
    expect((refusal as DvcError).code).to.equal('otp-wrong');
    const message = el.showError(refusal);
    await el.updateComplete;
    expect(message).to.equal(errorMessage('otp-wrong'));
    expect(el.busy).to.equal(false);
    expect(part(el, 'error').textContent).to.equal(message);
    expect(el.querySelector('input')!.getAttribute('aria-invalid')).to.equal('true');
    expect(el.attemptsLeft).to.equal(otp.attemptsLeft - 1);
    expect(part(el, 'attempts').textContent).to.equal(`Bạn còn ${otp.attemptsLeft - 1} lần nhập mã.`);
    await announced(el, message);
    await setLocale('en');
    await el.updateComplete;
    // Kept as a code, so it follows the language (the English text comes from locales/en.xlf).
    expect(part(el, 'error').textContent).to.equal(errorMessage('otp-wrong'));
    el.showError(null);
    await el.updateComplete;
    expect(part(el, 'error').hidden).to.equal(true);
  });

  it('locks entry for otp-locked and shows the expiry for otp-expired', async () => {
    const el = await fixture<DvcOtpInput>(html`<dvc-otp-input expires-at=${String(Date.now() + 60_000)}></dvc-otp-input>`);
    el.showError(new DvcError('otp-locked', { retryAfter: 120 }));
    await el.updateComplete;
    expect(Number(el.lockedUntil) - Date.now()).to.be.within(115_000, 120_500);
    expect(el.querySelector('input')!.readOnly).to.equal(true);
    el.lockedUntil = null;
    el.showError(new DvcError('otp-expired'));
    await el.updateComplete;
    expect(part(el, 'countdown').textContent).to.equal('Mã đã hết hạn. Hãy yêu cầu gửi lại mã.');
    expect(shown(resendButton(el))).to.equal(true);
  });
});
