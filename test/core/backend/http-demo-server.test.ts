/**
 * The HTTP backend against the demo server the test runner mounts (web-test-runner.config.mjs):
 * the real HTTP path, each test in its own sandbox.
 */
import { expect } from '@open-wc/testing';
import { createHttpBackend, DEMO_FIXTURES, type InboxMessage } from '../../../src/core/backend/index.js';
import { rejection } from './demo-helpers.js';

function sandbox() {
  const base = `/api/sandbox/t${crypto.randomUUID().replace(/-/g, '')}`;
  const backend = createHttpBackend({ baseUrl: base, retryDelayMs: 10 });
  const post = (path: string, body: unknown) =>
    fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const inbox = async (since = 0): Promise<InboxMessage[]> => (await (await fetch(`${base}/_demo/inbox?since=${since}`)).json()).messages;
  const captchaAnswer = async (id: string): Promise<string> => (await (await fetch(`${base}/_demo/captcha/${id}`)).json()).answer;
  return { base, backend, post, inbox, captchaAnswer };
}

describe('HTTP backend against the demo server', () => {
  it('registers by phone, reading the code from the demo inbox', async () => {
    const { backend, inbox, captchaAnswer } = sandbox();
    const captcha = await backend.getCaptcha();
    const step = await backend.startRegistration({
      method: 'phone',
      subject: 'citizen',
      captchaId: captcha.id,
      captchaAnswer: await captchaAnswer(captcha.id),
      idNumber: '001090012345',
      fullName: 'Nguyễn Văn An',
      birthDate: '15/05/1990',
      phone: '0912 345 678',
    });
    if (step.next !== 'otp') throw new Error(step.next);
    expect(step.otp.maskedTo).to.equal('091****678');
    const [sms] = await inbox();
    expect([sms.channel, sms.to]).to.deep.equal(['sms', '0912345678']);
    const code = sms.code as string;
    const wrong = await rejection(
      backend.verifyOtp({ registrationId: step.registrationId, code: code === '000000' ? '111111' : '000000' }),
    );
    expect([wrong.code, wrong.status, wrong.attemptsLeft]).to.deep.equal(['otp-wrong', 422, 4]);
    const verified = await backend.verifyOtp({ registrationId: step.registrationId, code });
    expect(verified).to.deep.include({ next: 'password', registrationId: step.registrationId });
    expect(Date.parse((verified as { sessionExpiresAt: string }).sessionExpiresAt)).to.be.greaterThan(Date.now());
    const account = await backend.setPassword({ registrationId: step.registrationId, password: 'Matkhau@2025' });
    expect(account).to.deep.include({ subject: 'citizen', method: 'phone', displayName: 'Nguyễn Văn An', maskedPhone: '091****678' });
  });

  it('carries the refusals with their codes', async () => {
    const { backend, captchaAnswer } = sandbox();
    const captcha = await backend.getCaptcha();
    const { idNumber, fullName, birthDate, phone } = DEMO_FIXTURES.existingAccount;
    const request = {
      method: 'phone' as const,
      subject: 'citizen' as const,
      captchaId: captcha.id,
      captchaAnswer: await captchaAnswer(captcha.id),
      idNumber,
      fullName,
      birthDate,
      phone,
    };
    const exists = await rejection(backend.startRegistration(request));
    expect([exists.code, exists.status, exists.fields]).to.deep.equal(['account-exists', 409, ['idNumber']]);
    const used = await rejection(backend.startRegistration(request));
    expect([used.code, used.status]).to.deep.equal(['captcha-expired', 410]);
  });

  it('keeps sandboxes apart', async () => {
    const first = sandbox();
    const second = sandbox();
    await first.backend.startRemoteSigning({ method: 'sim-ca', subject: 'citizen', phone: '0987654321' });
    expect(await first.inbox()).to.have.length(1);
    expect(await second.inbox()).to.deep.equal([]);
    expect(await first.inbox(1)).to.deep.equal([]);
  });

  it('validates bodies: 400 with field names, 415 for non-JSON, 413 when too large', async () => {
    const { base, post } = sandbox();
    const bad = await post('/registrations/otp/verify', { registrationId: 'reg_0123456789abcdef', code: '' });
    expect(bad.status).to.equal(400);
    expect(await bad.json()).to.deep.equal({ error: { code: 'invalid-input', fields: ['code'] } });
    const text = await fetch(`${base}/surveys`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(text.status).to.equal(415);
    const large = await post('/surveys', { comment: 'x'.repeat(70_000) });
    expect(large.status).to.equal(413);
  });

  it('answers 404 for an unknown route and 405 for a wrong method', async () => {
    const { base } = sandbox();
    const missing = await fetch(`${base}/no-such-route`);
    expect([missing.status, (await missing.json()).error.code]).to.deep.equal([404, 'not-found']);
    const wrongMethod = await fetch(`${base}/registrations`);
    expect([wrongMethod.status, wrongMethod.headers.get('allow')]).to.deep.equal([405, 'POST']);
  });

  it('plays injected faults as real HTTP failures', async () => {
    const { base, backend, post } = sandbox();
    expect((await post('/_demo/faults', { route: 'GET /captcha', kind: 'malformed' })).status).to.equal(200);
    expect((await rejection(backend.getCaptcha())).code).to.equal('malformed-response');

    await post('/_demo/faults', { call: 'getCaptcha', kind: 'server', times: 2 });
    expect((await backend.getCaptcha()).id).to.match(/^cap_/);

    await post('/_demo/faults', { call: 'getCaptcha', kind: 'rate-limited' });
    const limited = await fetch(`${base}/captcha`);
    expect([limited.status, limited.headers.get('retry-after')]).to.deep.equal([429, '1']);

    await post('/_demo/faults', { call: 'verifyOtp', kind: 'timeout' });
    const quick = createHttpBackend({ baseUrl: base, timeoutMs: 300 });
    expect((await rejection(quick.verifyOtp({ registrationId: 'reg_0123456789abcdef', code: '123456' }))).code).to.equal('timeout');

    const unknown = await post('/_demo/faults', { route: 'GET /nowhere', kind: 'server' });
    expect(unknown.status).to.equal(400);
  });

  it('moves a sandbox clock forward and resets it', async () => {
    const { backend, post, inbox } = sandbox();
    const { requestId } = await backend.startRemoteSigning({ method: 'smartca', subject: 'citizen', userId: '001090012345' });
    await post('/_demo/clock', { advanceMs: 2 * 60_000 });
    expect((await backend.pollRemoteSigning({ requestId })).status).to.equal('expired');
    expect((await post('/_demo/reset', {})).status).to.equal(200);
    expect(await inbox()).to.deep.equal([]);
    expect((await rejection(backend.pollRemoteSigning({ requestId }))).code).to.equal('not-found');
  });

  it('approves a remote-signing request from the demo phone', async () => {
    const { base, backend, post } = sandbox();
    const { requestId } = await backend.startRemoteSigning({ method: 'sim-ca', subject: 'citizen', phone: '0987654321' });
    const pending = await (await fetch(`${base}/_demo/remote-signing`)).json();
    expect(pending.requests.map((request: { requestId: string }) => request.requestId)).to.deep.equal([requestId]);
    const approved = await post('/_demo/remote-signing/approve', { requestId });
    expect((await approved.json()).status).to.equal('approved');
    const step = await backend.startRegistration({ method: 'sim-ca', subject: 'citizen', signingRequestId: requestId });
    expect(step.next).to.equal('done');
    const again = await post('/_demo/remote-signing/reject', { requestId });
    expect(again.status).to.equal(409);
  });

  it('signs in through the stand-in VNeID page', async () => {
    const { backend } = sandbox();
    const { authorizationUrl } = await backend.startVneid({ subject: 'citizen', returnUrl: '/vneid-return?from=test' });
    const page = await fetch(authorizationUrl);
    const html = await page.text();
    expect(page.headers.get('content-type')).to.equal('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).to.match(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(html).to.contain('<html lang="vi">');
    expect(html).to.contain('>Đồng ý</button>');
    expect(html).to.contain('>Từ chối</button>');
    expect(html).to.contain('Lê Thị Hoa');
    expect(html).not.to.contain('<script');

    const query = new URL(authorizationUrl, location.href).searchParams;
    const form = new URLSearchParams({
      state: query.get('state') as string,
      code_challenge: query.get('code_challenge') as string,
      decision: 'approve',
    });
    const back = await fetch(new URL(authorizationUrl, location.href).pathname, { method: 'POST', body: form });
    const returned = new URL(back.url);
    expect(returned.pathname).to.equal('/vneid-return');
    expect(returned.searchParams.get('from')).to.equal('test');
    expect(returned.searchParams.get('state')).to.equal(query.get('state'));
    const finish = { code: returned.searchParams.get('code') as string, state: query.get('state') as string };
    expect((await backend.finishVneid(finish)).displayName).to.equal('Lê Thị Hoa');
    const replay = await rejection(backend.finishVneid(finish));
    expect([replay.code, replay.status]).to.deep.equal(['state-invalid', 403]);
  });

  it('escapes what it puts in the VNeID page', async () => {
    const { backend } = sandbox();
    const { authorizationUrl } = await backend.startVneid({ subject: 'citizen', returnUrl: '/back' });
    const url = new URL(authorizationUrl, location.href);
    url.searchParams.set('code_challenge', '"><script>alert(1)</script>');
    const html = await (await fetch(url)).text();
    expect(html).not.to.contain('<script>');
    expect(html).to.contain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    const stale = await fetch(`${url.pathname}?state=st_unknown0000000`);
    expect(stale.status).to.equal(400);
    expect(await stale.text()).to.contain('không hợp lệ hoặc đã hết hạn');
  });

  it('pays on the stand-in provider page and serves the receipts', async () => {
    const { backend } = sandbox();
    const request = {
      dossierCode: DEMO_FIXTURES.dossiers.awaitingPayment,
      providerId: 'vnpay',
      idempotencyKey: 'pay-key-http-1',
      returnUrl: '/ho-so?buoc=ket-qua',
    };
    const payment = await backend.createPayment(request);
    expect((await backend.createPayment(request)).transactionId).to.equal(payment.transactionId);
    const page = await (await fetch(payment.paymentUrl as string)).text();
    expect(page).to.contain(payment.transactionId);
    expect(page).to.contain('150.000');
    expect((await backend.getPaymentStatus({ transactionId: payment.transactionId })).status).to.equal('pending');

    const pagePath = new URL(payment.paymentUrl as string, location.href).pathname;
    const back = await fetch(pagePath, {
      method: 'POST',
      body: new URLSearchParams({ transactionId: payment.transactionId, outcome: 'succeeded' }),
    });
    const returned = new URL(back.url);
    expect(returned.pathname + returned.search).to.equal(`/ho-so?buoc=ket-qua&transactionId=${payment.transactionId}`);
    expect((await backend.getPaymentStatus({ transactionId: payment.transactionId })).status).to.equal('succeeded');
    const { receipts } = await backend.getReceipts({ transactionId: payment.transactionId });
    expect(receipts.map((receipt) => receipt.type)).to.deep.equal(['le-phi', 'phi']);
    const receiptHtml = await (await fetch(receipts[1].url)).text();
    expect(receiptHtml).to.contain('Biên lai điện tử thu phí');
    expect(receiptHtml).to.contain('100.000');
  });
});
