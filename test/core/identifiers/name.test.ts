import { expect } from '@open-wc/testing';
import { parseFullName } from '../../../src/core/identifiers/name.js';

const failed = (code: string) => ({ ok: false, error: { code } });
const named = (fullName: string) => ({ ok: true, value: { fullName } });

describe('identifiers/parseFullName', () => {
  it('keeps Vietnamese diacritics and letter case', () => {
    expect(parseFullName('Nguyễn Thị Ánh Tuyết')).to.deep.equal(named('Nguyễn Thị Ánh Tuyết'));
    expect(parseFullName('TRẦN ĐỨC THỊNH')).to.deep.equal(named('TRẦN ĐỨC THỊNH'));
    expect(parseFullName('Lê Văn An')).to.deep.equal(named('Lê Văn An'));
  });

  it('composes decomposed (NFD) input to NFC', () => {
    const result = parseFullName('Nguyễn Thị Ánh Tuyết'.normalize('NFD'));
    expect(result).to.deep.equal(named('Nguyễn Thị Ánh Tuyết'.normalize('NFC')));
    expect(result.ok && result.value.fullName.length).to.equal(20);
  });

  it('trims, collapses spaces and drops invisible characters', () => {
    expect(parseFullName('  Phạm   Minh\u00A0 Chính  ')).to.deep.equal(named('Phạm Minh Chính'));
    expect(parseFullName('Nguy\u200Bễn\u00AD Văn A')).to.deep.equal(named('Nguyễn Văn A'));
  });

  it('accepts apostrophes and hyphens inside a name, unifying curly apostrophes', () => {
    expect(parseFullName("H'Hen Niê")).to.deep.equal(named("H'Hen Niê"));
    expect(parseFullName('H\u2019Hen Niê')).to.deep.equal(named("H'Hen Niê"));
    expect(parseFullName('Y-Moan Enuol')).to.deep.equal(named('Y-Moan Enuol'));
  });

  it('refuses digits, symbols, stray punctuation and other scripts', () => {
    for (const name of ['Nguyễn Văn 2', 'Lê Văn An.', "'An Lê", 'An- Lê', 'Lê@Văn', 'Trần 😀', '阮文雄', 'Иван Петров', "H''Hen"]) {
      expect(parseFullName(name), name).to.deep.equal(failed('name.characters'));
    }
  });

  it('refuses an empty name', () => {
    expect(parseFullName('')).to.deep.equal(failed('name.required'));
    expect(parseFullName(' \u200B\u3000')).to.deep.equal(failed('name.required'));
  });
});
