import { CCCD_ABROAD_CODES, CCCD_PROVINCE_CODES } from '../data/cccd-places.js';
import { ok, type Result } from '../result.js';
import { failWith } from './codes.js';
import { compactIdentifier } from './normalize.js';

export type Gender = 'male' | 'female';

/** What a CCCD (citizen identity card) / 12-digit personal ID number says about its holder. */
export interface Cccd {
  number: string;
  /** First three digits: where the birth was registered. */
  birthPlaceCode: string;
  /** The province's name; absent for a birth abroad (the code is then a country code we do not list). */
  birthPlaceName?: string;
  abroad: boolean;
  gender: Gender;
  birthYear: number;
}

export interface CccdOptions {
  /** "Now" for the future-year check; defaults to the current date. */
  today?: Date;
}

/** Decode a 12-digit CCCD / personal ID number, refusing numbers whose structure cannot be real. */
export function parseCccd(input: string, options: CccdOptions = {}): Result<Cccd> {
  const number = compactIdentifier(input);
  if (number === '') return failWith('cccd.required');
  if (!/^\d+$/.test(number)) return failWith('cccd.invalid');
  if (number.length !== 12) return failWith('cccd.length');

  const birthPlaceCode = number.slice(0, 3);
  const place = Number(birthPlaceCode);
  const birthPlaceName = CCCD_PROVINCE_CODES[birthPlaceCode];
  const abroad = place >= CCCD_ABROAD_CODES.first && place <= CCCD_ABROAD_CODES.last;
  if (birthPlaceName === undefined && !abroad) return failWith('cccd.place');

  // Digit 4 encodes century and gender: 0/1 born in the 1900s male/female, 2/3 the 2000s,
  // 4/5 the 2100s. 6–9 (the 2200s onwards) cannot belong to anyone living.
  const centuryDigit = Number(number[3]);
  if (centuryDigit > 5) return failWith('cccd.century');
  const birthYear = 1900 + Math.floor(centuryDigit / 2) * 100 + Number(number.slice(4, 6));
  if (birthYear > (options.today ?? new Date()).getFullYear()) return failWith('cccd.future-year');

  const gender: Gender = centuryDigit % 2 === 0 ? 'male' : 'female';
  return ok({ number, birthPlaceCode, ...(abroad ? {} : { birthPlaceName }), abroad, gender, birthYear });
}

/** What the citizen typed elsewhere on the form; a missing fact is not checked. */
export interface CccdFacts {
  birthDate?: { year: number };
  gender?: Gender;
}

/**
 * Cross-check a CCCD against the date of birth and gender fields: the number encodes both, so a
 * mismatch means a typo in one of them. The year is checked first.
 */
export function checkCccdAgainst(cccd: Cccd | string, facts: CccdFacts, options: CccdOptions = {}): Result<Cccd> {
  const decoded = typeof cccd === 'string' ? parseCccd(cccd, options) : ok(cccd);
  if (!decoded.ok) return decoded;
  if (facts.birthDate !== undefined && facts.birthDate.year !== decoded.value.birthYear) return failWith('cccd.mismatch-year');
  if (facts.gender !== undefined && facts.gender !== decoded.value.gender) return failWith('cccd.mismatch-gender');
  return decoded;
}
