/** The small plain modules: OS detection, return parameters, methods parsing, certificate states. */
import { expect } from '@open-wc/testing';
import { offeredMethods, parseMethods } from '../../../src/elements/dvc-registration-wizard/wizard-flow.js';
import { readReturnParams } from '../../../src/elements/dvc-registration-wizard/wizard-return.js';
import { certificateState, detectOs } from '../../../src/elements/dvc-registration-wizard/wizard-usb-token.js';
import type { Certificate } from '../../../src/core/schemas/signing.js';

const nav = (platform: string, userAgent = '', hints?: string) =>
  ({ platform, userAgent, ...(hints ? { userAgentData: { platform: hints } } : {}) }) as unknown as Navigator;

describe('registration wizard helpers', function () {
  // Whole journeys over HTTP: slower than one element's unit test on a busy CI machine.
  this.timeout(20_000);
  it('detects the operating system, preferring client hints', () => {
    expect(detectOs(nav('Win32'))).to.equal('windows');
    expect(detectOs(nav('MacIntel'))).to.equal('macos');
    expect(detectOs(nav('Linux x86_64'))).to.equal('linux');
    expect(detectOs(nav('', 'Mozilla/5.0 (Linux; Android 14)'))).to.equal('other');
    expect(detectOs(nav('', '', 'Windows'))).to.equal('windows');
  });

  it('reads return parameters from the query or a hash route', () => {
    const at = (search: string, hash: string) => ({ search, hash }) as Location;
    expect(readReturnParams(['code', 'state'], at('?code=abc&state=st_1', ''))).to.deep.equal({ code: 'abc', state: 'st_1' });
    expect(readReturnParams(['code'], at('', '#/dang-ky?code=xyz'))).to.deep.equal({ code: 'xyz' });
    expect(readReturnParams(['code'], at('?other=1', '#/x'))).to.equal(null);
  });

  it('parses methods and never offers a citizen-only method to an organisation', () => {
    expect(parseMethods('phone, bhxh')).to.deep.equal(['phone', 'bhxh']);
    expect(parseMethods('phone,fax')).to.equal(null);
    expect(parseMethods('')).to.have.length(7);
    expect(offeredMethods(parseMethods(null)!, 'enterprise')).to.deep.equal(['usb-token', 'sim-ca', 'smartca', 'vneid']);
    expect(offeredMethods(parseMethods(null)!, 'citizen')).to.have.length(7);
  });

  it('tells expired and not-yet-valid certificates apart', () => {
    const day = 86_400_000;
    const cert = (from: number, to: number) =>
      ({
        validFrom: new Date(Date.now() + from * day).toISOString(),
        validTo: new Date(Date.now() + to * day).toISOString(),
      }) as Certificate;
    expect(certificateState(cert(-10, 10))).to.equal('valid');
    expect(certificateState(cert(-10, -1))).to.equal('expired');
    expect(certificateState(cert(1, 10))).to.equal('not-yet-valid');
  });
});
