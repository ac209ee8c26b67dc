/** The dossier form's questions: sign-in, prefill, validation, household rows, check answers, locale. */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import type { DvcDossierForm } from '../../../src/elements/dvc-dossier-form/dvc-dossier-form.js';
import { sendKeys } from '@web/test-runner-commands';
import { createSession } from '../../../src/core/session.js';
import { setLocale } from '../../../src/i18n/locale.js';
import { account, button, field, fillResidence, mount, profile, record, signedIn, status, text, toReview, type } from './helpers.js';

describe('<dvc-dossier-form>: the form', function () {
  this.timeout(30_000);
  afterEach(() => setLocale('vi'));

  it('asks someone not signed in to sign in, with no form', async () => {
    const el = mount(createSession());
    await el.updateComplete;
    expect(el.querySelector('form')).to.equal(null);
    expect(text(el)).to.contain('Đăng ký tạm trú');
    expect(text(el)).to.contain('Bạn cần đăng nhập');
    expect(el.querySelector('a')!.getAttribute('href')).to.equal('/dang-nhap');
    await expect(el).to.be.accessible();
  });

  it('says when a procedure has no online form, and tells the page', async () => {
    const el = mount(signedIn(), { procedure: '1.000358' });
    const errors = record<{ code: string; field?: string }>(el, 'dvc-error');
    await el.updateComplete;
    expect(text(el)).to.contain('Thủ tục 1.000358 chưa có biểu mẫu nộp hồ sơ trực tuyến.');
    expect(errors).to.deep.equal([
      { code: 'not-found', message: 'Thủ tục 1.000358 chưa có biểu mẫu nộp hồ sơ trực tuyến.', field: 'procedure' },
    ]);
  });

  it('prefills the applicant from the consented profile into light-DOM inputs autofill reaches, never over what was typed', async () => {
    const session = createSession({ account });
    const el = mount(session);
    await el.updateComplete;
    expect(field(el, 'fullName').value).to.equal('');
    type(field(el, 'phone'), '0987654321');
    // Consent given after the form is open: empty fields fill, the typed phone stays.
    session.setVerifiedProfile(profile);
    session.setProfileConsent(true);
    await el.updateComplete;
    expect(['fullName', 'birthDate', 'idNumber', 'phone', 'email'].map((name) => field(el, name).value)).to.deep.equal([
      profile.fullName,
      profile.birthDate,
      profile.idNumber,
      '0987654321',
      profile.email,
    ]);
    expect(['fullName', 'birthDate', 'phone', 'email'].map((name) => field(el, name).autocomplete)).to.deep.equal([
      'name',
      'bday',
      'tel',
      'email',
    ]);
    expect(field(el, 'phone').type).to.equal('tel');
    // The residence address is not the citizen's own address: the picker stays empty.
    const picker = el.querySelector('dvc-address-picker')!;
    // The picker's code loads once a form with an address field is shown.
    await customElements.whenDefined('dvc-address-picker');
    await picker.updateComplete;
    expect(picker.value).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('forgets the answers when the citizen signs out', async () => {
    const session = signedIn();
    const el = mount(session);
    await el.updateComplete;
    type(field(el, 'ownerName'), 'Lê Thị Hoa');
    session.signOut();
    await el.updateComplete;
    expect(el.querySelector('form')).to.equal(null);
    session.signIn(account);
    await el.updateComplete;
    expect(field(el, 'ownerName').value).to.equal('');
    expect(field(el, 'fullName').value).to.equal('');
  });

  it('lists what to fix in screen order, inline too, and keeps what was typed', async () => {
    const el = mount(signedIn());
    await el.updateComplete;
    type(field(el, 'idNumber'), '12345');
    type(field(el, 'from'), '01/12/2026');
    type(field(el, 'to'), '01/01/2029');
    button(el, 'Tiếp tục')!.click();
    const summary = el.querySelector('dvc-error-summary')!;
    await waitUntil(() => summary.errors.length > 0, 'summary filled', { timeout: 5000 });
    expect(summary.errors.map((error) => error.label)).to.deep.equal([
      'Số định danh cá nhân/CMND',
      'Địa chỉ nơi tạm trú',
      'Căn cứ sử dụng chỗ ở hợp pháp',
      'Đến ngày',
      'Giấy tờ, tài liệu chứng minh việc sử dụng chỗ ở hợp pháp',
    ]);
    expect(summary.errors[3].message).to.equal('Thời hạn không được quá 24 tháng kể từ ngày bắt đầu.');
    expect(summary.errors[4].message).to.equal('Vui lòng đính kèm giấy tờ này.');
    expect(field(el, 'to').getAttribute('aria-invalid')).to.equal('true');
    expect(el.querySelector(`#${field(el, 'to').getAttribute('aria-describedby')!.split(' ').pop()}`)!.textContent).to.contain('24 tháng');
    expect(field(el, 'idNumber').value).to.equal('12345');
    // The summary's link moves focus to the field.
    summary.shadowRoot!.querySelectorAll('a')[3].click();
    expect(document.activeElement).to.equal(field(el, 'to'));
    await expect(el).to.be.accessible();
  });

  it('adds and removes household members by keyboard, moving focus and announcing each change', async () => {
    const el = mount(signedIn());
    await el.updateComplete;
    const add = () => button(el, 'Thêm thành viên')!;
    add().focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(document.activeElement).to.equal(field(el, 'members[0][fullName]'));
    expect(status(el)).to.equal('Đã thêm thành viên 1.');
    await sendKeys({ type: 'Trần Thị Lan' });
    add().focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(document.activeElement).to.equal(field(el, 'members[1][fullName]'));
    expect([...el.querySelectorAll('fieldset.row legend')].map(text)).to.deep.equal(['Thành viên 1', 'Thành viên 2']);
    await expect(el).to.be.accessible();

    button(el, 'Xoá thành viên 1')!.click();
    await el.updateComplete;
    expect(document.activeElement).to.equal(add());
    expect(status(el)).to.equal('Đã xoá thành viên 1. Còn 1 người.');
    expect(field(el, 'members[0][fullName]').value).to.equal('');

    // A row left half-filled is named in the summary by its number.
    type(field(el, 'members[0][fullName]'), 'Trần Văn Nam');
    button(el, 'Tiếp tục')!.click();
    const summary = el.querySelector('dvc-error-summary')!;
    await waitUntil(() => summary.errors.length > 0, 'summary filled', { timeout: 5000 });
    expect(summary.errors.map((error) => error.label)).to.include.members([
      'Thành viên 1: Ngày, tháng, năm sinh',
      'Thành viên 1: Quan hệ với người khai báo',
    ]);
  });

  it('checks answers with a change link back to each field, and returns to the check with the change', async () => {
    const el = mount(signedIn());
    await el.updateComplete;
    await fillResidence(el);
    await toReview(el);
    expect(document.activeElement?.id).to.match(/-review$/);
    const review = text(el);
    expect(review).to.contain('25 Hàng Bài');
    expect(review).to.contain('Thuê chỗ ở');
    expect(review).to.contain('hop-dong-thue-nha.pdf');
    expect(review).to.contain('Lệ phí đăng ký tạm trú (nộp hồ sơ trực tuyến): 7.000');
    // Each "change" button is one line of text, not the template's line breaks.
    for (const change of el.querySelectorAll('.review-row button')) expect(change.getBoundingClientRect().height).to.be.below(45);
    await expect(el).to.be.accessible();

    button(el, 'Thay đổi Đến ngày')!.click();
    await el.updateComplete;
    expect(document.activeElement).to.equal(field(el, 'to'));
    expect(field(el, 'to').value).to.equal('30/11/2027');
    type(field(el, 'to'), '31/05/2027');
    await toReview(el);
    expect(text(el)).to.contain('31/05/2027');
    // The address came back to its picker through the round trip.
    button(el, 'Thay đổi Địa chỉ nơi tạm trú')!.click();
    await el.updateComplete;
    expect(el.querySelector('dvc-address-picker')!.address).to.deep.include({
      houseNumber: '25',
      street: 'Hàng Bài',
      communeCode: '00070',
    });
  });

  it('keeps its form when given an invalid description, and says so', async () => {
    const el = mount(signedIn());
    await el.updateComplete;
    const errors = record<{ code: string; field?: string }>(el, 'dvc-error');
    el.formDescription = { procedureCode: '1.004194', sections: [] } as unknown as DvcDossierForm['formDescription'];
    // The description's check loads on demand.
    await waitUntil(() => errors.length > 0, 'description judged', { timeout: 5000 });
    expect(errors.map((error) => [error.code, error.field])).to.deep.equal([['invalid-attribute', 'formDescription']]);
    expect(text(el)).to.contain('Đăng ký tạm trú');
  });

  it('fits 320 px with its check-answers step', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(html`<div style="inline-size: 320px"></div>`);
    const el = mount(signedIn());
    wrapper.append(el);
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    // Each section's title, two lines here for some, is inside its frame, not across its edge.
    const sections = [...el.querySelectorAll<HTMLFieldSetElement>('fieldset.section')];
    expect(sections.some((section) => section.querySelector('legend')!.getBoundingClientRect().height > 40)).to.equal(true);
    for (const section of sections) {
      const frame = section.getBoundingClientRect();
      const legend = section.querySelector('legend')!.getBoundingClientRect();
      expect(legend.top, section.querySelector('legend')!.textContent!).to.be.at.least(frame.top + 1);
      expect(legend.right).to.be.at.most(frame.right - 1);
    }
    await fillResidence(el);
    await toReview(el);
    expect(el.scrollWidth).to.be.at.most(320);
  });

  it('follows the page language: labels from the description, its own words, and messages', async () => {
    setLocale('en');
    const el = mount(createSession({ account, profile, profileConsent: true, locale: 'en' }));
    await waitUntil(() => text(el).includes('Temporary residence registration'), 'English shown', { timeout: 3000 });
    expect(el.querySelector('label[for$="-birthDate"]')!.textContent).to.contain('Date of birth');
    expect(button(el, 'Add member')).to.not.equal(undefined);
    // Each document's file picker, in the page language: several files or one, as the document takes.
    const picker = (documentId: string) => text(el.querySelector(`input[id$="-documents-${documentId}"]`)!.parentElement!);
    expect(picker('residenceProof')).to.equal('Choose files No file chosen.');
    expect(picker('guardianConsent')).to.equal('Choose a file No file chosen.');
    button(el, 'Continue')!.click();
    const summary = el.querySelector('dvc-error-summary')!;
    await waitUntil(() => summary.errors.length > 0, 'summary filled', { timeout: 5000 });
    expect(summary.errors[0]).to.deep.include({ label: 'Temporary residence address' });
    expect(text(el)).to.contain('Please attach this document.');
    await expect(el).to.be.accessible();
    setLocale('vi');
    await waitUntil(() => text(el).includes('Đăng ký tạm trú'), 'Vietnamese again', { timeout: 3000 });
  });
});
