import { expect } from '@open-wc/testing';
import {
  checkAnswers,
  DOSSIER_FORMS,
  dossierFormFor,
  dossierFormSchema,
  documentRequired,
  TEMPORARY_ABSENCE_FORM,
  TEMPORARY_RESIDENCE_FORM,
  type DossierAnswers,
} from '../../../src/core/dossier-forms/index.js';
import { z } from '../../../src/core/schemas/zod.js';

const today = new Date(2026, 10, 27);
const applicant = { fullName: 'Nguyễn Văn An', birthDate: '15/03/1990', idNumber: '001090012345', phone: '0912345678', email: '' };
const address = { provinceCode: '01', communeCode: '00070', houseNumber: '12', street: 'Lý Thường Kiệt' };
const residence = (extra: DossierAnswers = {}): DossierAnswers => ({
  ...applicant,
  address,
  basis: 'rented',
  ownerName: 'Trần Thị Bình',
  from: '01/12/2026',
  to: '30/11/2027',
  members: [],
  ...extra,
});
const check = (answers: DossierAnswers, documents: Record<string, ('pdf' | 'jpg' | 'png' | null)[]> = { residenceProof: ['pdf'] }) =>
  checkAnswers(TEMPORARY_RESIDENCE_FORM, answers, documents, { today });

