/** Declare once: the consent question after sign-in, over HTTP to the demo server. */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/dvc-profile-consent/define.js';
import type { DvcProfileConsent } from '../../../src/elements/dvc-profile-consent/dvc-profile-consent.js';
import { DEMO_FIXTURES } from '../../../src/core/backend/demo/fixtures.js';
import { createHttpBackend } from '../../../src/core/backend/http-backend.js';
import type { AccountSummary } from '../../../src/core/events.js';
import { createSession, type Session } from '../../../src/core/session.js';
import { setLocale } from '../../../src/i18n/locale.js';

const { existingAccount } = DEMO_FIXTURES;
const account: AccountSummary = {
  id: existingAccount.accountId,
  subject: 'citizen',
  method: 'phone',
  displayName: existingAccount.fullName,
};

let sandboxes = 0;
const sandbox = () => `/api/sandbox/consent-${Date.now().toString(36)}-${++sandboxes}`;
const http = (base: string) => createHttpBackend({ baseUrl: base, timeoutMs: 1500, maxAttempts: 1 });

async function injectFault(base: string, kind: 'server' | 'malformed'): Promise<void> {
  const response = await fetch(`${base}/_demo/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ call: 'getProfile', kind, times: 1 }),
  });
  expect(response.ok).to.equal(true);
}

function mount(session: Session, base = sandbox()): DvcProfileConsent {
  return fixtureSync<DvcProfileConsent>(html`<dvc-profile-consent backend-url=${base} .store=${session}></dvc-profile-consent>`);
}

const root = (el: DvcProfileConsent) => el.shadowRoot!;
const text = (el: DvcProfileConsent) => root(el).textContent!.replace(/\s+/g, ' ').trim();
const button = (el: DvcProfileConsent, label: string) =>
  [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === label) ?? null;
const liveText = (el: DvcProfileConsent) => root(el).querySelector('[role="status"]')!.textContent!.trim();
const deepActive = (): Element | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};
function record<T>(target: EventTarget, type: string): T[] {
  const seen: T[] = [];
  target.addEventListener(type, (event) => seen.push((event as CustomEvent<T>).detail));
  return seen;
}

async function asked(el: DvcProfileConsent): Promise<void> {
  await waitUntil(() => button(el, 'Đồng ý dùng lại'), 'the question is shown', { timeout: 5000 });
}

describe('<dvc-profile-consent>', () => {
  afterEach(() => setLocale('vi'));

  it('shows nothing before sign-in and asks nothing of the backend', async () => {
    const session = createSession();
    const el = mount(session);
    await el.updateComplete;
    expect(root(el).querySelector('button')).to.equal(null);
    expect(text(el)).to.equal('');
    expect(session.getState().verifiedProfile).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('after sign-in shows what the portal verified and asks once, with nothing reused yet', async () => {
    const session = createSession();
    const el = mount(session);
    session.signIn(account);
    await asked(el);
    expect(root(el).querySelector('h2')!.textContent).to.equal('Dùng lại thông tin đã xác thực?');
    const rows = [...root(el).querySelectorAll('dl > div')].map((row) => [
      row.querySelector('dt')!.textContent!.trim(),
      row.querySelector('dd')!.textContent!.trim(),
    ]);
    expect(rows).to.deep.equal([
      ['Họ và tên', existingAccount.fullName],
      ['Ngày sinh', existingAccount.birthDate],
      ['Số định danh cá nhân', existingAccount.idNumber],
      ['Số điện thoại', existingAccount.phone],
    ]);
    expect(session.getState().profileConsent).to.equal(null);
    expect(session.getState().profile, 'nothing reused before the answer').to.deep.equal({});
    // Both answers are drawn as buttons of the same weight; the main one is told apart by its fill.
    const [yes, no] = [...root(el).querySelectorAll('button')].map((button) => getComputedStyle(button));
    expect([yes!.fontWeight, no!.fontWeight]).to.deep.equal(['600', '600']);
    expect(yes!.backgroundColor).to.not.equal(no!.backgroundColor);
    await expect(el).to.be.accessible();
  });

  it('agreeing fills the profile forms read, fires an event without the profile, keeps focus and announces it', async () => {
    const session = createSession();
    const el = mount(session);
    const changes = record<{ consent: boolean }>(el, 'dvc-profile-consent-change');
    session.signIn(account);
    await asked(el);
    button(el, 'Đồng ý dùng lại')!.click();
    await el.updateComplete;

    expect(changes).to.deep.equal([{ consent: true }]);
    expect(session.getState().profile).to.deep.equal({
      fullName: existingAccount.fullName,
      birthDate: existingAccount.birthDate,
      idNumber: existingAccount.idNumber,
      phone: existingAccount.phone,
    });
    expect(deepActive()?.classList.contains('status')).to.equal(true);
    expect(text(el)).to.include('Các biểu mẫu đang điền sẵn thông tin đã xác thực của bạn.');
    expect(liveText(el)).to.equal('Đã đồng ý: các biểu mẫu sẽ điền sẵn thông tin đã xác thực của bạn.');
    const stored = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });
    expect(stored).not.to.include(existingAccount.idNumber);
    expect(stored).not.to.include(existingAccount.fullName);
    await expect(el).to.be.accessible();
  });

  it('the choice can be withdrawn and given again, by keyboard', async () => {
    const session = createSession();
    const el = mount(session);
    const changes = record<{ consent: boolean }>(el, 'dvc-profile-consent-change');
    session.signIn(account);
    await asked(el);
    button(el, 'Đồng ý dùng lại')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.textContent?.trim()).to.equal('Không, tôi sẽ tự nhập');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(session.getState().profileConsent).to.equal(false);
    expect(session.getState().profile).to.deep.equal({});
    expect(text(el)).to.include('Bạn đã chọn tự nhập thông tin vào các biểu mẫu.');

    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.textContent?.trim()).to.equal('Dùng lại thông tin đã xác thực');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(session.getState().profile.fullName).to.equal(existingAccount.fullName);
    expect(changes).to.deep.equal([{ consent: false }, { consent: true }]);
    await expect(el).to.be.accessible();
  });

  it('signing out forgets the profile and the answer, and hides the element', async () => {
    const session = createSession();
    const el = mount(session);
    session.signIn(account);
    await asked(el);
    button(el, 'Đồng ý dùng lại')!.click();
    session.signOut();
    await el.updateComplete;
    expect(root(el).querySelector('button')).to.equal(null);
    expect(session.getState()).to.include({ profileConsent: null, verifiedProfile: null });
    expect(session.getState().profile).to.deep.equal({});
  });

  it('a failed or malformed reply says so, tells the host, and retry loads the profile', async () => {
    for (const kind of ['server', 'malformed'] as const) {
      const base = sandbox();
      await injectFault(base, kind);
      const session = createSession();
      // The `backend` property wins over `backend-url`; this one tries once, so one fault fails the call.
      const el = fixtureSync<DvcProfileConsent>(
        html`<dvc-profile-consent backend-url="/nowhere" .backend=${http(base)} .store=${session}></dvc-profile-consent>`,
      );
      const errors = record<{ code: string; message: string }>(el, 'dvc-error');
      session.signIn(account);
      await waitUntil(() => button(el, 'Thử lại'), `retry offered after ${kind}`, { timeout: 5000 });
      expect(text(el)).to.include('Chưa tải được thông tin đã xác thực của bạn.');
      expect(root(el).querySelector('[role="alert"]')).to.not.equal(null);
      // Drawn as every element's failure box: framed in the error colour, its first line too.
      const box = getComputedStyle(root(el).querySelector('[role="alert"]')!);
      const [first, second] = [...root(el).querySelectorAll('[role="alert"] p')].map((line) => getComputedStyle(line));
      expect([box.borderTopColor, box.borderInlineStartColor]).to.deep.equal([first!.color, first!.color]);
      expect(first!.fontWeight).to.equal('600');
      expect(second!.color).to.not.equal(first!.color);
      expect(errors).to.have.length(1);
      expect(errors[0].code).to.equal(kind === 'server' ? 'server' : 'malformed-response');
      await expect(el).to.be.accessible();
      button(el, 'Thử lại')!.click();
      await asked(el);
    }
  });

  it('an account with no verified profile is offered nothing and is not an error', async () => {
    const session = createSession();
    const el = mount(session);
    const errors = record<{ code: string }>(el, 'dvc-error');
    session.signIn({ ...account, id: 'acc_unknown_1' });
    await waitUntil(() => session.getState().verifiedProfile !== null, 'the backend answered', { timeout: 5000 });
    await el.updateComplete;
    expect(session.getState().verifiedProfile).to.deep.equal({});
    expect(root(el).querySelector('button')).to.equal(null);
    expect(errors).to.deep.equal([]);
  });

  it('speaks English when the page does', async () => {
    setLocale('en');
    const session = createSession();
    const el = mount(session);
    session.signIn(account);
    await waitUntil(() => button(el, 'Yes, reuse it'), 'English question', { timeout: 5000 });
    expect(root(el).querySelector('h2')!.textContent).to.equal('Reuse your verified information?');
    expect(text(el)).to.include('Date of birth');
  });
});
