// Builds what an embedding page loads and serves it with the demo backend: the script-tag bundle
// (as `npm run build` makes it, into a temporary folder), the same bytes under a second URL, a
// copy that says it is another version, and an app bundled from the npm modules with its own Lit.
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildScriptBundle } from '../../../scripts/bundle.mjs';
import { loadTs } from '../../../scripts/load-ts.mjs';
import { STRICT_CSP } from '../csp/policy.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));

/** The bundle with its version changed, as another release of the library would be. */
function otherVersion(bundle) {
  const version = /export const VERSION = '([^']+)'/.exec(readFileSync(join(root, 'src/base/version.ts'), 'utf8'))[1];
  const literal = JSON.stringify(version);
  if (bundle.split(literal).length !== 2) throw new Error(`expected the version ${literal} once in the bundle`);
  return bundle.replace(literal, JSON.stringify(`${version}-other`));
}

/**
 * The script-tag bundle and the files it loads on demand (English text, the HTTP backend's calls,
 * the search worker, ...), by name; and the same with another version's main file.
 */
export async function buildEmbeddings() {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-embed-'));
  try {
    await buildScriptBundle({ entry: join(root, 'src/script-tag.ts'), outDir: dir, file: 'dvc-elements.js' });
    const bundle = new Map(
      readdirSync(dir)
        .filter((name) => name.endsWith('.js'))
        .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
    );
    const other = new Map(bundle).set('dvc-elements.js', otherVersion(bundle.get('dvc-elements.js')));
    // What an app's bundler makes of `import 'dvc-elements/define'`: the modules with their own Lit.
    const app = await build({
      entryPoints: [join(root, 'src/define.ts')],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      logLevel: 'warning',
    });
    return { bundle, other, app: app.outputFiles[0].text };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A page with these module scripts and one `<dvc-otp-input>`. */
const copiesPage = (scripts) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Hai bản</title>${scripts
    .map((src) => `<script type="module" src="${src}"></script>`)
    .join('')}</head><body><main><h1>Hai bản</h1><dvc-otp-input name="otp"></dvc-otp-input></main></body></html>`;

/** A page with only the script tag: the tests put elements on it. */
const EMPTY_PAGE =
  '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Trang trống</title><script type="module" src="/dist/dvc-elements.js"></script></head><body><main><h1>Trang trống</h1></main></body></html>';

const BREAKING_PAGE =
  '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Vi phạm</title></head><body><main><h1 style="color: red">Vi phạm</h1></main></body></html>';

/**
 * Serves the script-tag page at `/`, the same page under the strict CSP at `/csp/`, a page with
 * only the script tag at `/empty`, the bundles,
 * `/copies?src=…&src=…` pages, a page that breaks the CSP at `/csp/breaking`, and the demo backend
 * under `/api`. CSP reports land in `reports`.
 */
export async function serveEmbeddings(files) {
  const { createDemoServer } = await loadTs('src/core/backend/demo-server.ts');
  const demo = createDemoServer();
  const page = readFileSync(join(here, 'index.html'), 'utf8');
  const reports = [];
  const scripts = { '/app/app.js': files.app };
  for (const [folder, bundle] of [
    ['dist', files.bundle],
    ['copy', files.bundle],
    ['other', files.other],
  ])
    for (const [name, code] of bundle) scripts[`/${folder}/${name}`] = code;
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/csp-report') {
      let body = '';
      for await (const chunk of req) body += chunk;
      reports.push(JSON.parse(body)['csp-report']);
      res.writeHead(204).end();
      return;
    }
    if (url.pathname === '/' || url.pathname === '/csp/') {
      const headers = { 'content-type': 'text/html; charset=utf-8' };
      if (url.pathname === '/csp/') headers['content-security-policy'] = STRICT_CSP;
      res.writeHead(200, headers).end(page);
      return;
    }
    if (url.pathname === '/csp/breaking') {
      // A page that breaks the policy on purpose, to prove violations are seen and reported.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': STRICT_CSP }).end(BREAKING_PAGE);
      return;
    }
    if (url.pathname === '/empty') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(EMPTY_PAGE);
      return;
    }
    if (url.pathname === '/copies') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(copiesPage(url.searchParams.getAll('src')));
      return;
    }
    if (scripts[url.pathname]) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(scripts[url.pathname]);
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (await demo.handle(req, res)) return;
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, reports, close: () => new Promise((resolve) => server.close(resolve)) };
}
