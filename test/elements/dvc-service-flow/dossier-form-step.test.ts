/** The journey for a procedure with an online form: the confirm step is that form, and its dossier goes on to payment. */
import { expect, waitUntil } from '@open-wc/testing';
import { DEMO_FIXTURES } from '../../../src/core/backend/demo/fixtures.js';
import { createSession } from '../../../src/core/session.js';
import { $, atStep, button, deepActive, mountFlow, normalise, sandbox } from './helpers.js';

const { existingAccount } = DEMO_FIXTURES;
const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< >>\nendobj\n');

function set(form: Element, name: string, value: string) {
  const control = form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

describe('<dvc-service-flow> with an online form (1.004194)', function () {
  this.timeout(30_000);
  it('files the temporary residence form on the confirm step, then pays its lệ phí', async () => {
    const base = sandbox();
    const session = createSession({
      account: { id: existingAccount.accountId, subject: 'citizen', method: 'phone', displayName: existingAccount.fullName },
      profile: {
        fullName: existingAccount.fullName,
        birthDate: existingAccount.birthDate,
        idNumber: existingAccount.idNumber,
        phone: existingAccount.phone,
      },
      profileConsent: true,
    });
    const el = await mountFlow({ base, procedure: '1.004194', steps: 'confirm,pay,status', store: session });
    await atStep(el, 'confirm');
    await waitUntil(() => $(el, 'dvc-dossier-form form'), 'the online form shows', { timeout: 8000 });
    const form = $(el, 'dvc-dossier-form')!;
    expect(form.querySelector<HTMLInputElement>('[name="fullName"]')!.value).to.equal(existingAccount.fullName);
    expect($(el, 'form:not(dvc-dossier-form form)')).to.equal(null);

    form.querySelector('dvc-address-picker')!.value = { provinceCode: '01', communeCode: '00070', houseNumber: '25', street: 'Hàng Bài' };
    set(form, 'basis', 'owned');
    set(form, 'from', '01/12/2026');
    set(form, 'to', '30/11/2027');
    const file = form.querySelector<HTMLInputElement>('input[type="file"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([PDF], 'so-do.pdf', { type: 'application/pdf' }));
    file.files = transfer.files;
    file.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => form.querySelector('.files li'), 'file listed', { timeout: 3000 });
    const click = (label: string) =>
      [...form.querySelectorAll<HTMLButtonElement>('button')].find((b) => normalise(b.textContent) === label)!.click();
    click('Tiếp tục');
    await waitUntil(() => form.querySelector('[id$="-review"]'), 'check answers', { timeout: 3000 });
    click('Nộp hồ sơ');
    await waitUntil(() => $(el, '.created'), 'the dossier is filed', { timeout: 8000 });
    await el.updateComplete;
    const code = session.getState().dossier!.code;
    expect(normalise($(el, '.created h3')!.textContent)).to.contain(code);
    expect(normalise($(el, 'tfoot')!.textContent)).to.equal('Tổng cộng 7.000 ₫');
    await waitUntil(() => deepActive() === $(el, '.created h3'), 'focus on the filed dossier', { timeout: 3000 });
    await expect(el).to.be.accessible();

    button(el, 'Tiếp tục').click();
    await atStep(el, 'pay');
    expect($(el, 'dvc-payment-selector')!.getAttribute('dossier-code')).to.equal(code);
  });
});
