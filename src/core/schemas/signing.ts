/**
 * Digital-signature registration: certificate challenges signed on a USB token through the local
 * signing plugin, and remote signing confirmed on a signing SIM or in the SmartCA app.
 */
import { handleSchema, subjectSchema, timestampSchema } from './common.js';
import { idNumberSchema, phoneNumberSchema, smartcaUserIdSchema, taxCodeSchema } from './identifiers.js';
import { documented } from './registry.js';
import { z } from './zod.js';

const base64url = (min: number, max: number) => z.string().check(z.regex(/^[A-Za-z0-9_-]+$/), z.minLength(min), z.maxLength(max));

export const ecPublicKeySchema = documented(
  z.object({ kty: z.literal('EC'), crv: z.literal('P-256'), x: base64url(43, 43), y: base64url(43, 43) }),
  { id: 'EcPublicKey', description: 'An ECDSA P-256 public key as a JSON Web Key.' },
);

export const certificateSchema = documented(
  z.object({
    /** The plugin's handle for the certificate on the token. */
    id: z.string().check(z.minLength(1), z.maxLength(128)),
    serialNumber: z.string().check(z.regex(/^[0-9A-F]{2,64}$/)),
    holder: z.string().check(z.minLength(1), z.maxLength(300)),
    issuer: z.string().check(z.minLength(1), z.maxLength(300)),
    idNumber: z.optional(idNumberSchema),
    taxCode: z.optional(taxCodeSchema),
    validFrom: timestampSchema,
    validTo: timestampSchema,
    publicKey: ecPublicKeySchema,
  }),
  { id: 'Certificate', description: 'A signing certificate as the plugin reads it from the token.' },
);

export const certificateIdentitySchema = documented(
  z.object({
    holder: z.string(),
    issuer: z.string(),
    serialNumber: z.string(),
    idNumber: z.optional(idNumberSchema),
    taxCode: z.optional(taxCodeSchema),
    validTo: timestampSchema,
  }),
  { id: 'CertificateIdentity', description: 'What the server read from a verified certificate, to show before registering.' },
);

export const certificateChallengeRequestSchema = documented(z.object({ subject: subjectSchema }), {
  id: 'CertificateChallengeRequest',
});

export const certificateChallengeSchema = documented(
  z.object({
    challengeId: handleSchema,
    /** Random bytes, base64url: the plugin signs these characters (UTF-8) with the token's key. */
    challenge: base64url(43, 128),
    expiresAt: timestampSchema,
  }),
  { id: 'CertificateChallenge' },
);

export const verifyCertificateRequestSchema = documented(
  z.object({
    challengeId: handleSchema,
    certificate: certificateSchema,
    /** ECDSA P-256 / SHA-256 signature of the challenge, raw r‖s (64 bytes), base64url. */
    signature: base64url(86, 86),
  }),
  { id: 'VerifyCertificateRequest' },
);

export const certificateVerificationSchema = documented(z.object({ challengeId: handleSchema, identity: certificateIdentitySchema }), {
  id: 'CertificateVerification',
  description: 'The challenge is now proof of the certificate, usable once to register.',
});

export const startRemoteSigningRequestSchema = documented(
  z.discriminatedUnion('method', [
    z.object({ method: z.literal('sim-ca'), subject: subjectSchema, phone: phoneNumberSchema }),
    z.object({ method: z.literal('smartca'), subject: subjectSchema, userId: smartcaUserIdSchema }),
  ]),
  { id: 'StartRemoteSigningRequest' },
);

export const remoteSigningStartSchema = documented(
  z.object({
    requestId: handleSchema,
    method: z.enum(['sim-ca', 'smartca']),
    /** Shown on the page and on the phone, so the holder approves the right request. */
    displayCode: z.string().check(z.regex(/^[A-Z0-9]{4,8}$/)),
    expiresAt: timestampSchema,
    pollIntervalMs: z.int().check(z.minimum(250), z.maximum(60_000)),
  }),
  { id: 'RemoteSigningStart' },
);

export const remoteSigningLookupSchema = documented(z.object({ requestId: handleSchema }), { id: 'RemoteSigningLookup' });

export const remoteSigningStatusSchema = documented(
  z.discriminatedUnion('status', [
    z.object({ status: z.literal('pending'), requestId: handleSchema, expiresAt: timestampSchema }),
    z.object({ status: z.literal('approved'), requestId: handleSchema, identity: certificateIdentitySchema }),
    z.object({ status: z.literal('rejected'), requestId: handleSchema }),
    z.object({ status: z.literal('expired'), requestId: handleSchema }),
    z.object({ status: z.literal('cancelled'), requestId: handleSchema }),
  ]),
  { id: 'RemoteSigningStatus' },
);

export type EcPublicKey = z.infer<typeof ecPublicKeySchema>;
export type Certificate = z.infer<typeof certificateSchema>;
export type CertificateIdentity = z.infer<typeof certificateIdentitySchema>;
export type CertificateChallengeRequest = z.infer<typeof certificateChallengeRequestSchema>;
export type CertificateChallenge = z.infer<typeof certificateChallengeSchema>;
export type VerifyCertificateRequest = z.infer<typeof verifyCertificateRequestSchema>;
export type CertificateVerification = z.infer<typeof certificateVerificationSchema>;
export type StartRemoteSigningRequest = z.infer<typeof startRemoteSigningRequestSchema>;
export type RemoteSigningStart = z.infer<typeof remoteSigningStartSchema>;
export type RemoteSigningLookup = z.infer<typeof remoteSigningLookupSchema>;
export type RemoteSigningStatus = z.infer<typeof remoteSigningStatusSchema>;
