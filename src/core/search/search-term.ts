/**
 * The form a word takes in the search index, on top of `foldVietnamese`: spellings that people
 * type both ways must meet on one term, and a term keeps nothing the user may have left out.
 */
import { foldVietnamese } from '../identifiers/fold.js';
import { toAsciiDigits } from '../identifiers/normalize.js';

/**
 * A consonant onset followed by a bare `y`: the syllables whose `y` is also written `i`
 * (kỹ/kĩ, lý/lí, quý/quí, Mỹ/Mĩ). `y` after a vowel (`hay`, `tuy`) is a different rhyme and a
 * lone `y` (`y tế`) is never written `i`, so neither matches.
 */
const Y_SPELLED_I = /^(?:b|ch|c|d|gh|g|h|kh|k|l|m|ngh|ng|nh|n|ph|p|qu|r|s|th|tr|t|v|x)y$/;

const DIGITS = /^\d+$/;

/**
 * A word as an index term: folded (lower case, no marks, `đ` → `d`), any Unicode digits as ASCII,
 * `y` spelled `i` where both spellings exist, and numbers without leading zeros (`02` = `2`).
 * Old and new tone placement (`hoà`/`hòa`) already meet once the marks are gone.
 */
export function toSearchTerm(word: string): string {
  const folded = foldVietnamese(toAsciiDigits(word));
  if (DIGITS.test(folded)) return folded.replace(/^0+(?=\d)/, '');
  return Y_SPELLED_I.test(folded) ? `${folded.slice(0, -1)}i` : folded;
}

/** The five tone marks (huyền, sắc, ngã, hỏi, nặng) as NFD combining characters. */
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * A word with its diacritics, keyed so that tone placement does not matter: the letters with
 * their vowel marks, then the tone. `hoà` and `hòa`, `xoá` and `xóa` get the same key.
 */
export function toAccentKey(word: string): string {
  const decomposed = word.normalize('NFD').toLowerCase();
  const tone = TONE_MARK.exec(decomposed)?.[0] ?? '';
  return decomposed.replace(TONE_MARKS, '').normalize('NFC') + tone;
}

/** Whether the user typed any Vietnamese mark (tone, vowel mark or `đ`) in this word. */
export const hasDiacritics = (word: string): boolean => /[\p{M}đðĐÐ]/u.test(word.normalize('NFD'));
