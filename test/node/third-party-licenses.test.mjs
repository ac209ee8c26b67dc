// dist/THIRD-PARTY-LICENSES.txt carries the notice of every package and data set the script
// bundles include, found from the modules each bundle was built from.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sourcesOf, thirdPartyNotices } from '../../scripts/licenses.mjs';

describe('third-party notices', () => {
  it('finds the packages and the credited data among the modules', () => {
    const sources = sourcesOf([
      resolve('node_modules/lit-html/lit-html.js'),
      resolve('node_modules/@lit/reactive-element/reactive-element.js'),
      resolve('node_modules/@lit/reactive-element/css-tag.js'),
      resolve('src/core/data/provinces.ts'),
      resolve('src/core/session.ts'),
      '\0vite/preload-helper.js',
    ]);
    assert.deepEqual([...sources.packages].sort(), ['@lit/reactive-element', 'lit-html']);
    assert.deepEqual([...sources.data], ['admin-units-2025']);
  });

  it('quotes each licence with the name and version', () => {
    const text = thirdPartyNotices({ packages: new Set(['lit-html']), data: new Set(['admin-units-2025']) });
    assert.match(text, /^lit-html \d+\.\d+\.\d+ \(BSD-3-Clause\)\n\nBSD 3-Clause License/m);
    assert.match(text, /Copyright \(c\) 2017 Google LLC/);
    assert.match(text, /^data\/admin-units-2025 \(dataset\)\n\nMIT License\n\nCopyright \(c\) 2025 dvhcvn/m);
  });

  it('fails when a package has no licence file to quote', () => {
    const root = mkdtempSync(join(tmpdir(), 'dvc-licence-'));
    mkdirSync(join(root, 'node_modules', 'unlicensed'), { recursive: true });
    writeFileSync(join(root, 'node_modules', 'unlicensed', 'package.json'), '{"version":"1.0.0","license":"MIT"}');
    assert.throws(() => thirdPartyNotices({ packages: new Set(['unlicensed']), data: new Set() }, root), /unlicensed has no licence file/);
  });
});
