// The deterministic 20,000-record provincial dataset the benchmarks and the large-dataset tests
// search: plain ESM with no Node imports, so a browser page can build it too.

/** Mulberry32: a small seeded generator, so the synthetic set is the same on every run. */
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SYNTHETIC_SIZE = 20_000;
const PROVINCES = 34;

/**
 * A provincial portal's dataset: the national records plus provincial copies of them
 * (code `d.dddddd.Hnn`, a `locality`, the national name), as provinces publish them.
 */
export function syntheticDataset(records, size = SYNTHETIC_SIZE) {
  const random = seeded(2025);
  const result = [...records];
  const taken = new Set();
  while (result.length < size) {
    const base = records[Math.floor(random() * records.length)];
    const province = String(1 + Math.floor(random() * PROVINCES)).padStart(2, '0');
    const code = `${base.code}.H${province}`;
    if (taken.has(code)) continue;
    taken.add(code);
    result.push({ ...base, code, locality: province });
  }
  return result;
}
