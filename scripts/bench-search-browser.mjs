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
/** A frame at 60 Hz. */
const FRAME_MS = 16;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

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
  // What the test driver itself asks of the page over the DevTools protocol (injecting its own
  // script, polling for the results) is not the page's work.
  const driver = traceEvents.filter((event) => event.args?.chrome_mojo_event_info?.mojo_interface_tag === 'blink.mojom.DevToolsSession');
  const fromDriver = (task) =>
    driver.some((event) => event.pid === task.pid && event.tid === task.tid && event.ts >= task.ts && event.ts <= task.ts + task.dur);
  const byThread = new Map();
  for (const event of traceEvents) {
    const thread = `${event.pid}:${event.tid}`;
    if (event.ph !== 'X' || event.name !== 'ThreadControllerImpl::RunTask' || !mains.has(thread) || fromDriver(event)) continue;
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
  // Per query: the time from its last key to its suggestions (the first change of the suggestion
  // list after that key) and to its results (the `dvc-search` event). The functions below run in the page.
  await tab.evaluate(() => {
    const latencies = (globalThis.benchLatencies = []);
    const suggested = (globalThis.benchSuggested = []);
    const el = globalThis.document.querySelector('dvc-procedure-search');
    let lastKey = 0;
    let listChanged = 0;
    el.addEventListener('input', () => (lastKey = performance.now()));
    new globalThis.MutationObserver(() => (listChanged = performance.now())).observe(el.shadowRoot.querySelector('[role="listbox"]'), {
      subtree: true,
      childList: true,
      characterData: true,
    });
    el.addEventListener('dvc-search', (event) => {
      latencies.push({ query: event.detail.query, ms: performance.now() - lastKey });
      if (listChanged > lastKey) suggested.push({ query: event.detail.query, ms: listChanged - lastKey });
    });
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
  const [latencies, suggestions] = await tab.evaluate(
    (queries) =>
      [globalThis.benchLatencies, globalThis.benchSuggested].map((times) =>
        queries.map((q) => times.find(({ query }) => query === q)?.ms ?? Number.NaN),
      ),
    QUERIES,
  );
  await context.close();
  const sum = (tasks, key) => tasks.reduce((total, task) => total + task[key], 0);
  const longest = (tasks, key) => Math.max(0, ...tasks.map((task) => task[key]));
  const over = (tasks, ms = LONG_TASK_MS) => tasks.filter((task) => task.cpu > ms).length;
  return {
    perKeyCpu: sum(typingTasks, 'cpu') / keys,
    perKeyWall: sum(typingTasks, 'wall') / keys,
    typingLongestCpu: longest(typingTasks, 'cpu'),
    typingLongestWall: longest(typingTasks, 'wall'),
    typingLong: over(typingTasks),
    typingOverFrame: over(typingTasks, FRAME_MS),
    latency: median(latencies),
    suggestionLatency: median(suggestions),
    loadLongestCpu: longest(loadTasks, 'cpu'),
    loadLongestWall: longest(loadTasks, 'wall'),
    loadLong: over(loadTasks),
  };
}

const both = (cpu, wall) => `${cpu.toFixed(1)} (${wall.toFixed(1)})`;
console.log(
  `Chromium ${browser.version()}; 20,000 records; ${QUERIES.length} queries typed key by key (${KEY_DELAY_MS} ms apart); median of ${ROUNDS} rounds; ` +
    `load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores. Main-thread CPU time, wall time in brackets.\n`,
);
console.log(
  '| search | main thread per keystroke (ms) | longest task while typing (ms) | tasks over 16 ms while typing | tasks over 50 ms while typing | last key to suggestions, median (ms) | last key to results, median (ms) | longest task while loading (ms) | tasks over 50 ms while loading |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
try {
  for (const worker of ['on', 'off']) {
    const rounds = [];
    for (let round = 0; round < ROUNDS; round += 1) rounds.push(await run(worker));
    const m = (key) => median(rounds.map((result) => result[key]));
    const name = worker === 'on' ? 'Web Worker (`worker="on"`)' : 'page, sliced build (`worker="off"`)';
    console.log(
      `| ${name} | ${both(m('perKeyCpu'), m('perKeyWall'))} | ${both(m('typingLongestCpu'), m('typingLongestWall'))} | ${m('typingOverFrame')} | ${m('typingLong')} | ${m('suggestionLatency').toFixed(0)} | ${m('latency').toFixed(0)} | ${both(m('loadLongestCpu'), m('loadLongestWall'))} | ${m('loadLong')} |`,
    );
  }
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
