// Loads a TypeScript module from src/ into Node (config files and scripts are plain JS):
// esbuild bundles it to one ESM file under node_modules/.cache, which is then imported.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

export async function loadTs(entry) {
  const outdir = join(root, 'node_modules/.cache/dvc-elements');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, `${basename(entry, '.ts')}-${process.pid}.mjs`);
  await build({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}
