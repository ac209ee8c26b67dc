import { ok, type Result } from '../result.js';
import { failWith } from './codes.js';

export type PasswordRuleId = 'length' | 'lower' | 'upper' | 'digit' | 'special';

export interface PasswordCheck {
  ok: boolean;
  rules: { id: PasswordRuleId; ok: boolean }[];
}

export const PASSWORD_MIN_LENGTH = 8;

/**
 * The special characters the portal's guides list. Only these satisfy the "special" rule: the
 * server's own rule is not published, and asking for one of eight known characters beats
 * accepting `?` here only for the server to refuse it after the OTP step. Other characters are
 * still allowed in a password; they just do not count as special.
 */
export const PASSWORD_SPECIAL_CHARACTERS = '!@#$%^&*';

/** Letters and digits count only in ASCII, for the same reason: `ă` is not known to count as lower case. */
const RULES: [PasswordRuleId, (password: string) => boolean][] = [
  ['length', (password) => [...password].length >= PASSWORD_MIN_LENGTH],
  ['lower', (password) => /[a-z]/.test(password)],
  ['upper', (password) => /[A-Z]/.test(password)],
  ['digit', (password) => /[0-9]/.test(password)],
  ['special', (password) => [...password].some((char) => PASSWORD_SPECIAL_CHARACTERS.includes(char))],
];

/**
 * Every password rule with whether it holds, in a fixed order, for a live checklist. The password
 * is taken exactly as typed (no trimming or normalising) and there is no maximum length.
 */
export function checkPassword(password: string): PasswordCheck {
  const rules = RULES.map(([id, test]) => ({ id, ok: test(password) }));
  return { ok: rules.every((rule) => rule.ok), rules };
}

/** One error for the field: `password.required`, or the first rule that fails as `password.<rule>`. */
export function validatePassword(password: string): Result<void> {
  if (password === '') return failWith('password.required');
  const broken = checkPassword(password).rules.find((rule) => !rule.ok);
  return broken === undefined ? ok(undefined) : failWith(`password.${broken.id}`);
}

/** The "nhập lại mật khẩu" field: it must equal the password exactly. */
export function confirmPassword(password: string, confirmation: string): Result<void> {
  if (confirmation === '') return failWith('password.confirmation-required');
  return confirmation === password ? ok(undefined) : failWith('password.mismatch');
}
