/**
 * Which files a form accepts and how big they may be, checked in the browser before anything is
 * uploaded (the server checks again: this only spares people a failed upload).
 */
import type { AttachmentKind } from './file-signature.js';

export interface AttachmentPolicy {
  kinds: readonly AttachmentKind[];
  /** Largest single file, in bytes. */
  maxBytes: number;
  /** Most files in one submission. */
  maxFiles: number;
  /** Largest total of all files, in bytes. */
  maxTotalBytes: number;
}

export type AttachmentErrorCode =
  'attachment.type' | 'attachment.content' | 'attachment.empty' | 'attachment.size' | 'attachment.count' | 'attachment.total';

const MB = 1024 * 1024;

/**
 * Feedback and complaints (phản ánh, kiến nghị): the portal accepts JPG, PDF, DOC, DOCX, XLS and
 * XLSX. The size limits are not published: these are defaults a site can change.
 */
export const FEEDBACK_ATTACHMENTS: AttachmentPolicy = {
  kinds: ['jpg', 'pdf', 'doc', 'docx', 'xls', 'xlsx'],
  maxBytes: 10 * MB,
  maxFiles: 5,
  maxTotalBytes: 25 * MB,
};

const EXTENSIONS: Record<string, AttachmentKind> = {
  jpg: 'jpg',
  jpeg: 'jpg',
  png: 'png',
  pdf: 'pdf',
  doc: 'doc',
  docx: 'docx',
  xls: 'xls',
  xlsx: 'xlsx',
};

/** Content types browsers report for each kind; an empty type (unknown to the OS) is let through to the content check. */
export const CONTENT_TYPES: Record<AttachmentKind, readonly string[]> = {
  jpg: ['image/jpeg', 'image/pjpeg'],
  png: ['image/png'],
  pdf: ['application/pdf'],
  doc: ['application/msword'],
  docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  xls: ['application/vnd.ms-excel'],
  xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
};

/** The kind a file name claims, by its extension. */
export function claimedKind(name: string): AttachmentKind | null {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? null : (EXTENSIONS[name.slice(dot + 1).toLowerCase()] ?? null);
}

/** The `accept` attribute for a file input under this policy. */
export function acceptAttribute(policy: AttachmentPolicy): string {
  const extensions = Object.entries(EXTENSIONS)
    .filter(([, kind]) => policy.kinds.includes(kind))
    .map(([extension]) => `.${extension}`);
  return [...extensions, ...policy.kinds.flatMap((kind) => CONTENT_TYPES[kind])].join(',');
}
