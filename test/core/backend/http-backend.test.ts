import { expect } from '@open-wc/testing';
import { createHttpBackend, type HttpBackendOptions } from '../../../src/core/backend/index.js';
import { rejection } from './demo-helpers.js';

type Reply = Response | Error | 'hang';

interface RecordedCall {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

/** A fetch that answers from a script, records what it was asked, and honours the abort signal. */
function fakeFetch(replies: Reply[]) {
  const calls: RecordedCall[] = [];
  const fetch = (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    calls.push({
      url: String(input),
      method: init.method ?? 'GET',
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      body: typeof init.body === 'string' ? init.body : undefined,
    });
    const reply = replies.shift();
    return new Promise((resolve, reject) => {
      const signal = init.signal;
      if (signal?.aborted) return reject(signal.reason);
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      if (reply === undefined) reject(new Error('no reply scripted'));
      else if (reply instanceof Error) reject(reply);
      else if (reply !== 'hang') resolve(reply);
    });
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

const captcha = {
  id: 'cap_0123456789abcdef',
  image: 'data:image/svg+xml;charset=utf-8,%3Csvg%2F%3E',
  expiresAt: '2025-07-01T08:05:00.000Z',
};
const payment = {
  transactionId: 'txn_0123456789abcdef',
  dossierCode: '000.00.06.H56-231027-0362',
  providerId: 'vnpay',
  status: 'initialised',
  amount: 150000,
  fees: [],
  paymentUrl: 'https://pay.example/x',
  createdAt: '2025-07-01T08:00:00.000Z',
  updatedAt: '2025-07-01T08:00:00.000Z',
};
const paymentRequest = { dossierCode: payment.dossierCode, providerId: 'vnpay', idempotencyKey: 'pay-key-0001', returnUrl: '/ho-so' };

function backendWith(replies: Reply[], options: Partial<HttpBackendOptions> = {}) {
  const fake = fakeFetch(replies);
  const backend = createHttpBackend({ baseUrl: 'https://api.example.gov.vn/dvc/', fetch: fake.fetch, retryDelayMs: 10, ...options });
  return { backend, calls: fake.calls };
}

describe('HTTP backend', () => {
  describe('requests', () => {
    it('GETs with the headers given and parses the response', async () => {
      const { backend, calls } = backendWith([json(200, captcha)], { headers: () => ({ 'x-api-key': 'k1' }) });
      expect(await backend.getCaptcha()).to.deep.equal(captcha);
      expect(calls).to.deep.equal([
        {
          url: 'https://api.example.gov.vn/dvc/captcha',
          method: 'GET',
          headers: { accept: 'application/json', 'x-api-key': 'k1' },
          body: undefined,
        },
      ]);
    });

    it('POSTs the request in canonical form as JSON', async () => {
      const step = {
        next: 'otp',
        registrationId: 'reg_0123456789abcdef',
        otp: {
          channel: 'sms',
          maskedTo: '091****678',
          length: 6,
          expiresAt: captcha.expiresAt,
          resendAt: captcha.expiresAt,
          attemptsLeft: 5,
        },
      };
      const { backend, calls } = backendWith([json(200, step)]);
      await backend.startRegistration({
        method: 'phone',
        subject: 'citizen',
        captchaId: 'cap_0123456789abcdef',
        captchaAnswer: ' k7px2 ',
        idNumber: '001 090 012 345',
        fullName: 'Nguyễn  Văn An',
        birthDate: '5/5/1990',
        phone: '+84 912 345 678',
      });
      expect(calls[0].url).to.equal('https://api.example.gov.vn/dvc/registrations');
      expect(calls[0].headers['content-type']).to.equal('application/json');
      expect(JSON.parse(calls[0].body as string)).to.deep.equal({
        method: 'phone',
        subject: 'citizen',
        captchaId: 'cap_0123456789abcdef',
        captchaAnswer: 'k7px2',
        idNumber: '001090012345',
        fullName: 'Nguyễn Văn An',
        birthDate: '05/05/1990',
        phone: '0912345678',
      });
    });

    it('keeps passwords, codes and captcha answers out of URLs', async () => {
      const account = { id: 'acc_1', subject: 'citizen', method: 'phone', displayName: 'An' };
      const { backend, calls } = backendWith([json(200, account), json(200, { next: 'password', registrationId: 'reg_0123456789abcdef' })]);
      await backend.setPassword({ registrationId: 'reg_0123456789abcdef', password: 'Matkhau@2025' });
      await backend.verifyOtp({ registrationId: 'reg_0123456789abcdef', code: '246810' });
      expect(calls.map((call) => [call.method, call.url])).to.deep.equal([
        ['POST', 'https://api.example.gov.vn/dvc/registrations/password'],
        ['POST', 'https://api.example.gov.vn/dvc/registrations/otp/verify'],
      ]);
      expect(JSON.parse(calls[0].body as string).password).to.equal('Matkhau@2025');
      expect(JSON.parse(calls[1].body as string).code).to.equal('246810');
    });

    it('puts lookup ids in the path, encoded', async () => {
      const dossier = {
        code: 'ABC/2024/0001',
        procedureCode: '1.001193',
        status: 4,
        fees: [],
        totalAmount: 0,
        createdAt: captcha.expiresAt,
        updatedAt: captcha.expiresAt,
      };
      const { backend, calls } = backendWith([json(200, dossier)]);
      expect((await backend.getDossierStatus({ code: 'abc/2024/0001' })).status).to.equal(4);
      expect(calls[0].url).to.equal('https://api.example.gov.vn/dvc/dossiers/ABC%2F2024%2F0001');
    });

    it('refuses an invalid request without sending it', async () => {
      const { backend, calls } = backendWith([]);
      const error = await rejection(backend.setPassword({ registrationId: 'reg_0123456789abcdef', password: 'short' }));
      expect([error.code, error.fields]).to.deep.equal(['invalid-input', ['password']]);
      expect(calls).to.have.length(0);
    });
  });

  describe('failures', () => {
    it('times out by AbortSignal', async () => {
      const { backend, calls } = backendWith(['hang'], { timeoutMs: 100 });
      const started = performance.now();
      const error = await rejection(backend.getCaptcha());
      expect(error.code).to.equal('timeout');
      expect(performance.now() - started).to.be.within(90, 1000);
      expect(calls).to.have.length(1);
    });

    it('retries a read after a 500, then succeeds', async () => {
      const { backend, calls } = backendWith([json(500, { error: { code: 'server' } }), json(200, captcha)]);
      expect(await backend.getCaptcha()).to.deep.equal(captcha);
      expect(calls).to.have.length(2);
    });

    it('retries a read after a network error, within bounded attempts', async () => {
      const { backend, calls } = backendWith([new TypeError('Failed to fetch'), json(503, {}), json(502, 'nope')], { maxAttempts: 3 });
      const error = await rejection(backend.getCaptcha());
      expect([error.code, error.status]).to.deep.equal(['server', 502]);
      expect(calls).to.have.length(3);
    });

    it('backs off exponentially between retries', async () => {
      const { backend } = backendWith([json(500, {}), json(500, {}), json(200, captcha)], { retryDelayMs: 100 });
      const started = performance.now();
      await backend.getCaptcha();
      expect(performance.now() - started).to.be.greaterThanOrEqual(290);
    });

    it('waits as long as Retry-After says on a 429', async () => {
      const { backend, calls } = backendWith([json(429, { error: { code: 'rate-limited' } }, { 'retry-after': '1' }), json(200, captcha)]);
      const started = performance.now();
      expect(await backend.getCaptcha()).to.deep.equal(captcha);
      expect(performance.now() - started).to.be.greaterThanOrEqual(990);
      expect(calls).to.have.length(2);
    });

    it('gives up at once when Retry-After exceeds the time left', async () => {
      const { backend, calls } = backendWith([json(429, { error: { code: 'rate-limited' } }, { 'retry-after': '120' })], {
        timeoutMs: 5000,
      });
      const error = await rejection(backend.getCaptcha());
      expect([error.code, error.retryAfter, error.status]).to.deep.equal(['rate-limited', 120, 429]);
      expect(calls).to.have.length(1);
    });

    it('does not retry a POST without an idempotency key', async () => {
      const { backend, calls } = backendWith([json(500, { error: { code: 'server' } }), json(200, {})]);
      const error = await rejection(backend.verifyOtp({ registrationId: 'reg_0123456789abcdef', code: '123456' }));
      expect(error.code).to.equal('server');
      expect(calls).to.have.length(1);
      const network = backendWith([new TypeError('Failed to fetch')]);
      expect((await rejection(network.backend.verifyOtp({ registrationId: 'reg_0123456789abcdef', code: '123456' }))).code).to.equal(
        'network',
      );
      expect(network.calls).to.have.length(1);
    });

    it('retries a POST that carries an idempotency key, with the same body', async () => {
      const { backend, calls } = backendWith([json(503, {}), json(200, payment)]);
      expect((await backend.createPayment(paymentRequest)).transactionId).to.equal(payment.transactionId);
      expect(calls).to.have.length(2);
      expect(calls[1].body).to.equal(calls[0].body);
      expect(JSON.parse(calls[0].body as string).idempotencyKey).to.equal('pay-key-0001');
      const applicant = { fullName: 'Nguyễn Văn An', idNumber: '001090012345' };
      const unkeyed = backendWith([json(503, {}), json(200, {})]);
      expect((await rejection(unkeyed.backend.createDossier({ procedureCode: '1.001193', applicant }))).code).to.equal('server');
      expect(unkeyed.calls).to.have.length(1);
    });

    it('maps malformed JSON to malformed-response, without retrying', async () => {
      const { backend, calls } = backendWith([new Response('{"id": "cap_', { status: 200 })]);
      const error = await rejection(backend.getCaptcha());
      expect([error.code, error.status]).to.deep.equal(['malformed-response', 200]);
      expect(calls).to.have.length(1);
    });

    it('maps a response that fails its schema to malformed-response', async () => {
      const { backend } = backendWith([json(200, { ...captcha, image: 'javascript:alert(1)' })]);
      expect((await rejection(backend.getCaptcha())).code).to.equal('malformed-response');
    });

    it('rejects with aborted when the caller aborts, at once', async () => {
      const { backend } = backendWith(['hang']);
      const controller = new AbortController();
      const call = backend.getCaptcha({ signal: controller.signal });
      setTimeout(() => controller.abort(), 20);
      const started = performance.now();
      expect((await rejection(call)).code).to.equal('aborted');
      expect(performance.now() - started).to.be.lessThan(500);
    });

    it('rejects with aborted during a backoff wait', async () => {
      const { backend, calls } = backendWith([json(500, {}), json(200, captcha)], { retryDelayMs: 5000 });
      const controller = new AbortController();
      const call = backend.getCaptcha({ signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      expect((await rejection(call)).code).to.equal('aborted');
      expect(calls).to.have.length(1);
    });

    it('reads the error body: code, fields, attempts left, retry-after', async () => {
      const { backend } = backendWith([json(422, { error: { code: 'otp-wrong', fields: ['code'], attemptsLeft: 3 } })]);
      const wrong = await rejection(backend.verifyOtp({ registrationId: 'reg_0123456789abcdef', code: '123456' }));
      expect([wrong.code, wrong.status, wrong.fields, wrong.attemptsLeft]).to.deep.equal(['otp-wrong', 422, ['code'], 3]);
      const locked = await rejection(
        backendWith([json(423, { error: { code: 'otp-locked', retryAfter: 240 } })]).backend.verifyOtp({
          registrationId: 'reg_0123456789abcdef',
          code: '123456',
        }),
      );
      expect([locked.code, locked.retryAfter]).to.deep.equal(['otp-locked', 240]);
    });

    it('falls back to the status when the body names no known code', async () => {
      const cases: [Response, string][] = [
        [json(409, { error: { code: 'something-new' } }), 'conflict'],
        [new Response('<html>Not Found</html>', { status: 404 }), 'not-found'],
        [new Response('', { status: 401 }), 'unauthorized'],
        [json(418, {}), 'unknown'],
      ];
      for (const [response, code] of cases) {
        const { backend } = backendWith([response]);
        expect((await rejection(backend.verifyOtp({ registrationId: 'reg_0123456789abcdef', code: '123456' }))).code).to.equal(code);
      }
    });
  });
});
