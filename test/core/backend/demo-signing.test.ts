import { expect } from '@open-wc/testing';
import { createDemoBackend, createDemoSignatureProvider, DEMO_FIXTURES, DEMO_TOKEN_PIN } from '../../../src/core/backend/index.js';
import type { Subject } from '../../../src/core/events.js';
import { createClock, rejection } from './demo-helpers.js';

/** Flips one character of a base64url string, keeping it well-formed. */
const tamper = (text: string): string => `${text.slice(0, 10)}${text[10] === 'A' ? 'B' : 'A'}${text.slice(11)}`;

describe('demo signature provider', () => {
  it('lists four certificates on the demo token, one expired and one not yet valid', async () => {
    const clock = createClock();
    const provider = createDemoSignatureProvider({ now: clock.now });
    expect(await provider.isAvailable()).to.equal(true);
    const certificates = await provider.listCertificates();
    expect(certificates.map((certificate) => certificate.id)).to.deep.equal([
      'demo-citizen',
      'demo-enterprise',
      'demo-expired',
      'demo-not-yet-valid',
    ]);
    const [citizen, enterprise, expired, notYetValid] = certificates;
    expect(citizen).to.deep.include({
      holder: 'NGUYỄN VĂN AN',
      idNumber: '001090012345',
      issuer: 'VNPT-CA (demo)',
      validFrom: '2024-07-01T08:00:00.000Z',
    });
    expect(enterprise.taxCode).to.equal('0100109106');
    expect(Date.parse(expired.validTo)).to.be.lessThan(clock.now());
    expect(Date.parse(notYetValid.validFrom)).to.be.greaterThan(clock.now());
    expect(citizen.publicKey.kty).to.equal('EC');
    expect(citizen.publicKey.x).to.match(/^[A-Za-z0-9_-]{43}$/);
  });

  it('signs with a real P-256 key that WebCrypto verifies', async () => {
    const provider = createDemoSignatureProvider();
    const { certificate, signature } = await provider.sign('demo-citizen', 'challenge-text', DEMO_TOKEN_PIN);
    const key = await crypto.subtle.importKey('jwk', certificate.publicKey, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
    const bytes = Uint8Array.from(atob(signature.replace(/-/g, '+').replace(/_/g, '/')), (char) => char.charCodeAt(0));
    const data = new TextEncoder().encode('challenge-text');
    expect(bytes).to.have.length(64);
    expect(await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, bytes, data)).to.equal(true);
    expect(await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, bytes, new TextEncoder().encode('other'))).to.equal(false);
  });

  it('refuses a wrong PIN and an unknown certificate', async () => {
    const provider = createDemoSignatureProvider();
    expect((await rejection(provider.sign('demo-citizen', 'x', '000000'))).code).to.equal('pin-wrong');
    expect((await rejection(provider.sign('no-such-certificate', 'x', DEMO_TOKEN_PIN))).code).to.equal('not-found');
  });

  it('plays a computer without the plugin', async () => {
    const provider = createDemoSignatureProvider({ available: false });
    expect(await provider.isAvailable()).to.equal(false);
    expect((await rejection(provider.listCertificates())).code).to.equal('plugin-missing');
    expect((await rejection(provider.sign('demo-citizen', 'x', DEMO_TOKEN_PIN))).code).to.equal('plugin-missing');
  });
});

