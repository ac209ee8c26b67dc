import { ok, type Result } from '../result.js';
import { failWith } from './codes.js';
import { compactIdentifier } from './normalize.js';

export type MobileCarrier = 'Viettel' | 'VinaPhone' | 'MobiFone' | 'Vietnamobile' | 'Gmobile' | 'Reddi' | 'iTel';

export interface PhoneNumber {
  /** National form, `0xxxxxxxxx`: what the portal stores. */
  national: string;
  /** `+84xxxxxxxxx`. */
  e164: string;
  /**
   * The network the prefix was allocated to. Since number portability (2018) a subscriber may
   * have moved to another network, so show it as a hint, never as a fact.
   */
  carrier?: MobileCarrier;
}

const carrierBlocks: [MobileCarrier, string[]][] = [
  ['Viettel', ['032', '033', '034', '035', '036', '037', '038', '039', '086', '096', '097', '098']],
  ['VinaPhone', ['081', '082', '083', '084', '085', '088', '091', '094']],
  ['MobiFone', ['070', '076', '077', '078', '079', '089', '090', '093']],
  ['Vietnamobile', ['052', '056', '058', '092']],
  ['Gmobile', ['059', '099']],
  ['Reddi', ['055']],
  ['iTel', ['087']],
];

/**
 * Mobile prefixes in use after the 2018 conversion of 11-digit numbers to 10 digits. Only these are
 * accepted: 095 (within the `9\d` of the published pattern) belonged to S-Fone, closed in 2012,
 * and cannot receive an OTP.
 */
export const MOBILE_PREFIXES: Readonly<Record<string, MobileCarrier>> = Object.freeze(
  Object.fromEntries(carrierBlocks.flatMap(([carrier, prefixes]) => prefixes.map((prefix) => [prefix, carrier]))),
);

/**
 * The national form (leading 0) of a number written with `+84`, `0084`, `84`, `0`, or with the
 * trunk zero left out; `undefined` for another country's code.
 */
function toNational(compact: string): string | undefined {
  // 00 is the international call prefix only before a full number: 0012345678 is a mistyped national number.
  const international = /^(?:\+|00(?=\d{9}))(\d*)$/.exec(compact);
  // "+84 (0) 912 ..." keeps the trunk zero after the country code: drop it.
  if (international) return international[1].startsWith('84') ? `0${international[1].slice(2).replace(/^0/, '')}` : undefined;
  // A bare "84" is Vietnam's country code only when a full national number follows it.
  if (/^840?\d{9}$/.test(compact)) return `0${compact.slice(2).replace(/^0/, '')}`;
  return compact.startsWith('0') ? compact : `0${compact}`;
}

/** A Vietnamese mobile number, as people type or paste it, in national and E.164 forms. */
export function parsePhone(input: string): Result<PhoneNumber> {
  const compact = compactIdentifier(input).replace(/^\uFF0B/, '+');
  if (compact === '') return failWith('phone.required');
  if (!/^\+?\d+$/.test(compact)) return failWith('phone.invalid');
  const national = toNational(compact);
  if (national === undefined) return failWith('phone.country');
  if (national.startsWith('02')) return failWith('phone.landline');
  if (national.length === 11 && national.startsWith('01')) return failWith('phone.old-format');
  if (national.length !== 10) return failWith('phone.length');
  const carrier = MOBILE_PREFIXES[national.slice(0, 3)];
  if (carrier === undefined) return failWith('phone.prefix');
  return ok({ national, e164: `+84${national.slice(1)}`, carrier });
}
