// The self-registering script-tag bundles: one minified ES module with Lit and every dependency
// inlined. Used by scripts/build.mjs for dist/ and by the embedding tests, which build their own.
import { build } from 'vite';
import { transform } from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Builds `entry` (e.g. src/define.ts) into `outDir/file`; returns the written path. */
export async function buildScriptBundle({ entry, outDir, file }) {
  await build({
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    // Relative URLs, so the search worker is found next to the bundle wherever it is served from.
    base: './',
    // The search worker ships as its own module file beside the bundle, never as a blob: or data:
    // URL, which a strict Content-Security-Policy forbids.
    worker: { format: 'es', rolldownOptions: { output: { entryFileNames: join(dirname(file), '[name].js') } } },
    build: {
      lib: { entry, formats: ['es'], fileName: () => file },
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      copyPublicDir: false,
    },
  });
  // Library mode keeps whitespace in ES output; these bundles are final, so squeeze them.
  const path = join(outDir, file);
  const { code } = await transform(readFileSync(path, 'utf8'), { minify: true, format: 'esm', target: 'es2022', legalComments: 'eof' });
  writeFileSync(path, code);
  checkWorkerFiles(path, code);
  return path;
}

/**
 * Each worker a bundle starts is a module file beside it, named by a relative URL: not inlined
 * as a blob: or data: URL (a strict Content-Security-Policy refuses those), not missing.
 */
function checkWorkerFiles(path, code) {
  for (const [, url] of code.matchAll(/new Worker\((?:new URL\()+"([^"]*)"/g)) {
    if (!/^\.{0,2}\/?[\w./-]+\.js$/.test(url) || url.startsWith('/'))
      throw new Error(`${path} starts a worker from ${url.slice(0, 40)}, not a file beside it`);
    if (!existsSync(join(dirname(path), url))) throw new Error(`${path} starts the worker ${url}, which was not written`);
  }
  if (/new Worker\((?!new URL\()/.test(code)) throw new Error(`${path} starts a worker from a computed URL`);
}
