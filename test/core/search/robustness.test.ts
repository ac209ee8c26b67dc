import { expect } from '@open-wc/testing';
import { createProcedureIndex } from '../../../src/core/search/index.js';

/** Mulberry32: seeded, so a failure reproduces. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces people and broken systems send: Vietnamese, marks alone, codes, digits of other scripts, emoji, controls, lone surrogates. */
const PIECES = [
  'đăng',
  'ký',
  'tạm',
  'trú',
  'dang',
  'ky',
  'tam',
  'tru',
  'cấp',
  'đổi',
  'thẻ',
  'căn',
  'cước',
  'bhyt',
  'dk',
  'sổ đỏ',
  '1.004194',
  '1.0041',
  '.H19',
  '02',
  '０２',
  '١٢',
  '\u0301',
  '\u0323\u0309',
  'ư',
  'Ơ',
  'ð',
  'İ',
  'ß',
  'ﬁ',
  '😀',
  '👨‍👩‍👧',
  '\u200b',
  '\u00ad',
  '\ud800',
  '\udc00',
  '\u0000',
  '\t',
  '\n',
  ' ',
  '  ',
  '(',
  ')',
  '[',
  ']',
  '.',
  '-',
  '/',
  '*',
  '?',
  '\\',
  '"',
  "'",
  'ǅ',
  'Ⅻ',
  '漢字',
  'ا',
  'x'.repeat(40),
  'dnag',
  'kys',
  'tru8',
  'ddawng',
];

function randomText(random: () => number): string {
  let text = '';
  const pieces = Math.floor(random() * 12);
  for (let i = 0; i < pieces; i += 1) {
    if (random() < 0.2) text += String.fromCharCode(Math.floor(random() * 0x10000));
    else text += PIECES[Math.floor(random() * PIECES.length)];
    if (random() < 0.6) text += ' ';
  }
  return text;
}

describe('search: arbitrary input', () => {
  const random = seeded(20250701);
  const records = Array.from({ length: 60 }, (_, i) => ({
    code: `1.${String(100000 + i).padStart(6, '0')}`,
    name: randomText(random) || 'Đăng ký tạm trú',
    sector: `Lĩnh vực ${i % 4}`,
    levels: i % 2 ? ['Cấp xã'] : ['Cấp tỉnh', 'Cấp xã'],
    online: i % 3 === 0,
    subjects: ['Công dân Việt Nam'],
    ...(i % 5 === 0 ? { locality: String(i % 34).padStart(2, '0') } : {}),
  }));
  const index = createProcedureIndex(records);

  it('never throws and always returns well-formed results', () => {
    for (let run = 0; run < 500; run += 1) {
      const query = randomText(random);
      const limit = Math.floor(random() * 12);
      const result = index.search(query, { limit, offset: Math.floor(random() * 3) });
      expect(result.items.length, query).to.be.at.most(limit);
      expect(result.total, query).to.be.at.least(result.items.length);
      let previous = Infinity;
      for (const { procedure, score, highlights } of result.items) {
        expect(score, query).to.be.within(0, 1).and.at.most(previous);
        previous = score;
        let end = 0;
        for (const range of highlights) {
          expect(range.start, query).to.be.at.least(end);
          expect(range.end, query).to.be.above(range.start).and.at.most(procedure.name.length);
          end = range.end;
        }
      }
    }
  });

  it('finds a record by its own arbitrary name', () => {
    const named = records.filter((record) => /[\p{L}\p{N}]/u.test(record.name));
    for (const record of named) {
      const found = index.search(record.name, { limit: 60 }).items.map((item) => item.procedure);
      expect(found, JSON.stringify(record.name)).to.include(record);
    }
  });
});
