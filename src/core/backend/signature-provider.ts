/**
 * `SignatureProvider` stands for the portal's local signing plugin, which talks to a USB token:
 * it lists the token's certificates and signs a server challenge after the holder's PIN. The PIN
 * goes to the provider only; it is never sent to a backend, stored or put in an event.
 */
import type { Certificate } from '../schemas/signing.js';

export interface SignedChallenge {
  certificate: Certificate;
  /** ECDSA P-256 / SHA-256 over the challenge text, raw r‖s, base64url. */
  signature: string;
}

export interface SignatureProvider {
  /** Whether the plugin is installed and answering; if not, offer its download. */
  isAvailable(): Promise<boolean>;
  /** Certificates on the plugged-in tokens. `plugin-missing` when the plugin does not answer. */
  listCertificates(): Promise<Certificate[]>;
  /** Signs with the certificate's key once the PIN is right: `pin-wrong`, `not-found`, `plugin-missing`. */
  sign(certificateId: string, challenge: string, pin: string): Promise<SignedChallenge>;
}
