/**
 * Shared input clean-up for the identifier parsers. People paste numbers from SMS, PDFs and
 * spreadsheets, type them on phones with full-width or Arabic-Indic digits, and split them with
 * spaces, dots and dashes; every parser starts from the same cleaned text.
 */

/** Format characters: zero-width spaces and joiners, soft hyphens, BOMs, bidi marks. */
const INVISIBLE = /\p{Cf}/gu;

/** What people put inside an identifier to make it readable: spaces, dots, dashes, brackets. */
const SEPARATORS = /[\s\p{Pd}\p{Ps}\p{Pe}.\u00B7\u2024\u2212\u3002\uFF0E]/gu;

const DASHES = /[\p{Pd}\u2212]/gu;
const DOTS = /[\u2024\u3002\uFF0E]/gu;
const SLASHES = /[\u2044\u2215\uFF0F]/gu;

const DECIMAL_DIGIT = /\p{Nd}/u;

const isDecimalDigit = (codePoint: number): boolean => codePoint >= 0 && DECIMAL_DIGIT.test(String.fromCodePoint(codePoint));

/**
 * The value of any Unicode decimal digit. Unicode assigns decimal digits only in complete runs
 * from zero to nine, so a maximal block of consecutive digits is made of whole 0–9 sets (the
 * mathematical digits are five sets in a row) and the value is the offset from the block's start.
 */
function digitValue(codePoint: number): number {
  let start = codePoint;
  while (isDecimalDigit(start - 1)) start -= 1;
  return (codePoint - start) % 10;
}

/** Trim, compose to NFC (so "ế" typed as e + marks equals the precomposed letter) and drop invisible characters. */
export const normalizeText = (input: string): string => input.normalize('NFC').replace(INVISIBLE, '').trim();

/** Every Unicode decimal digit (full-width ０–９, Arabic-Indic ٠–٩, Devanagari, ...) as ASCII 0–9. */
export const toAsciiDigits = (input: string): string =>
  input.replace(/\p{Nd}/gu, (digit) => (digit >= '0' && digit <= '9' ? digit : String(digitValue(digit.codePointAt(0) ?? 0))));

/** Drop spaces, dots, dashes and brackets. */
export const stripSeparators = (input: string): string => input.replace(SEPARATORS, '');

/** Every dash as "-", every full stop as ".", every slash as "/": for identifiers whose punctuation matters. */
export const asciiPunctuation = (input: string): string => input.replace(DASHES, '-').replace(DOTS, '.').replace(SLASHES, '/');

/** The digits of a number typed any way: normalised, ASCII digits, no separators. */
export const compactIdentifier = (input: string): string => stripSeparators(toAsciiDigits(normalizeText(input)));