describe('dossier forms', () => {
  it('describes both residence procedures with the schema, looked up by code and by provincial copy', () => {
    for (const form of DOSSIER_FORMS.values()) expect(z.safeParse(dossierFormSchema, form).success, form.procedureCode).to.equal(true);
    expect(dossierFormFor('1.004194')?.name.vi).to.equal('Đăng ký tạm trú');
    expect(dossierFormFor('1.003677.H19')?.name.vi).to.equal('Khai báo tạm vắng');
    expect(dossierFormFor('1.000358')).to.equal(undefined);
    expect(TEMPORARY_RESIDENCE_FORM.fees.map((line) => [line.type, line.amount])).to.deep.equal([['le-phi', 7000]]);
  });

  it('refuses a description with a repeated field id or without the applicant fields', () => {
    const [applicantSection, ...rest] = TEMPORARY_RESIDENCE_FORM.sections;
    const repeated = { ...TEMPORARY_RESIDENCE_FORM, sections: [applicantSection, applicantSection, ...rest] };
    expect(z.safeParse(dossierFormSchema, repeated).success).to.equal(false);
    expect(z.safeParse(dossierFormSchema, { ...TEMPORARY_RESIDENCE_FORM, sections: rest }).success).to.equal(false);
    const badOption = structuredClone(TEMPORARY_RESIDENCE_FORM) as unknown as { sections: { fields: { options?: unknown[] }[] }[] };
    badOption.sections[1].fields[1].options = [];
    expect(z.safeParse(dossierFormSchema, badOption).success).to.equal(false);
  });

  it('accepts a complete temporary residence dossier', () => {
    expect(check(residence())).to.deep.equal({});
  });

  it('names each missing required field and document', () => {
    expect(check({}, {})).to.deep.equal({
      fullName: 'required',
      birthDate: 'required',
      idNumber: 'required',
      phone: 'required',
      address: 'required',
      basis: 'required',
      from: 'required',
      to: 'required',
      'documents.residenceProof': 'document.required',
    });
  });

  it('checks identifiers, dates and options with the parsers codes', () => {
    const errors = check(residence({ idNumber: '12345', phone: '0212345678', birthDate: '31/04/1990', basis: 'stolen', email: 'an@' }));
    expect(errors).to.deep.equal({
      idNumber: 'id-number.length',
      phone: 'phone.landline',
      birthDate: 'date.calendar',
      basis: 'option.invalid',
      email: errors.email,
    });
    expect(errors.email).to.match(/^email\./);
    expect(check(residence({ birthDate: '01/01/2027' }))).to.deep.equal({ birthDate: 'date.future' });
  });

  it('wants the period to end after it starts and within the two years the law allows', () => {
    expect(check(residence({ to: '01/12/2026' }))).to.deep.equal({ to: 'period.order' });
    expect(check(residence({ to: '30/11/2026' }))).to.deep.equal({ to: 'period.order' });
    expect(check(residence({ to: '01/12/2028' }))).to.deep.equal({});
    expect(check(residence({ to: '02/12/2028' }))).to.deep.equal({ to: 'period.too-long' });
    // A month-end start: two years from 29/02/2028 runs to 28/02/2030.
    expect(check(residence({ from: '29/02/2028', to: '28/02/2030' }))).to.deep.equal({});
    expect(check(residence({ from: '29/02/2028', to: '01/03/2030' }))).to.deep.equal({ to: 'period.too-long' });
  });

  it('says an address missing its commune or street is incomplete', () => {
    expect(check(residence({ address: { ...address, communeCode: '' } }))).to.deep.equal({ address: 'address.incomplete' });
    expect(check(residence({ address: { ...address, houseNumber: '', street: ' ' } }))).to.deep.equal({ address: 'address.incomplete' });
    expect(check(residence({ address: 'Hà Nội' }))).to.deep.equal({ address: 'answer.invalid' });
  });

  it('checks each household member by row, and the group size', () => {
    const member = { fullName: 'Nguyễn Thị Chi', birthDate: '02/05/2015', idNumber: '001315012345', relationship: 'child' };
    expect(check(residence({ members: [member] }))).to.deep.equal({});
    expect(check(residence({ members: [member, { ...member, idNumber: '', relationship: 'cousin', extra: 'x' }] }))).to.deep.equal({
      'members.1.idNumber': 'required',
      'members.1.relationship': 'option.invalid',
      'members.1.extra': 'answer.unknown',
    });
    expect(check(residence({ members: Array.from({ length: 11 }, () => member) }))).to.deep.equal({ members: 'group.max' });
  });

  it('refuses unknown answers and documents, a second file for a single document and a kind the document does not take', () => {
    expect(check(residence({ nickname: 'An' }))).to.deep.equal({ nickname: 'answer.unknown' });
    expect(check(residence(), { residenceProof: ['pdf'], passport: ['pdf'] })).to.deep.equal({ 'documents.passport': 'document.unknown' });
    expect(check(residence(), { residenceProof: ['pdf'], guardianConsent: ['pdf', 'jpg'] })).to.deep.equal({
      'documents.guardianConsent': 'document.single',
    });
    expect(check(residence(), { residenceProof: ['png'] })).to.deep.equal({ 'documents.residenceProof': 'document.type' });
  });

  it('requires the supervising authority’s consent for a temporary absence only in the cases the law names', () => {
    const absence: DossierAnswers = {
      ...applicant,
      case: 'duty',
      reason: 'Đi làm việc tại công trình thủy điện ở tỉnh Lào Cai.',
      destination: { provinceCode: '15', communeCode: '02653', houseNumber: '', street: 'Thôn Nậm Mả' },
      from: '01/12/2026',
      to: '01/12/2027',
    };
    const checkAbsence = (answers: DossierAnswers, documents = {}) => checkAnswers(TEMPORARY_ABSENCE_FORM, answers, documents, { today });
    expect(documentRequired(TEMPORARY_ABSENCE_FORM, 'supervisorConsent', absence)).to.equal(true);
    expect(checkAbsence(absence)).to.deep.equal({ 'documents.supervisorConsent': 'document.required' });
    expect(checkAbsence(absence, { supervisorConsent: ['jpg'] })).to.deep.equal({});
    expect(checkAbsence({ ...absence, case: 'other' })).to.deep.equal({});
    // No legal limit on the length of an absence: only the order is checked.
    expect(checkAbsence({ ...absence, case: 'other', to: '01/12/2036' })).to.deep.equal({});
    expect(checkAbsence({ ...absence, case: 'other', to: '30/11/2026' })).to.deep.equal({ to: 'period.order' });
  });
});
