/**
 * The demo's dossiers, payments and surveys: fee lines set by the server, a timeline of the
 * statuses each dossier entered and its due date, payments keyed for idempotency and settled on
 * the stand-in provider page, receipts per fee type, one rating per dossier. A demo or a test
 * moves a dossier on with `advanceDossier`, as the agency handling it would.
 */
import type { AttachmentPolicy } from '../../attachments/attachment-policy.js';
import type { AttachmentKind } from '../../attachments/file-signature.js';
import {
  checkAnswers,
  DOSSIER_ATTACHMENTS,
  dossierFormFor,
  type DossierAnswers,
  type DossierDocuments,
} from '../../dossier-forms/index.js';
import { DvcError } from '../../errors.js';
import {
  DOSSIER_STATUS,
  type Applicant,
  type CreateDossierRequest,
  type Dossier,
  type DossierLookup,
  type DossierStatus,
  type DossierStep,
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
  /** An online form's answers and attachment ids, kept on the server only. */
  answers?: DossierAnswers;
  documents?: DossierDocuments;
  accountId?: string;
}

/** Uploaded attachments, held by the feedback desk until a submission uses them up. */
export interface AttachmentStore {
  find(ids: readonly string[], limits: AttachmentPolicy, field: string): { attachmentId: string; kind: AttachmentKind }[];
  release(ids: readonly string[]): void;
}

const NO_ATTACHMENTS: AttachmentStore = {
  find(ids, _limits, field) {
    if (ids.length > 0) throw new DvcError('not-found', { fields: [field] });
    return [];
  },
  release: () => undefined,
};

interface PaymentRecord extends Payment {
  returnUrl: string;
  idempotencyKey: string;
  receipts: Receipt[];
  payerName?: string;
  /** Where the receipts are sent once paid. */
  payerContact?: { phone?: string; email?: string };
  /** A payment taken by the provider but not yet confirmed to the server: confirmed at this time (ms). */
  confirmAt?: number;
}

/**
 * The stand-in provider page's buttons. `delayed`: the provider takes the money and sends the
 * citizen back at once, but confirms to the server only `paymentConfirmDelayMs` later.
 */
export type PaymentOutcome = 'succeeded' | 'failed' | 'cancelled' | 'delayed';

/** The platform's result codes: `00` success; the others are the demo's. */
const RESULT_CODES: Record<'succeeded' | 'failed' | 'cancelled', string> = { succeeded: '00', failed: '51', cancelled: '24' };

const total = (fees: readonly FeeLine[]): number => fees.reduce((sum, line) => sum + line.amount, 0);

const vnd = (amount: number): string => new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' }).format(amount);

/** How long the demo's procedures take: the result is due this many working days after filing. */
const PROCESSING_WORKING_DAYS = 10;
/** Vietnam's offset from UTC: due dates are calendar days in Vietnam. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The calendar day (`YYYY-MM-DD`, Vietnam time) `days` working days (Monday to Friday) after `ms`. */
export function workingDaysAfter(ms: number, days: number): string {
  const date = new Date(ms + VIETNAM_OFFSET_MS);
  let left = days;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return date.toISOString().slice(0, 10);
}

/** What the agency asks for when the demo requests more documents and the caller names none. */
const DEFAULT_REQUESTED_DOCUMENTS = ['Bản sao giấy tờ, tài liệu chứng minh chỗ ở hợp pháp'];

/** The agency's note for each status the demo reaches by itself. */
const NOTES: Partial<Record<DossierStatus, string>> = {
  [DOSSIER_STATUS.registered]: 'Hồ sơ đã được gửi trực tuyến.',
  [DOSSIER_STATUS.paymentRequested]: 'Vui lòng nộp phí, lệ phí để hồ sơ được xử lý.',
  [DOSSIER_STATUS.processing]: 'Đã nhận phí, lệ phí; hồ sơ đang được xử lý.',
};

export interface DossierChange {
  status: DossierStatus;
  /** The agency's note for the step. */
  note?: string;
  /** For status 5: the documents to supplement (a default one when none is named). */
  documents?: string[];
}

const FIXTURE_APPLICANT: Applicant = {
  fullName: DEMO_FIXTURES.existingAccount.fullName,
  idNumber: DEMO_FIXTURES.existingAccount.idNumber,
  phone: DEMO_FIXTURES.existingAccount.phone,
};

