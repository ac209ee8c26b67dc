/**
 * The demo's dossiers, payments and surveys: fee lines set by the server, payments keyed for
 * idempotency and settled on the stand-in provider page, receipts per fee type, one rating per
 * dossier.
 */
import { DvcError } from '../../errors.js';
import {
  DOSSIER_STATUS,
  type Applicant,
  type CreateDossierRequest,
  type Dossier,
  type DossierLookup,
  type DossierStatus,
} from '../../schemas/dossier.js';
import type { FeeLine, FeeType } from '../../schemas/fees.js';
import type { CreatePaymentRequest, Payment, PaymentLookup, Receipt, ReceiptList } from '../../schemas/payment.js';
import type { SubmitSurveyRequest, SurveyReceipt } from '../../schemas/survey.js';
import type { DemoContext } from './context.js';
import { DEMO_FIXTURES } from './fixtures.js';
import { feesFor } from './identities.js';
import { withQuery } from './urls.js';

interface DossierRecord extends Dossier {
  applicant: Applicant;
}

interface PaymentRecord extends Payment {
  returnUrl: string;
  idempotencyKey: string;
  receipts: Receipt[];
  payerName?: string;
}

export type PaymentOutcome = 'succeeded' | 'failed' | 'cancelled';

/** The platform's result codes: `00` success; the others are the demo's. */
const RESULT_CODES: Record<PaymentOutcome, string> = { succeeded: '00', failed: '51', cancelled: '24' };

const total = (fees: readonly FeeLine[]): number => fees.reduce((sum, line) => sum + line.amount, 0);

const FIXTURE_APPLICANT: Applicant = {
  fullName: DEMO_FIXTURES.existingAccount.fullName,
  idNumber: DEMO_FIXTURES.existingAccount.idNumber,
  phone: DEMO_FIXTURES.existingAccount.phone,
};

function fixtureDossiers(): DossierRecord[] {
  const at = '2023-10-27T02:00:00.000Z';
  const resolved = (code: string): DossierRecord => ({
    code,
    procedureCode: '1.001193',
    status: DOSSIER_STATUS.resultReturned,
    fees: [],
    totalAmount: 0,
    createdAt: at,
    updatedAt: at,
    applicant: FIXTURE_APPLICANT,
  });
  const fees: FeeLine[] = [
    { type: 'le-phi', code: 'LP-1.000358', name: 'Lệ phí giải quyết thủ tục hành chính', amount: 50_000 },
    { type: 'phi', code: 'P-1.000358', name: 'Phí thẩm định hồ sơ', amount: 100_000 },
  ];
  return [
    resolved(DEMO_FIXTURES.dossiers.resolved),
    resolved(DEMO_FIXTURES.dossiers.rated),
    {
      code: DEMO_FIXTURES.dossiers.awaitingPayment,
      procedureCode: '1.000358',
      status: DOSSIER_STATUS.paymentRequested,
      fees,
      totalAmount: total(fees),
      createdAt: at,
      updatedAt: at,
      applicant: FIXTURE_APPLICANT,
    },
  ];
}

/** The public view of a record, without what only the server keeps. */
const dossierView = ({ applicant: _applicant, ...dossier }: DossierRecord): Dossier => dossier;
const paymentView = ({
  returnUrl: _returnUrl,
  idempotencyKey: _key,
  receipts: _receipts,
  payerName: _payer,
  ...payment
}: PaymentRecord): Payment => payment;

