/**
 * Sending the files a form's attachment field holds: one by one, each as raw bytes, skipping the
 * ones an earlier try already uploaded, so a retry after a failure sends only what is missing.
 */
import type { AttachmentErrorCode } from '../../core/attachments/index.js';
import type { DvcBackend } from '../../core/backend/types.js';
import { toDvcError } from '../../core/errors.js';

/** A file the citizen chose, with the id the server gave it once uploaded. */
export interface ChosenFile {
  file: File;
  attachmentId?: string;
}

/** The server refused a file the browser's checks let through: which one, and the reason's code. */
export class FileRefused extends Error {
  override name = 'FileRefused';
  constructor(
    readonly chosen: ChosenFile,
    readonly code: AttachmentErrorCode,
  ) {
    super(`${chosen.file.name}: ${code}`);
  }
}

/**
 * Uploads every file not uploaded yet, calling `progress` before each (1-based position). A file
 * the server refuses (too large: 413, else its type or content) ends it with `FileRefused`; any
 * other failure is rethrown as it came.
 */
export async function uploadChosenFiles(
  backend: DvcBackend,
  files: readonly ChosenFile[],
  progress: (position: number, total: number, file: File) => void,
): Promise<void> {
  for (const [index, chosen] of files.entries()) {
    if (chosen.attachmentId) continue;
    progress(index + 1, files.length, chosen.file);
    try {
      chosen.attachmentId = (await backend.uploadAttachment({ fileName: chosen.file.name, content: chosen.file })).attachmentId;
    } catch (error) {
      const failure = toDvcError(error);
      if (failure.code !== 'invalid-input') throw error;
      throw new FileRefused(chosen, failure.status === 413 ? 'attachment.size' : 'attachment.content');
    }
  }
}
