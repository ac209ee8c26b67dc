/**
 * The demo's signing desk: certificate challenges verified with the certificate's own public key,
 * and remote-signing requests that wait for the holder's phone (`approve` / `reject`) or expire.
 */
import { DvcError } from '../../errors.js';
import type { Subject } from '../../events.js';
import type {
  CertificateChallenge,
  CertificateChallengeRequest,
  CertificateIdentity,
  CertificateVerification,
  RemoteSigningLookup,
  RemoteSigningStart,
  RemoteSigningStatus,
  StartRemoteSigningRequest,
  VerifyCertificateRequest,
} from '../../schemas/signing.js';
import { base64UrlEncode, verifyText } from '../webcrypto.js';
import type { DemoContext } from './context.js';
import { DEMO_FIXTURES } from './fixtures.js';
import { personFor } from './identities.js';
import { simSigningSms, smartcaSigningNotice } from './messages.js';
import type { SignatureProofs } from './registration.js';

export interface PendingSigningRequest {
  requestId: string;
  method: 'sim-ca' | 'smartca';
  /** The SIM number or SmartCA user id asked to confirm. */
  to: string;
  displayCode: string;
  expiresAt: string;
}

interface Challenge {
  subject: Subject;
  challenge: string;
  expiresAt: number;
  state: 'open' | 'verified' | 'used' | 'failed';
  identity?: CertificateIdentity;
}

interface RemoteRequest {
  id: string;
  method: 'sim-ca' | 'smartca';
  subject: Subject;
  to: string;
  displayCode: string;
  expiresAt: number;
  status: 'pending' | 'approved' | 'rejected' | 'cancelled' | 'used';
  identity: CertificateIdentity;
}

const YEAR = 365 * 86_400_000;

/** A verified proof registers within this time. */
const PROOF_VALID_MS = 10 * 60_000;

const looksLikeTaxCode = (userId: string): boolean => userId.length !== 9 && userId.length !== 12;

