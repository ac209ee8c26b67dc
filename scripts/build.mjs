// Builds every output of design.md §8: unbundled ESM and types, the self-registering script-tag
// bundle and one bundle per element with the notices of what they include, custom-elements.json,
// openapi.json; then prints the sizes.
import { buildScriptBundle } from './bundle.mjs';
import { sourcesOf, thirdPartyNotices } from './licenses.mjs';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, existsSync, writeFileSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });

// Unbundled ESM with Lit, zod and @lit/* left as imports, plus declaration files.
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
// `dvc-elements/core` is promised to load in Node 20 as built.
const core = await import(new URL('../dist/esm/core/index.js', import.meta.url).href);
if (!core.parsePhone('0912345678').ok) throw new Error('dist/esm/core does not work in Node');
// The search worker is found by URL, not by import: check it is there beside its client.
if (!existsSync('dist/esm/core/search/search-worker.js')) throw new Error('dist/esm lacks core/search/search-worker.js');
// `dvc-elements/angular`, compiled by Angular's compiler (see the script).
run(process.execPath, ['scripts/build-angular.mjs']);

const elements = readdirSync('src/elements').filter((name) => existsSync(`src/elements/${name}/define.ts`));
const bundles = [
  { entry: 'src/script-tag.ts', file: 'dvc-elements.js' },
  ...elements.map((name) => ({ entry: `src/elements/${name}/define.ts`, file: `elements/${name}.js` })),
];

const carried = [];
for (const { entry, file } of bundles) carried.push(...(await buildScriptBundle({ entry, outDir: 'dist', file })));
writeFileSync('dist/THIRD-PARTY-LICENSES.txt', thirdPartyNotices(sourcesOf(carried)));
writeIntegrity();

run(bin('custom-elements-manifest'), ['analyze', '--config', 'custom-elements-manifest.config.mjs']);
run(process.execPath, ['scripts/openapi.mjs']);
run(process.execPath, ['scripts/size.mjs']);

/**
 * dist/integrity.json: the SRI hash of every script file, keyed by its URL relative to dist/, for
 * the `integrity` section of an import map (the script tag's own attribute covers only the file
 * it loads, not the chunks that file fetches on demand).
 */
function writeIntegrity() {
  const files = readdirSync('dist', { recursive: true }).filter((file) => /\.js$/.test(file) && !/^(esm|types|angular)\//.test(file));
  const hashes = Object.fromEntries(
    files.sort().map((file) => [
      `./${file}`,
      `sha384-${createHash('sha384')
        .update(readFileSync(`dist/${file}`))
        .digest('base64')}`,
    ]),
  );
  writeFileSync('dist/integrity.json', `${JSON.stringify(hashes, null, 2)}\n`);
}
