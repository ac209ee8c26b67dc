/**
 * `SignatureProvider` stands for the portal's local signing plugin, which talks to a USB token:
 * it lists the token's certificates and signs a server challenge after the holder's PIN. The PIN
 * goes to the provider only; it is never sent to a backend, stored or put in an event.
 *
 * An integrator adapts the plugin their users install (a local service, a browser extension, a
 * native messaging host) to this interface and gives it to `<dvc-registration-wizard>` as its
 * `signatureProvider` property. See `docs/signature-provider.md` for the whole exchange.
 *
 * @example
 * ```ts
 * const wizard = document.querySelector('dvc-registration-wizard')!;
 * wizard.signatureProvider = createMyPluginProvider(); // implements SignatureProvider
 * ```
 */
import type { Certificate } from '../schemas/signing.js';

/** What `sign` hands back: the certificate that signed and the signature, for `verifyCertificate`. */
export interface SignedChallenge {
  /**
   * The certificate whose private key signed, as `listCertificates` gave it. The server checks
   * the signature with its `publicKey` and reads the holder, ID or tax code and validity from it.
   */
  certificate: Certificate;
  /** ECDSA P-256 / SHA-256 over the UTF-8 bytes of the challenge text, raw r‖s (64 bytes), base64url without padding. */
  signature: string;
}

/**
 * The local signing plugin, as the registration wizard uses it:
 *
 * 1. `isAvailable()`: false (or `plugin-missing`) shows the download and install steps for the
 *    user's operating system, with a "check again" button that asks again.
 * 2. `listCertificates()`: every certificate on the plugged-in tokens; expired and not-yet-valid
 *    ones are shown disabled with the reason, the others can be chosen.
 * 3. `sign(certificateId, challenge, pin)`: after the holder typed the PIN. The challenge comes
 *    from `DvcBackend.createCertificateChallenge`; the result goes to `verifyCertificate`.
 *
 * Every method rejects with a `DvcError` (from `dvc-elements/core`) whose code the wizard explains
 * in the user's language: `plugin-missing`, `pin-wrong`, `not-found`. Anything else is shown as a
 * general failure with "Thử lại". Implementations must not keep, log or forward the PIN beyond
 * handing it to the token.
 */
export interface SignatureProvider {
  /** Whether the plugin is installed and answering; if not, the wizard offers its download. Should not reject. */
  isAvailable(): Promise<boolean>;
  /** Certificates on the plugged-in tokens (an empty list when none is plugged in). `plugin-missing` when the plugin does not answer. */
  listCertificates(): Promise<Certificate[]>;
  /**
   * Signs `challenge` with the certificate's private key once the token accepted `pin`:
   * `pin-wrong` (the token refused the PIN), `not-found` (the token was unplugged or the
   * certificate is gone), `plugin-missing` (the plugin stopped answering).
   */
  sign(certificateId: string, challenge: string, pin: string): Promise<SignedChallenge>;
}
