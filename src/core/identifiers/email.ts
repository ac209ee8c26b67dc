import { ok, type Result } from '../result.js';
import { failWith } from './codes.js';
import { normalizeText } from './normalize.js';

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^(?!-)[\p{L}\p{N}-]{1,63}(?<!-)$/u;
const TOP_LEVEL = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/iu;

/**
 * A pragmatic email check: catches what people mistype (spaces, a missing `@` or domain,
 * diacritics typed into the local part by a Telex keyboard) without the corners of RFC 5322
 * (quoted local parts, IP-literal domains) that no mail form needs. The domain is lower-cased.
 */
export function parseEmail(input: string): Result<{ address: string }> {
  const text = normalizeText(input);
  if (text === '') return failWith('email.required');
  const at = text.lastIndexOf('@');
  const local = text.slice(0, at);
  const domain = text.slice(at + 1).toLowerCase();
  const labels = domain.split('.');
  const valid =
    at > 0 &&
    text.length <= 254 &&
    local.length <= 64 &&
    LOCAL_PART.test(local) &&
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL.test(label)) &&
    TOP_LEVEL.test(labels[labels.length - 1]);
  return valid ? ok({ address: `${local}@${domain}` }) : failWith('email.invalid');
}
