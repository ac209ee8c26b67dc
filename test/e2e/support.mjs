// Starts the demo (Vite with the demo backend, as `npm start` does) and Debian's Chromium
// through playwright-core, for end-to-end tests with node's test runner.
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChromium } from '../../scripts/chromium.mjs';

export async function startDemo() {
  const server = await createServer({ logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
  await server.listen();
  const url = server.resolvedUrls.local[0];
  return { url, close: () => server.close() };
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: requireChromium(), headless: true, args: CHROME_ARGS });
}
