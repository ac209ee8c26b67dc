import { expect } from '@open-wc/testing';
import { normalizeCaptcha, parseCaptcha } from '../../../src/core/identifiers/captcha.js';

describe('identifiers/captcha', () => {
  it('drops spaces and invisible characters but keeps the case', () => {
    expect(normalizeCaptcha(' aB 3x\u200B9 ')).to.equal('aB3x9');
  });

  it('converts full-width letters and any Unicode digits to ASCII', () => {
    expect(normalizeCaptcha('ＡＢｃ１２')).to.equal('ABc12');
    expect(normalizeCaptcha('xy٣٤')).to.equal('xy34');
  });

  it('requires some text', () => {
    expect(parseCaptcha(' k7Pq ')).to.deep.equal({ ok: true, value: { text: 'k7Pq' } });
    expect(parseCaptcha(' \u200B ')).to.deep.equal({ ok: false, error: { code: 'captcha.required' } });
  });
});