export function createSigningDesk(ctx: DemoContext) {
  const challenges = new Map<string, Challenge>();
  const requests = new Map<string, RemoteRequest>();

  const serialNumber = () => ctx.random.string(12, '0123456789ABCDEF');

  /** Whom a signing SIM or SmartCA account belongs to. */
  function remoteIdentity(request: StartRemoteSigningRequest): CertificateIdentity {
    const validTo = ctx.iso(ctx.now() + 2 * YEAR);
    if (request.method === 'smartca' && looksLikeTaxCode(request.userId)) {
      return {
        holder: `CÔNG TY TNHH ${personFor(request.userId).fullName.toLocaleUpperCase('vi')}`,
        taxCode: request.userId,
        issuer: 'VNPT SmartCA (demo)',
        serialNumber: serialNumber(),
        validTo,
      };
    }
    const existing = DEMO_FIXTURES.existingAccount;
    const key = request.method === 'sim-ca' ? request.phone : request.userId;
    const person =
      key === DEMO_FIXTURES.simOfExistingAccount || key === existing.idNumber
        ? existing
        : request.method === 'smartca'
          ? { ...personFor(key), idNumber: request.userId }
          : personFor(key);
    return {
      holder: person.fullName.toLocaleUpperCase('vi'),
      idNumber: person.idNumber,
      issuer: request.method === 'sim-ca' ? 'Viettel-CA SIM (demo)' : 'VNPT SmartCA (demo)',
      serialNumber: serialNumber(),
      validTo,
    };
  }

  function findRequest(requestId: string): RemoteRequest {
    const request = requests.get(requestId);
    if (request === undefined) throw new DvcError('not-found', { fields: ['requestId'] });
    return request;
  }

  /** The status as the holder sees it: a pending request past its time has expired. */
  function statusOf(request: RemoteRequest): RemoteSigningStatus {
    const requestId = request.id;
    if (request.status === 'pending' && ctx.now() >= request.expiresAt) return { status: 'expired', requestId };
    switch (request.status) {
      case 'pending':
        return { status: 'pending', requestId, expiresAt: ctx.iso(request.expiresAt) };
      case 'approved':
      case 'used':
        return { status: 'approved', requestId, identity: request.identity };
      default:
        return { status: request.status, requestId };
    }
  }

  function decide(requestId: string, status: 'approved' | 'rejected') {
    const request = findRequest(requestId);
    if (statusOf(request).status !== 'pending') throw new DvcError('conflict');
    request.status = status;
  }

  const proofs: SignatureProofs = {
    useCertificateProof(challengeId, subject) {
      const challenge = challenges.get(challengeId);
      if (challenge?.state !== 'verified' || challenge.subject !== subject || ctx.now() >= challenge.expiresAt + PROOF_VALID_MS) {
        throw new DvcError('state-invalid', { fields: ['challengeId'] });
      }
      challenge.state = 'used';
      return challenge.identity as CertificateIdentity;
    },
    useSigningApproval(requestId, method, subject) {
      const request = requests.get(requestId);
      if (request === undefined || request.method !== method || request.subject !== subject) {
        throw new DvcError('state-invalid', { fields: ['signingRequestId'] });
      }
      const { status } = statusOf(request);
      if (status === 'rejected') throw new DvcError('signing-rejected');
      if (status === 'expired') throw new DvcError('signing-timeout');
      if (status === 'pending') throw new DvcError('conflict');
      if (request.status !== 'approved') throw new DvcError('state-invalid', { fields: ['signingRequestId'] });
      request.status = 'used';
      return request.identity;
    },
  };

  return {
    proofs,

    createChallenge({ subject }: CertificateChallengeRequest): CertificateChallenge {
      const challengeId = ctx.random.handle('chl');
      const bytes = Uint8Array.from({ length: 32 }, () => ctx.random.int(256));
      const challenge = base64UrlEncode(bytes);
      const expiresAt = ctx.now() + ctx.settings.certificateChallengeValidMs;
      challenges.set(challengeId, { subject, challenge, expiresAt, state: 'open' });
      return { challengeId, challenge, expiresAt: ctx.iso(expiresAt) };
    },

    async verify({ challengeId, certificate, signature }: VerifyCertificateRequest): Promise<CertificateVerification> {
      const challenge = challenges.get(challengeId);
      if (challenge?.state !== 'open' || ctx.now() >= challenge.expiresAt) throw new DvcError('state-invalid', { fields: ['challengeId'] });
      // One signature per challenge: a failed one is not retried against the same bytes.
      challenge.state = 'failed';
      // The signature first: until it holds, nothing in the certificate is the signer's.
      if (!(await verifyText(certificate.publicKey, challenge.challenge, signature))) throw new DvcError('signature-invalid');
      const now = ctx.now();
      if (now < Date.parse(certificate.validFrom) || now > Date.parse(certificate.validTo)) throw new DvcError('certificate-invalid');
      const needsTaxCode = challenge.subject !== 'citizen';
      if (needsTaxCode ? certificate.taxCode === undefined : certificate.idNumber === undefined) throw new DvcError('certificate-invalid');
      const { holder, issuer, serialNumber: serial, idNumber, taxCode, validTo } = certificate;
      const identity: CertificateIdentity = { holder, issuer, serialNumber: serial, validTo };
      if (needsTaxCode) identity.taxCode = taxCode;
      else identity.idNumber = idNumber;
      challenge.state = 'verified';
      challenge.identity = identity;
      return { challengeId, identity };
    },

    startRemote(request: StartRemoteSigningRequest): RemoteSigningStart {
      const validMs = ctx.settings.remoteSigningValidMs;
      const remote: RemoteRequest = {
        id: ctx.random.handle('sig'),
        method: request.method,
        subject: request.subject,
        to: request.method === 'sim-ca' ? request.phone : request.userId,
        displayCode: ctx.random.string(4, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'),
        expiresAt: ctx.now() + validMs,
        status: 'pending',
        identity: remoteIdentity(request),
      };
      requests.set(remote.id, remote);
      const text =
        request.method === 'sim-ca' ? simSigningSms(remote.displayCode, validMs) : smartcaSigningNotice(remote.displayCode, validMs);
      ctx.send({ channel: 'sms', to: remote.to, text });
      return {
        requestId: remote.id,
        method: remote.method,
        displayCode: remote.displayCode,
        expiresAt: ctx.iso(remote.expiresAt),
        pollIntervalMs: 1000,
      };
    },

    poll: ({ requestId }: RemoteSigningLookup): RemoteSigningStatus => statusOf(findRequest(requestId)),

    cancel({ requestId }: RemoteSigningLookup): RemoteSigningStatus {
      const request = findRequest(requestId);
      if (statusOf(request).status === 'pending') request.status = 'cancelled';
      return statusOf(request);
    },

    approve: (requestId: string) => decide(requestId, 'approved'),
    reject: (requestId: string) => decide(requestId, 'rejected'),

    pending: (): PendingSigningRequest[] =>
      [...requests.values()]
        .filter((request) => statusOf(request).status === 'pending')
        .map(({ id, method, to, displayCode, expiresAt }) => ({ requestId: id, method, to, displayCode, expiresAt: ctx.iso(expiresAt) })),
  };
}
