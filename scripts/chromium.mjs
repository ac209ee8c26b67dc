// Debian's Chromium, as the browser tests and end-to-end tests launch it on this kind of machine.
import { existsSync } from 'node:fs';

export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  // Test pages run side by side in tabs: keep background tabs' frames and timers running.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

/** Stops with one clear line, not a stack trace, when there is no browser to run. */
export function requireChromium() {
  if (existsSync(CHROME_PATH)) return CHROME_PATH;
  console.error(
    `Chromium was not found at ${CHROME_PATH}. Install it with "apt-get install -y chromium fonts-liberation" or set CHROME_PATH to a Chromium or Chrome binary.`,
  );
  process.exit(1);
}
