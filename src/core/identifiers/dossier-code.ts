import { ok, type Result } from '../result.js';
import { failWith } from './codes.js';
import { isCalendarDate, type VnDate } from './calendar-date.js';
import { asciiPunctuation, normalizeText, toAsciiDigits } from './normalize.js';

/**
 * A dossier code (mã hồ sơ). The one published form, `{unit code}-{yyMMdd}-{NNNN}` with a unit
 * code `XXX.YY.ZZ.Lnn` (`H` a province, `G` a ministry), is decoded. Other one-stop systems
 * number their dossiers differently, so any other plausible code is accepted as it is, with
 * `standard: false`, and left for the server to recognise.
 */
export type DossierCode =
  | {
      code: string;
      standard: true;
      /** `000.00.06.H56`: the receiving unit. */
      unitCode: string;
      /** Whether the unit belongs to a province (`H`) or a ministry (`G`). */
      level: 'province' | 'ministry';
      /** The day the dossier was registered. */
      date: VnDate;
      /** Number of the dossier within that unit and day. */
      sequence: string;
    }
  | { code: string; standard: false };

const STANDARD = /^(\d{3}\.\d{2}\.\d{2}\.([HG])\d{2})-(\d{2})(\d{2})(\d{2})-(\d{4})$/;

/** Letters, digits and the punctuation codes use, starting with a letter or digit and holding a digit. */
const PERMISSIVE = /^(?=.*\d)[A-Z0-9][A-Z0-9._/-]{3,63}$/;

export function parseDossierCode(input: string): Result<DossierCode> {
  // NFKC turns full-width letters (Ｈ) into ASCII as well.
  const code = asciiPunctuation(toAsciiDigits(normalizeText(input).normalize('NFKC')))
    .replace(/\s+/g, '')
    .toUpperCase();
  if (code === '') return failWith('dossier-code.required');
  const match = STANDARD.exec(code);
  if (match) {
    const [, unitCode, letter, yy, mm, dd, sequence] = match;
    const date = { day: Number(dd), month: Number(mm), year: 2000 + Number(yy) };
    // The shape is unmistakable, so an impossible date is a typo rather than another system's code.
    if (!isCalendarDate(date)) return failWith('dossier-code.date');
    return ok({ code, standard: true, unitCode, level: letter === 'H' ? 'province' : 'ministry', date, sequence });
  }
  return PERMISSIVE.test(code) ? ok({ code, standard: false }) : failWith('dossier-code.format');
}
