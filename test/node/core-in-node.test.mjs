// `dvc-elements/core` must run in Node 20 with no DOM: a ministry's server or a build step uses
// the same identifiers, schemas and backends as the elements.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadTs } from '../../scripts/load-ts.mjs';

const core = await loadTs('src/core/index.ts');

describe('dvc-elements/core in Node', () => {
  it('has no DOM to lean on', () => {
    assert.equal(typeof globalThis.document, 'undefined');
    assert.equal(typeof globalThis.customElements, 'undefined');
  });

  it('parses identifiers', () => {
    assert.deepEqual(core.parsePhone('+84 912 345 678'), {
      ok: true,
      value: { national: '0912345678', e164: '+84912345678', carrier: 'VinaPhone' },
    });
    assert.equal(core.parseMst('0100109106').ok, true);
    assert.equal(core.foldVietnamese('Đăng ký tạm trú'), 'dang ky tam tru');
  });

  it('runs a session store', () => {
    const session = core.createSession();
    session.setLocale('en');
    assert.equal(session.getState().locale, 'en');
  });

  it('runs the demo backend, with its inbox, in memory', async () => {
    const backend = core.createDemoBackend({ seed: 'node' });
    const captcha = await backend.getCaptcha();
    assert.match(captcha.id, /\S/);
    const seen = [];
    const stop = backend.onMessage((message) => seen.push(message));
    await backend.startRemoteSigning({ method: 'sim-ca', subject: 'citizen', phone: '0987654321' });
    stop();
    assert.equal(seen.length, 1);
    assert.equal(seen[0].channel, 'sms');
    assert.equal(seen[0].to, '0987654321');
  });

  it('builds the OpenAPI document', () => {
    const { buildOpenApi } = core;
    assert.equal(typeof buildOpenApi, 'function');
    const document = buildOpenApi();
    assert.equal(document.openapi.startsWith('3.1'), true);
    assert.ok(document.paths['/registrations']);
  });

  it('searches the real procedure set', () => {
    const records = JSON.parse(readFileSync(new URL('../../data/procedures.json', import.meta.url), 'utf8'));
    const index = core.createProcedureIndex(records);
    const { items, total } = index.search('dang ky tam tru', { limit: 5 });
    assert.equal(items[0].procedure.code, '1.004194');
    assert.ok(total >= 1);
  });
});
