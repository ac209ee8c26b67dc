/**
 * The few WebCrypto operations the signing flows need, on `globalThis.crypto` (browsers and
 * Node 20 alike), looked up at call time so importing this module touches nothing.
 */

const ECDSA_P256: EcKeyGenParams = { name: 'ECDSA', namedCurve: 'P-256' };
const ECDSA_SHA256: EcdsaParams = { name: 'ECDSA', hash: 'SHA-256' };

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;

export function base64UrlEncode(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function base64UrlDecode(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const utf8 = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);

/** A P-256 key pair whose private key can sign but never be exported. */
export const generateSigningKey = (): Promise<CryptoKeyPair> => subtle().generateKey(ECDSA_P256, false, ['sign', 'verify']);

export const exportPublicJwk = (key: CryptoKey): Promise<JsonWebKey> => subtle().exportKey('jwk', key);

/** ECDSA P-256 / SHA-256 over the UTF-8 text, raw r‖s, base64url. */
export async function signText(privateKey: CryptoKey, text: string): Promise<string> {
  return base64UrlEncode(new Uint8Array(await subtle().sign(ECDSA_SHA256, privateKey, utf8(text))));
}

/** Whether `signature` signs `text` under the public key; a key or signature that cannot be read does not. */
export async function verifyText(publicKey: JsonWebKey, text: string, signature: string): Promise<boolean> {
  try {
    const key = await subtle().importKey('jwk', publicKey, ECDSA_P256, false, ['verify']);
    return await subtle().verify(ECDSA_SHA256, key, base64UrlDecode(signature), utf8(text));
  } catch {
    return false;
  }
}

/** The PKCE S256 transform: base64url(SHA-256(verifier)). */
export async function sha256Base64Url(text: string): Promise<string> {
  return base64UrlEncode(new Uint8Array(await subtle().digest('SHA-256', utf8(text))));
}