function fixtureDossiers(): DossierRecord[] {
  const at = '2023-10-27T02:00:00.000Z';
  const step = (status: DossierStatus, iso: string, note?: string): DossierStep => ({ status, at: iso, ...(note ? { note } : {}) });
  const resolved = (code: string): DossierRecord => ({
    code,
    procedureCode: '1.001193',
    status: DOSSIER_STATUS.resultReturned,
    history: [
      step(DOSSIER_STATUS.registered, at, NOTES[DOSSIER_STATUS.registered]),
      step(DOSSIER_STATUS.accepted, '2023-10-27T07:30:00.000Z'),
      step(DOSSIER_STATUS.processing, '2023-10-30T02:00:00.000Z'),
      step(DOSSIER_STATUS.resolved, '2023-11-01T09:00:00.000Z'),
      step(DOSSIER_STATUS.resultReturned, '2023-11-02T02:30:00.000Z', 'Kết quả đã được trả qua dịch vụ bưu chính.'),
    ],
    dueDate: workingDaysAfter(Date.parse(at), PROCESSING_WORKING_DAYS),
    fees: [],
    totalAmount: 0,
    createdAt: at,
    updatedAt: '2023-11-02T02:30:00.000Z',
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
      history: [
        step(DOSSIER_STATUS.registered, at, NOTES[DOSSIER_STATUS.registered]),
        step(DOSSIER_STATUS.paymentRequested, at, NOTES[DOSSIER_STATUS.paymentRequested]),
      ],
      dueDate: workingDaysAfter(Date.parse(at), PROCESSING_WORKING_DAYS),
      fees,
      totalAmount: total(fees),
      createdAt: at,
      updatedAt: at,
      applicant: FIXTURE_APPLICANT,
    },
    {
      code: DEMO_FIXTURES.dossiers.documentsRequested,
      procedureCode: '1.004194',
      procedureName: 'Đăng ký tạm trú',
      status: DOSSIER_STATUS.documentsRequested,
      history: [
        step(DOSSIER_STATUS.registered, at, NOTES[DOSSIER_STATUS.registered]),
        step(DOSSIER_STATUS.accepted, '2023-10-27T08:00:00.000Z'),
        step(DOSSIER_STATUS.documentsRequested, '2023-10-30T03:00:00.000Z', 'Hợp đồng thuê nhà chưa có chữ ký của chủ nhà.'),
      ],
      dueDate: workingDaysAfter(Date.parse(at), PROCESSING_WORKING_DAYS),
      requestedDocuments: ['Hợp đồng thuê nhà có chữ ký của chủ nhà', 'Bản sao giấy chứng nhận quyền sử dụng đất của chủ nhà'],
      fees: [],
      totalAmount: 0,
      createdAt: at,
      updatedAt: '2023-10-30T03:00:00.000Z',
      applicant: FIXTURE_APPLICANT,
    },
  ];
}

/** The public view of a record, without what only the server keeps. */
const dossierView = ({
  applicant: _applicant,
  answers: _answers,
  documents: _documents,
  accountId: _account,
  ...dossier
}: DossierRecord): Dossier => dossier;
const paymentView = ({
  returnUrl: _returnUrl,
  idempotencyKey: _key,
  receipts: _receipts,
  payerName: _payer,
  payerContact: _contact,
  confirmAt: _confirmAt,
  ...payment
}: PaymentRecord): Payment => payment;

