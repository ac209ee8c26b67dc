/** A run of letters, digits and combining marks in a text, with its UTF-16 offsets. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;

const UNKNOWN = 0;
const LETTER = 1;
/** Marks are part of a word so that decomposed (NFD) text splits where composed text does. */
const COMBINING_MARK = 2;
const OTHER = 3;

/**
 * The kind of each UTF-16 unit, filled on first sight: scanning thousands of names then costs
 * one table read per character instead of a regular expression (the index build is dominated by
 * this loop).
 */
const kinds = new Uint8Array(0x10000);

function kindAt(text: string, i: number): number {
  const kind = kinds[text.charCodeAt(i)];
  return kind === UNKNOWN ? classify(text, i) : kind;
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** The character at `i`: both halves of a surrogate pair, or the one unit. */
function characterAt(text: string, i: number): string {
  const unit = text.charCodeAt(i);
  if (isHighSurrogate(unit) && isLowSurrogate(text.charCodeAt(i + 1))) return text.slice(i, i + 2);
  if (isLowSurrogate(unit) && isHighSurrogate(text.charCodeAt(i - 1))) return text.slice(i - 1, i + 1);
  return text[i];
}

function classify(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  const character = characterAt(text, i);
  const kind = LETTER_OR_DIGIT.test(character) ? LETTER : MARK.test(character) ? COMBINING_MARK : OTHER;
  // A surrogate half is what its pair is (a lone half is nothing), so it is never cached.
  if (!isHighSurrogate(unit) && !isLowSurrogate(unit)) kinds[unit] = kind;
  return kind;
}

/** Whether `text[i]` belongs to a word (a letter, digit or combining mark). */
export const isWordCharacter = (text: string, i: number): boolean => kindAt(text, i) !== OTHER;

/**
 * Calls `visit(start, end, separatorStart)` for each word in order; `separatorStart` is where
 * the text before the word (since the previous word) begins. Punctuation and spaces separate words.
 */
export function forEachWord(text: string, visit: (start: number, end: number, separatorStart: number) => void): void {
  let start = -1;
  let previousEnd = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i < text.length && isWordCharacter(text, i)) {
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

/**
 * Whether the word `text[start, end)` is indexed: a run of only combining marks (a stray accent)
 * folds to nothing and is skipped. The index and the highlighter count word positions the same
 * way through this.
 */
export function isIndexedWord(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i += 1) if (kindAt(text, i) === LETTER) return true;
  return false;
}
