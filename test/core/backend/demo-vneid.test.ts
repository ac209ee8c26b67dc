import { expect } from '@open-wc/testing';
import { createDemoBackend, DEMO_FIXTURES } from '../../../src/core/backend/index.js';
import { createClock, rejection } from './demo-helpers.js';

describe('demo backend: VNeID', () => {
  async function started(subject: 'citizen' | 'enterprise' = 'citizen') {
    const clock = createClock();
    const backend = createDemoBackend({ now: clock.now, vneidAuthorizeUrl: 'https://vneid.demo.invalid/authorize' });
    const start = await backend.startVneid({ subject, returnUrl: 'https://tinh.example.gov.vn/dang-nhap?tu=dvc' });
    const url = new URL(start.authorizationUrl);
    const state = url.searchParams.get('state') as string;
    const codeChallenge = url.searchParams.get('code_challenge') as string;
    return { clock, backend, start, url, state, codeChallenge };
  }

  const returned = (redirect: string) => new URL(redirect).searchParams;

  it('sends the browser to the authorization page with state and an S256 challenge, no verifier', async () => {
    const { start, url, state, codeChallenge } = await started();
    expect(url.origin + url.pathname).to.equal('https://vneid.demo.invalid/authorize');
    expect(url.searchParams.get('response_type')).to.equal('code');
    expect(url.searchParams.get('code_challenge_method')).to.equal('S256');
    expect(state).to.match(/^st_/);
    expect(codeChallenge).to.match(/^[A-Za-z0-9_-]{43}$/);
    expect([...url.searchParams.keys()].sort()).to.deep.equal([
      'client_id',
      'code_challenge',
      'code_challenge_method',
      'response_type',
      'scope',
      'state',
    ]);
    expect(start.expiresAt).to.equal('2025-07-01T08:10:00.000Z');
  });

  it('returns with code and state after consent, and finishes with the account', async () => {
    const { backend, state, codeChallenge } = await started();
    expect(backend.vneidConsent(state)).to.deep.equal({
      subject: 'citizen',
      displayName: 'Lê Thị Hoa',
      identifier: DEMO_FIXTURES.vneidCitizen.idNumber,
    });
    const redirect = backend.vneidDecide({ state, codeChallenge, approve: true });
    expect(redirect.startsWith('https://tinh.example.gov.vn/dang-nhap?tu=dvc&code=')).to.equal(true);
    const params = returned(redirect);
    expect(params.get('state')).to.equal(state);
    const account = await backend.finishVneid({ code: params.get('code') as string, state });
    expect(account).to.deep.include({ subject: 'citizen', method: 'vneid', displayName: 'Lê Thị Hoa', maskedPhone: '098****003' });
  });

  it('refuses a replayed state', async () => {
    const { backend, state, codeChallenge } = await started();
    const code = returned(backend.vneidDecide({ state, codeChallenge, approve: true })).get('code') as string;
    await backend.finishVneid({ code, state });
    expect((await rejection(backend.finishVneid({ code, state }))).code).to.equal('state-invalid');
    expect(() => backend.vneidDecide({ state, codeChallenge, approve: true }))
      .to.throw()
      .with.property('code', 'state-invalid');
  });

  it('refuses an unknown state, and a code from another sign-in', async () => {
    const first = await started();
    expect((await rejection(first.backend.finishVneid({ code: 'abcdefgh12345678', state: 'st_unknown000000' }))).code).to.equal(
      'state-invalid',
    );
    const second = await first.backend.startVneid({ subject: 'citizen', returnUrl: '/dang-nhap' });
    const secondState = new URL(second.authorizationUrl).searchParams.get('state') as string;
    const secondChallenge = new URL(second.authorizationUrl).searchParams.get('code_challenge') as string;
    const firstCode = returned(first.backend.vneidDecide({ state: first.state, codeChallenge: first.codeChallenge, approve: true })).get(
      'code',
    ) as string;
    const secondRedirect = first.backend.vneidDecide({ state: secondState, codeChallenge: secondChallenge, approve: true });
    expect(secondRedirect.startsWith('/dang-nhap?code=')).to.equal(true);
    expect((await rejection(first.backend.finishVneid({ code: firstCode, state: secondState }))).code).to.equal('state-invalid');
    // A code presented with the wrong state is burned, as OAuth advises for a misused code.
    expect((await rejection(first.backend.finishVneid({ code: firstCode, state: first.state }))).code).to.equal('state-invalid');
  });

  it('refuses a code whose challenge was changed in the URL (PKCE)', async () => {
    const { backend, state } = await started();
    const forged = 'A'.repeat(43);
    const code = returned(backend.vneidDecide({ state, codeChallenge: forged, approve: true })).get('code') as string;
    expect((await rejection(backend.finishVneid({ code, state }))).code).to.equal('state-invalid');
  });

  it('returns access_denied when the citizen declines, and the state is then void', async () => {
    const { backend, state, codeChallenge } = await started();
    const params = returned(backend.vneidDecide({ state, codeChallenge, approve: false }));
    expect([params.get('error'), params.get('state'), params.get('code')]).to.deep.equal(['access_denied', state, null]);
    expect(() => backend.vneidConsent(state))
      .to.throw()
      .with.property('code', 'state-invalid');
  });

  it('expires after ten minutes', async () => {
    const { clock, backend, state, codeChallenge } = await started();
    const code = returned(backend.vneidDecide({ state, codeChallenge, approve: true })).get('code') as string;
    clock.advance(10 * 60_000);
    expect((await rejection(backend.finishVneid({ code, state }))).code).to.equal('state-invalid');
  });

  it('signs an organisation in with its e-ID', async () => {
    const { backend, state, codeChallenge } = await started('enterprise');
    expect(backend.vneidConsent(state).identifier).to.equal('0100109106');
    const code = returned(backend.vneidDecide({ state, codeChallenge, approve: true })).get('code') as string;
    const account = await backend.finishVneid({ code, state });
    expect(account).to.deep.include({ subject: 'enterprise', displayName: 'Công ty TNHH Dịch vụ công Demo' });
    expect(account.maskedPhone).to.equal(undefined);
  });

  it('signs the same citizen in to the same account', async () => {
    const { backend, state, codeChallenge } = await started();
    const first = await backend.finishVneid({
      code: returned(backend.vneidDecide({ state, codeChallenge, approve: true })).get('code') as string,
      state,
    });
    const again = await backend.startVneid({ subject: 'citizen', returnUrl: '/x' });
    const params = new URL(again.authorizationUrl).searchParams;
    const redirect = backend.vneidDecide({
      state: params.get('state') as string,
      codeChallenge: params.get('code_challenge') as string,
      approve: true,
    });
    const second = await backend.finishVneid({
      code: new URL(redirect, 'https://x.invalid').searchParams.get('code') as string,
      state: params.get('state') as string,
    });
    expect(second.id).to.equal(first.id);
  });

  it('refuses a return URL that is not http(s) or a path', async () => {
    const backend = createDemoBackend();
    for (const returnUrl of ['javascript:alert(1)', '//evil.example/x', 'data:text/html,x']) {
      const error = await rejection(backend.startVneid({ subject: 'citizen', returnUrl }));
      expect([error.code, error.fields]).to.deep.equal(['invalid-input', ['returnUrl']]);
    }
  });
});
