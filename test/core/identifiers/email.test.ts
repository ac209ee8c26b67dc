import { expect } from '@open-wc/testing';
import { parseEmail } from '../../../src/core/identifiers/email.js';

const failed = (code: string) => ({ ok: false, error: { code } });
const address = (value: string) => ({ ok: true, value: { address: value } });

describe('identifiers/parseEmail', () => {
  it('accepts ordinary addresses and lower-cases the domain only', () => {
    expect(parseEmail('an.nguyen@example.vn')).to.deep.equal(address('an.nguyen@example.vn'));
    expect(parseEmail(' Nguyen.Van.A+dvc@Gmail.COM ')).to.deep.equal(address('Nguyen.Van.A+dvc@gmail.com'));
    expect(parseEmail('so_1@mail.hanoi.gov.vn')).to.deep.equal(address('so_1@mail.hanoi.gov.vn'));
    expect(parseEmail('a@xn--80ak6aa92e.com')).to.deep.equal(address('a@xn--80ak6aa92e.com'));
    expect(parseEmail('a@bücher.de')).to.deep.equal(address('a@bücher.de'));
  });

  it('refuses what people mistype', () => {
    for (const text of [
      'an.nguyen',
      'an.nguyen@',
      '@example.vn',
      'an nguyen@example.vn',
      'an@@example.vn',
      'an@example',
      'an@example.v',
      'an@example..vn',
      'an@-example.vn',
      'an@example-.vn',
      '.an@example.vn',
      'an.@example.vn',
      'an..nguyen@example.vn',
      'nguyễn@example.vn',
      'an@example.vn.',
      'an@exa_mple.vn',
      `${'a'.repeat(65)}@example.vn`,
      `a@${'b'.repeat(64)}.vn`,
    ]) {
      expect(parseEmail(text), text).to.deep.equal(failed('email.invalid'));
    }
  });

  it('refuses an empty field', () => {
    expect(parseEmail('  ')).to.deep.equal(failed('email.required'));
  });
});
