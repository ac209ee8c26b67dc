import { expect } from '@open-wc/testing';
import { WORD_HASH_SEED, WordTable, hashUnit } from '../../../src/core/search/word-table.js';

const hashOf = (text: string, start: number, end: number) => {
  let hash = WORD_HASH_SEED;
  for (let i = start; i < end; i += 1) hash = hashUnit(hash, text.charCodeAt(i));
  return hash;
};
const idOf = (table: WordTable, text: string, start = 0, end = text.length) => table.idOf(text, start, end, hashOf(text, start, end));

describe('search/WordTable', () => {
  it('numbers distinct words in order of first sight, looked up inside a longer text', () => {
    const table = new WordTable();
    const text = 'đăng ký đăng';
    expect(idOf(table, text, 0, 4)).to.equal(0);
    expect(idOf(table, text, 5, 7)).to.equal(1);
    expect(idOf(table, text, 8, 12)).to.equal(0);
    expect(table.words).to.deep.equal(['đăng', 'ký']);
  });

  it('keeps every id through growth, with colliding hashes told apart', () => {
    const table = new WordTable();
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}`);
    words.forEach((word, i) => expect(idOf(table, word)).to.equal(i));
    words.forEach((word, i) => expect(idOf(table, `  ${word}`, 2, 2 + word.length)).to.equal(i));
    // The same hash for a different word must not return the first word's id.
    const other = new WordTable();
    expect(other.idOf('ab', 0, 2, 7)).to.equal(0);
    expect(other.idOf('cd', 0, 2, 7)).to.equal(1);
    expect(other.idOf('ab', 0, 2, 7)).to.equal(0);
  });
});
