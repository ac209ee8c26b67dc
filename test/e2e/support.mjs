// Starts the demo (Vite with the demo backend, as `npm start` does) and Debian's Chromium
// through playwright-core, for end-to-end tests with node's test runner.
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChromium } from '../../scripts/chromium.mjs';

export async function startDemo() {
  // No hot reload: a source saved during a run must not reload the page under a test.
  const server = await createServer({ logLevel: 'error', server: { port: 0, host: '127.0.0.1', hmr: false } });
  await server.listen();
  const url = server.resolvedUrls.local[0];
  return { url, close: () => server.close() };
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: requireChromium(), headless: true, args: CHROME_ARGS });
}

/** The demo served and open in Chromium; `close()` stops both. */
export async function openDemo(viewport) {
  const demo = await startDemo();
  const browser = await launchBrowser();
  const page = await browser.newPage(viewport ? { viewport } : {});
  await page.goto(demo.url);
  // The first load compiles the page's modules, slow on a busy machine.
  await page.locator('dvc-demo-page h1').waitFor({ timeout: 60_000 });
  const close = async () => {
    await browser.close();
    await demo.close();
  };
  return { demo, browser, page, close };
}
