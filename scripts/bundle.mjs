// The script-tag bundles: minified ES modules with Lit and every dependency inlined, split into
// files fetched on demand. Used by scripts/build.mjs for dist/ and by the embedding tests.
import { build } from 'vite';
import { transform } from 'esbuild';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Builds `entry` (e.g. src/script-tag.ts) into `outDir/file`; returns the written path. */
export async function buildScriptBundle({ entry, outDir, file }) {
  const [{ output }] = [
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
        // Text only an English page needs: one chunk per bundle, fetched on the switch to English.
        rolldownOptions: {
          // Required by the chunk group below, which must not pull shared code in with the text.
          preserveEntrySignatures: 'allow-extension',
          output: {
            codeSplitting: {
              includeDependenciesRecursively: false,
              groups: [{ name: 'english', test: /i18n[\\/]generated[\\/]en-text[\\/]/ }],
            },
          },
        },
        outDir,
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        copyPublicDir: false,
      },
    }),
  ].flat();
  // Library mode keeps whitespace in ES output; these files are final, so squeeze them all.
  for (const chunk of output.filter(({ type }) => type === 'chunk')) {
    const path = join(outDir, chunk.fileName);
    const { code } = await transform(readFileSync(path, 'utf8'), {
      minify: true,
      format: 'esm',
      target: 'es2022',
      legalComments: 'eof',
      charset: 'utf8',
    });
    writeFileSync(path, code);
    checkWorkerFiles(path, code);
  }
  return join(outDir, file);
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
  // Under Trusted Types the search starts the same file again, named by a constant, through its
  // policy: beside the module, which in an element's bundle can be a chunk in the folder above.
  if (/Reflect\.construct\(Worker\b/.test(code)) {
    const files = [...code.matchAll(/"(\.\/[\w-]*worker\.js)"/g)].map((match) => match[1]);
    if (files.length === 0) throw new Error(`${path} starts a worker through Trusted Types from an unnamed file`);
    const emitted = [...code.matchAll(/new Worker\((?:new URL\()+"([^"]*)"/g)].map(([, url]) => join(dirname(path), url));
    for (const file of files) {
      const beside = join(dirname(path), file);
      const same = emitted.find((url) => basename(url) === basename(file));
      if (!existsSync(beside) && same && existsSync(same)) copyFileSync(same, beside);
      if (!existsSync(beside)) throw new Error(`${path} names the worker ${file}, which was not written`);
    }
  }
}
