/**
 * Feedback and complaints (phản ánh, kiến nghị), support requests and the attachments both carry.
 * The regulation asks for the sender's name, address, phone and email, and for the text to be in
 * Vietnamese; the sender needs an account. Attachments are uploaded one by one first (raw bytes),
 * and the forms submit the ids the server gave back.
 */
import { handleSchema, timestampSchema } from './common.js';
import { captchaAnswerSchema, emailSchema, fullNameSchema, phoneNumberSchema, procedureCodeSchema } from './identifiers.js';
import { documented } from './registry.js';
import { SUPPORT_CATEGORIES, SUPPORT_QUESTION_MAX, SUPPORT_QUESTION_MIN } from './support-request-rules.js';
import { z } from './zod.js';

export const FEEDBACK_TITLE_MAX = 200;
export const FEEDBACK_CONTENT_MAX = 5000;
export const FEEDBACK_ADDRESS_MAX = 500;

/** Letters only Vietnamese (among Latin-script languages) writes: its vowels with marks, and đ. */
const VIETNAMESE_LETTER = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/iu;

/** Below this many letters a text is too short to judge, so it is let through. */
const LETTERS_TO_JUDGE = 12;

/**
 * Whether a text is clearly not Vietnamese: long enough to judge and either mostly in another
 * script, or Latin letters without a single Vietnamese one (English, or Vietnamese typed without
 * marks, which an official reply cannot quote back reliably).
 */
export function notVietnamese(text: string): 'other-script' | 'no-diacritics' | null {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < LETTERS_TO_JUDGE) return null;
  const latin = letters.filter((letter) => /\p{Script=Latin}/u.test(letter)).length;
  if (latin * 2 < letters.length) return 'other-script';
  return VIETNAMESE_LETTER.test(text) ? null : 'no-diacritics';
}

const vietnameseText = (min: number, max: number) =>
  z.string().check(
    z.trim(),
    z.minLength(min, 'text.too-short'),
    z.maxLength(max, 'text.too-long'),
    z.superRefine((text: string, ctx) => {
      const reason = notVietnamese(text);
      if (reason !== null) ctx.addIssue({ code: 'custom', message: `text.${reason}`, input: text });
    }),
  );

const accountIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,128}$/));

export const attachmentIdSchema = documented(z.string().check(z.regex(/^att_[A-Za-z0-9_-]{8,64}$/)), {
  id: 'AttachmentId',
  description: 'What the server gave back for an uploaded attachment; forms submit these.',
});

const attachmentIdsSchema = z.array(attachmentIdSchema).check(
  z.maxLength(20),
  z.refine((ids) => new Set(ids).size === ids.length, 'attachment.duplicate'),
);

/**
 * One file: its bytes travel as the raw request body with its type as Content-Type, its name in
 * the `x-file-name` header (URL-encoded). Not a JSON component: OpenAPI describes it as binary.
 */
export const uploadAttachmentRequestSchema = z.object({
  fileName: z.string().check(z.trim(), z.minLength(1), z.maxLength(255)),
  content: z.custom<Blob>((value) => value instanceof Blob),
});

export const attachmentSchema = documented(
  z.object({
    attachmentId: attachmentIdSchema,
    fileName: z.string().check(z.minLength(1), z.maxLength(255)),
    size: z.int().check(z.minimum(1)),
    kind: z.enum(['jpg', 'png', 'pdf', 'doc', 'docx', 'xls', 'xlsx']),
    /** Until then it must be submitted; unused uploads are dropped. */
    expiresAt: timestampSchema,
  }),
  { id: 'Attachment', description: 'An attachment the server checked (type, signature, size) and kept.' },
);

export const submitFeedbackRequestSchema = documented(
  z.object({
    /** The signed-in account; a real server takes it from the session and checks the two agree. */
    accountId: accountIdSchema,
    fullName: fullNameSchema,
    address: z.string().check(z.trim(), z.minLength(5), z.maxLength(FEEDBACK_ADDRESS_MAX)),
    phone: phoneNumberSchema,
    email: emailSchema,
    title: vietnameseText(5, FEEDBACK_TITLE_MAX),
    content: vietnameseText(20, FEEDBACK_CONTENT_MAX),
    attachmentIds: attachmentIdsSchema,
    captchaId: handleSchema,
    captchaAnswer: captchaAnswerSchema,
  }),
  { id: 'SubmitFeedbackRequest', description: 'A feedback or complaint (phản ánh, kiến nghị), in Vietnamese.' },
);

