import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { msg } from '@lit/localize';
import { ContextProvider } from '@lit/context';
import { sessionContext } from '../../src/base/session-context.js';
import { DvcElement } from '../../src/base/dvc-element.js';
import { createSession, getDefaultSession } from '../../src/core/session.js';
import { addTranslations, getLocale, setLocale } from '../../src/i18n/locale.js';
import { templates as errorSummaryEnglish } from '../../src/i18n/generated/en/dvc-error-summary.js';

// The test element borrows the error summary's heading and its English translation.
addTranslations(errorSummaryEnglish);

class TestElement extends DvcElement {
  override render() {
    return html`<p>${msg('Có lỗi cần sửa', { id: 'error-summary.heading' })}</p>`;
  }
}
TestElement.define('dvc-test-element');

/** Resolves when @lit/localize has finished switching (its status goes loading → ready). */
const localeReady = () =>
  new Promise<void>((resolve) => {
    const listener = (event: Event) => {
      if ((event as CustomEvent<{ status: string }>).detail.status !== 'ready') return;
      window.removeEventListener('lit-localize-status', listener);
      resolve();
    };
    window.addEventListener('lit-localize-status', listener);
  });

const text = (el: Element) => el.shadowRoot!.querySelector('p')!.textContent;

describe('DvcElement', () => {
  afterEach(async () => {
    document.documentElement.lang = 'vi';
    await setLocale('vi');
  });

  it('emit dispatches a bubbling, composed event with the detail', async () => {
    const el = await fixture<TestElement>(html`<dvc-test-element></dvc-test-element>`);
    setTimeout(() => el.emit('dvc-otp-complete', { value: '123456' }));
    const event = await oneEvent(document, 'dvc-otp-complete');
    expect(event.detail).to.deep.equal({ value: '123456' });
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
  });

  it('emit returns false when a listener cancels a cancelable event', async () => {
    const el = await fixture<TestElement>(html`<dvc-test-element></dvc-test-element>`);
    el.addEventListener('dvc-otp-resend', (event) => event.preventDefault());
    expect(el.emit('dvc-otp-resend', {}, { cancelable: true })).to.equal(false);
    expect(el.emit('dvc-otp-resend', {})).to.equal(true);
  });

  it('define never throws: same class is a no-op, another version warns once', () => {
    expect(() => TestElement.define('dvc-test-element')).not.to.throw();
    class SameVersion extends DvcElement {}
    class OtherVersion extends DvcElement {
      static override version = '9.9.9';
    }
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      SameVersion.define('dvc-test-element');
      OtherVersion.define('dvc-test-element');
      OtherVersion.define('dvc-test-element');
    } finally {
      console.warn = warn;
    }
    expect(warnings.length).to.equal(1);
    expect(String(warnings[0]![0])).to.contain('<dvc-test-element>').and.to.contain('9.9.9');
    expect(customElements.get('dvc-test-element')).to.equal(TestElement);
  });

  it('uses its store, else the default session', async () => {
    const el = await fixture<TestElement>(html`<dvc-test-element></dvc-test-element>`);
    expect(el.session).to.equal(getDefaultSession());
    const own = createSession();
    el.store = own;
    expect(el.session).to.equal(own);
  });

  it('uses the session an ancestor provides, before the default', async () => {
    const provided = createSession();
    // fixtureSync: a plain element has no update to wait for (fixture() would wait for a frame).
    const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
    new ContextProvider(host, { context: sessionContext, initialValue: provided });
    const el = document.createElement('dvc-test-element') as TestElement;
    host.append(el);
    await el.updateComplete;
    expect(el.session).to.equal(provided);
    const own = createSession();
    el.store = own;
    expect(el.session).to.equal(own);
  });

  it('re-renders on session changes', async () => {
    const session = createSession();
    const el = await fixture<TestElement>(html`<dvc-test-element .store=${session}></dvc-test-element>`);
    let renders = 0;
    const update = el.requestUpdate.bind(el);
    el.requestUpdate = (...args: Parameters<typeof update>) => {
      renders++;
      update(...args);
    };
    session.selectProcedure({ code: '1.004194', name: 'Đăng ký tạm trú' });
    expect(renders).to.equal(1);
  });

  it('switches elements already on the page when setLocale is called', async () => {
    const el = await fixture<TestElement>(html`<dvc-test-element></dvc-test-element>`);
    expect(text(el)).to.equal('Có lỗi cần sửa');
    await setLocale('en');
    await el.updateComplete;
    expect(text(el)).to.equal('There is a problem');
    expect(getDefaultSession().getState().locale).to.equal('en');
  });

  it('keeps an explicit setLocale when more elements connect later', async () => {
    await fixture<TestElement>(html`<dvc-test-element></dvc-test-element>`);
    await setLocale('en');
    const later = await fixture<TestElement>(html`<dvc-test-element></dvc-test-element>`);
    expect(getLocale()).to.equal('en');
    expect(text(later)).to.equal('There is a problem');
  });

  it('follows a change of the page lang attribute', async () => {
    const el = await fixture<TestElement>(html`<dvc-test-element></dvc-test-element>`);
    const ready = localeReady();
    document.documentElement.lang = 'en-GB';
    await ready;
    await el.updateComplete;
    expect(getLocale()).to.equal('en');
    expect(text(el)).to.equal('There is a problem');
  });

  it('follows its own lang attribute', async () => {
    const el = await fixture<TestElement>(html`<dvc-test-element></dvc-test-element>`);
    const ready = localeReady();
    el.setAttribute('lang', 'en');
    await ready;
    await el.updateComplete;
    expect(text(el)).to.equal('There is a problem');
  });

  it('rejects unsupported locales with a clear error', async () => {
    let error: unknown;
    try {
      await setLocale('fr');
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(RangeError);
    expect(getLocale()).to.equal('vi');
  });

  it('reportInvalidAttribute warns and fires dvc-error with a localized message', async () => {
    const el = await fixture<TestElement & { report(a: string, v: unknown): void }>(html`<dvc-test-element></dvc-test-element>`);
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    setTimeout(() => (el as unknown as { reportInvalidAttribute(a: string, v: unknown): void }).reportInvalidAttribute('length', 'abc'));
    const event = await oneEvent(el, 'dvc-error');
    console.warn = warn;
    expect(event.detail.code).to.equal('invalid-attribute');
    expect(event.detail.field).to.equal('length');
    expect(event.detail.message).to.be.a('string').and.not.equal('');
    expect(String(warnings[0]![0])).to.contain('<dvc-test-element>').and.to.contain('"length"');
  });
});
