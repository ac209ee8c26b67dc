// Every element's own script-tag bundle (`dist/elements/<tag>.js`, as `npm run build` makes it)
// on a page that has only that script and the tag, under the strict Content-Security-Policy with
// the demo backend: the element registers, draws its first screen and fetches what it needs on
// demand from beside the bundle, with no error, failed request or violation. The bundles are built
// here (CI runs the tests before `npm run build`).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildScriptBundle } from '../../scripts/bundle.mjs';
import { loadTs } from '../../scripts/load-ts.mjs';
import { STRICT_CSP } from '../integration/csp/policy.mjs';
import { launchBrowser } from './support.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TAGS = readdirSync(join(root, 'src/elements')).filter((name) => existsSync(join(root, 'src/elements', name, 'define.ts')));

/** What each element needs on the page to draw its first screen; the rest takes defaults. */
const ATTRIBUTES = {
  'dvc-dossier-form': 'backend-url="/api"',
  'dvc-dossier-status': 'backend-url="/api"',
  'dvc-feedback-form': 'backend-url="/api"',
  'dvc-otp-input': 'name="otp"',
  'dvc-payment-selector': 'backend-url="/api"',
  'dvc-procedure-search': 'backend-url="/api"',
  'dvc-registration-wizard': 'backend-url="/api"',
  'dvc-satisfaction-survey': 'backend-url="/api"',
  'dvc-service-flow': 'backend-url="/api"',
  'dvc-support-request': 'backend-url="/api"',
};

/** Vietnamese words an English first screen keeps: a search example, the decree's number. */
const VIETNAMESE_IN_ENGLISH = {
  'dvc-procedure-search': ['đăng', 'ký', 'tạm', 'trú'],
  'dvc-satisfaction-survey': ['61/2018/NĐ-CP'],
};

/** Elements that draw nothing on a page like this: no errors to sum up, no account signed in. */
const DRAW_NOTHING_YET = new Set(['dvc-error-summary', 'dvc-profile-consent']);

/** Where the same bundles are built with the templates' whitespace as written. */
const AS_WRITTEN = 'as-written';

const page = (tag, lang = 'vi', build = '') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${tag}</title>` +
  `<script type="module" src="/dist/${build ? `${build}/` : ''}elements/${tag}.js"></script></head>` +
  `<body><main><h1>${tag}</h1><${tag} ${ATTRIBUTES[tag] ?? ''}></${tag}></main></body></html>`;

/** Serves one page per element and language at `/<tag>/<lang>[/as-written]`, the bundles under `/dist/` and the demo backend under `/api`. */
async function serve(dir) {
  const { createDemoServer } = await loadTs('src/core/backend/demo-server.ts');
  const demo = createDemoServer();
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    const file = normalize(join(dir, pathname.slice('/dist/'.length)));
    const [tag, lang, build] = pathname.slice(1).split('/');
    if (TAGS.includes(tag)) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': STRICT_CSP }).end(page(tag, lang, build));
    } else if (pathname.startsWith('/dist/') && file.startsWith(dir) && existsSync(file)) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(readFileSync(file));
    } else if (pathname === '/favicon.ico') res.writeHead(204).end();
    else if (!(await demo.handle(req, res))) res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Opens the element's page and collects what it reports: errors, failed requests, violations, `dvc-error`s. */
async function open(browser, url, tag, lang = 'vi', build = '') {
  const tab = await browser.newPage();
  const problems = [];
  tab.on('pageerror', (error) => problems.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  tab.on('response', (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()} ${response.url()}`));
  await tab.addInitScript(() => {
    for (const type of ['securitypolicyviolation', 'dvc-error'])
      document.addEventListener(type, (event) => console.error(`${type}: ${event.violatedDirective ?? JSON.stringify(event.detail)}`));
  });
  await tab.goto(`${url}/${tag}/${lang}${build ? `/${build}` : ''}`);
  return { tab, problems };
}

