/**
 * The file checks for a dossier's documents: the kinds the document takes, and size limits that
 * fit the upload route (10 MB a file). The limits are not published: defaults a site can change.
 */
import type { AttachmentPolicy } from '../attachments/attachment-policy.js';
import type { FormDocument } from './form-description.js';

const MB = 1024 * 1024;

/** Every file of one dossier together. */
export const DOSSIER_ATTACHMENTS: AttachmentPolicy = { kinds: ['pdf', 'jpg'], maxBytes: 10 * MB, maxFiles: 20, maxTotalBytes: 50 * MB };

/** One document's files: its own kinds; one file unless it takes several. */
export const documentPolicy = (document: FormDocument): AttachmentPolicy => ({
  ...DOSSIER_ATTACHMENTS,
  kinds: document.kinds,
  maxFiles: document.multiple ? 5 : 1,
  maxTotalBytes: document.multiple ? 25 * MB : 10 * MB,
});
