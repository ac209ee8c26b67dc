/**
 * The demo's feedback desk: attachments checked again on arrival (name, content type, file
 * signature, size) and kept until submitted or expired, feedback from signed-in accounts only,
 * support tickets, and the agency's answers, which a demo or a test adds with `answerFeedback`.
 */
import { checkAttachment, FEEDBACK_ATTACHMENTS, type AttachmentPolicy } from '../../attachments/index.js';
import { DvcError } from '../../errors.js';
import type {
  Attachment,
  Feedback,
  FeedbackLookup,
  FeedbackReceipt,
  FeedbackStatus,
  SubmitFeedbackRequest,
  SubmitSupportRequest,
  SupportTicket,
  UploadAttachmentRequest,
} from '../../schemas/feedback.js';
import type { DemoContext } from './context.js';

/** How long an uploaded attachment waits to be submitted. */
const ATTACHMENT_VALID_MS = 60 * 60_000;

/** What the agency does with a feedback: a status, and an answer to join the list. */
export interface FeedbackAnswer {
  reference: string;
  status: FeedbackStatus;
  agency?: string;
  text?: string;
}

interface StoredAttachment extends Attachment {
  expiresAtMs: number;
}

export function createFeedbackDesk(ctx: DemoContext, policy: AttachmentPolicy = FEEDBACK_ATTACHMENTS) {
  const attachments = new Map<string, StoredAttachment>();
  const feedback = new Map<string, Feedback>();

  /** `PAKN-yymmdd-nnnnnn` / `HT-yymmdd-nnnnnn`, dated by the demo clock. */
  function reference(prefix: string): string {
    const day = ctx.iso(ctx.now()).slice(2, 10).replaceAll('-', '');
    return `${prefix}-${day}-${ctx.random.digits(6)}`;
  }

  /** The uploads a submission names: each known, unexpired and unused, together within the limits. */
  function findAttachments(ids: readonly string[], limits: AttachmentPolicy = policy, field = 'attachmentIds'): StoredAttachment[] {
    for (const [id, stored] of attachments) if (ctx.now() >= stored.expiresAtMs) attachments.delete(id);
    const found = ids.map((id) => attachments.get(id));
    if (found.some((stored) => stored === undefined)) throw new DvcError('not-found', { fields: [field] });
    const total = (found as StoredAttachment[]).reduce((sum, stored) => sum + stored.size, 0);
    if (ids.length > limits.maxFiles || total > limits.maxTotalBytes) throw new DvcError('invalid-input', { fields: [field] });
    return found as StoredAttachment[];
  }

  function takeAttachments(ids: readonly string[]): void {
    findAttachments(ids);
    for (const id of ids) attachments.delete(id);
  }

  return {
    /** For other desks (dossiers): look the uploads up, then use them up once the submission is accepted. */
    attachments: {
      find: findAttachments,
      release: (ids: readonly string[]) => ids.forEach((id) => attachments.delete(id)),
    },

    async upload({ fileName, content }: UploadAttachmentRequest): Promise<Attachment> {
      const file = new File([content], fileName, { type: content.type });
      const checked = await checkAttachment(file, policy);
      if (!checked.ok) {
        const status = checked.error.code === 'attachment.size' ? 413 : 415;
        throw new DvcError('invalid-input', { status, fields: ['content'] });
      }
      const expiresAtMs = ctx.now() + ATTACHMENT_VALID_MS;
      const attachment: Attachment = {
        attachmentId: ctx.random.handle('att'),
        fileName,
        size: file.size,
        kind: checked.value.kind,
        expiresAt: ctx.iso(expiresAtMs),
      };
      attachments.set(attachment.attachmentId, { ...attachment, expiresAtMs });
      return attachment;
    },

    submitFeedback(request: SubmitFeedbackRequest): FeedbackReceipt {
      try {
        ctx.profileOf(request.accountId);
      } catch {
        throw new DvcError('unauthorized');
      }
      ctx.useCaptcha(request.captchaId, request.captchaAnswer);
      takeAttachments(request.attachmentIds);
      const submittedAt = ctx.iso(ctx.now());
      const record: Feedback = { reference: reference('PAKN'), title: request.title, status: 'received', submittedAt, answers: [] };
      feedback.set(record.reference, record);
      ctx.send({
        channel: 'email',
        to: request.email,
        text: `Cổng Dịch vụ công Quốc gia đã tiếp nhận phản ánh, kiến nghị ${record.reference}.`,
      });
      return { reference: record.reference, submittedAt };
    },

    getFeedback({ reference: wanted }: FeedbackLookup): Feedback {
      const record = feedback.get(wanted);
      if (record === undefined) throw new DvcError('not-found', { fields: ['reference'] });
      return record;
    },

    answerFeedback({ reference: wanted, status, agency, text }: FeedbackAnswer): Feedback {
      const record = feedback.get(wanted);
      if (record === undefined) throw new DvcError('not-found', { fields: ['reference'] });
      record.status = status;
      if (agency !== undefined) record.agency = agency;
      if (text !== undefined) {
        record.answers.push({ agency: agency ?? record.agency ?? 'Cổng Dịch vụ công Quốc gia', text, answeredAt: ctx.iso(ctx.now()) });
      }
      return record;
    },

    submitSupportRequest(request: SubmitSupportRequest): SupportTicket {
      ctx.useCaptcha(request.captchaId, request.captchaAnswer);
      takeAttachments(request.attachmentIds);
      const ticket = { reference: reference('HT'), submittedAt: ctx.iso(ctx.now()) };
      const to = request.contactChannel === 'phone' ? request.phone : request.email;
      ctx.send({
        channel: request.contactChannel === 'phone' ? 'sms' : 'email',
        to: to ?? '',
        text: `Tổng đài hỗ trợ 1800 1096 đã nhận yêu cầu ${ticket.reference}.`,
      });
      return ticket;
    },
  };
}