export function createDossierDesk(ctx: DemoContext) {
  const dossiers = new Map(fixtureDossiers().map((dossier) => [dossier.code, dossier]));
  const dossiersByKey = new Map<string, { request: string; code: string }>();
  const payments = new Map<string, PaymentRecord>();
  const paymentsByKey = new Map<string, string>();
  const receipts = new Map<string, { receipt: Receipt; transactionId: string; dossierCode: string }>();
  const surveys = new Map<string, SurveyReceipt>([
    [DEMO_FIXTURES.dossiers.rated, { dossierCode: DEMO_FIXTURES.dossiers.rated, submittedAt: '2023-11-02T03:00:00.000Z' }],
  ]);
  let dossierSequence = 0;
  let receiptSequence = 0;

  function findDossier(code: string): DossierRecord {
    const dossier = dossiers.get(code);
    if (dossier === undefined) throw new DvcError('not-found', { fields: ['dossierCode'] });
    return dossier;
  }

  function setStatus(dossier: DossierRecord, status: DossierStatus) {
    dossier.status = status;
    dossier.updatedAt = ctx.iso(ctx.now());
  }

  /** A payment nobody finished on the provider's page lapses. */
  function current(payment: PaymentRecord): PaymentRecord {
    const open = payment.status === 'initialised' || payment.status === 'pending';
    if (open && ctx.now() >= Date.parse(payment.createdAt) + ctx.settings.paymentValidMs) {
      payment.status = 'expired';
      payment.updatedAt = ctx.iso(ctx.now());
    }
    return payment;
  }

  function findPayment(transactionId: string): PaymentRecord {
    const payment = payments.get(transactionId);
    if (payment === undefined) throw new DvcError('not-found', { fields: ['transactionId'] });
    return current(payment);
  }

  function issueReceipts(payment: PaymentRecord, payerName: string) {
    const types: FeeType[] = ['le-phi', 'phi'];
    payment.receipts = types.flatMap((type) => {
      const lines = payment.fees.filter((line) => line.type === type);
      if (lines.length === 0) return [];
      receiptSequence += 1;
      const number = `BL${String(receiptSequence).padStart(7, '0')}`;
      const receipt: Receipt = {
        number,
        type,
        amount: total(lines),
        lines,
        payerName,
        issuedAt: payment.updatedAt,
        url: `${ctx.settings.receiptBaseUrl.replace(/\/+$/, '')}/${number}`,
      };
      receipts.set(number, { receipt, transactionId: payment.transactionId, dossierCode: payment.dossierCode });
      return [receipt];
    });
  }

  return {
    createDossier(request: CreateDossierRequest): Dossier {
      const fingerprint = JSON.stringify([request.procedureCode, request.applicant]);
      if (request.idempotencyKey !== undefined) {
        const earlier = dossiersByKey.get(request.idempotencyKey);
        if (earlier !== undefined) {
          if (earlier.request !== fingerprint) throw new DvcError('conflict', { fields: ['idempotencyKey'] });
          return dossierView(findDossier(earlier.code));
        }
      }
      const now = ctx.now();
      const day = new Date(now).toISOString().slice(2, 10).replace(/-/g, '');
      dossierSequence += 1;
      const fees = feesFor(request.procedureCode);
      const dossier: DossierRecord = {
        code: `000.00.00.H99-${day}-${String(dossierSequence).padStart(4, '0')}`,
        procedureCode: request.procedureCode,
        status: fees.length > 0 ? DOSSIER_STATUS.paymentRequested : DOSSIER_STATUS.registered,
        fees,
        totalAmount: total(fees),
        createdAt: ctx.iso(now),
        updatedAt: ctx.iso(now),
        applicant: request.applicant,
      };
      dossiers.set(dossier.code, dossier);
      if (request.idempotencyKey !== undefined) dossiersByKey.set(request.idempotencyKey, { request: fingerprint, code: dossier.code });
      return dossierView(dossier);
    },

    getDossier: ({ code }: DossierLookup): Dossier => dossierView(findDossier(code)),

    createPayment(request: CreatePaymentRequest): Payment {
      const earlierId = paymentsByKey.get(request.idempotencyKey);
      if (earlierId !== undefined) {
        const earlier = findPayment(earlierId);
        if (earlier.dossierCode !== request.dossierCode || earlier.providerId !== request.providerId) {
          throw new DvcError('conflict', { fields: ['idempotencyKey'] });
        }
        return paymentView(earlier);
      }
      const dossier = findDossier(request.dossierCode);
      if (request.providerId === DEMO_FIXTURES.unavailableProvider) throw new DvcError('provider-unavailable', { fields: ['providerId'] });
      const forDossier = [...payments.values()].filter((payment) => payment.dossierCode === dossier.code).map(current);
      if (forDossier.some((payment) => payment.status === 'succeeded')) throw new DvcError('already-paid');
      if (dossier.totalAmount === 0) throw new DvcError('conflict', { fields: ['dossierCode'] });
      // Switching provider abandons the earlier attempt, so two payments can never both go through.
      for (const payment of forDossier) {
        if (payment.status === 'initialised' || payment.status === 'pending') payment.status = 'cancelled';
      }
      const now = ctx.iso(ctx.now());
      const transactionId = ctx.random.handle('txn');
      const payment: PaymentRecord = {
        transactionId,
        dossierCode: dossier.code,
        providerId: request.providerId,
        status: 'initialised',
        amount: dossier.totalAmount,
        fees: dossier.fees,
        paymentUrl: withQuery(ctx.settings.paymentPageUrl, { transactionId }),
        createdAt: now,
        updatedAt: now,
        returnUrl: request.returnUrl,
        idempotencyKey: request.idempotencyKey,
        receipts: [],
        ...(request.payer ? { payerName: request.payer.fullName } : {}),
      };
      payments.set(transactionId, payment);
      paymentsByKey.set(request.idempotencyKey, transactionId);
      return paymentView(payment);
    },

    getPayment: ({ transactionId }: PaymentLookup): Payment => paymentView(findPayment(transactionId)),

    getReceipts({ transactionId }: PaymentLookup): ReceiptList {
      const payment = findPayment(transactionId);
      if (payment.status !== 'succeeded') throw new DvcError('conflict');
      return { transactionId, receipts: payment.receipts };
    },

    /** The citizen reached the provider's page: the payment waits for them there. */
    openPaymentPage(transactionId: string): Payment {
      const payment = findPayment(transactionId);
      if (payment.status === 'initialised') payment.status = 'pending';
      return paymentView(payment);
    },

    /** The provider page's outcome: where the browser returns to, with the transaction id. */
    settlePayment(transactionId: string, outcome: PaymentOutcome): string {
      const payment = findPayment(transactionId);
      if (payment.status !== 'initialised' && payment.status !== 'pending') throw new DvcError('conflict');
      payment.status = outcome;
      payment.resultCode = RESULT_CODES[outcome];
      delete payment.paymentUrl;
      payment.updatedAt = ctx.iso(ctx.now());
      if (outcome === 'succeeded') {
        const dossier = findDossier(payment.dossierCode);
        if (dossier.status === DOSSIER_STATUS.paymentRequested) setStatus(dossier, DOSSIER_STATUS.processing);
        dossier.paidTransactionId = payment.transactionId;
        issueReceipts(payment, payment.payerName ?? dossier.applicant.fullName);
      }
      return withQuery(payment.returnUrl, { transactionId });
    },

    receipt: (number: string) => receipts.get(number),

    submitSurvey(request: SubmitSurveyRequest): SurveyReceipt {
      findDossier(request.dossierCode);
      if (surveys.has(request.dossierCode)) throw new DvcError('already-rated');
      const receipt = { dossierCode: request.dossierCode, submittedAt: ctx.iso(ctx.now()) };
      surveys.set(request.dossierCode, receipt);
      return receipt;
    },
  };
}
