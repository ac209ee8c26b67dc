/** The file picker of the light-DOM forms, seen through the feedback form: words, focus, names. */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/dvc-feedback-form/define.js';
import type { DvcFeedbackForm } from '../../../src/elements/dvc-feedback-form/dvc-feedback-form.js';
import { DEMO_FIXTURES } from '../../../src/core/backend/demo/fixtures.js';
import { createSession } from '../../../src/core/session.js';
import { setLocale } from '../../../src/i18n/locale.js';

const PDF = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< >>\nendobj\n');
const account = { id: DEMO_FIXTURES.existingAccount.accountId, subject: 'citizen', method: 'phone', displayName: 'Trần Văn Minh' } as const;
const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();

function mount(): DvcFeedbackForm {
  const session = createSession({ account, profile: { fullName: 'Trần Văn Minh' }, profileConsent: true });
  return fixtureSync<DvcFeedbackForm>(
    html`<dvc-feedback-form backend-url="/api/sandbox/file-picker" .store=${session}></dvc-feedback-form>`,
  );
}
const picker = (el: Element) => el.querySelector<HTMLElement>('.file-picker')!;
const input = (el: Element) => el.querySelector<HTMLInputElement>('input[type="file"]')!;
const button = (el: Element) => picker(el).querySelector<HTMLLabelElement>('label.button')!;
function choose(el: Element, files: File[]) {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input(el).files = transfer.files;
  input(el).dispatchEvent(new Event('change', { bubbles: true }));
}
const pdf = (name: string) => new File([PDF], name, { type: 'application/pdf' });

describe('the file picker', () => {
  afterEach(() => setLocale('vi'));

  it('is a button in the page language, naming the field and saying what is chosen', async () => {
    const el = mount();
    await el.updateComplete;
    expect(text(picker(el))).to.equal('Chọn tệp Chưa chọn tệp nào.');
    // The native control, whose words are the browser's, takes no room on the screen.
    const box = input(el).getBoundingClientRect();
    expect(box.width * box.height).to.be.at.most(1);
    expect(button(el).getBoundingClientRect().height).to.be.at.least(44);
    // Drawn as the form's other buttons are.
    const send = el.querySelector<HTMLButtonElement>('button.primary')!;
    expect(getComputedStyle(button(el)).fontWeight).to.equal(getComputedStyle(send).fontWeight);
    expect(getComputedStyle(button(el)).borderTopColor).to.equal(getComputedStyle(send).borderTopColor);

    const node = (await a11ySnapshot({ selector: `#${input(el).id}` })) as unknown as { role: string; name: string; description?: string };
    expect(node.name).to.equal('Tệp đính kèm');
    expect(
      input(el)
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => text(document.getElementById(id)!)),
    ).to.deep.equal(['Không bắt buộc. Tối đa 5 tệp JPG, PDF, DOC, DOCX, XLS, XLSX.', 'Chưa chọn tệp nào.']);

    choose(el, [pdf('giay-hen.pdf'), pdf('bien-nhan.pdf')]);
    await waitUntil(() => el.querySelectorAll('.files li').length === 2, 'files listed', { timeout: 3000 });
    expect(text(picker(el))).to.equal('Chọn tệp Đã chọn 2 tệp.');
    expect(input(el).value, 'emptied for the next choice').to.equal('');
    await expect(el).to.be.accessible();
  });

  it('opens the browser’s file chooser when its button is clicked', async () => {
    const el = mount();
    await el.updateComplete;
    const clicks: Event[] = [];
    input(el).addEventListener('click', (event) => {
      clicks.push(event);
      event.preventDefault();
    });
    button(el).click();
    expect(clicks).to.have.length(1);
  });

  it('takes files dropped on it, rather than let the browser open them in place of the page', async () => {
    const el = mount();
    await el.updateComplete;
    const transfer = new DataTransfer();
    transfer.items.add(pdf('giay-hen.pdf'));
    transfer.items.add(pdf('bien-nhan.pdf'));
    const over = new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer });
    button(el).dispatchEvent(over);
    expect(over.defaultPrevented, 'a drop is accepted here').to.equal(true);
    const drop = new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer });
    button(el).dispatchEvent(drop);
    expect(drop.defaultPrevented, 'the browser does not open the files').to.equal(true);
    await waitUntil(() => el.querySelectorAll('.files li').length === 2, 'files listed', { timeout: 3000 });
    expect(text(picker(el))).to.equal('Chọn tệp Đã chọn 2 tệp.');

    // A refused file, then text dropped on the picker: the refusal stays, as do the files.
    choose(el, [new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' })]);
    await waitUntil(() => el.querySelector('.field.invalid'), 'refusal shown', { timeout: 3000 });
    const words = new DataTransfer();
    words.setData('text/plain', 'giay-hen.pdf');
    button(el).dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: words }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(el.querySelector('.field.invalid'), 'refusal kept').to.not.equal(null);
    expect(el.querySelectorAll('.files li')).to.have.length(2);
  });

  it('is reached with Tab, and its button shows the focus', async () => {
    const el = mount();
    await el.updateComplete;
    const before = el.querySelector('textarea')!;
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(input(el));
    const style = getComputedStyle(button(el));
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    before.focus();
    expect(getComputedStyle(button(el)).outlineStyle).to.equal('none');
  });

  it('speaks English on an English page', async () => {
    await setLocale('en');
    const el = mount();
    await el.updateComplete;
    expect(text(picker(el))).to.equal('Choose files No file chosen.');
    choose(el, [pdf('receipt.pdf')]);
    await waitUntil(() => el.querySelectorAll('.files li').length === 1, 'file listed', { timeout: 3000 });
    expect(text(picker(el))).to.equal('Choose files Files chosen: 1.');
    expect(text(el.querySelector('.files li button')!)).to.equal('Remove receipt.pdf');
  });
});
