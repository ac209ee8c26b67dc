// Embedding in real pages, with playwright-core: a plain HTML page that has only the script tag
// and a <dvc-service-flow> tag runs the whole journey (search → account → dossier → payment →
// status → rating); the same page under a strict Content-Security-Policy does it with no
// violation; two copies of the library on one page never throw, and another version warns once.
// The bundle is built here (CI runs the tests before `npm run build`).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser } from '../e2e/support.mjs';
import { buildEmbeddings, serveEmbeddings } from './script-tag/serve.mjs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

const PASSWORD = 'Matkhau@2024';
const NETWORK_MESSAGE = 'Không kết nối được với máy chủ. Vui lòng kiểm tra kết nối mạng rồi thử lại.';

/** Collects what a page reports: uncaught errors, console errors and warnings, CSP violations, dvc events. */
async function watch(page) {
  const seen = { errors: [], warnings: [], violations: [] };
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) seen.errors.push(`HTTP ${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(`${message.text()} ${message.location().url}`);
    if (message.type() === 'warning') seen.warnings.push(message.text());
  });
  // Runs before the page's own scripts (injected by the browser, so outside the page's CSP).
  await page.addInitScript(() => {
    const violations = [];
    sessionStorage.setItem('test-events', sessionStorage.getItem('test-events') ?? '[]');
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
    );
    for (const name of [
      'dvc-flow-step-change',
      'dvc-flow-complete',
      'dvc-procedure-select',
      'dvc-registration-complete',
      'dvc-payment-result',
      'dvc-survey-complete',
    ]) {
      document.addEventListener(name, (event) => {
        const stored = JSON.parse(sessionStorage.getItem('test-events'));
        stored.push({ name, detail: event.detail });
        sessionStorage.setItem('test-events', JSON.stringify(stored));
      });
    }
    Object.assign(window, { testViolations: violations });
  });
  seen.events = () => page.evaluate(() => JSON.parse(sessionStorage.getItem('test-events')));
  seen.pageViolations = () => page.evaluate(() => window.testViolations);
  return seen;
}

/** Runs in the page: the element matching `selectors`, one per shadow root level. */
const deep = (page, selectors) =>
  page.evaluateHandle((path) => path.reduce((node, selector) => (node.shadowRoot ?? node).querySelector(selector), document), selectors);

async function atStep(flow, number) {
  await flow
    .locator('h2[part="heading"]')
    .filter({ hasText: `Bước ${number} / 6` })
    .waitFor({ timeout: 20_000 });
}

/** The whole journey through <dvc-service-flow>, as a citizen does it with the mouse and keyboard. */
async function runJourney(page, base) {
  const flow = page.locator('dvc-service-flow');
  await atStep(flow, 1);

  // 1. Find the procedure and choose it.
  const search = flow.locator('dvc-procedure-search');
  await search.getByRole('combobox').fill('cấp giấy phép xây dựng');
  await search.getByRole('button', { name: 'Tìm kiếm' }).click();
  await search.locator('button.result-link').first().click();
  await search.getByRole('button', { name: 'Chọn thủ tục này' }).click();

  // 2. Create an account with a mobile number: captcha from the demo server, code from the "phone".
  await atStep(flow, 2);
  const wizard = flow.locator('dvc-registration-wizard');
  await wizard.getByLabel('Công dân').check();
  await wizard.getByRole('button', { name: 'Tiếp tục' }).click();
  await wizard.getByLabel('Thuê bao di động').check();
  await wizard.getByRole('button', { name: 'Tiếp tục' }).click();
  await wizard.locator('input[name="idNumber"]').fill('079090012346');
  await wizard.locator('input[name="fullName"]').fill('Trần Thị Bích');
  await wizard.locator('input[name="birthDate"]').fill('02/03/1990');
  await wizard.locator('input[name="phone"]').fill('0987111222');
  await wizard.locator('.captcha img').waitFor();
  const captchaId = await (await deep(page, ['dvc-service-flow', 'dvc-registration-wizard'])).evaluate((el) => el._captcha.id);
  const { answer } = await (await fetch(`${base}/api/_demo/captcha/${captchaId}`)).json();
  await wizard.locator('input[name="captcha"]').fill(answer);
  await wizard.locator('input[name="captcha"]').press('Enter');
  const otp = wizard.locator('dvc-otp-input input');
  await otp.waitFor();
  const { messages } = await (await fetch(`${base}/api/_demo/inbox`)).json();
  const code = messages.filter((message) => message.to.includes('0987111222') && message.code).at(-1).code;
  await otp.fill(code);
  await otp.press('Enter');
  await wizard.locator('input[name="new-password"]').fill(PASSWORD);
  await wizard.locator('input[name="confirm-password"]').fill(PASSWORD);
  await wizard.locator('input[name="confirm-password"]').press('Enter');
  await wizard.getByRole('button', { name: /^Đăng ký/ }).click();

  // 3. Confirm the applicant and file the dossier; the server sets its fees.
  await atStep(flow, 3);
  const fullName = flow.getByLabel('Họ và tên');
  if (!(await fullName.inputValue())) await fullName.fill('Trần Thị Bích');
  const idNumber = flow.getByLabel('Số CMND/CCCD');
  if (!(await idNumber.inputValue())) await idNumber.fill('079090012346');
  await flow.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  const created = await flow.getByText(/Mã hồ sơ của bạn: /).textContent({ timeout: 20_000 });
  const dossierCode = /Mã hồ sơ của bạn: (\S+)\./.exec(created)[1];
  await flow.getByRole('button', { name: 'Tiếp tục' }).click();

  // 4. Pay on the provider's (stand-in) page, then come back to this page.
  await atStep(flow, 4);
  const payment = flow.locator('dvc-payment-selector');
  await payment.getByLabel(/VNPAY/).check();
  await payment.getByRole('button', { name: 'Tiếp tục đến VNPAY' }).click();
  await page.getByRole('button', { name: 'Thanh toán', exact: true }).click();
  await atStep(flow, 4);
  await flow.getByText('Đã thanh toán. Tiếp tục để theo dõi hồ sơ.').waitFor({ timeout: 20_000 });
  await flow.getByRole('button', { name: 'Tiếp tục' }).click();

  // 5. The agency resolves the dossier; the citizen sees it and moves on.
  await atStep(flow, 5);
  const resolved = await fetch(`${base}/api/_demo/dossiers/status`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: dossierCode, status: 9 }),
  });
  assert.equal(resolved.status, 200);
  await flow.getByRole('button', { name: 'Cập nhật trạng thái' }).click();
  await flow.getByRole('button', { name: 'Tiếp tục' }).click({ timeout: 20_000 });

  // 6. Rate the service.
  await atStep(flow, 6);
  const survey = flow.locator('dvc-satisfaction-survey');
  await survey.getByRole('radio').first().check();
  await survey.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await flow.getByRole('heading', { name: 'Bạn đã hoàn tất' }).waitFor({ timeout: 20_000 });
  await flow.getByText(`Hồ sơ ${dossierCode} vẫn tra cứu được bằng mã hồ sơ.`).waitFor();
  return dossierCode;
}

describe('embedding the library in a page', () => {
  let server;
  let browser;

  let files;

  before(async () => {
    files = await buildEmbeddings();
    server = await serveEmbeddings(files);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [name, path] of [
    ['a plain page with one script tag runs the whole journey', '/'],
    ['the same page under a strict Content-Security-Policy runs it with no violation', '/csp/'],
  ]) {
    it(name, async () => {
      // Each journey registers the same citizen: start from a fresh demo backend.
      assert.equal((await fetch(`${server.url}/api/_demo/reset`, { method: 'POST' })).status, 200);
      const page = await browser.newPage();
      const seen = await watch(page);
      await page.goto(`${server.url}${path}`);
      const dossierCode = await runJourney(page, server.url);

      const events = await seen.events();
      const names = events.map((event) => event.name);
      assert.deepEqual(
        events.filter((event) => event.name === 'dvc-flow-step-change').map((event) => event.detail.step),
        ['search', 'account', 'confirm', 'pay', 'pay', 'status', 'rate'],
      );
      for (const expected of [
        'dvc-procedure-select',
        'dvc-registration-complete',
        'dvc-payment-result',
        'dvc-survey-complete',
        'dvc-flow-complete',
      ])
        assert.ok(names.includes(expected), `${expected} was not fired`);
      assert.equal(events.find((event) => event.name === 'dvc-payment-result').detail.status, 'succeeded');
      assert.deepEqual(events.find((event) => event.name === 'dvc-survey-complete').detail, { dossierCode });
      assert.doesNotMatch(JSON.stringify(events), new RegExp(PASSWORD));
      assert.deepEqual(seen.errors, []);
      assert.deepEqual(await seen.pageViolations(), []);
      await page.close();
    });
  }

  it('sees and receives the report of a violation (the check above can fail)', async () => {
    const page = await browser.newPage();
    const seen = await watch(page);
    await page.goto(`${server.url}/csp/breaking`);
    await page.waitForFunction(() => window.testViolations.length > 0);
    assert.match((await seen.pageViolations())[0], /^style-src-attr /);
    const deadline = Date.now() + 10_000;
    while (!server.reports.some((report) => report['document-uri'].endsWith('/csp/breaking')) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    assert.ok(
      server.reports.some((report) => report['document-uri'].endsWith('/csp/breaking')),
      'no report arrived',
    );
    assert.deepEqual(
      server.reports.filter((report) => !report['document-uri'].endsWith('/csp/breaking')),
      [],
      'the journey page reported a violation',
    );
    await page.close();
  });

  async function open(scripts) {
    const page = await browser.newPage();
    const seen = await watch(page);
    await page.goto(`${server.url}/copies?${scripts.map((src) => `src=${encodeURIComponent(src)}`).join('&')}`);
    await page.locator('dvc-otp-input input').waitFor();
    // Every module script has run once `load` fired; the element works.
    await page.waitForLoadState('load');
    await page.locator('dvc-otp-input input').fill('123456');
    assert.equal(await page.locator('dvc-otp-input').evaluate((el) => el.value), '123456');
    await page.close();
    return seen;
  }

  it('two copies of the bundle under two URLs: nothing thrown, nothing logged', async () => {
    const seen = await open(['/dist/dvc-elements.js', '/copy/dvc-elements.js']);
    assert.deepEqual(seen.errors, []);
    assert.deepEqual(seen.warnings, []);
  });

  it('the bundle and an app built from the npm modules on one page: nothing thrown, nothing logged', async () => {
    for (const order of [
      ['/dist/dvc-elements.js', '/app/app.js'],
      ['/app/app.js', '/dist/dvc-elements.js'],
    ]) {
      const seen = await open(order);
      assert.deepEqual(seen.errors, [], order.join(' then '));
      assert.deepEqual(seen.warnings, [], order.join(' then '));
    }
  });

  it('another version of the library on the page: nothing thrown, one warning', async () => {
    const seen = await open(['/dist/dvc-elements.js', '/other/dvc-elements.js']);
    assert.deepEqual(seen.errors, []);
    assert.equal(seen.warnings.length, 1, seen.warnings.join('\n'));
    // Each copy registers an element once its code arrives, so either copy may be first.
    const [, first, unused] = /already registered by version (\S+); version (\S+) is not used/.exec(seen.warnings[0]) ?? [];
    assert.ok(first && unused && (first === `${unused}-other` || unused === `${first}-other`), seen.warnings[0]);
  });

  /** The file the bundle fetches for `tag`, as its loader names it. */
  const codeOf = (tag) => {
    const found = new RegExp(`"${tag}":\\(\\)=>import\\("\\./([^"]+)"\\)`).exec(files.bundle.get('dvc-elements.js'));
    assert.ok(found, `the bundle does not name the code of <${tag}>`);
    return `/dist/${found[1]}`;
  };

  it('registers an element when it appears on the page, fetching only its code', async () => {
    const page = await browser.newPage();
    const seen = await watch(page);
    const fetched = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}/empty`);
    await page.waitForLoadState('load');
    assert.equal(await page.evaluate(() => customElements.get('dvc-otp-input')), undefined);

    await page.evaluate(() => document.querySelector('main').insertAdjacentHTML('beforeend', '<dvc-otp-input name="otp"></dvc-otp-input>'));
    await page.locator('dvc-otp-input input').fill('123456');
    assert.equal(await page.locator('dvc-otp-input').evaluate((element) => element.value), '123456');
    assert.ok(fetched.includes(codeOf('dvc-otp-input')));
    for (const other of ['dvc-payment-selector', 'dvc-registration-wizard', 'dvc-procedure-search'])
      assert.ok(!fetched.includes(codeOf(other)), `fetched the code of <${other}>`);
    assert.deepEqual(seen.errors, []);
    await page.close();
  });

  it('an element whose code does not arrive reports dvc-error, and discover() tries again', async () => {
    const page = await browser.newPage();
    const seen = await watch(page);
    const code = codeOf('dvc-otp-input');
    let refused = 0;
    await page.route(`${server.url}${code}`, (route) => (refused++ === 0 ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(`${server.url}/empty`);
    await page.waitForLoadState('load');
    const reported = await page.evaluate(
      () =>
        new Promise((resolve) => {
          document.addEventListener('dvc-error', (event) => resolve({ tag: event.target.localName, ...event.detail }), { once: true });
          document.querySelector('main').insertAdjacentHTML('beforeend', '<dvc-otp-input name="otp"></dvc-otp-input>');
        }),
    );
    assert.deepEqual(reported, {
      tag: 'dvc-otp-input',
      code: 'network',
      message: NETWORK_MESSAGE,
    });
    assert.equal(await page.evaluate(() => customElements.get('dvc-otp-input')), undefined);

    await page.evaluate(async () => (await import('/dist/dvc-elements.js')).discover());
    await page.locator('dvc-otp-input input').fill('654321');
    assert.equal(await page.locator('dvc-otp-input').evaluate((element) => element.value), '654321');
    assert.equal(refused, 2);
    assert.deepEqual(
      seen.errors.filter((error) => !error.includes(code)),
      [],
    );
    await page.close();
  });

  /** The page with only the script tag, showing a citizen's wizard with the phone method. */
  async function openWizard(page) {
    await page.goto(`${server.url}/empty`);
    await page.evaluate(() =>
      document
        .querySelector('main')
        .insertAdjacentHTML(
          'beforeend',
          '<dvc-registration-wizard backend-url="/api" subject="citizen" methods="phone"></dvc-registration-wizard>',
        ),
    );
    return page.locator('dvc-registration-wizard');
  }

  /** Fills the wizard's details for the phone method (with the demo's captcha answer) and sends them. */
  async function submitPhoneDetails(wizard, idNumber, phone) {
    await wizard.locator('input[name="idNumber"]').fill(idNumber);
    await wizard.locator('input[name="fullName"]').fill('Lê Văn Cường');
    await wizard.locator('input[name="birthDate"]').fill('04/05/1990');
    await wizard.locator('input[name="phone"]').fill(phone);
    await wizard.locator('.captcha img').waitFor();
    const captchaId = await wizard.evaluate((el) => el._captcha.id);
    const { answer } = await (await fetch(`${server.url}/api/_demo/captcha/${captchaId}`)).json();
    await wizard.locator('input[name="captcha"]').fill(answer);
    await wizard.locator('input[name="captcha"]').press('Enter');
  }

  it("the wizard's steps after the details, when their code does not arrive, say so and try again", async () => {
    const page = await browser.newPage();
    await watch(page);
    let online = false;
    let refused = 0;
    await page.route(/\/wizard-later-steps-[\w-]+\.js$/, (route) => {
      if (online) return route.continue();
      refused += 1;
      return route.abort('internetdisconnected');
    });
    const wizard = await openWizard(page);
    await submitPhoneDetails(wizard, '079090012348', '0987111334');

    const failure = wizard.locator('.failure');
    await failure.getByText(NETWORK_MESSAGE).waitFor();
    await wizard.getByText('Đang tải bước này…').waitFor();
    assert.ok(refused >= 1);
    online = true;
    await failure.getByRole('button', { name: 'Thử lại' }).click();
    await wizard.locator('dvc-otp-input input').fill('123456');
    assert.equal(await wizard.locator('dvc-otp-input').evaluate((element) => element.value), '123456');
    assert.equal(await failure.count(), 0);
    await page.close();
  });

  it('a search with a dataset fetches the records while the code that indexes them is on its way', async () => {
    const page = await browser.newPage();
    const seen = await watch(page);
    const order = [];
    await page.route(/\/procedure-dataset-[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      order.push('code answered');
      await route.continue();
    });
    await page.route('**/records.json', (route) => {
      order.push('records asked');
      return route.fulfill({ path: join(root, 'data/procedures.json'), contentType: 'application/json' });
    });
    await page.goto(`${server.url}/empty`);
    await page.evaluate(() =>
      document.querySelector('main').insertAdjacentHTML('beforeend', '<dvc-procedure-search src="/records.json"></dvc-procedure-search>'),
    );
    await page
      .locator('dvc-procedure-search')
      .getByText(/2\.642 thủ tục/)
      .waitFor({ timeout: 60_000 });
    assert.deepEqual(order, ['records asked', 'code answered']);
    assert.deepEqual(seen.errors, []);
    await page.close();
  });

  it('a dossier form whose form does not arrive says so, and shows it once it does', async () => {
    const page = await browser.newPage();
    await watch(page);
    let online = false;
    let refused = 0;
    await page.route(/\/temporary-residence-[\w-]+\.js$/, (route) => {
      if (online) return route.continue();
      refused += 1;
      return route.abort('internetdisconnected');
    });
    await page.addInitScript(() => {
      window.reported = [];
      document.addEventListener('dvc-error', (event) => window.reported.push(event.detail.code));
    });
    await page.goto(`${server.url}/empty`);
    await page.evaluate(() =>
      document.querySelector('main').insertAdjacentHTML('beforeend', '<dvc-dossier-form procedure="1.004194.H19"></dvc-dossier-form>'),
    );
    const form = page.locator('dvc-dossier-form');
    await form.getByRole('alert').getByText(NETWORK_MESSAGE).waitFor();
    assert.equal(refused, 1);
    assert.deepEqual(await page.evaluate(() => window.reported), ['network']);
    online = true;
    await form.getByRole('button', { name: 'Thử lại' }).click();
    await form.getByRole('heading', { name: 'Đăng ký tạm trú' }).waitFor();
    assert.equal(await form.getByRole('alert').count(), 0);
    await page.close();
  });

  it("the wizard's code step, when the code input does not arrive, says so and tries again", async () => {
    const page = await browser.newPage();
    await watch(page);
    let online = false;
    await page.route(`${server.url}${codeOf('dvc-otp-input')}`, (route) =>
      online ? route.continue() : route.abort('internetdisconnected'),
    );
    const wizard = await openWizard(page);
    await submitPhoneDetails(wizard, '079090012347', '0987111333');

    const failure = wizard.locator('.failure');
    await failure.getByText(NETWORK_MESSAGE).waitFor();
    assert.equal(await page.evaluate(() => customElements.get('dvc-otp-input')), undefined);
    online = true;
    await failure.getByRole('button', { name: 'Thử lại' }).click();
    const otp = wizard.locator('dvc-otp-input input');
    await otp.fill('123456');
    assert.equal(await wizard.locator('dvc-otp-input').evaluate((element) => element.value), '123456');
    assert.equal(await failure.count(), 0);
    await page.close();
  });

  it("the flow, when a step's element does not arrive, says so and tries again", async () => {
    const page = await browser.newPage();
    await watch(page);
    let online = false;
    await page.route(`${server.url}${codeOf('dvc-procedure-search')}`, (route) =>
      online ? route.continue() : route.abort('internetdisconnected'),
    );
    await page.addInitScript(() => {
      window.reported = [];
      document.addEventListener('dvc-error', (event) => window.reported.push(event.detail.code));
    });
    await page.goto(`${server.url}/`);
    const flow = page.locator('dvc-service-flow');
    const failure = flow.getByRole('alert');
    await failure.getByText('Không tải được bước này. Kiểm tra kết nối mạng rồi thử lại; thông tin đã nhập vẫn được giữ.').waitFor();
    assert.ok((await page.evaluate(() => window.reported)).includes('network'));

    online = true;
    await failure.getByRole('button', { name: 'Thử lại' }).click();
    await flow.locator('dvc-procedure-search').getByRole('combobox').fill('cấp giấy phép xây dựng');
    assert.equal(await failure.count(), 0);
    await page.close();
  });
});
