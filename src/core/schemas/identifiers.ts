/**
 * Field schemas built on the identifier parsers. Each accepts what its parser accepts (spaces,
 * full-width digits, "+84 ..."), outputs the canonical form the server stores, and on refusal
 * carries the parser's error code (`phone.prefix`) as the issue message, for the UI to localize.
 */
import {
  checkCccdAgainst,
  formatVnDate,
  normalizeOtp,
  parseBhxh,
  parseCaptcha,
  parseCccd,
  parseDossierCode,
  parseEmail,
  parseFullName,
  parseIdNumber,
  parseMst,
  parsePhone,
  parseProcedureCode,
  parseVnDate,
  validatePassword,
  type TaxCode,
} from '../identifiers/index.js';
import { fail, ok, type Result } from '../result.js';
import { documented } from './registry.js';
import { z } from './zod.js';

function parsedBy<T>(parse: (input: string) => Result<T>, canonical: (value: T) => string) {
  return z.pipe(
    z.string(),
    z.transform((input: string, ctx) => {
      const result = parse(input);
      if (result.ok) return canonical(result.value);
      ctx.issues.push({ code: 'custom', message: result.error.code, input });
      return z.NEVER;
    }),
  );
}

const formatTaxCode = ({ base, branch }: TaxCode): string => (branch === undefined ? base : `${base}-${branch}`);

export const phoneNumberSchema = documented(
  parsedBy(parsePhone, (phone) => phone.national),
  { description: 'Vietnamese mobile number, national form.', pattern: '^0\\d{9}$', examples: ['0912345678'] },
);

/** The portal's "Số CMND/CCCD" field: a 9-digit CMND or a 12-digit personal ID. */
export const idNumberSchema = documented(
  parsedBy(parseIdNumber, (id) => id.number),
  { description: 'CMND (9 digits) or CCCD / personal ID (12 digits).', pattern: '^(\\d{9}|\\d{12})$', examples: ['001090012345'] },
);

export const cccdSchema = documented(
  parsedBy(parseCccd, (cccd) => cccd.number),
  { description: 'CCCD / personal ID, 12 digits.', pattern: '^\\d{12}$', examples: ['001090012345'] },
);

export const bhxhCodeSchema = documented(
  parsedBy(parseBhxh, (bhxh) => bhxh.number),
  { description: 'Social-insurance code (mã số BHXH), 10 digits.', pattern: '^\\d{10}$', examples: ['0123456789'] },
);

export const taxCodeSchema = documented(parsedBy(parseMst, formatTaxCode), {
  description: 'Tax code (MST): 10 digits with check digit, optional branch, or a 12-digit personal ID.',
  pattern: '^(\\d{10}(-\\d{3})?|\\d{12})$',
  examples: ['0100109106'],
});

/**
 * A SmartCA user id: the holder's personal ID or CMND, or an organisation's tax code. The tax code
 * error explains a refusal only when the input looks like one (10 or 13 digits, or a dash).
 */
export const smartcaUserIdSchema = documented(
  parsedBy(
    (input): Result<string> => {
      const asId = parseIdNumber(input);
      if (asId.ok) return ok(asId.value.number);
      const asTaxCode = parseMst(input);
      if (asTaxCode.ok) return ok(formatTaxCode(asTaxCode.value));
      const looksLikeTaxCode = input.includes('-') || [10, 13].includes(input.replace(/\D/g, '').length);
      return fail(looksLikeTaxCode ? asTaxCode.error.code : asId.error.code);
    },
    (userId) => userId,
  ),
  { description: 'VNPT SmartCA user id: personal ID, CMND or tax code.', examples: ['001090012345'] },
);

export const birthDateSchema = documented(
  parsedBy((input) => parseVnDate(input, { rejectFuture: true }), formatVnDate),
  { description: 'Date of birth, dd/mm/yyyy.', pattern: '^\\d{2}/\\d{2}/\\d{4}$', examples: ['15/05/1990'] },
);

export const fullNameSchema = documented(
  parsedBy(parseFullName, (name) => name.fullName),
  { description: 'Full name with Vietnamese diacritics, as on the ID card.', examples: ['Nguyễn Văn An'] },
);

export const emailSchema = documented(
  parsedBy(parseEmail, (email) => email.address),
  { description: 'Email address.', format: 'email', examples: ['an.nguyen@example.vn'] },
);

export const procedureCodeSchema = documented(
  parsedBy(parseProcedureCode, (code) => code.code),
  { description: 'Procedure code from the national database.', pattern: '^\\d\\.\\d{6}(\\.\\d{2}|\\.H\\d{2})?$', examples: ['1.001193'] },
);

export const dossierCodeSchema = documented(
  parsedBy(parseDossierCode, (code) => code.code),
  { description: 'Dossier code (mã hồ sơ).', examples: ['000.00.06.H56-231027-0361'] },
);

/** Passwords are checked, never rewritten: what the citizen typed is what they will type again. */
export const passwordSchema = documented(
  z.string().check(
    z.superRefine((password: string, ctx) => {
      const result = validatePassword(password);
      if (!result.ok) ctx.addIssue({ code: 'custom', message: result.error.code, input: password });
    }),
  ),
  {
    description: 'At least 8 characters with a lower-case and an upper-case letter, a digit and one of ! @ # $ % ^ & *.',
    format: 'password',
  },
);

/** The code's length is the server's setting, so any 4 to 8 digits are let through to it. */
export const otpCodeSchema = documented(
  parsedBy(
    (input): Result<string> => {
      const code = normalizeOtp(input);
      if (code === '') return fail('otp.required');
      return /^\d{4,8}$/.test(code) ? ok(code) : fail('otp.incomplete');
    },
    (code) => code,
  ),
  { description: 'One-time code sent by SMS.', pattern: '^\\d{4,8}$', examples: ['123456'] },
);

export const captchaAnswerSchema = documented(
  parsedBy(parseCaptcha, (captcha) => captcha.text),
  { description: 'The characters shown in the captcha image; compared without letter case.', examples: ['K7PX2'] },
);

/**
 * An object check: a 12-digit personal ID encodes the birth year, so a mismatch with the date of
 * birth is a typo in one of the two. Reported on `idNumber`; skipped while either field is invalid.
 */
export const idNumberMatchesBirthDate = z.superRefine((fields: { idNumber: string; birthDate: string }, ctx) => {
  const date = parseVnDate(fields.birthDate);
  const id = parseIdNumber(fields.idNumber);
  if (!date.ok || !id.ok || id.value.kind !== 'personal-id') return;
  const checked = checkCccdAgainst(id.value, { birthDate: date.value });
  if (!checked.ok) ctx.addIssue({ code: 'custom', message: checked.error.code, path: ['idNumber'], input: fields.idNumber });
});
