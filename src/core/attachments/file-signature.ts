/**
 * What a file really is, from its bytes rather than its name: people rename files, and a form that
 * trusts the extension uploads whatever it is told. Reads only small slices of the file.
 */
export type AttachmentKind = 'jpg' | 'png' | 'pdf' | 'doc' | 'docx' | 'xls' | 'xlsx';

/** The kinds a content signature can prove; Word and Excel 97–2003 share one container format. */
export type DetectedKind = 'jpg' | 'png' | 'pdf' | 'ole' | 'docx' | 'xlsx' | 'zip';

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0): boolean =>
  bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
/** OLE compound file: .doc and .xls (and other Office 97–2003 files). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_ENTRY_SIGNATURE = 0x02014b50;
/** The end-of-central-directory record is 22 bytes plus a comment of at most 65,535. */
const EOCD_SEARCH = 22 + 0xffff;
/** More than any real document's directory; a bound so a crafted file cannot make us read much. */
const MAX_CENTRAL_DIRECTORY = 4 * 1024 * 1024;

async function read(file: Blob, start: number, end: number): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(start, end).arrayBuffer());
}

/** The names in a ZIP's central directory, or null when the archive is not well formed. */
async function zipEntryNames(file: Blob): Promise<string[] | null> {
  const tailStart = Math.max(0, file.size - EOCD_SEARCH);
  const tail = await read(file, tailStart, file.size);
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  let eocd = -1;
  for (let offset = tail.length - 22; offset >= 0; offset -= 1) {
    if (view.getUint32(offset, true) === EOCD_SIGNATURE) {
      eocd = offset;
      break;
    }
  }
  if (eocd < 0) return null;
  const size = view.getUint32(eocd + 12, true);
  const start = view.getUint32(eocd + 16, true);
  if (size > MAX_CENTRAL_DIRECTORY || start + size > file.size) return null;
  const directory = await read(file, start, start + size);
  const entries = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
  const decoder = new TextDecoder();
  const names: string[] = [];
  for (let offset = 0; offset + 46 <= directory.length;) {
    if (entries.getUint32(offset, true) !== CENTRAL_ENTRY_SIGNATURE) return null;
    const nameLength = entries.getUint16(offset + 28, true);
    const extraLength = entries.getUint16(offset + 30, true);
    const commentLength = entries.getUint16(offset + 32, true);
    names.push(decoder.decode(directory.subarray(offset + 46, offset + 46 + nameLength)));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** The file's kind from its content, or null when it is none of the kinds we accept. */
export async function detectKind(file: Blob): Promise<DetectedKind | null> {
  const head = await read(file, 0, 16);
  if (startsWith(head, JPEG)) return 'jpg';
  if (startsWith(head, PNG)) return 'png';
  if (startsWith(head, PDF)) return 'pdf';
  if (startsWith(head, OLE)) return 'ole';
  if (!startsWith(head, ZIP)) return null;
  // Office Open XML files are ZIP archives; the part names say which application made them.
  const names = await zipEntryNames(file);
  if (names === null) return null;
  if (!names.includes('[Content_Types].xml')) return 'zip';
  if (names.some((name) => name.startsWith('word/'))) return 'docx';
  if (names.some((name) => name.startsWith('xl/'))) return 'xlsx';
  return 'zip';
}

/** Whether the content proves the kind the file's name claims. */
export function contentMatches(claimed: AttachmentKind, detected: DetectedKind | null): boolean {
  switch (claimed) {
    case 'doc':
    case 'xls':
      return detected === 'ole';
    default:
      return detected === claimed;
  }
}
