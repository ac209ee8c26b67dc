/**
 * Sending a form that carries chosen files and a captcha answer: the files go up first, then the
 * form. A failure comes back as what to show, in the page language, and under which field.
 * Fetched by the forms on demand: nothing of it is needed before the citizen sends.
 */
import { msg } from '@lit/localize';
import type { AttachmentPolicy } from '../../core/attachments/attachment-policy.js';
import type { DvcBackend } from '../../core/backend/types.js';
import { toDvcError } from '../../core/errors.js';
import { backendErrorMessage, errorMessagesReady } from '../../i18n/messages/error-messages-on-demand.js';
import { refusalMessage } from './add-files.js';
import { FileRefused, uploadChosenFiles, type ChosenFile } from './upload-files.js';
import { templates as english } from '../../i18n/generated/en/send-with-files.js';
import { addTranslations } from '../../i18n/locale.js';

addTranslations(english);

export interface SendFailure {
  code: string;
  message: string;
  /** The field the message belongs under; none for a failure of the whole form. */
  field?: 'attachments' | 'captchaAnswer';
  /** The form reached the server, which uses a captcha up, right or wrong: a new one is needed. */
  captchaUsed: boolean;
}

export interface SendWithFiles<T> {
  backend: DvcBackend;
  files: readonly ChosenFile[];
  policy: AttachmentPolicy;
  /** Called before each file goes up (1-based position). */
  onUpload(position: number, total: number, file: File): void;
  /** The captcha shown and the answer typed, sent with the form. */
  captcha: { id: string; answer: string };
  /** Sends the form, once every file is up, with what proves it: the files' ids and the captcha. */
  submit(proof: { attachmentIds: string[]; captchaId: string; captchaAnswer: string }): Promise<T>;
}

/** Uploads what is not up yet, then submits; a retry after a failure sends only what is missing. */
export async function sendWithFiles<T>({
  backend,
  files,
  policy,
  captcha,
  onUpload,
  submit,
}: SendWithFiles<T>): Promise<{ sent: T } | { failure: SendFailure }> {
  let uploaded = false;
  try {
    await uploadChosenFiles(backend, files, onUpload);
    uploaded = true;
    const attachmentIds = files.map((chosen) => chosen.attachmentId as string);
    return { sent: await submit({ attachmentIds, captchaId: captcha.id, captchaAnswer: captcha.answer }) };
  } catch (error) {
    return { failure: await failureOf(error, files, policy, uploaded) };
  }
}

async function failureOf(
  error: unknown,
  files: readonly ChosenFile[],
  policy: AttachmentPolicy,
  captchaUsed: boolean,
): Promise<SendFailure> {
  // The server refused a file the browser's checks let through: say which.
  if (error instanceof FileRefused)
    return { code: 'invalid-input', message: await refusalMessage(error, policy), field: 'attachments', captchaUsed };
  const { code } = toDvcError(error);
  await errorMessagesReady();
  if (code === 'captcha-wrong' || code === 'captcha-expired')
    return { code, message: backendErrorMessage(code), field: 'captchaAnswer', captchaUsed };
  if (code === 'not-found') {
    // An upload expired before the form went: the files go up again on the next try.
    for (const chosen of files) delete chosen.attachmentId;
    const message = msg('Tệp đính kèm đã hết hạn lưu tạm; hệ thống sẽ tải lại khi bạn gửi.', { id: 'attachments.expired' });
    return { code, message, captchaUsed };
  }
  return { code, message: backendErrorMessage(code), captchaUsed };
}
