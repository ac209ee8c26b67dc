import { ok, type Result } from '../result.js';
import { failWith } from './codes.js';
import { asciiPunctuation, normalizeText, toAsciiDigits } from './normalize.js';

export interface ProcedureCode {
  /** The whole code, normalised: `1.000358.01`. */
  code: string;
  /** The procedure in the national database: `1.000358`. */
  base: string;
  /** `.NN`: one case (trường hợp) of the procedure. */
  caseNumber?: string;
  /** `.Hnn`: a province's copy of a national procedure. */
  provincialCopy?: string;
}

/** A procedure code from the national database: `d.dddddd`, then `.NN` for a case or `.Hnn` for a provincial copy. */
export function parseProcedureCode(input: string): Result<ProcedureCode> {
  // NFKC turns full-width letters (Ｈ) into ASCII as well.
  const code = asciiPunctuation(toAsciiDigits(normalizeText(input).normalize('NFKC')))
    .replace(/\s+/g, '')
    .toUpperCase();
  if (code === '') return failWith('procedure-code.required');
  const match = /^(\d\.\d{6})(?:\.(\d{2})|\.(H\d{2}))?$/.exec(code);
  if (!match) return failWith('procedure-code.format');
  const [, base, caseNumber, provincialCopy] = match;
  return ok({
    code,
    base,
    ...(caseNumber === undefined ? {} : { caseNumber }),
    ...(provincialCopy === undefined ? {} : { provincialCopy }),
  });
}
