/**
 * A stand-in for the signing plugin and a USB token: real ECDSA P-256 keys made with WebCrypto
 * (the private keys cannot be exported), a few certificates (one expired, one not yet valid) and
 * a PIN. The demo backend verifies its signatures with the public key carried in the certificate.
 */
import { DvcError } from '../errors.js';
import type { Certificate } from '../schemas/signing.js';
import { DEMO_FIXTURES } from './demo/fixtures.js';
import type { SignatureProvider } from './signature-provider.js';
import { exportPublicJwk, generateSigningKey, signText } from './webcrypto.js';

export const DEMO_TOKEN_PIN = DEMO_FIXTURES.tokenPin;

export interface DemoSignatureProviderOptions {
  /** The token's PIN; default `DEMO_TOKEN_PIN` (123456). */
  pin?: string;
  /** Clock the certificates' validity is set from; default `Date.now`. */
  now?: () => number;
  /** `false` plays a computer without the plugin: `plugin-missing`. */
  available?: boolean;
}

const DAY = 86_400_000;

/** Who the demo certificates name, and when each is valid, relative to "now". */
const DEMO_CERTIFICATES = [
  {
    id: 'demo-citizen',
    serialNumber: '5A0100000001',
    holder: 'NGUYỄN VĂN AN',
    idNumber: '001090012345',
    issuer: 'VNPT-CA (demo)',
    from: -365,
    to: 730,
  },
  {
    id: 'demo-enterprise',
    serialNumber: '5A0100000002',
    holder: 'CÔNG TY TNHH DỊCH VỤ CÔNG DEMO',
    taxCode: '0100109106',
    issuer: 'Viettel-CA (demo)',
    from: -100,
    to: 630,
  },
  {
    id: 'demo-expired',
    serialNumber: '5A0100000003',
    holder: 'PHẠM THỊ LAN',
    idNumber: '001185004321',
    issuer: 'VNPT-CA (demo)',
    from: -1095,
    to: -30,
  },
  {
    id: 'demo-not-yet-valid',
    serialNumber: '5A0100000004',
    holder: 'HOÀNG VĂN NAM',
    idNumber: '001095006789',
    issuer: 'FPT-CA (demo)',
    from: 30,
    to: 1125,
  },
];

interface TokenEntry {
  certificate: Certificate;
  privateKey: CryptoKey;
}

async function createToken(now: number): Promise<Map<string, TokenEntry>> {
  const entries = await Promise.all(
    DEMO_CERTIFICATES.map(async ({ from, to, ...subject }): Promise<TokenEntry> => {
      const keys = await generateSigningKey();
      const { x, y } = await exportPublicJwk(keys.publicKey);
      const certificate: Certificate = {
        ...subject,
        validFrom: new Date(now + from * DAY).toISOString(),
        validTo: new Date(now + to * DAY).toISOString(),
        publicKey: { kty: 'EC', crv: 'P-256', x: x ?? '', y: y ?? '' },
      };
      return { certificate, privateKey: keys.privateKey };
    }),
  );
  return new Map(entries.map((entry) => [entry.certificate.id, entry]));
}

export function createDemoSignatureProvider(options: DemoSignatureProviderOptions = {}): SignatureProvider {
  const { pin = DEMO_TOKEN_PIN, now = Date.now, available = true } = options;
  let token: Promise<Map<string, TokenEntry>> | undefined;

  const openToken = () => {
    if (!available) return Promise.reject(new DvcError('plugin-missing'));
    token ??= createToken(now());
    return token;
  };

  return {
    isAvailable: async () => available,

    async listCertificates() {
      return [...(await openToken()).values()].map((entry) => structuredClone(entry.certificate));
    },

    async sign(certificateId, challenge, enteredPin) {
      const entry = (await openToken()).get(certificateId);
      if (entry === undefined) throw new DvcError('not-found');
      if (enteredPin !== pin) throw new DvcError('pin-wrong');
      return { certificate: structuredClone(entry.certificate), signature: await signText(entry.privateKey, challenge) };
    },
  };
}
