// Prints the min+gzip size of every bundle against its budget; with --check, fails when one is over.
import { gzipSync } from 'node:zlib';
import { readFileSync, readdirSync } from 'node:fs';

const KB = 1024;
const scripts = (folder) => readdirSync(folder).filter((name) => name.endsWith('.js'));
const budgets = [{ file: 'dist/dvc-elements.js', budget: 50 * KB }];
for (const name of scripts('dist/elements')) {
  budgets.push({ file: `dist/elements/${name}`, budget: name.startsWith('dvc-') ? 15 * KB : Infinity });
}
// Files the bundles load only on demand (a worker, the communes): shown, with no budget of their own.
for (const name of scripts('dist').filter((name) => name !== 'dvc-elements.js')) {
  budgets.push({ file: `dist/${name}`, budget: Infinity });
}

let over = 0;
console.log('| bundle | min | min+gzip | budget |');
console.log('|---|---:|---:|---:|');
for (const { file, budget } of budgets) {
  const source = readFileSync(file);
  const gzip = gzipSync(source, { level: 9 }).length;
  if (gzip > budget) over += 1;
  console.log(
    `| ${file} | ${(source.length / KB).toFixed(1)} KB | ${(gzip / KB).toFixed(1)} KB | ${budget === Infinity ? 'on demand' : `${budget / KB} KB`}${gzip > budget ? ' OVER' : ''} |`,
  );
}
if (over) {
  console.error(`${over} bundle(s) over budget.`);
  if (process.argv.includes('--check')) process.exit(1);
}
