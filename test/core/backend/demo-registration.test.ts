import { expect } from '@open-wc/testing';
import { createDemoBackend, DEMO_FIXTURES, type InboxMessage } from '../../../src/core/backend/index.js';
import { createClock, phoneRegistration, rejection, START } from './demo-helpers.js';

describe('demo backend: registration', () => {
  describe('captcha', () => {
    it('issues an SVG challenge valid for five minutes', async () => {
      const backend = createDemoBackend({ now: createClock().now });
      const captcha = await backend.getCaptcha();
      expect(captcha.id).to.match(/^cap_[a-z2-9]{16}$/);
      expect(captcha.image.startsWith('data:image/svg+xml;charset=utf-8,%3Csvg')).to.equal(true);
      expect(captcha.expiresAt).to.equal('2025-07-01T08:05:00.000Z');
      expect(backend.captchaAnswer(captcha.id)).to.match(/^[A-HJ-NP-Z2-9]{5}$/);
    });

    it('is deterministic for a seed', async () => {
      const first = createDemoBackend({ seed: 'same', now: createClock().now });
      const second = createDemoBackend({ seed: 'same', now: createClock().now });
      const other = createDemoBackend({ seed: 'other', now: createClock().now });
      const [a, b, c] = await Promise.all([first.getCaptcha(), second.getCaptcha(), other.getCaptcha()]);
      expect(b).to.deep.equal(a);
      expect(first.captchaAnswer(a.id)).to.equal(second.captchaAnswer(b.id));
      expect(c.id).not.to.equal(a.id);
    });

    it('refuses a wrong answer, and the captcha is then used up', async () => {
      const backend = createDemoBackend();
      const request = await phoneRegistration(backend);
      const wrong = await rejection(backend.startRegistration({ ...request, captchaAnswer: 'WRONG' }));
      expect(wrong.code).to.equal('captcha-wrong');
      expect(wrong.fields).to.deep.equal(['captchaAnswer']);
      expect((await rejection(backend.startRegistration(request))).code).to.equal('captcha-expired');
    });

    it('compares the answer without letter case', async () => {
      const backend = createDemoBackend();
      const request = await phoneRegistration(backend);
      const step = await backend.startRegistration({ ...request, captchaAnswer: request.captchaAnswer.toLowerCase() });
      expect(step.next).to.equal('otp');
    });

    it('expires', async () => {
      const clock = createClock();
      const backend = createDemoBackend({ now: clock.now });
      const request = await phoneRegistration(backend);
      clock.advance(5 * 60_000);
      expect((await rejection(backend.startRegistration(request))).code).to.equal('captcha-expired');
    });
  });

  describe('registration timeout', () => {
    it('keeps an idle registration 20 minutes; extending it gives another 20 from now', async () => {
      const clock = createClock();
      const backend = createDemoBackend({ now: clock.now });
      const step = await backend.startRegistration(await phoneRegistration(backend));
      if (step.next !== 'otp') throw new Error(step.next);
      clock.advance(19 * 60_000);
      expect(await backend.extendRegistration({ registrationId: step.registrationId })).to.deep.equal({
        registrationId: step.registrationId,
        sessionExpiresAt: '2025-07-01T08:39:00.000Z',
      });
      clock.advance(19 * 60_000);
      await backend.resendOtp({ registrationId: step.registrationId });
      clock.advance(2 * 60_000);
      const ended = await rejection(backend.resendOtp({ registrationId: step.registrationId }));
      expect([ended.code, ended.fields]).to.deep.equal(['state-invalid', ['registrationId']]);
      expect((await rejection(backend.extendRegistration({ registrationId: step.registrationId }))).code).to.equal('not-found');
    });

    it('refuses to extend a finished registration', async () => {
      const backend = createDemoBackend({ now: createClock().now });
      const step = await backend.startRegistration(await phoneRegistration(backend));
      if (step.next !== 'otp') throw new Error(step.next);
      await backend.verifyOtp({ registrationId: step.registrationId, code: backend.inbox.at(-1)!.code! });
      await backend.setPassword({ registrationId: step.registrationId, password: 'Matkhau@2025' });
      expect((await rejection(backend.extendRegistration({ registrationId: step.registrationId }))).code).to.equal('state-invalid');
    });
  });

  describe('phone method', () => {
    it('sends an SMS code, verifies it and creates the account with a masked phone', async () => {
      const backend = createDemoBackend({ now: createClock().now });
      const step = await backend.startRegistration(await phoneRegistration(backend, { phone: '+84 912 345 678' }));
      if (step.next !== 'otp') throw new Error(step.next);
      expect(step.otp).to.deep.equal({
        channel: 'sms',
        maskedTo: '091****678',
        length: 6,
        expiresAt: '2025-07-01T08:05:00.000Z',
        resendAt: '2025-07-01T08:01:00.000Z',
        attemptsLeft: 5,
      });
      const sms = backend.inbox.at(-1) as InboxMessage;
      expect(sms.channel).to.equal('sms');
      expect(sms.to).to.equal('0912345678');
      expect(sms.code).to.match(/^\d{6}$/);
      expect(sms.text).to.contain(`cua ban la ${sms.code}. Ma co hieu luc trong 5 phut.`);

      const verified = await backend.verifyOtp({ registrationId: step.registrationId, code: sms.code as string });
      // Each step renews the registration's 20 minutes.
      expect(step.sessionExpiresAt).to.equal('2025-07-01T08:20:00.000Z');
      expect(verified).to.deep.equal({
        next: 'password',
        registrationId: step.registrationId,
        sessionExpiresAt: '2025-07-01T08:20:00.000Z',
      });
      const account = await backend.setPassword({ registrationId: step.registrationId, password: 'Matkhau@2025' });
      expect(account).to.deep.include({ subject: 'citizen', method: 'phone', displayName: 'Nguyễn Văn An', maskedPhone: '091****678' });
      expect(account.id).to.match(/^acc_/);
    });

    it('refuses an ID that already has an account', async () => {
      const backend = createDemoBackend();
      const { idNumber, fullName, birthDate, phone } = DEMO_FIXTURES.existingAccount;
      const error = await rejection(backend.startRegistration(await phoneRegistration(backend, { idNumber, fullName, birthDate, phone })));
      expect(error.code).to.equal('account-exists');
      expect(error.fields).to.deep.equal(['idNumber']);
    });

    it('refuses a phone registered to another ID', async () => {
      const backend = createDemoBackend();
      const error = await rejection(
        backend.startRegistration(await phoneRegistration(backend, { phone: DEMO_FIXTURES.phoneOfAnotherId.phone })),
      );
      expect(error.code).to.equal('identity-mismatch');
      expect(error.fields).to.deep.equal(['phone']);
    });

    it('accepts that phone for its owner', async () => {
      const backend = createDemoBackend();
      const request = await phoneRegistration(backend, {
        idNumber: DEMO_FIXTURES.phoneOfAnotherId.ownerIdNumber,
        birthDate: '02/03/1985',
        phone: DEMO_FIXTURES.phoneOfAnotherId.phone,
      });
      expect((await backend.startRegistration(request)).next).to.equal('otp');
    });

    it('validates the request like the server: invalid-input names the fields', async () => {
      const backend = createDemoBackend();
      const error = await rejection(
        backend.startRegistration(await phoneRegistration(backend, { phone: '0212345678', birthDate: '31/02/1990' })),
      );
      expect(error.code).to.equal('invalid-input');
      expect(error.fields).to.deep.equal(['birthDate', 'phone']);
    });

    it('refuses a second account for the same ID at the password step', async () => {
      const backend = createDemoBackend();
      const confirmed: string[] = [];
      for (let i = 0; i < 2; i += 1) {
        const step = await backend.startRegistration(await phoneRegistration(backend));
        if (step.next !== 'otp') throw new Error(step.next);
        await backend.verifyOtp({ registrationId: step.registrationId, code: backend.inbox.at(-1)?.code as string });
        confirmed.push(step.registrationId);
      }
      await backend.setPassword({ registrationId: confirmed[0], password: 'Matkhau@2025' });
      expect((await rejection(backend.setPassword({ registrationId: confirmed[1], password: 'Matkhau@2025' }))).code).to.equal(
        'account-exists',
      );
    });

    it('refuses a password before the code is confirmed, and a weak password', async () => {
      const backend = createDemoBackend();
      const step = await backend.startRegistration(await phoneRegistration(backend));
      if (step.next !== 'otp') throw new Error(step.next);
      expect((await rejection(backend.setPassword({ registrationId: step.registrationId, password: 'Matkhau@2025' }))).code).to.equal(
        'unauthorized',
      );
      const weak = await rejection(backend.setPassword({ registrationId: step.registrationId, password: 'matkhau' }));
      expect(weak.code).to.equal('invalid-input');
      expect(weak.fields).to.deep.equal(['password']);
      expect(weak.message).not.to.contain('matkhau');
    });
  });

  describe('one-time codes', () => {
    async function started(options: Parameters<typeof createDemoBackend>[0] = {}) {
      const clock = createClock();
      const backend = createDemoBackend({ now: clock.now, ...options });
      const step = await backend.startRegistration(await phoneRegistration(backend));
      if (step.next !== 'otp') throw new Error(step.next);
      const code = () => backend.inbox.at(-1)?.code as string;
      const wrong = () => (code() === '000000' ? '111111' : '000000');
      return { clock, backend, registrationId: step.registrationId, code, wrong };
    }

    it('tells the attempts left after a wrong code', async () => {
      const { backend, registrationId, wrong } = await started();
      const error = await rejection(backend.verifyOtp({ registrationId, code: wrong() }));
      expect(error.code).to.equal('otp-wrong');
      expect(error.attemptsLeft).to.equal(4);
      expect((await rejection(backend.verifyOtp({ registrationId, code: wrong() }))).attemptsLeft).to.equal(3);
    });

    it('accepts a pasted code with spaces', async () => {
      const { backend, registrationId, code } = await started();
      const pasted = `${code().slice(0, 3)} ${code().slice(3)}`;
      expect((await backend.verifyOtp({ registrationId, code: pasted })).next).to.equal('password');
    });

    it('expires after five minutes', async () => {
      const { clock, backend, registrationId, code } = await started();
      clock.advance(5 * 60_000 - 1);
      const valid = code();
      clock.advance(1);
      expect((await rejection(backend.verifyOtp({ registrationId, code: valid }))).code).to.equal('otp-expired');
    });

    it('locks verification after five wrong codes, with the wait in retryAfter', async () => {
      const { clock, backend, registrationId, code, wrong } = await started();
      for (let i = 0; i < 4; i += 1) await rejection(backend.verifyOtp({ registrationId, code: wrong() }));
      const locked = await rejection(backend.verifyOtp({ registrationId, code: wrong() }));
      expect(locked.code).to.equal('otp-locked');
      expect(locked.retryAfter).to.equal(300);
      // Even the right code is refused during the lock-out, and so is a resend.
      clock.advance(60_000);
      const duringLock = await rejection(backend.verifyOtp({ registrationId, code: code() }));
      expect(duringLock.code).to.equal('otp-locked');
      expect(duringLock.retryAfter).to.equal(240);
      expect((await rejection(backend.resendOtp({ registrationId }))).code).to.equal('otp-locked');
      // After it, the guessed-at code is void: a new one is needed, and works.
      clock.advance(240_000);
      expect((await rejection(backend.verifyOtp({ registrationId, code: code() }))).code).to.equal('otp-expired');
      const resent = await backend.resendOtp({ registrationId });
      expect(resent.attemptsLeft).to.equal(5);
      expect((await backend.verifyOtp({ registrationId, code: code() })).next).to.equal('password');
    });

    it('refuses a resend before 60 s, then sends a new code that replaces the old one', async () => {
      const { clock, backend, registrationId, code } = await started();
      clock.advance(30_000);
      const early = await rejection(backend.resendOtp({ registrationId }));
      expect(early.code).to.equal('rate-limited');
      expect(early.retryAfter).to.equal(30);
      const old = code();
      clock.advance(30_000);
      const state = await backend.resendOtp({ registrationId });
      expect(state.resendAt).to.equal('2025-07-01T08:02:00.000Z');
      expect(state.expiresAt).to.equal('2025-07-01T08:06:00.000Z');
      expect(backend.inbox).to.have.length(2);
      const fresh = code();
      if (fresh !== old) expect((await rejection(backend.verifyOtp({ registrationId, code: old }))).code).to.equal('otp-wrong');
      expect((await backend.verifyOtp({ registrationId, code: fresh })).next).to.equal('password');
    });

    it('takes its settings from the options', async () => {
      const { clock, backend, registrationId, wrong } = await started({
        otp: { length: 4, validMs: 60_000, resendAfterMs: 10_000, maxAttempts: 2, lockoutMs: 30_000 },
      });
      expect(backend.inbox[0].code).to.match(/^\d{4}$/);
      expect((await rejection(backend.verifyOtp({ registrationId, code: wrong().slice(0, 4) }))).attemptsLeft).to.equal(1);
      const locked = await rejection(backend.verifyOtp({ registrationId, code: wrong().slice(0, 4) }));
      expect([locked.code, locked.retryAfter]).to.deep.equal(['otp-locked', 30]);
      clock.advance(30_000);
      const state = await backend.resendOtp({ registrationId });
      expect(state.length).to.equal(4);
      expect(state.resendAt).to.equal(new Date(START + 40_000).toISOString());
    });

    it('answers not-found for an unknown registration', async () => {
      const backend = createDemoBackend();
      expect((await rejection(backend.verifyOtp({ registrationId: 'reg_unknown000000', code: '123456' }))).code).to.equal('not-found');
    });
  });

  describe('BHXH method', () => {
    const request = {
      method: 'bhxh' as const,
      subject: 'citizen' as const,
      bhxhCode: '0123456789',
      idNumber: '001090012345',
      fullName: 'Nguyễn Văn An',
      birthDate: '15/05/1990',
      phone: '0912345678',
    };

    it('sends the code to the phone', async () => {
      const backend = createDemoBackend();
      const step = await backend.startRegistration(request);
      expect(step.next).to.equal('otp');
      expect(backend.inbox[0].to).to.equal('0912345678');
    });

    it('refuses a code unknown to social insurance', async () => {
      const backend = createDemoBackend();
      const error = await rejection(backend.startRegistration({ ...request, bhxhCode: DEMO_FIXTURES.unknownBhxhCode }));
      expect([error.code, error.fields]).to.deep.equal(['not-found', ['bhxhCode']]);
    });

    it('needs a 12-digit CCCD, not a CMND', async () => {
      const backend = createDemoBackend();
      const error = await rejection(backend.startRegistration({ ...request, idNumber: '123456789' }));
      expect([error.code, error.fields]).to.deep.equal(['invalid-input', ['idNumber']]);
    });
  });

  describe('Vietnam Post method', () => {
    async function vnpost(backend: ReturnType<typeof createDemoBackend>, activation: 'sms' | 'email') {
      const captcha = await backend.getCaptcha();
      return backend.startRegistration({
        method: 'vnpost',
        subject: 'citizen',
        captchaId: captcha.id,
        captchaAnswer: backend.captchaAnswer(captcha.id) as string,
        idNumber: '001090012345',
        fullName: 'Nguyễn Văn An',
        birthDate: '15/05/1990',
        phone: '0912345678',
        email: 'an.nguyen@example.vn',
        activation,
        returnUrl: 'https://tinh.example.gov.vn/dang-ky?buoc=2',
      });
    }

    it('activates by an email link, then asks for the password', async () => {
      const clock = createClock();
      const backend = createDemoBackend({ now: clock.now });
      const step = await vnpost(backend, 'email');
      if (step.next !== 'email-link') throw new Error(step.next);
      expect(step.maskedEmail).to.equal('a********@example.vn');
      expect(step.expiresAt).to.equal('2025-07-02T08:00:00.000Z');
      const email = backend.inbox[0];
      expect(email.channel).to.equal('email');
      expect(email.to).to.equal('an.nguyen@example.vn');
      expect(email.text).to.contain('Kính gửi Nguyễn Văn An');
      const link = new URL(email.link as string);
      expect(link.origin + link.pathname).to.equal('https://tinh.example.gov.vn/dang-ky');
      expect(link.searchParams.get('buoc')).to.equal('2');
      const token = link.searchParams.get('dvc-activation') as string;
      expect(await backend.activateEmail({ token })).to.deep.equal({
        next: 'password',
        registrationId: step.registrationId,
        sessionExpiresAt: '2025-07-01T08:20:00.000Z',
      });
      expect((await rejection(backend.activateEmail({ token }))).code).to.equal('state-invalid');
      expect((await backend.setPassword({ registrationId: step.registrationId, password: 'Matkhau@2025' })).method).to.equal('vnpost');
    });

    it('refuses an expired link', async () => {
      const clock = createClock();
      const backend = createDemoBackend({ now: clock.now });
      await vnpost(backend, 'email');
      clock.advance(24 * 3_600_000);
      const token = new URL(backend.inbox[0].link as string).searchParams.get('dvc-activation') as string;
      expect((await rejection(backend.activateEmail({ token }))).code).to.equal('state-invalid');
    });

    it('activates by SMS code when asked', async () => {
      const backend = createDemoBackend();
      const step = await vnpost(backend, 'sms');
      expect(step.next).to.equal('otp');
      expect(backend.inbox[0].channel).to.equal('sms');
    });
  });

  describe('inbox', () => {
    it('calls onMessage for each message until unsubscribed, with copies', async () => {
      const backend = createDemoBackend();
      const received: InboxMessage[] = [];
      const unsubscribe = backend.onMessage((message) => received.push(message));
      await backend.startRegistration(await phoneRegistration(backend));
      expect(received).to.have.length(1);
      expect(received[0]).to.deep.equal(backend.inbox[0]);
      expect(received[0].id).to.equal(0);
      received[0].code = 'tampered';
      expect(backend.inbox[0].code).not.to.equal('tampered');
      unsubscribe();
      await backend.startRegistration(await phoneRegistration(backend, { idNumber: '001190012345', phone: '0987654321' }));
      expect(received).to.have.length(1);
      expect(backend.inbox.map((message) => message.id)).to.deep.equal([0, 1]);
    });

    it('keeps delivering when a listener throws', async () => {
      const backend = createDemoBackend();
      const received: string[] = [];
      const reported: unknown[] = [];
      // Stand in for the test framework's handler, which fails the test on any uncaught error.
      const frameworkHandler = window.onerror;
      window.onerror = (_message, _source, _line, _column, error) => {
        reported.push(error);
        return true;
      };
      const bug = new Error('listener bug');
      backend.onMessage(() => {
        throw bug;
      });
      backend.onMessage((message) => received.push(message.to));
      await backend.startRegistration(await phoneRegistration(backend));
      await new Promise((resolve) => setTimeout(resolve, 0));
      window.onerror = frameworkHandler;
      expect(received).to.deep.equal(['0912345678']);
      // The error is reported, not swallowed.
      expect(reported).to.deep.equal([bug]);
    });
  });

  describe('faults, latency and abort', () => {
    it('plays injected faults for the named call, as many times as asked', async () => {
      const backend = createDemoBackend({ faults: [{ call: 'getCaptcha', kind: 'server', times: 2 }] });
      expect((await rejection(backend.getCaptcha())).code).to.equal('server');
      expect((await rejection(backend.getCaptcha())).code).to.equal('server');
      expect((await backend.getCaptcha()).id).to.match(/^cap_/);
      backend.injectFault({ call: '*', kind: 'rate-limited' });
      const limited = await rejection(backend.getDossierStatus({ code: DEMO_FIXTURES.dossiers.resolved }));
      expect([limited.code, limited.retryAfter]).to.deep.equal(['rate-limited', 1]);
      backend.injectFault({ call: 'verifyOtp', kind: 'timeout' });
      backend.injectFault({ call: 'verifyOtp', kind: 'malformed' });
      expect((await rejection(backend.verifyOtp({ registrationId: 'reg_x0000000', code: '123456' }))).code).to.equal('timeout');
      expect((await rejection(backend.verifyOtp({ registrationId: 'reg_x0000000', code: '123456' }))).code).to.equal('malformed-response');
    });

    it('waits the latency, and an abort ends the wait with aborted', async () => {
      const backend = createDemoBackend({ latencyMs: 200 });
      const started = performance.now();
      await backend.getCaptcha();
      expect(performance.now() - started).to.be.greaterThanOrEqual(190);
      const controller = new AbortController();
      const call = backend.getCaptcha({ signal: controller.signal });
      setTimeout(() => controller.abort(), 20);
      const aborted = performance.now();
      expect((await rejection(call)).code).to.equal('aborted');
      expect(performance.now() - aborted).to.be.lessThan(150);
    });
  });
});
