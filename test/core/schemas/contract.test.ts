import { expect } from '@open-wc/testing';
import {
  DOSSIER_STATUS,
  dossierStatusSchema,
  errorBodySchema,
  feeLineSchema,
  paymentSchema,
  procedureSchema,
  submitSurveyRequestSchema,
  z,
} from '../../../src/core/schemas/index.js';

const valid = (schema: z.ZodMiniType, input: unknown) => z.safeParse(schema, input).success;

describe('contract schemas', () => {
  it('procedure record: the shape of the national dataset', () => {
    const record = {
      code: '1.000236',
      name: 'Đăng ký tài khoản điện tử',
      sector: 'Quản lý xuất nhập cảnh',
      agency: 'Cục quản lý xuất nhập cảnh',
      levels: ['Cấp bộ'],
      online: true,
      subjects: ['Doanh nghiệp'],
      type: 'TTHC được giao luật quy định chi tiết',
    };
    expect(z.parse(procedureSchema, record)).to.deep.equal(record);
    expect(valid(procedureSchema, { ...record, levels: ['Cấp huyện'] })).to.equal(false);
    expect(valid(procedureSchema, { ...record, code: '1.00023' })).to.equal(false);
    expect(valid(procedureSchema, { ...record, type: '' })).to.equal(true);
  });

  it('fee lines: phí or lệ phí, whole đồng', () => {
    const line = { type: 'le-phi', code: 'LP-1.000358', name: 'Lệ phí', amount: 50000 };
    expect(valid(feeLineSchema, line)).to.equal(true);
    expect(valid(feeLineSchema, { ...line, type: 'thue' })).to.equal(false);
    expect(valid(feeLineSchema, { ...line, amount: 50000.5 })).to.equal(false);
    expect(valid(feeLineSchema, { ...line, amount: -1 })).to.equal(false);
  });

  it('dossier status: the ten statuses of the catalogue', () => {
    expect(Object.values(DOSSIER_STATUS)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(valid(dossierStatusSchema, 10)).to.equal(true);
    expect(valid(dossierStatusSchema, 0)).to.equal(false);
    expect(valid(dossierStatusSchema, 11)).to.equal(false);
  });

  it('payment: the states the platform reports', () => {
    const payment = {
      transactionId: 'txn_0123456789abcdef',
      dossierCode: '000.00.06.H56-231027-0362',
      providerId: 'vnpay',
      status: 'succeeded',
      amount: 150000,
      fees: [],
      resultCode: '00',
      createdAt: '2025-07-01T08:00:00.000Z',
      updatedAt: '2025-07-01T08:01:00.000Z',
    };
    expect(valid(paymentSchema, payment)).to.equal(true);
    expect(valid(paymentSchema, { ...payment, status: 'refunded' })).to.equal(false);
  });

  it('survey answers fit their mode', () => {
    const base = { dossierCode: '000.00.06.H56-231027-0361' };
    expect(valid(submitSurveyRequestSchema, { ...base, mode: 'decree', answers: { i1: 2, q10: 'satisfied' } })).to.equal(true);
    expect(valid(submitSurveyRequestSchema, { ...base, mode: 'five-level', answers: { q1: 'neutral' } })).to.equal(true);
    const wrong = z.safeParse(submitSurveyRequestSchema, { ...base, mode: 'short', answers: { q1: 'neutral', q2: 1, q3: 'satisfied' } });
    expect(wrong.success ? [] : wrong.error.issues.map((issue) => [issue.path.join('.'), issue.message])).to.deep.equal([
      ['answers.q1', 'survey.answer'],
      ['answers.q2', 'survey.answer'],
    ]);
    expect(valid(submitSurveyRequestSchema, { ...base, mode: 'decree', answers: { i1: 3 } })).to.equal(false);
    expect(valid(submitSurveyRequestSchema, { ...base, mode: 'decree', answers: {} })).to.equal(false);
  });

  it('error body', () => {
    expect(valid(errorBodySchema, { error: { code: 'otp-wrong', attemptsLeft: 2 } })).to.equal(true);
    expect(valid(errorBodySchema, { error: { message: 'x' } })).to.equal(false);
  });
});
