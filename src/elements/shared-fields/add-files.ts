/**
 * Adding chosen files to a form's list: each is checked (type, content, size, then count and
 * total) and refused with the reason in the page's language. The checks are fetched the first
 * time a file is chosen.
 */
import type { AttachmentPolicy } from '../../core/attachments/attachment-policy.js';
import { toDvcError } from '../../core/errors.js';
import { onDemand } from '../../core/on-demand.js';
import { networkMessage } from '../../i18n/messages/network-message.js';
import type { ChosenFile, FileRefused } from './upload-files.js';

const loadFileChecks = onDemand(() => import('./check-added-files.js'));

/**
 * The files after adding `added` when all pass the policy; else why not, in the page language
 * (nothing is added then). The checks are fetched the first time; a failed fetch is a `network`
 * refusal, and choosing again tries again.
 */
export async function addFiles(
  kept: readonly ChosenFile[],
  added: readonly File[],
  policy: AttachmentPolicy,
): Promise<{ files: ChosenFile[] } | { code: string; message: string }> {
  try {
    const { checkAddedFiles } = await loadFileChecks();
    const checked = await checkAddedFiles(
      kept.map((chosen) => chosen.file),
      added,
      policy,
    );
    if (!checked.ok) return { code: 'invalid-input', message: checked.message };
  } catch (error) {
    return { code: toDvcError(error).code, message: networkMessage() };
  }
  return { files: [...kept, ...added.map((file) => ({ file }))] };
}

/** Why the server refused a file, in the page language. */
export async function refusalMessage({ chosen, code }: FileRefused, policy: AttachmentPolicy): Promise<string> {
  try {
    const { attachmentMessage } = await loadFileChecks();
    return attachmentMessage(code, policy, chosen.file.name);
  } catch {
    return networkMessage();
  }
}
