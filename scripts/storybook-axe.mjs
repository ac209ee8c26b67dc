// Runs axe-core over every story of the built Storybook in Chromium and fails on any WCAG 2.x A or
// AA violation, printing the story, the rule and the element. Build first: `npm run build-storybook`.
//
//   node scripts/storybook-axe.mjs [--dir storybook-static] [--filter text] [--globals 'locale:en;theme:province']...
//
// Every story is checked with the toolbar's defaults, then once more for each `--globals` given.
//
// One browser page is reused: the preview iframe loads once and switches stories the way the
// Storybook manager does; each story is left to settle (stories load datasets, call the demo
// backend and run play functions), then checked.
/* global window, document -- the functions given to page.evaluate run in the page. */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChromium } from './chromium.mjs';
import { WCAG_RUN_ONLY } from '../.storybook/axe-rules.mjs';

const { values: options } = parseArgs({
  options: {
    dir: { type: 'string', default: 'storybook-static' },
    filter: { type: 'string', default: '' },
    globals: { type: 'string', multiple: true, default: [] },
  },
});

const root = resolve(options.dir);
if (!existsSync(join(root, 'index.json'))) {
  console.error(`${options.dir}/index.json was not found: run "npm run build-storybook" first.`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Serves the built Storybook read-only; hashed assets are cached so each story loads fast. */
function serve(directory) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const file = resolve(directory, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (!file.startsWith(directory + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const cache = path.startsWith('/assets/') || path.startsWith('/sb-') ? 'max-age=3600' : 'no-cache';
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': cache });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** Runs in the page: true once the story rendered, its play function ran and the DOM stopped changing. */
function settledInPage(storyId) {
  const render = window.__STORYBOOK_PREVIEW__?.currentRender;
  if (!render || render.id !== storyId || !['finished', 'errored', 'aborted'].includes(render.phase)) return false;
  // A snapshot of the composed tree, shadow roots included, and whether a Lit element has an update queued.
  let snapshot = '';
  let pending = false;
  const walk = (node) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.isUpdatePending) pending = true;
      if (element.shadowRoot) {
        snapshot += element.shadowRoot.innerHTML;
        walk(element.shadowRoot);
      }
    }
  };
  snapshot += document.body.innerHTML;
  walk(document.body);
  const state = (window.__axeSettle ??= { snapshot: '', since: 0 });
  const now = performance.now();
  if (pending || snapshot !== state.snapshot) {
    state.snapshot = snapshot;
    state.since = now;
    return false;
  }
  return now - state.since >= 300;
}

async function main() {
  const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && entry.id.includes(options.filter));
  if (!stories.length) {
    console.error(`No story matches "${options.filter}".`);
    process.exit(1);
  }

  const server = await serve(root);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: requireChromium(), headless: true, args: CHROME_ARGS });
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.addInitScript({ content: axeSource });

  // Requests still open keep a story from counting as settled (datasets, demo backend over HTTP).
  const inFlight = new Set();
  page.on('request', (request) => inFlight.add(request));
  page.on('requestfinished', (request) => inFlight.delete(request));
  page.on('requestfailed', (request) => inFlight.delete(request));
  let pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  const started = performance.now();
  let passed = 0;
  const failures = [];

  /**
   * Opens a story: the first of a pass by loading the preview with the pass's globals, the next
   * ones as the manager does, over its channel.
   */
  let loaded = false;
  async function open(storyId, globals) {
    await page.evaluate(() => (window.__axeSettle = undefined)).catch(() => undefined);
    if (loaded) {
      await page.evaluate((id) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: id, viewMode: 'story' }), storyId);
    } else {
      // The a11y panel's own run is switched off: this script runs axe itself, once per story.
      const query = ['a11y.manual:!true', globals].filter(Boolean).join(';');
      await page.goto(`${base}/iframe.html?id=${encodeURIComponent(storyId)}&viewMode=story&globals=${query}`);
      loaded = true;
    }
    const deadline = Date.now() + 45_000;
    while (!(inFlight.size === 0 && (await page.evaluate(settledInPage, storyId)))) {
      if (Date.now() > deadline) throw new Error('did not finish rendering within 45 s');
      await page.waitForTimeout(100);
    }
  }

  const runs = ['', ...options.globals].flatMap((globals) => stories.map((story, index) => ({ story, globals, first: index === 0 })));
  for (const { story, globals, first } of runs) {
    if (first) loaded = false;
    const label = `${story.id}${globals ? ` [${globals}]` : ''}`;
    pageErrors = [];
    const problems = [];
    const storyStarted = performance.now();
    let axeStarted = 0;
    try {
      await open(story.id, globals);
      axeStarted = performance.now();
      const phase = await page.evaluate(() => window.__STORYBOOK_PREVIEW__.currentRender.phase);
      if (phase !== 'finished') problems.push(`story ${phase}`);
      const violations = await page.evaluate((axeOptions) => window.axe.run(document, axeOptions).then((result) => result.violations), {
        runOnly: WCAG_RUN_ONLY,
        resultTypes: ['violations'],
      });
      for (const violation of violations) {
        for (const node of violation.nodes) {
          problems.push(
            `${violation.id} (${violation.impact}): ${violation.help}\n      at ${node.target.map((part) => [part].flat().join(' >> ')).join(' | ')}`,
          );
        }
      }
    } catch (error) {
      problems.push(error.message.split('\n')[0]);
      // Start the next story from a fresh page.
      loaded = false;
    }
    for (const message of pageErrors) problems.push(`uncaught error: ${message}`);
    if (problems.length) {
      failures.push(label);
      console.log(`✗ ${label}`);
      for (const problem of problems) console.log(`    ${problem}`);
    } else {
      passed += 1;
      console.log(
        `✓ ${label} (render ${((axeStarted - storyStarted) / 1000).toFixed(1)} s, axe ${((performance.now() - axeStarted) / 1000).toFixed(1)} s)`,
      );
    }
  }

  await browser.close();
  server.close();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`axe (${WCAG_RUN_ONLY.values.join(', ')}) over ${stories.length} stories × ${runs.length / stories.length} in ${seconds} s`);
  console.log(`storybook-axe: ${passed} passed, ${failures.length} failed`);
  process.exitCode = failures.length ? 1 : 0;
}

await main();
