import { expect } from '@open-wc/testing';
import { onlyWorkerFile, trustedWorkerUrl } from '../../../src/core/search/worker-url-policy.js';

const WORKER = `${location.origin}/dist/elements/search-worker.js`;

describe('the dvc-elements Trusted Types policy', () => {
  const rule = onlyWorkerFile(WORKER, location.origin);

  it('vouches for the search worker file', () => {
    expect(rule(WORKER)).to.equal(WORKER);
  });

  for (const [what, url] of [
    ['another file beside it', `${location.origin}/dist/elements/other.js`],
    ['the same file with a query', `${WORKER}?v=2`],
    ['the same path on another origin', 'https://example.com/dist/elements/search-worker.js'],
    ['a data: URL', 'data:text/javascript,postMessage(1)'],
    ['a blob: URL', `blob:${location.origin}/0b6e7d9c-1f7a-4d1e-9a53-2f9c1c8e8d11`],
  ])
    it(`refuses ${what}`, () => {
      expect(() => rule(url)).to.throw(TypeError, /dvc-elements/);
    });

  it('refuses the worker file when the page is on another origin than the library', () => {
    expect(() => onlyWorkerFile(WORKER, 'https://portal.example')(WORKER)).to.throw(TypeError);
  });

  it('gives a TrustedScriptURL for the worker file where the browser has Trusted Types', () => {
    const trusted = trustedWorkerUrl(WORKER);
    const factory = (window as unknown as { trustedTypes: { isScriptURL(value: unknown): boolean } }).trustedTypes;
    expect(factory.isScriptURL(trusted)).to.equal(true);
    expect(String(trusted)).to.equal(WORKER);
    expect(trustedWorkerUrl(`${location.origin}/dist/elements/other.js`)).to.equal(null);
  });
});
