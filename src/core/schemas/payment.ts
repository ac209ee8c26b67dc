/**
 * Online payment of a dossier's fees through the payment platform. The server computes the
 * amount and signs the messages to the platform; the browser only follows `paymentUrl` and shows
 * the status the server confirms.
 */
import { handleSchema, idempotencyKeySchema, returnUrlSchema, timestampSchema, vndAmountSchema } from './common.js';
import { feeLineSchema, feeTypeSchema } from './fees.js';
import { dossierCodeSchema, emailSchema, fullNameSchema, idNumberSchema, phoneNumberSchema } from './identifiers.js';
import { documented } from './registry.js';
import { z } from './zod.js';

export const paymentStatusSchema = documented(z.enum(['initialised', 'pending', 'succeeded', 'failed', 'cancelled', 'expired']), {
  id: 'PaymentStatus',
});

/** Payment providers are configuration (the platform's list is not published): any slug. */
export const providerIdSchema = documented(z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{1,39}$/)), {
  description: 'Payment provider id from the configured list.',
  examples: ['vnpay'],
});

/** Who pays, as the receipts (biên lai) name them; defaults to the dossier's applicant. */
export const payerSchema = documented(
  z.object({
    fullName: fullNameSchema,
    idNumber: z.optional(idNumberSchema),
    address: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(300))),
    /** Where the server sends the receipt links, by SMS and email; never printed on the receipts. */
    phone: z.optional(phoneNumberSchema),
    email: z.optional(emailSchema),
  }),
  { id: 'Payer', description: 'The payer printed on the electronic receipts, and where the receipts are sent.' },
);

export const createPaymentRequestSchema = documented(
  z.object({
    dossierCode: dossierCodeSchema,
    providerId: providerIdSchema,
    /** Required: repeating the call with the same key returns the same transaction, never a second one. */
    idempotencyKey: idempotencyKeySchema,
    /** Where the provider sends the citizen back; the server appends `transactionId`. */
    returnUrl: returnUrlSchema,
    /** The payer for the receipts; the dossier's applicant when left out. */
    payer: z.optional(payerSchema),
  }),
  { id: 'CreatePaymentRequest' },
);

export const paymentSchema = documented(
  z.object({
    transactionId: handleSchema,
    dossierCode: dossierCodeSchema,
    providerId: providerIdSchema,
    status: paymentStatusSchema,
    amount: vndAmountSchema,
    fees: z.array(feeLineSchema),
    /** The provider's page, while the payment waits for the citizen. */
    paymentUrl: z.optional(z.string().check(z.minLength(1), z.maxLength(4096))),
    /** The platform's result code once settled; `00` is success. */
    resultCode: z.optional(z.string().check(z.regex(/^[0-9A-Z]{2,8}$/))),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  }),
  { id: 'Payment' },
);

export const paymentLookupSchema = documented(z.object({ transactionId: handleSchema }), { id: 'PaymentLookup' });

export const receiptSchema = documented(
  z.object({
    number: z.string().check(z.regex(/^[A-Za-z0-9/._-]{1,64}$/)),
    type: feeTypeSchema,
    amount: vndAmountSchema,
    lines: z.array(feeLineSchema),
    payerName: z.string(),
    issuedAt: timestampSchema,
    /** The electronic receipt (biên lai điện tử) to view or download. */
    url: z.string().check(z.minLength(1), z.maxLength(4096)),
  }),
  { id: 'Receipt', description: 'One electronic receipt: phí and lệ phí are receipted separately.' },
);

export const receiptListSchema = documented(z.object({ transactionId: handleSchema, receipts: z.array(receiptSchema) }), {
  id: 'ReceiptList',
});

export type PaymentStatus = z.infer<typeof paymentStatusSchema>;
export type Payer = z.infer<typeof payerSchema>;
export type CreatePaymentRequest = z.infer<typeof createPaymentRequestSchema>;
export type Payment = z.infer<typeof paymentSchema>;
export type PaymentLookup = z.infer<typeof paymentLookupSchema>;
export type Receipt = z.infer<typeof receiptSchema>;
export type ReceiptList = z.infer<typeof receiptListSchema>;
