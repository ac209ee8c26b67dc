import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/elements/dvc-otp-input/define.js';
import type { DvcOtpInput } from '../../../src/elements/dvc-otp-input/dvc-otp-input.js';
import { boxes, inputOf, paste, part, record, mount } from './helpers.js';

type Change = { value: string; complete: boolean };

describe('<dvc-otp-input>', () => {
  describe('the native field', () => {
    it('is one real text input in the light DOM with the autofill and keyboard attributes', async () => {
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input></dvc-otp-input>`);
      const inputs = el.querySelectorAll('input');
      expect(inputs).to.have.length(1);
      const input = inputs[0];
      expect(input.parentElement).to.equal(el);
      expect(input.slot).to.equal('input');
      expect(input.type).to.equal('text');
      expect(input.getAttribute('autocomplete')).to.equal('one-time-code');
      expect(input.getAttribute('inputmode')).to.equal('numeric');
      expect(input.getAttribute('spellcheck')).to.equal('false');
      expect(input.getAttribute('dir')).to.equal('ltr');
      expect(input.hasAttribute('name')).to.equal(false);
      expect(input.hasAttribute('required')).to.equal(false);
      expect(el.shadowRoot!.querySelectorAll('input')).to.have.length(0);
    });

    it('is labelled by a light-DOM label and described by the hint', async () => {
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input hint="Mã đã gửi đến 091****678."></dvc-otp-input>`);
      const input = inputOf(el);
      const label = part(el, 'label') as HTMLLabelElement;
      expect(label.localName).to.equal('label');
      expect(label.htmlFor).to.equal(input.id);
      expect(label.textContent).to.equal('Mã xác thực (OTP)');
      expect([...input.labels!]).to.deep.equal([label]);
      expect(input.getAttribute('aria-describedby')).to.equal(part(el, 'hint').id);
      expect(part(el, 'hint').textContent).to.equal('Mã đã gửi đến 091****678. Mã gồm 6 chữ số.');
    });

    it('draws decorative boxes hidden from assistive technology, one per character', async () => {
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input length="4"></dvc-otp-input>`);
      const drawn = boxes(el);
      expect(drawn.all).to.have.length(4);
      expect(drawn.all[0].closest('[aria-hidden="true"]')).to.not.equal(null);
    });

    it('uses a text keyboard and upper-cases letters when alphanumeric', async () => {
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input alphanumeric></dvc-otp-input>`);
      expect(inputOf(el).getAttribute('inputmode')).to.equal('text');
      el.focus();
      await sendKeys({ type: 'ab1-c' });
      expect(el.value).to.equal('AB1C');
      expect(inputOf(el).value).to.equal('AB1C');
      expect(part(el, 'hint').textContent).to.equal('Mã gồm 6 ký tự, là chữ hoặc số.');
    });

    it('adopts an author-provided input, taking its name, value and required', async () => {
      const form = await mount<HTMLFormElement>(html`
        <form>
          <dvc-otp-input length="4"><input slot="input" name="otp" value="12" required maxlength="4" type="number" /></dvc-otp-input>
        </form>
      `);
      const el = form.querySelector('dvc-otp-input')!;
      await el.updateComplete;
      const input = el.querySelector('input')!;
      expect(el.querySelectorAll('input')).to.have.length(1);
      expect(inputOf(el)).to.equal(input);
      expect(input.type).to.equal('text');
      expect(input.hasAttribute('name') || input.hasAttribute('required') || input.hasAttribute('maxlength')).to.equal(false);
      expect(el.name).to.equal('otp');
      expect(el.required).to.equal(true);
      expect(el.value).to.equal('12');
      expect([...new FormData(form).entries()]).to.deep.equal([['otp', '12']]);
    });

    it('focus() focuses the input; there is one tab stop before the resend button', async () => {
      const wrapper = await mount<HTMLDivElement>(html`<div><button>before</button><dvc-otp-input resend-at="0"></dvc-otp-input></div>`);
      const el = wrapper.querySelector('dvc-otp-input')!;
      await el.updateComplete;
      el.focus();
      expect(document.activeElement).to.equal(inputOf(el));
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(inputOf(el));
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[part="resend-button"]'));
    });
  });

  describe('typing', () => {
    it('takes digits typed on the keyboard and mirrors them in the boxes with the caret after them', async () => {
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input></dvc-otp-input>`);
      el.focus();
      await sendKeys({ type: '123' });
      expect(el.value).to.equal('123');
      await el.updateComplete;
      const drawn = boxes(el);
      expect(drawn.chars).to.deep.equal(['1', '2', '3', '', '', '']);
      expect(drawn.active).to.equal(3);
      expect(drawn.caret).to.equal(3);
    });

    it('ignores letters, spaces and punctuation typed into a numeric code', async () => {
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input></dvc-otp-input>`);
      el.focus();
      await sendKeys({ type: '1a 2-b3.' });
      expect(el.value).to.equal('123');
      expect(inputOf(el).value).to.equal('123');
      expect(inputOf(el).selectionStart).to.equal(3);
    });

    it('stops at the length, like a field with a maximum length', async () => {
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input length="4"></dvc-otp-input>`);
      el.focus();
      await sendKeys({ type: '123456' });
      expect(el.value).to.equal('1234');
      await el.updateComplete;
      expect(boxes(el).active).to.equal(3);
    });

    it('does nothing when disabled or readonly', async () => {
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input readonly value="12"></dvc-otp-input>`);
      el.focus();
      await sendKeys({ type: '34' });
      paste(el, '999999');
      expect(el.value).to.equal('12');
      inputOf(el).blur();
      el.readonly = false;
      el.disabled = true;
      await el.updateComplete;
      expect(inputOf(el).disabled).to.equal(true);
      el.focus();
      expect(document.activeElement).to.not.equal(inputOf(el));
    });
  });

  describe('keyboard editing', () => {
    async function filled(value = '123456') {
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input></dvc-otp-input>`);
      el.focus();
      await sendKeys({ type: value });
      await el.updateComplete;
      return el;
    }

    it('deletes backwards with Backspace and forwards with Delete', async () => {
      const el = await filled();
      await sendKeys({ press: 'Backspace' });
      expect(el.value).to.equal('12345');
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'Delete' });
      expect(el.value).to.equal('2345');
      expect(inputOf(el).selectionStart).to.equal(0);
    });

    it('moves the caret with the arrow keys and edits in the middle', async () => {
      const el = await filled('12345');
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(boxes(el).caret).to.equal(3);
      await sendKeys({ press: 'Backspace' });
      expect(el.value).to.equal('1245');
      await el.updateComplete;
      expect(boxes(el).caret).to.equal(2);
      await sendKeys({ type: '3' });
      expect(el.value).to.equal('12345');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(inputOf(el).selectionStart).to.equal(4);
      expect(boxes(el).caret).to.equal(4);
    });

    it('goes to the start with Home and to the end with End', async () => {
      const el = await filled('2345');
      await sendKeys({ press: 'Home' });
      await sendKeys({ type: '1' });
      expect(el.value).to.equal('12345');
      await sendKeys({ press: 'End' });
      await sendKeys({ type: '6' });
      expect(el.value).to.equal('123456');
      await el.updateComplete;
      expect(boxes(el).active).to.equal(5);
    });

    it('does not insert into a full code unless something is selected', async () => {
      const el = await filled('123456');
      await sendKeys({ press: 'Home' });
      await sendKeys({ type: '9' });
      expect(el.value).to.equal('123456');
    });

    it('shows a selection made with Shift+arrows and overtypes it', async () => {
      const el = await filled('123456');
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ up: 'Shift' });
      await el.updateComplete;
      expect(boxes(el).selected).to.deep.equal([1, 2]);
      expect(boxes(el).caret).to.equal(-1);
      await sendKeys({ type: '9' });
      expect(el.value).to.equal('19456');
      await el.updateComplete;
      expect(boxes(el).selected).to.deep.equal([]);
      expect(boxes(el).caret).to.equal(2);
    });

    it('selects all with Ctrl+A and replaces the code by typing', async () => {
      const el = await filled('123456');
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'a' });
      await sendKeys({ up: 'Control' });
      await el.updateComplete;
      expect(boxes(el).selected).to.deep.equal([0, 1, 2, 3, 4, 5]);
      await sendKeys({ type: '7' });
      expect(el.value).to.equal('7');
    });

    it('places the caret at the clicked box', async () => {
      const el = await filled('1234');
      const box = boxes(el).all[1].getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.left + 3), Math.round(box.top + box.height / 2)] });
      await resetMouse();
      expect(inputOf(el).selectionStart).to.equal(1);
      expect(inputOf(el).selectionEnd).to.equal(1);
      await sendKeys({ press: 'Backspace' });
      expect(el.value).to.equal('234');
    });
  });

  describe('paste and autofill', () => {
    async function pasted(text: string, options: { value?: string; caret?: [number, number]; length?: number } = {}) {
      const el = await fixture<DvcOtpInput>(
        html`<dvc-otp-input length=${options.length ?? 6} value=${options.value ?? ''}></dvc-otp-input>`,
      );
      el.focus();
      const [start, end] = options.caret ?? [el.value.length, el.value.length];
      inputOf(el).setSelectionRange(start, end);
      const event = paste(el, text);
      expect(event.defaultPrevented).to.equal(true);
      await el.updateComplete;
      return el;
    }

    const cases: [string, string, string][] = [
      ['digits split by spaces', '123 456', '123456'],
      ['digits split by hyphens', '123-456', '123456'],
      ['digits split by dots', '12.34.56', '123456'],
      ['digits split by an en dash and a minus sign', '123\u2013456', '123456'],
      ['invisible characters', '\u200b1\u200b2\u200b3\u200c4\u200d5\ufeff6', '123456'],
      ['surrounding spaces and a newline', '  123456\n', '123456'],
      ['the code inside a Vietnamese SMS', 'Mã OTP của bạn là 123456', '123456'],
      ['the code among other numbers', 'Mã OTP 654321, hiệu lực 5 phút', '654321'],
      ['full-width digits', '１２３４５６', '123456'],
      ['Arabic-Indic digits', '١٢٣٤٥٦', '123456'],
      ['Extended Arabic-Indic digits', '۱۲۳۴۵۶', '123456'],
      ['a code that is too long', '1234567890', '123456'],
    ];
    for (const [what, text, expected] of cases) {
      it(`takes ${what}`, async () => {
        const el = await pasted(text);
        expect(el.value).to.equal(expected);
        expect(inputOf(el).value).to.equal(expected);
        expect(inputOf(el).selectionStart).to.equal(expected.length);
        expect(boxes(el).chars.join('')).to.equal(expected);
      });
    }

    it('inserts a partial code at the caret', async () => {
      const el = await pasted('34', { value: '1256', caret: [2, 2] });
      expect(el.value).to.equal('123456');
      expect(inputOf(el).selectionStart).to.equal(4);
    });

    it('continues a partial code from the caret at the end', async () => {
      const el = await pasted('3 4', { value: '12' });
      expect(el.value).to.equal('1234');
      expect(inputOf(el).selectionStart).to.equal(4);
    });

    it('drops what does not fit after the caret', async () => {
      const el = await pasted('5678', { value: '1234' });
      expect(el.value).to.equal('123456');
    });

    it('replaces the selection', async () => {
      const el = await pasted('99', { value: '123456', caret: [2, 4] });
      expect(el.value).to.equal('129956');
      expect(inputOf(el).selectionStart).to.equal(4);
    });

    it('replaces a partial value with a whole pasted code, wherever the caret is', async () => {
      const el = await pasted('987654', { value: '12', caret: [1, 1] });
      expect(el.value).to.equal('987654');
    });

    it('keeps the value when the clipboard holds no code', async () => {
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input value="12"></dvc-otp-input>`);
      const changes = record(el, 'dvc-otp-change');
      el.focus();
      paste(el, 'xin chào');
      expect(el.value).to.equal('12');
      expect(changes).to.deep.equal([]);
    });

    it('takes a pasted alphanumeric code, upper-cased', async () => {
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input alphanumeric></dvc-otp-input>`);
      el.focus();
      paste(el, 'Your code is ab12cd.');
      expect(el.value).to.equal('AB12CD');
    });

    it('cleans up a value the browser autofilled (input event without beforeinput)', async () => {
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input></dvc-otp-input>`);
      const changes = record<Change>(el, 'dvc-otp-change');
      const input = inputOf(el);
      input.value = '１２３-４５６';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }));
      expect(el.value).to.equal('123456');
      expect(input.value).to.equal('123456');
      expect(changes).to.deep.equal([{ value: '123456', complete: true }]);
    });

    it('takes the code WebOTP delivers, and stops listening once the user types', async () => {
      const original = Object.getOwnPropertyDescriptor(navigator.credentials, 'get');
      const hadCredential = 'OTPCredential' in window;
      const signals: AbortSignal[] = [];
      let deliver: (code: string) => void = () => {};
      Object.defineProperty(window, 'OTPCredential', { value: class {}, configurable: true });
      Object.defineProperty(navigator.credentials, 'get', {
        configurable: true,
        value: (options: CredentialRequestOptions & { otp?: { transport: string[] } }) => {
          expect(options.otp).to.deep.equal({ transport: ['sms'] });
          signals.push(options.signal!);
          return new Promise((resolve) => {
            deliver = (code) => resolve({ code, type: 'otp', id: '' });
          });
        },
      });
      try {
        const el = await fixture<DvcOtpInput>(html`<dvc-otp-input></dvc-otp-input>`);
        expect(signals).to.have.length(1);
        const complete = oneEvent(el, 'dvc-otp-complete');
        deliver('654321');
        expect((await complete).detail).to.deep.equal({ value: '654321' });
        expect(el.value).to.equal('654321');

        const second = await fixture<DvcOtpInput>(html`<dvc-otp-input></dvc-otp-input>`);
        expect(signals).to.have.length(2);
        second.focus();
        await sendKeys({ type: '1' });
        expect(signals[1].aborted).to.equal(true);

        const third = await fixture<DvcOtpInput>(html`<dvc-otp-input></dvc-otp-input>`);
        third.remove();
        expect(signals[2].aborted).to.equal(true);
      } finally {
        if (original) Object.defineProperty(navigator.credentials, 'get', original);
        else delete (navigator.credentials as unknown as Record<string, unknown>).get;
        if (!hadCredential) delete (window as unknown as Record<string, unknown>).OTPCredential;
      }
    });
  });

  describe('events', () => {
    it('fires dvc-otp-change with the value and completeness on each user change', async () => {
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input length="4"></dvc-otp-input>`);
      const changes = record<Change>(el, 'dvc-otp-change');
      el.focus();
      await sendKeys({ type: '12x34' });
      await sendKeys({ press: 'Backspace' });
      expect(changes).to.deep.equal([
        { value: '1', complete: false },
        { value: '12', complete: false },
        { value: '123', complete: false },
        { value: '1234', complete: true },
        { value: '123', complete: false },
      ]);
    });

    it('bubbles out of shadow roots', async () => {
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input></dvc-otp-input>`);
      el.focus();
      const event = oneEvent(el, 'dvc-otp-change');
      await sendKeys({ type: '1' });
      const fired = await event;
      expect(fired.bubbles).to.equal(true);
      expect(fired.composed).to.equal(true);
    });

    it('fires dvc-otp-complete once per completion, again only after a change', async () => {
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input length="4"></dvc-otp-input>`);
      const completes = record(el, 'dvc-otp-complete');
      el.focus();
      await sendKeys({ type: '1234' });
      expect(completes).to.deep.equal([{ value: '1234' }]);
      await sendKeys({ type: '5' });
      inputOf(el).select();
      paste(el, '1234');
      expect(completes).to.have.length(1);
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: '4' });
      expect(completes).to.deep.equal([{ value: '1234' }, { value: '1234' }]);
      inputOf(el).select();
      paste(el, '5678');
      expect(completes).to.deep.equal([{ value: '1234' }, { value: '1234' }, { value: '5678' }]);
    });

    it('fires no change or complete event when the value is set by the page', async () => {
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input></dvc-otp-input>`);
      const changes = record(el, 'dvc-otp-change');
      const completes = record(el, 'dvc-otp-complete');
      el.value = '123456';
      await el.updateComplete;
      el.value = '12';
      await el.updateComplete;
      expect(changes).to.deep.equal([]);
      expect(completes).to.deep.equal([]);
      expect(boxes(el).chars).to.deep.equal(['1', '2', '', '', '', '']);
      expect(inputOf(el).value).to.equal('12');
    });

    it('normalises a value set by the page', async () => {
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input value="１２３ ４５６ ７"></dvc-otp-input>`);
      expect(el.value).to.equal('123456');
      el.value = '98-76';
      expect(el.value).to.equal('9876');
      expect(el.complete).to.equal(false);
    });
  });

  describe('attributes', () => {
    it('takes a length from 4 to 8 and keeps the last good one otherwise', async () => {
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input length="8"></dvc-otp-input>`);
      expect(el.length).to.equal(8);
      expect(boxes(el).all).to.have.length(8);
      const errors = record<{ code: string; field?: string }>(el, 'dvc-error');
      const warn = console.warn;
      const warnings: unknown[][] = [];
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        el.setAttribute('length', '3');
        el.setAttribute('length', 'six');
        el.length = 9;
      } finally {
        console.warn = warn;
      }
      await el.updateComplete;
      expect(el.length).to.equal(8);
      expect(boxes(el).all).to.have.length(8);
      expect(errors.map((error) => [error.code, error.field])).to.deep.equal([
        ['invalid-attribute', 'length'],
        ['invalid-attribute', 'length'],
        ['invalid-attribute', 'length'],
      ]);
      expect(warnings).to.have.length(3);
      expect(String(warnings[0][0])).to.contain('dvc-otp-input').and.contain('length');
      el.removeAttribute('length');
      expect(el.length).to.equal(6);
    });

    it('cuts the value when the length shrinks', async () => {
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input length="8" value="12345678"></dvc-otp-input>`);
      el.length = 4;
      await el.updateComplete;
      expect(el.value).to.equal('1234');
      expect(inputOf(el).value).to.equal('1234');
    });

    it('reads times as ISO 8601 or epoch milliseconds and reports other text', async () => {
      const inFiveMinutes = Date.now() + 5 * 60_000 - 500;
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input expires-at=${String(inFiveMinutes)}></dvc-otp-input>`);
      expect(part(el, 'countdown').textContent).to.equal('Mã hết hạn sau 5:00.');
      el.setAttribute('expires-at', new Date(Date.now() + 2 * 60_000 - 500).toISOString());
      await el.updateComplete;
      expect(part(el, 'countdown').textContent).to.equal('Mã hết hạn sau 2:00.');
      const errors = record<{ field?: string }>(el, 'dvc-error');
      const warn = console.warn;
      console.warn = () => {};
      try {
        el.setAttribute('expires-at', 'ngày mai');
        await el.updateComplete;
      } finally {
        console.warn = warn;
      }
      expect(errors.map((error) => error.field)).to.deep.equal(['expires-at']);
      expect(part(el, 'countdown').textContent).to.match(/^Mã hết hạn sau [12]:\d\d\.$/);
    });

    it('shows the label and hint it is given', async () => {
      const el = await fixture<DvcOtpInput>(html`<dvc-otp-input label="Mã xác nhận" hint="Xem tin nhắn SMS." length="4"></dvc-otp-input>`);
      expect(part(el, 'label').textContent).to.equal('Mã xác nhận');
      expect(part(el, 'hint').textContent).to.equal('Xem tin nhắn SMS. Mã gồm 4 chữ số.');
    });
  });

  describe('auto-submit', () => {
    it('submits the enclosing form once when the code is completed, and shows it is checking', async () => {
      const form = await mount<HTMLFormElement>(html`<form><dvc-otp-input name="otp" length="4" auto-submit></dvc-otp-input></form>`);
      const el = form.querySelector('dvc-otp-input')!;
      const submitted: (string | null)[] = [];
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted.push(new FormData(form).get('otp') as string | null);
      });
      el.focus();
      await sendKeys({ type: '1234' });
      expect(submitted).to.deep.equal(['1234']);
      await el.updateComplete;
      expect(el.busy).to.equal(true);
      expect(el.hasAttribute('busy')).to.equal(true);
      expect(inputOf(el).readOnly).to.equal(true);
      expect(inputOf(el).getAttribute('aria-busy')).to.equal('true');
      expect(el.shadowRoot!.querySelector('[part="busy"]')!.textContent!.trim()).to.equal('Đang kiểm tra mã…');
      await sendKeys({ type: '5' });
      await sendKeys({ press: 'Enter' });
      expect(submitted).to.have.length(1);
      el.error = 'Mã không đúng.';
      await el.updateComplete;
      expect(el.busy).to.equal(false);
      expect(inputOf(el).readOnly).to.equal(false);
      expect(submitted).to.have.length(1);
    });

    it('ends the busy state at once when the submit handler answers synchronously', async () => {
      const form = await mount<HTMLFormElement>(html`<form><dvc-otp-input length="4" auto-submit></dvc-otp-input></form>`);
      const el = form.querySelector('dvc-otp-input')!;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        el.error = 'Mã không đúng.';
      });
      el.focus();
      await sendKeys({ type: '1234' });
      await el.updateComplete;
      expect(el.busy).to.equal(false);
    });

    it('submits nothing by itself without auto-submit', async () => {
      const form = await mount<HTMLFormElement>(html`<form><dvc-otp-input length="4"></dvc-otp-input></form>`);
      const el = form.querySelector('dvc-otp-input')!;
      let submits = 0;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submits++;
      });
      el.focus();
      await sendKeys({ type: '1234' });
      await aTimeout(50);
      expect(submits).to.equal(0);
      expect(el.busy).to.equal(false);
      await sendKeys({ press: 'Enter' });
      expect(submits).to.equal(1);
    });
  });
});
