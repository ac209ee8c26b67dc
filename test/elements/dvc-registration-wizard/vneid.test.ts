/** VNeID: redirect out, come back with `code` and `state` (query or hash route), replays refused. */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { createHttpBackend } from '../../../src/core/backend/http-backend.js';
import { DEMO_FIXTURES } from '../../../src/core/backend/demo/fixtures.js';
import { createSession } from '../../../src/core/session.js';
import type { DvcRegistrationWizard } from '../../../src/elements/dvc-registration-wizard/dvc-registration-wizard.js';
import { heading, mount, press, waitForStep } from './helpers.js';

/** Leaves with the wizard, answers the stand-in VNeID page, and returns the URL VNeID sends back to. */
async function signInAtVneid(decision: 'approve' | 'deny', attributes: Record<string, string> = {}) {
  let target = '';
  const m = await mount(
    { subject: 'citizen', methods: 'vneid', ...attributes },
    { configure: (el) => (el.redirect = (url) => (target = url)) },
  );
  await waitForStep(m.el, 'details');
  expect(heading(m.el)).to.equal('Đăng ký bằng tài khoản định danh điện tử VNeID');
  await press(m.el, 'Tiếp tục với VNeID');
  // The first call fetches the HTTP backend's code, which the test server sends module by module.
  await waitUntil(() => target, 'redirected', { timeout: 5000 });
  const authorize = new URL(target, location.href);
  expect(authorize.searchParams.get('code_challenge_method')).to.equal('S256');
  expect(target).to.not.contain('verifier');
  const consent = await fetch(target);
  expect(consent.ok).to.equal(true);
  const back = await fetch(`${m.base}/_demo/vneid/authorize`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      state: authorize.searchParams.get('state')!,
      code_challenge: authorize.searchParams.get('code_challenge')!,
      decision,
    }),
  });
  m.el.remove();
  return { m, returned: new URL(back.url) };
}

function returnTo(url: string, base: string) {
  history.replaceState(null, '', url);
  const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('dvc-registration-wizard') as DvcRegistrationWizard;
  el.setAttribute('methods', 'vneid');
  el.setAttribute('subject', 'citizen');
  el.backend = createHttpBackend({ baseUrl: base });
  el.store = createSession();
  const events: string[] = [];
  el.addEventListener('dvc-registration-complete', (event) => events.push(JSON.stringify((event as CustomEvent).detail)));
  el.addEventListener('dvc-error', (event) => events.push((event as CustomEvent).detail.code));
  host.append(el);
  return { el, events };
}

describe('<dvc-registration-wizard> vneid method', function () {
  // Whole journeys over HTTP: slower than one element's unit test on a busy CI machine.
  this.timeout(20_000);
  const start = location.href;
  afterEach(() => history.replaceState(null, '', start));

  it('redirects to VNeID and finishes the registration on return', async () => {
    const { m, returned } = await signInAtVneid('approve');
    expect(returned.searchParams.get('code')).to.be.a('string');
    const { el, events } = returnTo(`${location.pathname}${returned.search}`, m.base);
    await waitForStep(el, 'done');
    expect(location.search).to.not.contain('code=');
    expect(events[0]).to.contain(DEMO_FIXTURES.vneidCitizen.fullName).and.contain('"method":"vneid"');
  });

  it('handles the return inside a hash route', async () => {
    const { m, returned } = await signInAtVneid('approve');
    const { el } = returnTo(`${location.pathname}#/dang-ky?${returned.searchParams}`, m.base);
    await waitForStep(el, 'done');
    expect(location.hash)
      .to.match(/^#\/dang-ky/)
      .and.not.match(/code=|state=|dvc-return/);
  });

  it('refuses a replayed state', async () => {
    const { m, returned } = await signInAtVneid('approve');
    const first = returnTo(`${location.pathname}${returned.search}`, m.base);
    await waitForStep(first.el, 'done');
    first.el.remove();
    const replay = returnTo(`${location.pathname}${returned.search}`, m.base);
    await waitUntil(() => replay.el.querySelector('.failure'), 'failure');
    expect(replay.events).to.include('state-invalid');
    expect(replay.el.step).to.equal('details');
    expect(replay.el.querySelector('button.primary')!.textContent!.trim()).to.equal('Tiếp tục với VNeID');
  });

  it('explains a refusal on the VNeID page', async () => {
    const { m, returned } = await signInAtVneid('deny');
    expect(returned.searchParams.get('error')).to.equal('access_denied');
    const { el, events } = returnTo(`${location.pathname}${returned.search}`, m.base);
    await waitUntil(() => el.querySelector('.failure'), 'failure');
    expect(el.querySelector('.failure')!.textContent).to.contain('chưa đồng ý');
    expect(events).to.include('vneid-denied');
    await expect(el).to.be.accessible();
  });

  it('leaves code and state that are not a VNeID return alone', async () => {
    history.replaceState(null, '', `${location.pathname}?code=abcdefghij&state=st_x`);
    const { el } = returnTo(location.href, '/api/sandbox/rw-unused');
    await el.updateComplete;
    expect(location.search).to.contain('code=abcdefghij');
    expect(el.querySelector('.failure')).to.equal(null);
  });
});
