import { expect } from '@open-wc/testing';
import { isWithinOneEdit, oneEditNeighbours } from '../../../src/core/search/edit-distance.js';
import { hasDiacritics, toAccentKey, toSearchTerm } from '../../../src/core/search/search-term.js';
import { withoutTypingKeys } from '../../../src/core/search/typing-leftovers.js';
import { isIndexedWord, splitWords } from '../../../src/core/search/words.js';

describe('search/toSearchTerm', () => {
  it('folds case, tone and vowel marks and đ, composed or decomposed', () => {
    expect(toSearchTerm('Đăng')).to.equal('dang');
    expect(toSearchTerm('TRÚ')).to.equal('tru');
    expect(toSearchTerm('Đăng'.normalize('NFD'))).to.equal('dang');
    expect(toSearchTerm('hướng')).to.equal('huong');
  });

  it('joins old and new tone placement', () => {
    expect(toSearchTerm('hoà')).to.equal(toSearchTerm('hòa'));
    expect(toSearchTerm('xoá')).to.equal(toSearchTerm('xóa'));
    expect(toSearchTerm('thuỷ')).to.equal(toSearchTerm('thủy'));
  });

  it('spells y as i after a consonant, where Vietnamese writes both', () => {
    expect(toSearchTerm('ký')).to.equal(toSearchTerm('kí'));
    expect(toSearchTerm('lý')).to.equal(toSearchTerm('lí'));
    expect(toSearchTerm('quý')).to.equal(toSearchTerm('quí'));
    expect(toSearchTerm('Mỹ')).to.equal(toSearchTerm('Mĩ'));
    expect(toSearchTerm('ky')).to.equal('ki');
  });

  it('keeps y where it is a different rhyme or stands alone', () => {
    expect(toSearchTerm('tay')).to.equal('tay');
    expect(toSearchTerm('thủy')).to.equal('thuy');
    expect(toSearchTerm('y')).to.equal('y');
    expect(toSearchTerm('yếu')).to.equal('yeu');
  });

  it('reads numbers without leading zeros and in any digits', () => {
    expect(toSearchTerm('02')).to.equal('2');
    expect(toSearchTerm('2')).to.equal('2');
    expect(toSearchTerm('0')).to.equal('0');
    expect(toSearchTerm('０２')).to.equal('2');
  });
});

describe('search/toAccentKey', () => {
  it('is the same for both tone placements and differs by tone or vowel mark', () => {
    expect(toAccentKey('hoà')).to.equal(toAccentKey('hòa'));
    expect(toAccentKey('XOÁ')).to.equal(toAccentKey('xóa'));
    expect(toAccentKey('đổi')).to.not.equal(toAccentKey('đối'));
    expect(toAccentKey('đăng')).to.not.equal(toAccentKey('dăng'));
  });

  it('tells typed marks apart from plain letters', () => {
    expect(hasDiacritics('dang')).to.equal(false);
    expect(hasDiacritics('đang')).to.equal(true);
    expect(hasDiacritics('ky\u0301')).to.equal(true);
  });
});

describe('search/withoutTypingKeys', () => {
  it('removes Telex keys left in the text', () => {
    expect(withoutTypingKeys('kys')).to.equal('ky');
    expect(withoutTypingKeys('ddawng')).to.equal('dang');
    expect(withoutTypingKeys('tieengs')).to.equal('tieng');
    expect(withoutTypingKeys('truwowngf')).to.equal('truong');
  });

  it('removes VNI keys left in the text', () => {
    expect(withoutTypingKeys('tru8')).to.equal('tru');
    expect(withoutTypingKeys('d9a8ng')).to.equal('dang');
    expect(withoutTypingKeys('ky1')).to.equal('ky');
  });

  it('leaves words without keys and plain numbers alone', () => {
    expect(withoutTypingKeys('tam')).to.equal(undefined);
    expect(withoutTypingKeys('2024')).to.equal(undefined);
  });
});

describe('search/isWithinOneEdit', () => {
  it('accepts one insertion, deletion, substitution or swap of neighbours', () => {
    expect(isWithinOneEdit('dang', 'dnag')).to.equal(true);
    expect(isWithinOneEdit('khai', 'kahi')).to.equal(true);
    expect(isWithinOneEdit('sinh', 'sin')).to.equal(true);
    expect(isWithinOneEdit('tam', 'tham')).to.equal(true);
    expect(isWithinOneEdit('vang', 'vong')).to.equal(true);
  });

  it('refuses two edits', () => {
    expect(isWithinOneEdit('dang', 'dagnx')).to.equal(false);
    expect(isWithinOneEdit('khai', 'khong')).to.equal(false);
    expect(isWithinOneEdit('abcd', 'badc')).to.equal(false);
  });

  it('lists the neighbours of a term in a sorted vocabulary by position', () => {
    expect(oneEditNeighbours(['cap', 'cup', 'dang', 'sinh'], 'cao')).to.deep.equal([0]);
    expect(oneEditNeighbours(['cap', 'cup', 'dang'], 'cap')).to.deep.equal([1]);
  });
});

describe('search/splitWords', () => {
  it('splits on spaces and punctuation with offsets into the original text', () => {
    const text = 'Cấp đổi (thẻ) căn-cước';
    const words = splitWords(text);
    expect(words.map((word) => word.text)).to.deep.equal(['Cấp', 'đổi', 'thẻ', 'căn', 'cước']);
    for (const word of words) expect(text.slice(word.start, word.end)).to.equal(word.text);
  });

  it('keeps decomposed marks inside their word and skips stray marks', () => {
    const text = 'Đăng ký'.normalize('NFD');
    expect(splitWords(text).map((word) => word.text)).to.deep.equal(['Đăng'.normalize('NFD'), 'ký'.normalize('NFD')]);
    expect(isIndexedWord('\u0301')).to.equal(false);
    expect(isIndexedWord('a\u0301')).to.equal(true);
  });

  it('treats letters outside the Basic Multilingual Plane as word characters', () => {
    expect(splitWords('a 𝐀b c').map((word) => word.text)).to.deep.equal(['a', '𝐀b', 'c']);
  });
});
