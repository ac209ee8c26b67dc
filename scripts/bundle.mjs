// The script-tag bundles: minified ES modules with Lit and every dependency inlined, split into
// files fetched on demand. Used by scripts/build.mjs for dist/ and by the embedding tests.
import { build } from 'vite';
import { rollup } from 'rollup';
import { minify } from 'terser';
import { minifyHTMLLiterals } from 'minify-literals';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/**
 * Builds `entry` (e.g. src/script-tag.ts) into `outDir/file`; returns the ids of the modules it
 * carries. `markup: false` leaves the `html` templates' whitespace as written.
 */
export async function buildScriptBundle({ entry, outDir, file, markup = true }) {
  const staging = mkdtempSync(join(tmpdir(), 'dvc-bundle-'));
  try {
    const compiled = await compile({ entry, outDir: staging, file, markup });
    const written = await rechunk({ staging, outDir, file });
    // Library mode keeps whitespace in ES output; these files are final, so squeeze them all.
    // Terser's three passes make files about 2 % smaller (gzipped) than esbuild's minifier.
    for (const path of written) {
      const { code } = await minify(readFileSync(path, 'utf8'), { module: true, ecma: 2020, compress: { passes: 3 } });
      writeFileSync(path, code);
      checkWorkerFiles(path, code, staging, outDir);
    }
    return [compiled].flat().flatMap(({ output }) => output.flatMap((item) => (item.type === 'chunk' ? item.moduleIds : [])));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** html-minifier-next options for the `html` templates: whitespace and comments only. */
const TEMPLATE_MARKUP = {
  caseSensitive: true,
  collapseWhitespace: true,
  conservativeCollapse: true,
  removeComments: true,
  decodeEntities: false,
  minifyCSS: false,
  minifyJS: false,
  removeAttributeQuotes: false,
  removeDefaultTypeAttributes: false,
  removeEmptyAttributes: false,
  useShortDoctype: false,
};

/** Vite (Rolldown) compiles the sources, the worker and the English text into `outDir`. */
async function compile({ entry, outDir, file, markup }) {
  return build({
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    // Relative URLs, so the search worker is found next to the bundle wherever it is served from.
    base: './',
    // The elements' `css` styles, minified by Lightning CSS (1 to 3 % off each bundle), and the
    // `html` templates' markup (up to 1.5 %): runs of whitespace become one space, never none, since
    // a space between two inline parts is text; comments go. Nothing else in a template changes.
    plugins: [
      {
        name: 'minify-template-literals',
        async transform(code, id) {
          if (!/[\\/]src[\\/].*\.ts$/.test(id)) return null;
          return (await minifyHTMLLiterals(code, { fileName: id, html: markup ? TEMPLATE_MARKUP : false })) ?? null;
        },
      },
      shortMessageIds(),
      withoutMessageIdHashing(),
    ],
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
  });
}

/**
 * Message ids name what a text is for ('otp-input.resend-in'), which helps translators and costs
 * bytes: about 1.5 % of a bundle. In the bundles each becomes a short one, the same in a module's
 * `msg()` calls and in its English templates, numbered in the order of locales/en.xlf so that a
 * build gives the same files every time (SRI hashes stay valid).
 */
function shortMessageIds() {
  const ids = [...readFileSync(new URL('../locales/en.xlf', import.meta.url), 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)].map(
    (match) => match[1],
  );
  const unnamed = ids.filter((id) => !id.includes('.'));
  if (unnamed.length) throw new Error(`Messages without an id of their own: ${unnamed.join(', ')} (give each msg() an id)`);
  const short = new Map(ids.map((id, index) => [id, index.toString(36)]));
  const rename = (code, pattern) =>
    code.replace(pattern, (whole, before, quote, id) => (short.has(id) ? `${before}${quote}${short.get(id)}${quote}` : whole));
  return {
    name: 'short-message-ids',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id)) return null;
      // `{ id: '…' }` in `msg()` options.
      const calls = rename(code, /(\bid:\s*)(['"])([\w.-]+)\2/g);
      if (!/[\\/]generated[\\/]en-text[\\/]/.test(id)) return calls;
      // `'…':` as a key of the generated English templates. Vite has compiled the TypeScript by
      // now, which may have changed the quotes and put a one-entry object on one line.
      const templates = rename(calls, /([{,]\s*)(['"])([\w.-]+)\2(?=\s*:)/g);
      // A text left under its long id would never be found: the page would show Vietnamese.
      const missed = [...templates.matchAll(/['"]([\w.-]+)['"]\s*:/g)].find((match) => short.has(match[1]));
      if (missed) throw new Error(`${id}: the message id ${missed[1]} was not shortened`);
      return templates;
    },
  };
}

/**
 * @lit/localize hashes a message's text into an id when `msg()` is given none. Every message here
 * names its id (`shortMessageIds` fails the build otherwise), so the hashing code is left out.
 */
function withoutMessageIdHashing() {
  const stub = '\0dvc-message-id-generation';
  return {
    name: 'without-message-id-hashing',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === './id-generation.js' && /@lit[\\/]localize[\\/]internal/.test(importer ?? '') ? stub : null;
    },
    load(id) {
      if (id !== stub) return null;
      return `export function generateMsgId() { throw new Error('dvc-elements: a message without an id'); }`;
    },
  };
}

/**
 * Rolldown (up to 1.3 at least) puts code that the entry and its lazily fetched parts share in
 * chunks of their own, which the entry then imports at once: up to ten files and 1.7 KB more for a
 * first load. Rollup, run over that output, keeps such code in the entry. Returns the files written.
 */
async function rechunk({ staging, outDir, file }) {
  const bundle = await rollup({ input: join(staging, file), preserveEntrySignatures: 'allow-extension' });
  const { output } = await bundle.write({
    dir: outDir,
    format: 'es',
    entryFileNames: file,
    // The chunk's name without the hash Rolldown gave it.
    chunkFileNames: ({ name }) => `${name.replace(/-[\w-]{8}$/, '')}-[hash].js`,
  });
  await bundle.close();
  return output.filter(({ type }) => type === 'chunk').map(({ fileName }) => join(outDir, fileName));
}

/**
 * Each worker a bundle starts is a module file beside it, named by a relative URL: not inlined
 * as a blob: or data: URL (a strict Content-Security-Policy refuses those), not missing. The file
 * Vite wrote in `staging` is copied beside every chunk that starts it.
 */
function checkWorkerFiles(path, code, staging, outDir) {
  const workers = readdirSync(staging, { recursive: true }).filter((name) => /worker\.js$/.test(name));
  const place = (file) => {
    const beside = join(dirname(path), file);
    const written = workers.find((name) => basename(name) === basename(file));
    if (!existsSync(beside) && written) {
      mkdirSync(dirname(beside), { recursive: true });
      copyFileSync(join(staging, written), beside);
    }
    if (!existsSync(beside)) throw new Error(`${path} starts the worker ${file}, which was not written to ${outDir}`);
  };
  for (const [, url] of code.matchAll(/new Worker\((?:new URL\()+"([^"]*)"/g)) {
    if (!/^\.{0,2}\/?[\w./-]+\.js$/.test(url) || url.startsWith('/'))
      throw new Error(`${path} starts a worker from ${url.slice(0, 40)}, not a file beside it`);
    place(url);
  }
  if (/new Worker\((?!new URL\()/.test(code)) throw new Error(`${path} starts a worker from a computed URL`);
  // Under Trusted Types the search starts the same file again, named by a constant, through its
  // policy: beside the module, which in an element's bundle can be a chunk in the folder above.
  if (/Reflect\.construct\(Worker\b/.test(code)) {
    const files = [...code.matchAll(/"(\.\/[\w-]*worker\.js)"/g)].map((match) => match[1]);
    if (files.length === 0) throw new Error(`${path} starts a worker through Trusted Types from an unnamed file`);
    for (const file of files) place(file);
  }
}
