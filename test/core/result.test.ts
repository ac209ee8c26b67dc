import { expect } from '@open-wc/testing';
import { ok, fail } from '../../src/core/result.js';

describe('Result', () => {
  it('wraps values and error codes', () => {
    expect(ok(1)).to.deep.equal({ ok: true, value: 1 });
    expect(fail('phone.invalid')).to.deep.equal({ ok: false, error: { code: 'phone.invalid' } });
  });
});
