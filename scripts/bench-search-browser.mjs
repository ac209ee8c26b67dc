// Typing over 20,000 procedures in Chromium: main-thread time per keystroke and the longest
// main-thread task, with the search in a Web Worker (worker="on") and on the page (worker="off").
// Runs the production element bundle (as `npm run build` makes it) on the deterministic
// 20,000-record set of the engine benchmark. Every task of the page's main thread comes from a
// Chromium trace (not only those over 50 ms, as the Long Tasks API would give), with its CPU
// time and its wall time. Prints a Markdown table.
//
//   npm run bench:search:browser -- [--rounds 3] [--traces <folder>]
//
// With --traces, each trace is also written there, to open in DevTools' Performance panel.
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildScriptBundle } from './bundle.mjs';
import { CHROME_ARGS, requireChromium } from './chromium.mjs';
import { syntheticDataset } from './synthetic-procedures.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const argument = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const ROUNDS = Number(argument('--rounds') ?? 3);
const TRACES = argument('--traces');
let traces = 0;
/** What people type, one key at a time, as in the public query set's kinds. */
const QUERIES = ['dang ky tam tru', 'cap lai giay phep lai xe', 'bhyt', 'ket hon', 'giay chung nhan quyen su dung dat', 'kys khai sinh'];
/** Between two keys: a brisk typist. */
const KEY_DELAY_MS = 80;
const LONG_TASK_MS = 50;

const records = JSON.parse(readFileSync(join(root, 'data/procedures.json'), 'utf8'));
const dataset = JSON.stringify(syntheticDataset(records));
const dir = mkdtempSync(join(tmpdir(), 'dvc-bench-'));
await buildScriptBundle({
  entry: join(root, 'src/elements/dvc-procedure-search/define.ts'),
  outDir: dir,
  file: 'elements/dvc-procedure-search.js',
});

const page = (worker) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>bench</title>` +
  `<script type="module" src="/elements/dvc-procedure-search.js"></script></head>` +
  `<body><dvc-procedure-search worker="${worker}" src="/synthetic.json"></dvc-procedure-search></body></html>`;

const server = createServer((req, res) => {
  const { pathname, searchParams } = new URL(req.url, 'http://localhost');
  if (pathname === '/') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(searchParams.get('worker')));
  if (pathname === '/synthetic.json') return res.writeHead(200, { 'content-type': 'application/json' }).end(dataset);
  let script;
  try {
    script = readFileSync(join(dir, pathname));
  } catch {
    return res.writeHead(404).end();
  }
  res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: requireChromium(), headless: true, args: CHROME_ARGS });

/** Durations (ms) of the tasks run on the page's main thread while tracing. */
async function tracedTasks(tab, label, action) {
  await browser.startTracing(tab, { categories: ['toplevel'] });
  await action();
  const trace = await browser.stopTracing();
  if (TRACES) writeFileSync(join(TRACES, `${(traces += 1)}-${label}.json`), trace);
  const { traceEvents } = JSON.parse(trace.toString());
  const mains = new Set(
    traceEvents
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const byThread = new Map();
  for (const event of traceEvents) {
    const thread = `${event.pid}:${event.tid}`;
    if (event.ph !== 'X' || event.name !== 'ThreadControllerImpl::RunTask' || !mains.has(thread)) continue;
    if (!byThread.has(thread)) byThread.set(thread, []);
    // CPU time when the trace has it: on a machine shared with other work, wall time also counts the waits for a core.
    byThread.get(thread).push({ wall: event.dur / 1000, cpu: (event.tdur ?? event.dur) / 1000 });
  }
  const total = (tasks) => tasks.reduce((sum, task) => sum + task.cpu, 0);
  // The page's renderer is the busiest one (others are blank tabs).
  return [...byThread.values()].sort((a, b) => total(b) - total(a))[0] ?? [];
}

async function run(worker) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const search = tab.locator('dvc-procedure-search');
  const loadTasks = await tracedTasks(tab, `load-worker-${worker}`, async () => {
    await tab.goto(`${origin}/?worker=${worker}`);
    await search.getByText(/20\.000 thủ tục/).waitFor({ timeout: 120_000 });
  });
  const input = search.getByRole('combobox');
  await input.focus();
  // Per query: the time from its last key to its results (the `dvc-search` event). The functions
  // below run in the page.
  await tab.evaluate(() => {
    const latencies = (globalThis.benchLatencies = []);
    const el = globalThis.document.querySelector('dvc-procedure-search');
    let lastKey = 0;
    el.addEventListener('input', () => (lastKey = performance.now()));
    el.addEventListener('dvc-search', (event) => latencies.push({ query: event.detail.query, ms: performance.now() - lastKey }));
  });
  let keys = 0;
  const typingTasks = await tracedTasks(tab, `typing-worker-${worker}`, async () => {
    for (const query of QUERIES) {
      await input.fill('');
      await tab.waitForFunction(() => globalThis.document.querySelector('dvc-procedure-search').query === '');
      await input.pressSequentially(query, { delay: KEY_DELAY_MS });
      keys += query.length;
      await tab.waitForFunction((q) => globalThis.benchLatencies.some(({ query }) => query === q), query, { timeout: 30_000 });
    }
  });
  const latencies = await tab.evaluate(
    (queries) => queries.map((q) => globalThis.benchLatencies.find(({ query }) => query === q).ms),
    QUERIES,
  );
  await context.close();
  const sum = (tasks, key) => tasks.reduce((total, task) => total + task[key], 0);
  const longest = (tasks, key) => Math.max(0, ...tasks.map((task) => task[key]));
  const over = (tasks) => tasks.filter((task) => task.cpu > LONG_TASK_MS).length;
  return {
    perKeyCpu: sum(typingTasks, 'cpu') / keys,
    perKeyWall: sum(typingTasks, 'wall') / keys,
    typingLongestCpu: longest(typingTasks, 'cpu'),
    typingLongestWall: longest(typingTasks, 'wall'),
    typingLong: over(typingTasks),
    latency: latencies.sort((a, b) => a - b)[Math.floor(latencies.length / 2)],
    loadLongestCpu: longest(loadTasks, 'cpu'),
    loadLongestWall: longest(loadTasks, 'wall'),
    loadLong: over(loadTasks),
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const both = (cpu, wall) => `${cpu.toFixed(1)} (${wall.toFixed(1)})`;
console.log(
  `Chromium ${browser.version()}; 20,000 records; ${QUERIES.length} queries typed key by key (${KEY_DELAY_MS} ms apart); median of ${ROUNDS} rounds; ` +
    `load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores. Main-thread CPU time, wall time in brackets.\n`,
);
console.log(
  '| search | main thread per keystroke (ms) | longest task while typing (ms) | tasks over 50 ms while typing | last key to results, median (ms) | longest task while loading (ms) | tasks over 50 ms while loading |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|');
try {
  for (const worker of ['on', 'off']) {
    const rounds = [];
    for (let round = 0; round < ROUNDS; round += 1) rounds.push(await run(worker));
    const m = (key) => median(rounds.map((result) => result[key]));
    const name = worker === 'on' ? 'Web Worker (`worker="on"`)' : 'page, sliced build (`worker="off"`)';
    console.log(
      `| ${name} | ${both(m('perKeyCpu'), m('perKeyWall'))} | ${both(m('typingLongestCpu'), m('typingLongestWall'))} | ${m('typingLong')} | ${m('latency').toFixed(0)} | ${both(m('loadLongestCpu'), m('loadLongestWall'))} | ${m('loadLong')} |`,
    );
  }
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
