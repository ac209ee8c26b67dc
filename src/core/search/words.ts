/** A run of letters, digits and combining marks in a text, with its UTF-16 offsets. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

/** Marks are part of a word so that decomposed (NFD) text splits where composed text does. */
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

/**
 * Per UTF-16 unit: 0 not classified yet, 1 word character, 2 not. Filled on first sight, so
 * scanning thousands of names costs one table read per character instead of a regular
 * expression (the index build is dominated by this loop).
 */
const classes = new Uint8Array(0x10000);

function isWordUnit(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  let kind = classes[unit];
  if (kind === 0) {
    // A surrogate half is never classified alone: it is a word character when its pair is.
    if (unit >= 0xd800 && unit <= 0xdfff) return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(unit < 0xdc00 ? i : i - 1) ?? 0));
    kind = WORD_CHARACTER.test(String.fromCharCode(unit)) ? 1 : 2;
    classes[unit] = kind;
  }
  return kind === 1;
}

/**
 * Calls `visit(start, end, separatorStart)` for each word in order; `separatorStart` is where
 * the text before the word (since the previous word) begins. Punctuation and spaces separate words.
 */
export function forEachWord(text: string, visit: (start: number, end: number, separatorStart: number) => void): void {
  let start = -1;
  let previousEnd = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i < text.length && isWordUnit(text, i)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      visit(start, i, previousEnd);
      previousEnd = i;
      start = -1;
    }
  }
}

/** The words of a text in order. */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  forEachWord(text, (start, end) => words.push({ text: text.slice(start, end), start, end }));
  return words;
}

const MARKS_ONLY = /^\p{M}+$/u;

/**
 * Whether a word is indexed: a run of only combining marks (a stray accent) folds to nothing and
 * is skipped. The index and the highlighter count word positions the same way through this.
 */
export const isIndexedWord = (text: string): boolean => !MARKS_ONLY.test(text);
