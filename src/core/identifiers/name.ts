import { ok, type Result } from '../result.js';
import { failWith } from './codes.js';
import { normalizeText } from './normalize.js';

/** One word of Latin letters, each with any combining marks NFC could not compose. */
const WORD = String.raw`(?:\p{Script=Latin}\p{M}*)+`;

/**
 * Words joined by one space, hyphen or apostrophe: apostrophes occur in the names of several
 * ethnic minorities (H'Hen Niê), hyphens in compound and foreign names.
 */
const FULL_NAME = new RegExp(`^${WORD}(?:[ '-]${WORD})*$`, 'u');

/**
 * A full name (họ và tên) as it is on the ID card: Vietnamese diacritics kept (composed to NFC
 * so the same name always compares equal), spaces collapsed, letter case left as typed.
 */
export function parseFullName(input: string): Result<{ fullName: string }> {
  const fullName = normalizeText(input)
    .replace(/\s+/g, ' ')
    .replace(/[\u2018\u2019\u02BC]/g, "'");
  if (fullName === '') return failWith('name.required');
  if (!FULL_NAME.test(fullName)) return failWith('name.characters');
  return ok({ fullName });
}
