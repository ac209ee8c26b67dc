/** Attachments are judged by their bytes, not their names, before anything is uploaded. */
import { expect } from '@open-wc/testing';
import {
  FEEDBACK_ATTACHMENTS,
  acceptAttribute,
  checkAttachment,
  checkAttachmentSet,
  claimedKind,
  detectKind,
} from '../../../src/core/attachments/index.js';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new TextEncoder().encode(text);

/** A minimal stored (uncompressed) ZIP with the given entry names, central directory included. */
function zip(names: string[], comment = ''): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const name of names) {
    const encoded = ascii(name);
    const local = new Uint8Array(30 + encoded.length);
    const view = new DataView(local.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint16(26, encoded.length, true);
    local.set(encoded, 30);
    parts.push(local);
    const entry = new Uint8Array(46 + encoded.length);
    const entryView = new DataView(entry.buffer);
    entryView.setUint32(0, 0x02014b50, true);
    entryView.setUint16(28, encoded.length, true);
    entryView.setUint32(42, offset, true);
    entry.set(encoded, 46);
    central.push(entry);
    offset += local.length;
  }
  const directorySize = central.reduce((sum, entry) => sum + entry.length, 0);
  const commentBytes = ascii(comment);
  const end = new Uint8Array(22 + commentBytes.length);
  const endView = new DataView(end.buffer);
  endView.setUint32(0, 0x06054b50, true);
  endView.setUint16(8, names.length, true);
  endView.setUint16(10, names.length, true);
  endView.setUint32(12, directorySize, true);
  endView.setUint32(16, offset, true);
  endView.setUint16(20, commentBytes.length, true);
  end.set(commentBytes, 22);
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of all) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const DOCX = zip(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
const XLSX = zip(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'], 'made by a spreadsheet');
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46);
const PDF = ascii('%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
const OLE = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0);
const EXE = ascii('MZ\x90\x00 This program cannot be run in DOS mode');

// Test bytes are always backed by a plain ArrayBuffer.
const part = (content: Uint8Array) => content as Uint8Array<ArrayBuffer>;
const blob = (content: Uint8Array) => new Blob([part(content)]);
const file = (content: Uint8Array, name: string, type = '') => new File([part(content)], name, { type });
const code = async (candidate: File) => {
  const result = await checkAttachment(candidate, FEEDBACK_ATTACHMENTS);
  return result.ok ? `ok:${result.value.kind}` : result.error.code;
};

describe('attachments', () => {
  it('tells kinds apart by content, Office Open XML files by their parts', async () => {
    expect(await detectKind(blob(JPEG))).to.equal('jpg');
    expect(await detectKind(blob(PDF))).to.equal('pdf');
    expect(await detectKind(blob(OLE))).to.equal('ole');
    expect(await detectKind(blob(DOCX))).to.equal('docx');
    expect(await detectKind(blob(XLSX))).to.equal('xlsx');
    expect(await detectKind(blob(zip(['notes.txt'])))).to.equal('zip');
    expect(await detectKind(blob(EXE))).to.equal(null);
    expect(await detectKind(blob(ascii('PK\x03\x04 but not really a zip')))).to.equal(null);
    expect(await detectKind(new Blob([]))).to.equal(null);
  });

  it('accepts the six kinds the portal lists when name, type and content agree', async () => {
    expect(await code(file(JPEG, 'anh.JPG', 'image/jpeg'))).to.equal('ok:jpg');
    expect(await code(file(JPEG, 'anh.jpeg'))).to.equal('ok:jpg');
    expect(await code(file(PDF, 'don.pdf', 'application/pdf'))).to.equal('ok:pdf');
    expect(await code(file(OLE, 'to-trinh.doc', 'application/msword'))).to.equal('ok:doc');
    expect(await code(file(OLE, 'bang-ke.xls', 'application/vnd.ms-excel'))).to.equal('ok:xls');
    expect(await code(file(DOCX, 'don.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'))).to.equal(
      'ok:docx',
    );
    expect(await code(file(XLSX, 'bang.xlsx'))).to.equal('ok:xlsx');
  });

  it('refuses other kinds, renamed files and contradicting content types', async () => {
    expect(await code(file(PDF, 'video.mp4', 'video/mp4'))).to.equal('attachment.type');
    expect(await code(file(PDF, 'khong-duoi'))).to.equal('attachment.type');
    expect(await code(file(ascii('\x89PNG\r\n\x1a\n'), 'anh.png', 'image/png'))).to.equal('attachment.type');
    expect(await code(file(EXE, 'hoa-don.pdf'))).to.equal('attachment.content');
    expect(await code(file(DOCX, 'bang.xlsx'))).to.equal('attachment.content');
    expect(await code(file(zip(['evil.js']), 'don.docx'))).to.equal('attachment.content');
    expect(await code(file(PDF, 'don.pdf', 'text/html'))).to.equal('attachment.content');
    expect(await code(file(new Uint8Array(0), 'trong.pdf'))).to.equal('attachment.empty');
  });

  it('checks size per file and for the whole set', async () => {
    const big = new Uint8Array(FEEDBACK_ATTACHMENTS.maxBytes + 1);
    big.set(PDF);
    expect(await code(file(big, 'lon.pdf'))).to.equal('attachment.size');
    const nine = blob(new Uint8Array(9 * 1024 * 1024));
    expect(checkAttachmentSet([nine, nine], [nine], FEEDBACK_ATTACHMENTS)).to.deep.equal({
      ok: false,
      error: { code: 'attachment.total' },
    });
    const small = blob(PDF);
    expect(checkAttachmentSet([small, small, small, small], [small], FEEDBACK_ATTACHMENTS).ok).to.equal(true);
    expect(checkAttachmentSet([small, small, small, small], [small, small], FEEDBACK_ATTACHMENTS)).to.deep.equal({
      ok: false,
      error: { code: 'attachment.count' },
    });
  });

  it('names the accepted kinds for the file picker', () => {
    expect(claimedKind('Don.De.Nghi.DOCX')).to.equal('docx');
    const accept = acceptAttribute(FEEDBACK_ATTACHMENTS).split(',');
    expect(accept).to.include.members(['.jpg', '.jpeg', '.pdf', '.doc', '.docx', '.xls', '.xlsx', 'application/pdf']);
    expect(accept).not.to.include('.png');
  });
});
