// Builds the locale modules from locales/*.xlf and fails when any message lacks a translation,
// so nothing reaches users in only one language.
import { spawnSync } from 'node:child_process';

const run = spawnSync(process.execPath, ['node_modules/@lit/localize-tools/bin/lit-localize.js', 'build'], { encoding: 'utf8' });
process.stdout.write(run.stdout);
process.stderr.write(run.stderr);
const missing = `${run.stdout}${run.stderr}`.split('\n').filter((line) => /is missing/.test(line));
if (run.status !== 0) process.exit(run.status ?? 1);
if (missing.length) {
  console.error(`${missing.length} message(s) have no English translation: run "npm run localize:extract" and fill the <target> elements in locales/en.xlf.`);
  process.exit(1);
}
