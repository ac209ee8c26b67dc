/**
 * Finding a province by what the user types, including the names of the 63 provinces before the
 * 2025 merger: "Bình Dương" finds Thành phố Hồ Chí Minh, with the old name kept for a note.
 */
import { PROVINCES, type Province } from '../data/provinces.js';
import { OLD_PROVINCES, PROVINCE_ALIASES } from './old-provinces.js';
import { provinceByCode } from './province-by-code.js';
import { createUnitMatcher, splitKind } from './unit-matcher.js';

export const PROVINCE_KINDS: readonly string[] = ['Thành phố', 'Tỉnh'];

export interface ProvinceMatch {
  province: Province;
  /** The pre-2025 or earlier official name that matched, when the province is now called otherwise. */
  formerName?: string;
  score: number;
}

interface ProvinceEntry {
  provinceCode: string;
  name: string;
  formerName?: string;
  /** The province's own current name, the only entries listed for an empty query. */
  own?: boolean;
}

export { provinceByCode };

const entries: ProvinceEntry[] = [
  ...PROVINCES.map((province) => ({ provinceCode: province.code, name: province.name, own: true })),
  // An old province whose name the merged province kept needs no entry of its own.
  ...OLD_PROVINCES.filter((old) => provinceByCode(old.provinceCode)?.name !== old.name).map((old) => ({
    provinceCode: old.provinceCode,
    name: old.name,
    formerName: old.name,
  })),
  ...PROVINCE_ALIASES.map((alias) => ({
    provinceCode: alias.provinceCode,
    name: alias.name,
    formerName: alias.former ? alias.name : undefined,
  })),
];

const matcher = createUnitMatcher(entries, (entry) => splitKind(entry.name, PROVINCE_KINDS));

const FORMER_NAME_PENALTY = 1;

/** A score below this is a whole name, without typos (the kind may be left out or abbreviated). */
export const WHOLE_NAME = 5;

/**
 * The provinces that fit `query`, best first, one result per province: its own name when that
 * fits as well as an old one, else the old name that fitted as `formerName`.
 */
export function searchProvinces(query: string, limit = PROVINCES.length): ProvinceMatch[] {
  const results = new Map<string, ProvinceMatch>();
  const everything = query.trim() === '';
  for (const { unit, score: matched } of matcher.search(query)) {
    if (everything && !unit.own) continue;
    // Among equal fits, a province's own name goes before an old one.
    const score = unit.formerName ? matched + FORMER_NAME_PENALTY : matched;
    const previous = results.get(unit.provinceCode);
    if (previous && previous.score <= score) continue;
    const province = provinceByCode(unit.provinceCode)!;
    results.delete(unit.provinceCode);
    results.set(unit.provinceCode, unit.formerName ? { province, formerName: unit.formerName, score } : { province, score });
  }
  return [...results.values()].sort((a, b) => a.score - b.score).slice(0, limit);
}

/** The province whose whole name (current, old or everyday) is `text`, e.g. "Tỉnh Bình Dương", "tp hcm". */
export function recognizeProvince(text: string): ProvinceMatch | undefined {
  const [best] = searchProvinces(text, 1);
  return best && best.score < WHOLE_NAME ? best : undefined;
}
