// Times the address type-ahead: loading the communes, building the indexes, and queries as
// people type them (each prefix of each query), across the country and within one province.
// Run: node scripts/bench-address.mjs
import { performance } from 'node:perf_hooks';
import { loadTs } from './load-ts.mjs';

const core = await loadTs('src/core/index.ts');

const QUERIES = ['ben thanh', 'Hoàn Kiếm', 'xa an binh', 'phuong 1', 'dac khu con co', 'beens thanhf', 'nguyen trai', 'tan phu'];
// The element searches the whole country from the second character on.
const prefixes = (text) => Array.from({ length: text.length - 1 }, (_, index) => text.slice(0, index + 2));
const percentile = (values, share) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))];

/** CPU milliseconds of `run`: on a shared machine wall time mostly measures the other processes. */
function time(run) {
  const start = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

let start = performance.now();
const communes = await core.loadCommunes();
const loadMs = performance.now() - start;
start = performance.now();
const index = core.createCommuneIndex(communes);
index.search('a');
const buildMs = performance.now() - start;

const rows = [];
for (const [label, run] of [
  ['communes, whole country', (query) => index.search(query, { limit: 20 })],
  ['communes, Hà Nội', (query) => index.search(query, { provinceCode: '01' })],
  ['provinces (old names too)', (query) => core.searchProvinces(query)],
]) {
  // Warm up, then measure every keystroke of every query.
  for (const query of QUERIES) run(query);
  const times = [];
  for (let round = 0; round < 5; round += 1)
    for (const query of QUERIES) for (const typed of prefixes(query)) times.push(time(() => run(typed)));
  rows.push({ label, p50: percentile(times, 0.5), p95: percentile(times, 0.95) });
}

console.log(
  `load ${loadMs.toFixed(1)} ms, first national index ${buildMs.toFixed(1)} ms wall (${communes.length} communes); per keystroke, CPU time:`,
);
for (const { label, p50, p95 } of rows) console.log(`${label.padEnd(28)} p50 ${p50.toFixed(3)} ms  p95 ${p95.toFixed(3)} ms`);
