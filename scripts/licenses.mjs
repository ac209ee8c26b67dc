// dist/THIRD-PARTY-LICENSES.txt: the notices of the code and data the script bundles carry, so a
// copy served alone (from a CDN, a portal's own server) still has them. Minified bundles keep no
// comments, and Lit's BSD licence and the MIT ones ask for the notice with every copy.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The npm packages and data sets (data/<name>/LICENSE, credited in a source module) among `moduleIds`. */
export function sourcesOf(moduleIds) {
  const packages = new Set();
  const data = new Set();
  for (const id of moduleIds) {
    const name = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id)?.[1];
    if (name) packages.add(name.replace('\\', '/'));
    else if (existsSync(id)) for (const [, set] of readFileSync(id, 'utf8').matchAll(/\bdata\/([\w-]+)\/LICENSE\b/g)) data.add(set);
  }
  return { packages, data };
}

/** The notices file's text; fails when a package or data set under `root` has no licence file to quote. */
export function thirdPartyNotices({ packages, data }, root = '.') {
  const sections = [...packages].sort().map((name) => {
    const folder = join(root, 'node_modules', name);
    const { version, license } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
    return `${name} ${version} (${license})\n\n${licenseText(folder, name)}`;
  });
  for (const set of [...data].sort()) sections.push(`data/${set} (dataset)\n\n${licenseText(join(root, 'data', set), `data/${set}`)}`);
  const intro = 'The script bundles in this folder include the following code and data, under these licences.';
  return `${[intro, ...sections].join(`\n\n${'-'.repeat(72)}\n\n`)}\n`;
}

function licenseText(folder, name) {
  const file = readdirSync(folder).find((entry) => /^licen[sc]e(\.(md|txt))?$/i.test(entry));
  if (!file) throw new Error(`${name} has no licence file to include in THIRD-PARTY-LICENSES.txt`);
  return readFileSync(join(folder, file), 'utf8').trim();
}
