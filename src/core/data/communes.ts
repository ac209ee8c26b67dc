/**
 * The 3,321 communes (xã, phường, đặc khu) in force since 1 July 2025, from
 * data/admin-units-2025/communes.csv (MIT, copyright (c) 2025 dvhcvn: see
 * data/admin-units-2025/LICENSE). The list is about 17 KB gzipped, so it is loaded on first use
 * and code that never asks for communes never downloads it.
 */
import { onDemand } from '../on-demand.js';

export type CommuneKind = 'phuong' | 'xa' | 'dac-khu';

export interface Commune {
  /** Five-digit statistics office code. */
  code: string;
  /** Full official name with its kind, e.g. "Phường Ba Đình". */
  name: string;
  kind: CommuneKind;
  /** Two-digit code of its province. */
  provinceCode: string;
}

const KINDS: Readonly<Record<string, { kind: CommuneKind; prefix: string }>> = {
  P: { kind: 'phuong', prefix: 'Phường' },
  X: { kind: 'xa', prefix: 'Xã' },
  D: { kind: 'dac-khu', prefix: 'Đặc khu' },
};

const ENTRY = /^(-?[0-9a-z]+)([PXD])(.+)$/;

/** Reads the compact list written by scripts/communes-data.mjs. */
export function parseCommunesData(data: string): Commune[] {
  const communes: Commune[] = [];
  let previous = 0;
  for (const line of data.split('\n')) {
    const [provinceCode, ...entries] = line.split('|');
    for (const entry of entries) {
      const match = ENTRY.exec(entry);
      if (!match) throw new Error(`dvc-elements: malformed commune entry "${entry}"`);
      const code = previous + parseInt(match[1], 36);
      previous = code;
      const { kind, prefix } = KINDS[match[2]];
      communes.push({ code: String(code).padStart(5, '0'), name: `${prefix} ${match[3]}`, kind, provinceCode });
    }
  }
  return communes;
}

/** Every commune, loaded once and shared; a failed load is retried on the next call. */
export const loadCommunes: () => Promise<readonly Commune[]> = onDemand(() =>
  import('./communes-data.js').then(({ COMMUNES_DATA }) => Object.freeze(parseCommunesData(COMMUNES_DATA))),
);
