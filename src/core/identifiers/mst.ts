import { ok, type Result } from '../result.js';
import { parseCccd, type CccdOptions } from './cccd.js';
import { failWith } from './codes.js';
import { asciiPunctuation, normalizeText, toAsciiDigits } from './normalize.js';

export interface TaxCode {
  /** The 10-digit tax code, or the 12-digit personal ID that individuals use since 1 July 2025. */
  base: string;
  /** Branch / dependent unit, `001`–`999`, written after a dash. */
  branch?: string;
  kind: 'mst' | 'personal-id';
}

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/** The tenth digit a tax code must end with, or `undefined` when no digit fits (remainder 0). */
export function mstCheckDigit(firstNine: string): number | undefined {
  const remainder = WEIGHTS.reduce((sum, weight, i) => sum + weight * Number(firstNine[i]), 0) % 11;
  return remainder === 0 ? undefined : 10 - remainder;
}

/**
 * A tax code (mã số thuế): 10 digits with a check digit, optionally `-001`…`-999` for a branch
 * (13 digits without the dash are read the same way), or a 12-digit personal ID.
 */
export function parseMst(input: string, options: CccdOptions = {}): Result<TaxCode> {
  // Dashes stay: the one before a branch is part of the code.
  const text = asciiPunctuation(toAsciiDigits(normalizeText(input))).replace(/[\s.()[\]]/g, '');
  if (text === '') return failWith('mst.required');
  const match = /^(\d+)(?:-(\d*))?$/.exec(text);
  if (!match) return failWith('mst.invalid');
  const [, digits, dashed] = match;

  if (dashed === undefined && digits.length === 12) {
    return parseCccd(digits, options).ok ? ok({ base: digits, kind: 'personal-id' }) : failWith('mst.personal-id');
  }
  const undashed = dashed === undefined && digits.length === 13;
  if (digits.length !== 10 && !undashed) return failWith('mst.length');
  const base = digits.slice(0, 10);
  const branch = undashed ? digits.slice(10) : dashed;

  if (mstCheckDigit(base) !== Number(base[9])) return failWith('mst.checksum');
  if (branch === undefined) return ok({ base, kind: 'mst' });
  if (!/^\d{3}$/.test(branch) || branch === '000') return failWith('mst.branch');
  return ok({ base, branch, kind: 'mst' });
}
