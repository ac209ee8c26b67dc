/** Dossiers (hồ sơ): created for a procedure, with the fee lines the server set, and their status. */
import { handleSchema, idempotencyKeySchema, timestampSchema, vndAmountSchema } from './common.js';
import { feeLineSchema } from './fees.js';
import { dossierCodeSchema, emailSchema, fullNameSchema, idNumberSchema, phoneNumberSchema, procedureCodeSchema } from './identifiers.js';
import { dossierAnswersSchema, dossierDocumentsSchema } from '../dossier-forms/answers.js';
import { documented } from './registry.js';
import { z } from './zod.js';
import { DOSSIER_STATUS } from '../data/dossier-status.js';

export { DOSSIER_STATUS };

export const dossierStatusSchema = documented(z.literal(Object.values(DOSSIER_STATUS)), {
  id: 'DossierStatus',
  description:
    '1 Mới đăng ký, 2 Được tiếp nhận, 3 Không được tiếp nhận, 4 Đang xử lý, 5 Yêu cầu bổ sung giấy tờ, 6 Yêu cầu thực hiện nghĩa vụ tài chính, 7 Công dân yêu cầu rút hồ sơ, 8 Dừng xử lý, 9 Đã xử lý xong, 10 Đã trả kết quả.',
});

export const applicantSchema = documented(
  z.object({
    fullName: fullNameSchema,
    idNumber: idNumberSchema,
    phone: z.optional(phoneNumberSchema),
    email: z.optional(emailSchema),
    address: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(300))),
  }),
  { id: 'Applicant', description: 'Who files the dossier; also the payer named on receipts.' },
);

export const createDossierRequestSchema = documented(
  z.object({
    procedureCode: procedureCodeSchema,
    applicant: applicantSchema,
    idempotencyKey: z.optional(idempotencyKeySchema),
    /** With `answers`: the signed-in account filing the procedure's online form. */
    accountId: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,128}$/))),
    /** The online form's answers by field id, checked by the server against the procedure's form. */
    answers: z.optional(documented(dossierAnswersSchema, { description: 'Answers by field id: text, an address, or rows.' })),
    /** Uploaded attachment ids by document id (thành phần hồ sơ). */
    documents: z.optional(documented(dossierDocumentsSchema, { description: 'Attachment ids by document id.' })),
  }),
  {
    id: 'CreateDossierRequest',
    description:
      'The server sets the fee lines from the procedure; the client never sends amounts. A procedure with an online form takes `answers`, `documents` and `accountId`; invalid ones are refused with `invalid-input` naming `answers.<field>` or `documents.<document>`.',
  },
);

/** One step the dossier went through: the status it entered, when, and the agency's note. */
export const dossierStepSchema = documented(
  z.object({
    status: dossierStatusSchema,
    at: timestampSchema,
    note: z.optional(z.string().check(z.minLength(1), z.maxLength(1000))),
  }),
  { id: 'DossierStep' },
);

export const dossierSchema = documented(
  z.object({
    code: dossierCodeSchema,
    procedureCode: procedureCodeSchema,
    /** The procedure's name, when the server knows it. */
    procedureName: z.optional(z.string().check(z.minLength(1), z.maxLength(5000))),
    status: dossierStatusSchema,
    /** Every status the dossier entered, oldest first; the last is the current one. */
    history: z.optional(z.array(dossierStepSchema)),
    /** The day the result is due (ngày hẹn trả kết quả), `YYYY-MM-DD`. */
    dueDate: z.optional(z.iso.date()),
    /** While the status asks for more documents (5): which ones. */
    requestedDocuments: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(500)))),
    fees: z.array(feeLineSchema),
    totalAmount: vndAmountSchema,
    /** The payment that settled the fees, once one succeeded. */
    paidTransactionId: z.optional(handleSchema),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  }),
  { id: 'Dossier' },
);

export const dossierLookupSchema = documented(z.object({ code: dossierCodeSchema }), { id: 'DossierLookup' });

export type DossierStatus = z.infer<typeof dossierStatusSchema>;
export type DossierStep = z.infer<typeof dossierStepSchema>;
export type Applicant = z.infer<typeof applicantSchema>;
export type CreateDossierRequest = z.infer<typeof createDossierRequestSchema>;
export type Dossier = z.infer<typeof dossierSchema>;
export type DossierLookup = z.infer<typeof dossierLookupSchema>;