export const feedbackReferenceSchema = documented(z.string().check(z.regex(/^PAKN-\d{6}-\d{6}$/)), {
  id: 'FeedbackReference',
  description: 'The reference to follow a feedback up with.',
  examples: ['PAKN-261127-004217'],
});

export const feedbackReceiptSchema = documented(z.object({ reference: feedbackReferenceSchema, submittedAt: timestampSchema }), {
  id: 'FeedbackReceipt',
});

export const feedbackLookupSchema = documented(z.object({ reference: feedbackReferenceSchema }), { id: 'FeedbackLookup' });

export const feedbackStatusSchema = documented(z.enum(['received', 'processing', 'answered', 'closed']), {
  id: 'FeedbackStatus',
  description: 'received → processing (sent to the agency in charge) → answered → closed.',
});

export const feedbackSchema = documented(
  z.object({
    reference: feedbackReferenceSchema,
    title: z.string().check(z.minLength(1), z.maxLength(FEEDBACK_TITLE_MAX)),
    status: feedbackStatusSchema,
    submittedAt: timestampSchema,
    /** The agency handling it, once assigned. */
    agency: z.optional(z.string().check(z.minLength(1), z.maxLength(300))),
    answers: z.array(
      z.object({
        agency: z.string().check(z.minLength(1), z.maxLength(300)),
        text: z.string().check(z.minLength(1), z.maxLength(FEEDBACK_CONTENT_MAX)),
        answeredAt: timestampSchema,
      }),
    ),
  }),
  { id: 'Feedback', description: 'A feedback as followed up: its status and the answers given.' },
);

export const supportCategorySchema = documented(z.enum(SUPPORT_CATEGORIES), {
  id: 'SupportCategory',
  description: 'Using the portal, an account, a procedure, a payment, or something else.',
});

export { SUPPORT_QUESTION_MIN, SUPPORT_QUESTION_MAX };

/** The question, in Vietnamese; forms count down to its limit. */
export const supportQuestionSchema = vietnameseText(SUPPORT_QUESTION_MIN, SUPPORT_QUESTION_MAX);

export const submitSupportRequestSchema = documented(
  z
    .object({
      category: supportCategorySchema,
      procedureCode: z.optional(procedureCodeSchema),
      /** How the desk addresses the sender when it answers. */
      fullName: z.optional(fullNameSchema),
      question: supportQuestionSchema,
      contactChannel: z.enum(['phone', 'email']),
      phone: z.optional(phoneNumberSchema),
      email: z.optional(emailSchema),
      attachmentIds: attachmentIdsSchema,
      captchaId: handleSchema,
      captchaAnswer: captchaAnswerSchema,
    })
    .check(
      z.superRefine((request: { contactChannel: 'phone' | 'email'; phone?: string; email?: string }, ctx) => {
        // The channel chosen for the answer must have its address.
        if (request[request.contactChannel] === undefined) {
          ctx.addIssue({ code: 'custom', message: 'contact.required', path: [request.contactChannel], input: undefined });
        }
      }),
    ),
  { id: 'SubmitSupportRequest', description: 'A question to the portal support desk; answered on the chosen channel.' },
);

export const supportTicketSchema = documented(
  z.object({ reference: z.string().check(z.regex(/^HT-\d{6}-\d{6}$/)), submittedAt: timestampSchema }),
  { id: 'SupportTicket' },
);

export type UploadAttachmentRequest = z.infer<typeof uploadAttachmentRequestSchema>;
export type Attachment = z.infer<typeof attachmentSchema>;
export type SubmitFeedbackRequest = z.infer<typeof submitFeedbackRequestSchema>;
export type FeedbackReceipt = z.infer<typeof feedbackReceiptSchema>;
export type FeedbackLookup = z.infer<typeof feedbackLookupSchema>;
export type FeedbackStatus = z.infer<typeof feedbackStatusSchema>;
export type Feedback = z.infer<typeof feedbackSchema>;
export type SupportCategory = z.infer<typeof supportCategorySchema>;
export type SubmitSupportRequest = z.infer<typeof submitSupportRequestSchema>;
export type SupportTicket = z.infer<typeof supportTicketSchema>;