/** `nameOf` gives a procedure's name from the demo's procedure database, when it holds the code. */
export function createDossierDesk(
  ctx: DemoContext,
  nameOf: (procedureCode: string) => string | undefined = () => undefined,
  attachments: AttachmentStore = NO_ATTACHMENTS,
) {
  const dossiers = new Map(fixtureDossiers().map((dossier) => [dossier.code, dossier]));
  const dossiersByKey = new Map<string, { request: string; code: string }>();
  const payments = new Map<string, PaymentRecord>();
  /** Providers that refuse new payments and whose page is down (`setProviderOutage`). */
  const outages = new Set<string>([DEMO_FIXTURES.unavailableProvider, ...ctx.settings.providerOutages]);
  const paymentsByKey = new Map<string, string>();
  const receipts = new Map<string, { receipt: Receipt; transactionId: string; dossierCode: string }>();
  const surveys = new Map<string, SurveyReceipt>([
    [DEMO_FIXTURES.dossiers.rated, { dossierCode: DEMO_FIXTURES.dossiers.rated, submittedAt: '2023-11-02T03:00:00.000Z' }],
  ]);
  let dossierSequence = 0;
  let receiptSequence = 0;

  /**
   * An online form's submission, checked as the element checks it: a signed-in account, answers
   * that fit the procedure's form, and documents made of known uploads of the kinds each takes.
   * Returns the attachment ids to use up once the dossier is filed.
   */
  function checkOnlineForm(request: CreateDossierRequest): string[] {
    const form = dossierFormFor(request.procedureCode);
    if (!form) throw new DvcError('invalid-input', { fields: ['answers'] });
    try {
      ctx.profileOf(request.accountId ?? '');
    } catch {
      throw new DvcError('unauthorized');
    }
    const documents = request.documents ?? {};
    const ids = Object.values(documents).flat();
    const kinds = new Map(attachments.find(ids, DOSSIER_ATTACHMENTS, 'documents').map((found) => [found.attachmentId, found.kind]));
    const documentKinds = Object.fromEntries(
      Object.entries(documents).map(([id, list]) => [id, list.map((attachmentId) => kinds.get(attachmentId) ?? null)]),
    );
    const errors = checkAnswers(form, request.answers ?? {}, documentKinds, { today: new Date(ctx.now()) });
    const fields = Object.keys(errors).map((key) => (key.startsWith('documents.') ? key : `answers.${key}`));
    if (fields.length > 0) throw new DvcError('invalid-input', { fields });
    return ids;
  }

  function findDossier(code: string): DossierRecord {
    const dossier = dossiers.get(code);
    if (dossier === undefined) throw new DvcError('not-found', { fields: ['dossierCode'] });
    return dossier;
  }

  function setStatus(dossier: DossierRecord, status: DossierStatus, note = NOTES[status]) {
    const at = ctx.iso(ctx.now());
    dossier.status = status;
    dossier.updatedAt = at;
    dossier.history = [...(dossier.history ?? []), { status, at, ...(note ? { note } : {}) }];
    if (status !== DOSSIER_STATUS.documentsRequested) delete dossier.requestedDocuments;
  }

  /** A payment nobody finished on the provider's page lapses; one the provider took is confirmed when due. */
  function current(payment: PaymentRecord): PaymentRecord {
    if (payment.confirmAt !== undefined) {
      if (payment.status === 'pending' && ctx.now() >= payment.confirmAt) finish(payment, 'succeeded');
      return payment;
    }
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

  /** The provider's final word: the status, its result code, and on success the dossier and the receipts. */
  function finish(payment: PaymentRecord, outcome: keyof typeof RESULT_CODES) {
    payment.status = outcome;
    payment.resultCode = RESULT_CODES[outcome];
    delete payment.paymentUrl;
    payment.updatedAt = ctx.iso(ctx.now());
    if (outcome !== 'succeeded') return;
    const dossier = findDossier(payment.dossierCode);
    if (dossier.status === DOSSIER_STATUS.paymentRequested) setStatus(dossier, DOSSIER_STATUS.processing);
    dossier.paidTransactionId = payment.transactionId;
    issueReceipts(payment, payment.payerName ?? dossier.applicant.fullName);
    sendReceipts(payment);
  }

  /** The receipt links go to the phone and email the payer gave, if any. */
  function sendReceipts(payment: PaymentRecord) {
    const links = payment.receipts.map((receipt) => receipt.url);
    const text = `Hồ sơ ${payment.dossierCode} đã được thanh toán ${vnd(payment.amount)}. Biên lai điện tử: ${links.join(' ')}`;
    const { phone, email } = payment.payerContact ?? {};
    if (phone) ctx.send({ channel: 'sms', to: phone, text, link: links[0] });
    if (email) ctx.send({ channel: 'email', to: email, text, link: links[0] });
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
      const fingerprint = JSON.stringify([request.procedureCode, request.applicant, request.answers, request.documents]);
      if (request.idempotencyKey !== undefined) {
        const earlier = dossiersByKey.get(request.idempotencyKey);
        if (earlier !== undefined) {
          if (earlier.request !== fingerprint) throw new DvcError('conflict', { fields: ['idempotencyKey'] });
          return dossierView(findDossier(earlier.code));
        }
      }
      // A procedure's online form is checked when answers come; without them it is filed as before.
      const online = request.answers !== undefined || request.documents !== undefined;
      const attachmentIds = online ? checkOnlineForm(request) : [];
      const now = ctx.now();
      const day = new Date(now).toISOString().slice(2, 10).replace(/-/g, '');
      dossierSequence += 1;
      const fees = dossierFormFor(request.procedureCode)?.fees ?? feesFor(request.procedureCode);
      const procedureName = nameOf(request.procedureCode);
      const dossier: DossierRecord = {
        code: `000.00.00.H99-${day}-${String(dossierSequence).padStart(4, '0')}`,
        procedureCode: request.procedureCode,
        ...(procedureName ? { procedureName } : {}),
        status: DOSSIER_STATUS.registered,
        history: [],
        dueDate: workingDaysAfter(now, PROCESSING_WORKING_DAYS),
        fees,
        totalAmount: total(fees),
        createdAt: ctx.iso(now),
        updatedAt: ctx.iso(now),
        applicant: request.applicant,
        ...(online ? { answers: request.answers, documents: request.documents, accountId: request.accountId } : {}),
      };
      attachments.release(attachmentIds);
      setStatus(dossier, DOSSIER_STATUS.registered);
      if (fees.length > 0) setStatus(dossier, DOSSIER_STATUS.paymentRequested);
      dossiers.set(dossier.code, dossier);
      if (request.idempotencyKey !== undefined) dossiersByKey.set(request.idempotencyKey, { request: fingerprint, code: dossier.code });
      return dossierView(dossier);
    },

    getDossier: ({ code }: DossierLookup): Dossier => dossierView(findDossier(code)),

    /** The agency moves the dossier on (a demo or test control); each change joins the timeline. */
    advanceDossier(code: string, change: DossierChange): Dossier {
      const dossier = findDossier(code);
      setStatus(dossier, change.status, change.note ?? NOTES[change.status]);
      if (change.status === DOSSIER_STATUS.documentsRequested) {
        dossier.requestedDocuments = change.documents?.length ? [...change.documents] : [...DEFAULT_REQUESTED_DOCUMENTS];
      }
      return dossierView(dossier);
    },

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
      if (outages.has(request.providerId)) throw new DvcError('provider-unavailable', { fields: ['providerId'] });
      const forDossier = [...payments.values()].filter((payment) => payment.dossierCode === dossier.code).map(current);
      if (forDossier.some((payment) => payment.status === 'succeeded')) throw new DvcError('already-paid');
      // Money taken but not yet confirmed: another attempt could charge twice.
      if (forDossier.some((payment) => payment.confirmAt !== undefined)) throw new DvcError('conflict', { fields: ['dossierCode'] });
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
        ...(request.payer
          ? { payerName: request.payer.fullName, payerContact: { phone: request.payer.phone, email: request.payer.email } }
          : {}),
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
    settlePayment(transactionId: string, outcome: PaymentOutcome, confirmDelayMs = ctx.settings.paymentConfirmDelayMs): string {
      const payment = findPayment(transactionId);
      const open = (payment.status === 'initialised' || payment.status === 'pending') && payment.confirmAt === undefined;
      if (!open) throw new DvcError('conflict');
      if (outcome === 'delayed') {
        payment.status = 'pending';
        payment.confirmAt = ctx.now() + confirmDelayMs;
        delete payment.paymentUrl;
        payment.updatedAt = ctx.iso(ctx.now());
      } else {
        finish(payment, outcome);
      }
      return withQuery(payment.returnUrl, { transactionId });
    },

    /** Takes a provider down (new payments refused, its page unavailable) or brings it back. */
    setProviderOutage(providerId: string, down: boolean): void {
      if (down) outages.add(providerId);
      else outages.delete(providerId);
    },

    providerDown: (providerId: string): boolean => outages.has(providerId),

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
