// The procedure search's Web Worker on pages that enforce Trusted Types
// (`require-trusted-types-for 'script'`): the script-tag bundle starts its worker through the
// `dvc-elements` policy when the page's CSP allows that name, and searches on the page, with the
// same results, when it does not.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildScriptBundle } from '../../scripts/bundle.mjs';
import { launchBrowser } from './support.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const STRICT =
  "default-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";
/** Each page's `trusted-types` directive. */
const POLICIES = {
  '/named.html': 'trusted-types lit-html dvc-elements',
  '/any.html': '',
  '/refused.html': 'trusted-types lit-html',
};

const page = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tìm thủ tục</title>
<script type="module" src="/dist/elements/dvc-procedure-search.js"></script></head>
<body><main><dvc-procedure-search worker="on" src="/data/procedures.json"></dvc-procedure-search></main></body></html>`;

function serve(dir) {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    const policy = POLICIES[new URL(req.headers.referer ?? req.url, 'http://localhost').pathname] ?? POLICIES[pathname] ?? '';
    const send = (type, body) =>
      res.writeHead(200, { 'content-type': type, 'content-security-policy': [STRICT, policy].filter(Boolean).join('; ') }).end(body);
    try {
      if (pathname in POLICIES) return send('text/html; charset=utf-8', page);
      if (pathname === '/data/procedures.json') return send('application/json', readFileSync(join(root, 'data/procedures.json')));
      if (pathname.startsWith('/dist/')) return send('text/javascript', readFileSync(join(dir, pathname.slice('/dist/'.length))));
    } catch {
      // Not there: a 404 below.
    }
    res.writeHead(404).end();
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${server.address().port}`, server })),
  );
}

/** Opens `url`, searches and returns the first result, the workers started, the warnings and the errors. */
async function search(browser, url) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const workers = [];
  const warnings = [];
  const errors = [];
  tab.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  tab.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(url);
  const element = tab.locator('dvc-procedure-search');
  await element.getByText(/2\.642 thủ tục/).waitFor({ timeout: 60_000 });
  await element.getByRole('combobox').fill('dang ky tam tru');
  await element.getByRole('button', { name: 'Tìm kiếm', exact: true }).click();
  await element.locator('.summary').filter({ hasNotText: '2.642' }).waitFor({ timeout: 30_000 });
  const first = (await element.locator('.result-link').first().textContent()).replace(/\s+/g, ' ').trim();
  return { tab, context, first, workers, warnings, errors };
}

describe('the search worker under Trusted Types', () => {
  let dir;
  let site;
  let browser;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dvc-search-tt-'));
    await buildScriptBundle({
      entry: join(root, 'src/elements/dvc-procedure-search/define.ts'),
      outDir: dir,
      file: 'elements/dvc-procedure-search.js',
    });
    site = await serve(dir);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    site?.server.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const [name, path] of [
    ['starts the worker through the dvc-elements policy the CSP names', '/named.html'],
    ['starts it where the CSP names no policies', '/any.html'],
  ])
    it(name, async () => {
      const seen = await search(browser, `${site.url}${path}`);
      try {
        assert.equal(seen.first, 'Đăng ký tạm trú');
        // One worker, from the file beside the module that starts it (a chunk fetched with the dataset).
        assert.deepEqual(seen.workers, ['/dist/search-worker.js']);
        assert.deepEqual(
          seen.warnings.filter((text) => text.includes('search worker')),
          [],
        );
        assert.deepEqual(seen.errors, []);
      } finally {
        await seen.context.close();
      }
    });

  it('searches on the page, with the same results, where the CSP refuses the policy', async () => {
    const seen = await search(browser, `${site.url}/refused.html`);
    try {
      assert.equal(seen.first, 'Đăng ký tạm trú');
      assert.deepEqual(seen.workers, []);
      assert.equal(seen.warnings.filter((text) => text.includes('cannot use its search worker')).length, 1);
      assert.deepEqual(seen.errors, []);
    } finally {
      await seen.context.close();
    }
  });
});