describe('demo backend: USB token registration', () => {
  async function signedChallenge(certificateId: string, subject: Subject = 'citizen') {
    const clock = createClock();
    const backend = createDemoBackend({ now: clock.now });
    const provider = createDemoSignatureProvider({ now: clock.now });
    const { challengeId, challenge, expiresAt } = await backend.createCertificateChallenge({ subject });
    const signed = await provider.sign(certificateId, challenge, DEMO_TOKEN_PIN);
    return { clock, backend, challengeId, challenge, expiresAt, ...signed };
  }

  async function register(backend: ReturnType<typeof createDemoBackend>, challengeId: string, subject: Subject = 'citizen') {
    const captcha = await backend.getCaptcha();
    return backend.startRegistration({
      method: 'usb-token',
      subject,
      challengeId,
      email: 'an.nguyen@example.vn',
      captchaId: captcha.id,
      captchaAnswer: backend.captchaAnswer(captcha.id) as string,
    });
  }

  it('verifies a real signature, shows the certificate data, then registers once', async () => {
    const { backend, challengeId, challenge, expiresAt, certificate, signature } = await signedChallenge('demo-citizen');
    expect(challenge).to.match(/^[A-Za-z0-9_-]{43}$/);
    expect(expiresAt).to.equal('2025-07-01T08:05:00.000Z');
    const verified = await backend.verifyCertificate({ challengeId, certificate, signature });
    expect(verified).to.deep.equal({
      challengeId,
      identity: {
        holder: 'NGUYỄN VĂN AN',
        issuer: 'VNPT-CA (demo)',
        serialNumber: '5A0100000001',
        idNumber: '001090012345',
        validTo: certificate.validTo,
      },
    });
    const step = await register(backend, challengeId);
    if (step.next !== 'done') throw new Error(step.next);
    expect(step.account).to.deep.include({ subject: 'citizen', method: 'usb-token', displayName: 'NGUYỄN VĂN AN' });
    expect(backend.inbox.at(-1)).to.deep.include({ channel: 'email', to: 'an.nguyen@example.vn' });
    // The proof registers once.
    expect((await rejection(register(backend, challengeId))).code).to.equal('state-invalid');
  });

  it('refuses a tampered signature, and the challenge is then spent', async () => {
    const { backend, challengeId, certificate, signature } = await signedChallenge('demo-citizen');
    expect((await rejection(backend.verifyCertificate({ challengeId, certificate, signature: tamper(signature) }))).code).to.equal(
      'signature-invalid',
    );
    expect((await rejection(backend.verifyCertificate({ challengeId, certificate, signature }))).code).to.equal('state-invalid');
  });

  it('refuses a signature of other bytes, and a certificate whose key did not sign', async () => {
    const { backend, certificate } = await signedChallenge('demo-citizen');
    const provider = createDemoSignatureProvider();
    const other = await backend.createCertificateChallenge({ subject: 'citizen' });
    const wrongBytes = await provider.sign('demo-citizen', 'not the challenge', DEMO_TOKEN_PIN);
    expect((await rejection(backend.verifyCertificate({ challengeId: other.challengeId, ...wrongBytes }))).code).to.equal(
      'signature-invalid',
    );
    // Another token's signature presented with this certificate: the key does not match.
    const third = await backend.createCertificateChallenge({ subject: 'citizen' });
    const { signature } = await provider.sign('demo-citizen', third.challenge, DEMO_TOKEN_PIN);
    expect((await rejection(backend.verifyCertificate({ challengeId: third.challengeId, certificate, signature }))).code).to.equal(
      'signature-invalid',
    );
  });

  it('refuses an expired and a not-yet-valid certificate', async () => {
    for (const id of ['demo-expired', 'demo-not-yet-valid']) {
      const { backend, challengeId, certificate, signature } = await signedChallenge(id);
      expect((await rejection(backend.verifyCertificate({ challengeId, certificate, signature }))).code).to.equal('certificate-invalid');
    }
  });

  it('needs a tax code for an enterprise, and registers the enterprise by it', async () => {
    const personal = await signedChallenge('demo-citizen', 'enterprise');
    const { challengeId, certificate, signature } = personal;
    expect((await rejection(personal.backend.verifyCertificate({ challengeId, certificate, signature }))).code).to.equal(
      'certificate-invalid',
    );
    const company = await signedChallenge('demo-enterprise', 'enterprise');
    const verified = await company.backend.verifyCertificate(company);
    expect(verified.identity.taxCode).to.equal('0100109106');
    const step = await register(company.backend, company.challengeId, 'enterprise');
    expect(step.next === 'done' && step.account.displayName).to.equal('CÔNG TY TNHH DỊCH VỤ CÔNG DEMO');
  });

  it('refuses an expired challenge', async () => {
    const { clock, backend, challengeId, certificate, signature } = await signedChallenge('demo-citizen');
    clock.advance(5 * 60_000);
    expect((await rejection(backend.verifyCertificate({ challengeId, certificate, signature }))).code).to.equal('state-invalid');
  });
});

