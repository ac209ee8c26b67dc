/** Finding a commune by what the user types, within one province or across the country. */
import type { Commune } from '../data/communes.js';
import { createUnitMatcher, splitKind, type UnitMatch } from './unit-matcher.js';

export const COMMUNE_KINDS: readonly string[] = ['Phường', 'Xã', 'Đặc khu'];

export interface CommuneIndex {
  /** The communes that fit `query`, best first; with `provinceCode`, only that province's. */
  search(query: string, options?: { provinceCode?: string; limit?: number }): UnitMatch<Commune>[];
  byCode(code: string): Commune | undefined;
  /** A province's communes in name order. */
  inProvince(provinceCode: string): readonly Commune[];
}

export function createCommuneIndex(communes: readonly Commune[]): CommuneIndex {
  const nameOf = (commune: Commune) => splitKind(commune.name, COMMUNE_KINDS);
  const everywhere = createUnitMatcher(communes, nameOf);
  const codes = new Map(communes.map((commune) => [commune.code, commune]));
  const provinces = new Map<string, { communes: Commune[]; matcher?: ReturnType<typeof createUnitMatcher<Commune>> }>();
  for (const commune of communes) {
    const entry = provinces.get(commune.provinceCode) ?? { communes: [] };
    entry.communes.push(commune);
    provinces.set(commune.provinceCode, entry);
  }
  const province = (code: string) => {
    const entry = provinces.get(code);
    if (!entry) return undefined;
    entry.matcher ??= createUnitMatcher(entry.communes, nameOf);
    return entry.matcher;
  };
  return {
    search(query, { provinceCode, limit } = {}) {
      const matcher = provinceCode === undefined ? everywhere : province(provinceCode);
      return matcher ? matcher.search(query, limit) : [];
    },
    byCode: (code) => codes.get(code),
    inProvince: (code) =>
      province(code)
        ?.search('')
        .map((match) => match.unit) ?? [],
  };
}