describe('each element bundle alone on a page', () => {
  let dir;
  let site;
  let browser;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dvc-element-bundles-'));
    for (const tag of TAGS) {
      const entry = join(root, 'src/elements', tag, 'define.ts');
      await buildScriptBundle({ entry, outDir: dir, file: `elements/${tag}.js` });
      await buildScriptBundle({ entry, outDir: join(dir, AS_WRITTEN), file: `elements/${tag}.js`, markup: false });
    }
    site = await serve(dir);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const tag of TAGS) {
    it(`${tag} registers and draws its first screen, with nothing failing`, async () => {
      const { tab, problems } = await open(browser, site.url, tag);
      await tab.waitForFunction((name) => customElements.get(name) !== undefined, tag, { timeout: 20_000 });
      const drawn = await tab.evaluate(async (name) => {
        const element = document.querySelector(name);
        await element.updateComplete;
        return `${element.shadowRoot?.textContent ?? ''} ${element.textContent}`.replace(/\s+/g, ' ').trim();
      }, tag);
      if (DRAW_NOTHING_YET.has(tag)) assert.equal(drawn, '');
      else assert.notEqual(drawn, '', `${tag} drew nothing`);
      await tab.waitForLoadState('networkidle');
      assert.deepEqual(problems, []);
      await tab.close();
    });
  }

  it('each first screen is in English on an English page, text fetched on demand', async () => {
    for (const tag of TAGS.filter((name) => !DRAW_NOTHING_YET.has(name))) {
      const { tab, problems } = await open(browser, site.url, tag, 'en');
      await tab.waitForFunction((name) => customElements.get(name) !== undefined, tag, { timeout: 20_000 });
      await tab.waitForLoadState('networkidle');
      const drawn = await tab.evaluate(async (name) => {
        const element = document.querySelector(name);
        await element.updateComplete;
        return `${element.shadowRoot?.textContent ?? ''} ${element.textContent}`.replace(/\s+/g, ' ').trim();
      }, tag);
      const vietnamese = drawn.match(/\S*[ăâđêôơưàáạảãầấậẩẫằắặẳẵèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]\S*/giu) ?? [];
      assert.deepEqual(vietnamese, VIETNAMESE_IN_ENGLISH[tag] ?? [], `${tag} in English: ${drawn}`);
      assert.deepEqual(problems, []);
      await tab.close();
    }
  });

  it('each first screen reads the same as when the templates keep their whitespace', async () => {
    // The bundles squeeze the templates' whitespace: a space lost between two inline parts would show here.
    const seen = async (tag, build) => {
      const { tab, problems } = await open(browser, site.url, tag, 'vi', build);
      await tab.waitForFunction((name) => customElements.get(name) !== undefined, tag, { timeout: 20_000 });
      await tab.waitForLoadState('networkidle');
      const text = await tab.evaluate(async (name) => {
        const element = document.querySelector(name);
        await element.updateComplete;
        const shown = (root) => [...root.children].map((child) => (child instanceof HTMLElement ? child.innerText : '')).join('\n');
        return `${element.shadowRoot ? shown(element.shadowRoot) : ''}\n${shown(element)}`;
      }, tag);
      assert.deepEqual(problems, []);
      await tab.close();
      return text;
    };
    for (const tag of TAGS.filter((name) => !DRAW_NOTHING_YET.has(name))) {
      const squeezed = await seen(tag);
      assert.match(squeezed, /\S/, tag);
      assert.equal(squeezed, await seen(tag, AS_WRITTEN), tag);
    }
  });

  it('the error summary lists what a control reports, in English on an English page', async () => {
    // Its one text is the only entry of its English module: such a module must carry the short id too.
    const { tab, problems } = await open(browser, site.url, 'dvc-error-summary', 'en');
    await tab.waitForFunction(() => customElements.get('dvc-error-summary') !== undefined, null, { timeout: 20_000 });
    const drawn = await tab.evaluate(async () => {
      const field = document.createElement('input');
      document.querySelector('main').append(field);
      field.dispatchEvent(
        new CustomEvent('dvc-validity', {
          bubbles: true,
          composed: true,
          detail: { errors: [{ label: 'Phone', message: 'Enter a phone number', target: field }] },
        }),
      );
      const summary = document.querySelector('dvc-error-summary');
      await summary.updateComplete;
      return summary.shadowRoot.textContent.replace(/\s+/g, ' ').trim();
    });
    assert.match(drawn, /^There is a problem/);
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('the address picker finds, chooses and describes an address through what it fetches on demand', async () => {
    const { tab, problems } = await open(browser, site.url, 'dvc-address-picker');
    const picker = tab.locator('dvc-address-picker');
    await picker.getByRole('combobox', { name: 'Tỉnh, thành phố' }).fill('ha noi');
    await picker.getByRole('option', { name: 'Thành phố Hà Nội' }).click();
    await picker.getByRole('combobox', { name: 'Xã, phường, đặc khu' }).fill('hoan kiem');
    await picker.getByRole('option', { name: 'Phường Hoàn Kiếm' }).click();
    assert.equal(await picker.evaluate((element) => element.text), 'Phường Hoàn Kiếm, Thành phố Hà Nội');
    await picker.evaluate((element) => (element.value = '{"provinceCode":"79","communeCode":"26743"}'));
    assert.equal(
      await picker.evaluate(async (element) => (await element.updateComplete, element.text)),
      'Phường Bến Thành, Thành phố Hồ Chí Minh',
    );
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('the code input takes a typed code and tells the page it is complete', async () => {
    const { tab, problems } = await open(browser, site.url, 'dvc-otp-input');
    const input = tab.locator('dvc-otp-input');
    await input.getByRole('textbox').focus();
    await tab.keyboard.type('123456');
    assert.equal(await input.evaluate((element) => element.value), '123456');
    assert.equal(await input.evaluate((element) => element.complete), true);
    assert.deepEqual(problems, []);
    await tab.close();
  });
});