describe('demo backend: remote signing (SIM, SmartCA)', () => {
  function setUp() {
    const clock = createClock();
    return { clock, backend: createDemoBackend({ now: clock.now }) };
  }

  it('waits for the phone, then registers with the identity from the certificate', async () => {
    const { backend } = setUp();
    const start = await backend.startRemoteSigning({ method: 'sim-ca', subject: 'citizen', phone: '0987 654 321' });
    expect(start).to.deep.include({ method: 'sim-ca', expiresAt: '2025-07-01T08:02:00.000Z', pollIntervalMs: 1000 });
    expect(start.displayCode).to.match(/^[A-Z2-9]{4}$/);
    const sms = backend.inbox[0];
    expect(sms.to).to.equal('0987654321');
    expect(sms.text).to.contain(`ma giao dich ${start.displayCode}`);
    expect(backend.pendingSigningRequests).to.deep.equal([
      { requestId: start.requestId, method: 'sim-ca', to: '0987654321', displayCode: start.displayCode, expiresAt: start.expiresAt },
    ]);
    expect(await backend.pollRemoteSigning({ requestId: start.requestId })).to.deep.equal({
      status: 'pending',
      requestId: start.requestId,
      expiresAt: start.expiresAt,
    });
    // Registering before the holder answers is refused.
    const early = backend.startRegistration({ method: 'sim-ca', subject: 'citizen', signingRequestId: start.requestId });
    expect((await rejection(early)).code).to.equal('conflict');

    backend.approveSigning(start.requestId);
    expect(backend.pendingSigningRequests).to.deep.equal([]);
    const approved = await backend.pollRemoteSigning({ requestId: start.requestId });
    if (approved.status !== 'approved') throw new Error(approved.status);
    expect(approved.identity.issuer).to.equal('Viettel-CA SIM (demo)');
    expect(approved.identity.idNumber).to.match(/^0010\d{8}$|^0011\d{8}$/);
    const step = await backend.startRegistration({ method: 'sim-ca', subject: 'citizen', signingRequestId: start.requestId });
    if (step.next !== 'done') throw new Error(step.next);
    expect(step.account).to.deep.include({ method: 'sim-ca', displayName: approved.identity.holder });
    expect(
      (await rejection(backend.startRegistration({ method: 'sim-ca', subject: 'citizen', signingRequestId: start.requestId }))).code,
    ).to.equal('state-invalid');
  });

  it('gives the same person for the same SIM', async () => {
    const first = setUp().backend;
    const second = setUp().backend;
    const identities = [];
    for (const backend of [first, second]) {
      const { requestId } = await backend.startRemoteSigning({ method: 'sim-ca', subject: 'citizen', phone: '0987654321' });
      backend.approveSigning(requestId);
      const status = await backend.pollRemoteSigning({ requestId });
      identities.push(status.status === 'approved' ? [status.identity.holder, status.identity.idNumber] : []);
    }
    expect(identities[1]).to.deep.equal(identities[0]);
  });

  it('reports a rejection', async () => {
    const { backend } = setUp();
    const { requestId } = await backend.startRemoteSigning({ method: 'smartca', subject: 'citizen', userId: '001090012345' });
    expect(backend.inbox[0].text).to.contain('VNPT SmartCA');
    backend.rejectSigning(requestId);
    expect(await backend.pollRemoteSigning({ requestId })).to.deep.equal({ status: 'rejected', requestId });
    expect(
      (await rejection(backend.startRegistration({ method: 'smartca', subject: 'citizen', signingRequestId: requestId }))).code,
    ).to.equal('signing-rejected');
    expect(() => backend.approveSigning(requestId))
      .to.throw()
      .with.property('code', 'conflict');
  });

  it('expires when nobody answers in time', async () => {
    const { clock, backend } = setUp();
    const { requestId } = await backend.startRemoteSigning({ method: 'smartca', subject: 'citizen', userId: '001090012345' });
    clock.advance(2 * 60_000);
    expect(await backend.pollRemoteSigning({ requestId })).to.deep.equal({ status: 'expired', requestId });
    expect(backend.pendingSigningRequests).to.deep.equal([]);
    expect(() => backend.approveSigning(requestId))
      .to.throw()
      .with.property('code', 'conflict');
    expect(
      (await rejection(backend.startRegistration({ method: 'smartca', subject: 'citizen', signingRequestId: requestId }))).code,
    ).to.equal('signing-timeout');
  });

  it('takes its expiry from the options', async () => {
    const clock = createClock();
    const backend = createDemoBackend({ now: clock.now, remoteSigningValidMs: 10_000 });
    const { requestId, expiresAt } = await backend.startRemoteSigning({ method: 'sim-ca', subject: 'citizen', phone: '0987654321' });
    expect(expiresAt).to.equal('2025-07-01T08:00:10.000Z');
    clock.advance(10_000);
    expect((await backend.pollRemoteSigning({ requestId })).status).to.equal('expired');
  });

  it('can be cancelled while pending', async () => {
    const { backend } = setUp();
    const { requestId } = await backend.startRemoteSigning({ method: 'sim-ca', subject: 'citizen', phone: '0987654321' });
    expect(await backend.cancelRemoteSigning({ requestId })).to.deep.equal({ status: 'cancelled', requestId });
    expect(() => backend.approveSigning(requestId))
      .to.throw()
      .with.property('code', 'conflict');
  });

  it('refuses the SIM whose holder already has an account', async () => {
    const { backend } = setUp();
    const { requestId } = await backend.startRemoteSigning({
      method: 'sim-ca',
      subject: 'citizen',
      phone: DEMO_FIXTURES.simOfExistingAccount,
    });
    backend.approveSigning(requestId);
    const status = await backend.pollRemoteSigning({ requestId });
    expect(status.status === 'approved' && status.identity.idNumber).to.equal(DEMO_FIXTURES.existingAccount.idNumber);
    expect(
      (await rejection(backend.startRegistration({ method: 'sim-ca', subject: 'citizen', signingRequestId: requestId }))).code,
    ).to.equal('account-exists');
  });

  it('reads an organisation from a SmartCA tax code', async () => {
    const { backend } = setUp();
    const { requestId } = await backend.startRemoteSigning({ method: 'smartca', subject: 'enterprise', userId: '0100109106' });
    backend.approveSigning(requestId);
    const status = await backend.pollRemoteSigning({ requestId });
    expect(status.status === 'approved' && status.identity.taxCode).to.equal('0100109106');
    // The subject the request was made for is the one that registers.
    expect(
      (await rejection(backend.startRegistration({ method: 'smartca', subject: 'citizen', signingRequestId: requestId }))).code,
    ).to.equal('state-invalid');
    const step = await backend.startRegistration({ method: 'smartca', subject: 'enterprise', signingRequestId: requestId });
    expect(step.next === 'done' && step.account.subject).to.equal('enterprise');
  });

  it('answers not-found for an unknown request', async () => {
    const { backend } = setUp();
    expect((await rejection(backend.pollRemoteSigning({ requestId: 'sig_unknown0000' }))).code).to.equal('not-found');
    expect(() => backend.approveSigning('sig_unknown0000'))
      .to.throw()
      .with.property('code', 'not-found');
  });
});
