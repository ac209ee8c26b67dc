/**
 * The checks of chosen files against a policy, apart from the policies themselves, so a form that
 * shows an attachment field fetches them only once a file is chosen.
 */
import { fail, ok, type Result } from '../result.js';
import { CONTENT_TYPES, claimedKind, type AttachmentPolicy } from './attachment-policy.js';
import { contentMatches, detectKind, type AttachmentKind } from './file-signature.js';

/** Checks one file: allowed kind by name and content type, content that proves it, size. */
export async function checkAttachment(file: File, policy: AttachmentPolicy): Promise<Result<{ kind: AttachmentKind }>> {
  const kind = claimedKind(file.name);
  if (kind === null || !policy.kinds.includes(kind)) return fail('attachment.type');
  if (file.type !== '' && !CONTENT_TYPES[kind].includes(file.type)) return fail('attachment.content');
  if (file.size === 0) return fail('attachment.empty');
  if (file.size > policy.maxBytes) return fail('attachment.size');
  if (!contentMatches(kind, await detectKind(file))) return fail('attachment.content');
  return ok({ kind });
}

/** Checks what adding `added` to `kept` would make: number of files and total size. */
export function checkAttachmentSet(kept: readonly Blob[], added: readonly Blob[], policy: AttachmentPolicy): Result<true> {
  if (kept.length + added.length > policy.maxFiles) return fail('attachment.count');
  const total = [...kept, ...added].reduce((sum, file) => sum + file.size, 0);
  if (total > policy.maxTotalBytes) return fail('attachment.total');
  return ok(true);
}
