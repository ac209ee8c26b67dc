/** The checks run when files are added to an attachment field; fetched the first time a file is chosen. */
import { checkAttachment, checkAttachmentSet } from '../../core/attachments/check-attachment.js';
import type { AttachmentErrorCode, AttachmentPolicy } from '../../core/attachments/attachment-policy.js';
import { attachmentMessage } from '../../i18n/messages/attachment-messages.js';

export { attachmentMessage };

/** The files to add when all pass, else why the first that fails does (nothing is added then). */
export async function checkAddedFiles(
  kept: readonly File[],
  added: readonly File[],
  policy: AttachmentPolicy,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const set = checkAttachmentSet(kept, added, policy);
  if (!set.ok) return { ok: false, message: attachmentMessage(set.error.code as AttachmentErrorCode, policy) };
  for (const file of added) {
    const checked = await checkAttachment(file, policy);
    if (!checked.ok) return { ok: false, message: attachmentMessage(checked.error.code as AttachmentErrorCode, policy, file.name) };
  }
  return { ok: true };
}
