// Prints the min+gzip size of every script bundle against its budget; with --check, fails when
// one is over its budget or, for the bundles not within it yet, grows past the ceiling below. A bundle's size is what a page downloads before the bundle's elements can render:
// the file and every chunk it imports statically. What it fetches only when needed (English
// text, the HTTP backend's schemas, the communes, the search worker, a journey's later steps) is
// shown beside it, with no budget. A second table shows what a page that includes the full
// bundle downloads for each element it shows: the bundle, then that element's code.
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const KB = 1024;

/** Bundles still over their budget, in KB: each may shrink but not grow (lower it when it shrinks). */
const CEILINGS = {
  'elements/dvc-dossier-form.js': 17.9,
  'elements/dvc-otp-input.js': 17.6,
  'elements/dvc-payment-selector.js': 19.2,
  'elements/dvc-procedure-search.js': 18.3,
  'elements/dvc-registration-wizard.js': 22.1,
  'elements/dvc-satisfaction-survey.js': 18.3,
  'elements/dvc-service-flow.js': 18.6,
  'elements/dvc-support-request.js': 16.9,
};

const budgets = [
  { file: 'dist/dvc-elements.js', budget: 50 * KB },
  ...readdirSync('dist/elements')
    .filter((name) => /^dvc-.*\.js$/.test(name))
    .map((name) => ({ file: `dist/elements/${name}`, budget: 15 * KB })),
];

const gzipped = new Map();
const gzipSize = (file) => {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  return gzipped.get(file);
};

/** The files `file` imports statically and dynamically, resolved against its folder. */
function importsOf(file) {
  const code = readFileSync(file, 'utf8');
  const resolve = (specifier) => join(dirname(file), specifier);
  const local = (specifier) => specifier.startsWith('.');
  const statics = [...code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)].map((m) => m[1]).filter(local);
  const dynamics = [...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]).filter(local);
  const workers = [...code.matchAll(/new Worker\(new URL\("([^"]+)"/g)].map((m) => m[1]);
  return { statics: statics.map(resolve), later: [...dynamics, ...workers].map(resolve) };
}

/**
 * The files loaded with `entry` (static closure) and those loaded on demand from any of them,
 * not counting what `loader` (the full bundle, which chunks import) loads on demand.
 */
function closure(entry, loader) {
  const first = new Set();
  const later = new Set();
  const visit = (file, set) => {
    if (first.has(file) || set.has(file)) return;
    if (!existsSync(file)) throw new Error(`${entry} imports ${file}, which is missing`);
    set.add(file);
    const { statics, later: dynamic } = importsOf(file);
    for (const next of statics) visit(next, set);
    if (file !== loader) for (const next of dynamic) if (!first.has(next)) visit(next, later);
  };
  visit(entry, first);
  for (const file of first) later.delete(file);
  return { first: [...first], later: [...later] };
}

const sum = (files) => files.reduce((total, file) => total + gzipSize(file), 0);
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

let failed = 0;
console.log('| bundle | first load (min+gzip) | files | on demand | budget |');
console.log('|---|---:|---:|---:|---:|');
for (const { file, budget } of budgets) {
  const { first, later } = closure(file);
  const size = sum(first);
  const name = relative('dist', file);
  const ceiling = CEILINGS[name] === undefined ? budget : CEILINGS[name] * KB;
  if (size > ceiling) failed += 1;
  const verdict =
    size <= budget
      ? ''
      : size <= ceiling
        ? ` over (ceiling ${kb(ceiling)})`
        : ` OVER${ceiling > budget ? ` its ceiling ${kb(ceiling)}` : ''}`;
  console.log(`| ${name} | ${kb(size)} | ${first.length} | ${kb(sum(later))} | ${kb(budget)}${verdict} |`);
}
// The full bundle fetches an element's code when the tag appears: `"dvc-x":()=>import("./file.js")`.
const full = 'dist/dvc-elements.js';
const loaders = [...readFileSync(full, 'utf8').matchAll(/"(dvc-[\w-]+)":\(\)=>import\("([^"]+)"\)/g)];
if (loaders.length === 0) throw new Error(`${full} names no element's code`);
const bundle = closure(full);
const pages = loaders.map(([, tag, chunk]) => {
  const element = closure(join('dist', chunk), full);
  const first = new Set([...bundle.first, ...element.first]);
  return { tag, first: [...first], later: element.later.filter((file) => !first.has(file)) };
});
// What every element's page downloads (the loader, Lit, @lit/localize, the base): the rest is the element's own.
const shared = pages.map(({ first }) => first).reduce((common, files) => common.filter((file) => files.includes(file)));
console.log('\n| page with one element, through dvc-elements.js | first load (min+gzip) | of which its own | on demand |');
console.log('|---|---:|---:|---:|');
for (const { tag, first, later } of pages) {
  const own = first.filter((file) => !shared.includes(file));
  console.log(`| <${tag}> | ${kb(sum(first))} | ${kb(sum(own))} | ${kb(sum(later))} |`);
}
console.log(`\nShared by every element's page: ${kb(sum(shared))} in ${shared.length} files.`);

if (failed) {
  console.error(`${failed} bundle(s) over budget or ceiling.`);
  if (process.argv.includes('--check')) process.exit(1);
}
