// The procedure search's Web Worker in every way the library is loaded: the script-tag bundles
// as `npm run build` makes them (served under a strict Content-Security-Policy, and copied
// without their worker file), and the Vite dev server that `npm start` runs.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildScriptBundle } from '../../scripts/bundle.mjs';
import { launchBrowser, startDemo } from './support.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Strict, without blob: or data: scripts; workers fall under script-src. */
const CSP = "default-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'";

const page = (bundle) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tìm thủ tục</title><script type="module" src="${bundle}"></script></head>` +
  `<body><main><dvc-procedure-search worker="on" src="/data/procedures.json"></dvc-procedure-search></main></body></html>`;

/** Serves `dir` at /dist/, the dataset, and one page per bundle; `/without-worker/` hides the worker files. */
function serve(dir) {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    const send = (type, body) => res.writeHead(200, { 'content-type': type, 'content-security-policy': CSP }).end(body);
    try {
      if (pathname === '/data/procedures.json') return send('application/json', readFileSync(join(root, 'data/procedures.json')));
      const hidden = pathname.startsWith('/without-worker/');
      const path = hidden ? pathname.slice('/without-worker'.length) : pathname;
      if (path === '/bundle.html') return send('text/html; charset=utf-8', page(`${hidden ? '/without-worker' : ''}/dist/dvc-elements.js`));
      if (path === '/element.html')
        return send('text/html; charset=utf-8', page(`${hidden ? '/without-worker' : ''}/dist/elements/dvc-procedure-search.js`));
      if (path.startsWith('/dist/') && !(hidden && path.endsWith('/search-worker.js')))
        return send('text/javascript', readFileSync(join(dir, path.slice('/dist/'.length))));
    } catch {
      // Not there: a 404 below.
    }
    res.writeHead(404).end();
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${server.address().port}`, server })),
  );
}

/** The first result's name, once the results for `query` replace the full list. */
async function firstResult(tab, query) {
  const search = tab.locator('dvc-procedure-search');
  const summary = search.locator('.summary');
  await search.getByText(/2\.642 thủ tục/).waitFor({ timeout: 60_000 });
  await search.getByRole('combobox').fill(query);
  await search.getByRole('button', { name: 'Tìm kiếm', exact: true }).click();
  await summary.filter({ hasNotText: '2.642' }).waitFor({ timeout: 30_000 });
  return (await search.locator('.result-link').first().textContent()).replace(/\s+/g, ' ').trim();
}

describe('the search worker in the built bundles', () => {
  let dir;
  let site;
  let browser;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dvc-search-worker-'));
    await buildScriptBundle({ entry: join(root, 'src/script-tag.ts'), outDir: dir, file: 'dvc-elements.js' });
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

  for (const [name, path, worker] of [
    ['the script-tag bundle', '/bundle.html', '/dist/search-worker.js'],
    ['the element bundle', '/element.html', '/dist/elements/search-worker.js'],
  ]) {
    it(`${name} starts its worker from the file beside it, under a strict CSP`, async () => {
      const tab = await browser.newPage();
      const workers = [];
      const violations = [];
      tab.on('worker', (started) => workers.push(new URL(started.url()).pathname));
      tab.on('console', (message) => /Content Security Policy|search worker/i.test(message.text()) && violations.push(message.text()));
      await tab.goto(site.url + path);
      assert.equal(await firstResult(tab, 'dang ky tam tru'), 'Đăng ký tạm trú');
      assert.deepEqual(workers, [worker]);
      assert.deepEqual(violations, []);
      await tab.close();
    });

    it(`${name} copied without its worker file searches on the page`, async () => {
      const tab = await browser.newPage();
      const warnings = [];
      tab.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
      await tab.goto(`${site.url}/without-worker${path}`);
      assert.equal(await firstResult(tab, 'dang ky tam tru'), 'Đăng ký tạm trú');
      assert.ok(
        warnings.some((text) => text.includes('cannot use its search worker')),
        `warned: ${warnings.join(' | ')}`,
      );
      await tab.close();
    });
  }
});

describe('the search worker on the Vite dev server', () => {
  let demo;
  let browser;

  before(async () => {
    demo = await startDemo();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('starts from the TypeScript source and answers', async () => {
    const tab = await browser.newPage();
    await tab.goto(demo.url);
    const answer = await tab.evaluate(async () => {
      const { openProcedureIndex } = await import('/src/core/search/index.ts');
      const records = await (await fetch('/data/procedures.json')).json();
      const failures = [];
      const index = await openProcedureIndex(records, { thread: 'worker', onWorkerFailure: (error) => failures.push(error.message) });
      const result = await index.search('dang ky tam tru');
      index.close();
      return { thread: index.thread, failures, first: result.items[0].procedure.code };
    });
    assert.deepEqual(answer, { thread: 'worker', failures: [], first: '1.004194' });
    await tab.close();
  });
});
