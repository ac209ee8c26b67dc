/**
 * The demo's VNeID: an OAuth 2.0 authorization-code flow with PKCE. Both sides live in the demo
 * but keep apart: the relying party holds the state and the code verifier (never sent to the
 * browser); the stand-in identity provider knows only what the authorization URL told it (the
 * code challenge) and binds the codes it issues to it.
 */
import { DvcError } from '../../errors.js';
import type { AccountSummary, Subject } from '../../events.js';
import type { FinishVneidRequest, StartVneidRequest, VneidStart } from '../../schemas/vneid.js';
import { sha256Base64Url } from '../webcrypto.js';
import { identityKey, type DemoContext } from './context.js';
import { DEMO_FIXTURES } from './fixtures.js';
import { withQuery } from './urls.js';

/** Who signs in on the stand-in page, per subject: a citizen, or an organisation's e-ID. */
const VNEID_IDENTITIES: Record<Subject, { displayName: string; idNumber?: string; taxCode?: string; phone?: string }> = {
  citizen: {
    displayName: DEMO_FIXTURES.vneidCitizen.fullName,
    idNumber: DEMO_FIXTURES.vneidCitizen.idNumber,
    phone: DEMO_FIXTURES.vneidCitizen.phone,
  },
  enterprise: { displayName: 'Công ty TNHH Dịch vụ công Demo', taxCode: '0100109106' },
  agency: { displayName: 'Văn phòng UBND xã Demo', taxCode: '0100100079' },
};

export interface VneidConsent {
  subject: Subject;
  displayName: string;
  /** The ID or tax code the page shows, as VNeID would. */
  identifier: string;
}

/** The relying party's record of a sign-in it started. */
interface Authorization {
  subject: Subject;
  returnUrl: string;
  verifier: string;
  expiresAt: number;
  status: 'started' | 'authorized' | 'denied' | 'finished';
}

/** The identity provider's record of a code it issued. */
interface Grant {
  state: string;
  codeChallenge: string;
}

export function createVneidDesk(ctx: DemoContext) {
  const authorizations = new Map<string, Authorization>();
  const grants = new Map<string, Grant>();

  function open(state: string): Authorization {
    const authorization = authorizations.get(state);
    if (authorization?.status !== 'started' || ctx.now() >= authorization.expiresAt) throw new DvcError('state-invalid');
    return authorization;
  }

  return {
    async start({ subject, returnUrl }: StartVneidRequest): Promise<VneidStart> {
      const state = ctx.random.handle('st');
      const verifier = ctx.random.string(64, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~');
      const challenge = await sha256Base64Url(verifier);
      const expiresAt = ctx.now() + ctx.settings.vneidValidMs;
      authorizations.set(state, { subject, returnUrl, verifier, expiresAt, status: 'started' });
      const authorizationUrl = withQuery(ctx.settings.vneidAuthorizeUrl, {
        response_type: 'code',
        client_id: 'dvc-elements-demo',
        scope: 'openid',
        state,
        code_challenge: challenge,
        code_challenge_method: 'S256',
      });
      return { authorizationUrl, expiresAt: ctx.iso(expiresAt) };
    },

    /** What the consent page shows for a state; `state-invalid` when there is nothing to consent to. */
    consent(state: string): VneidConsent {
      const { subject } = open(state);
      const identity = VNEID_IDENTITIES[subject];
      return { subject, displayName: identity.displayName, identifier: identity.taxCode ?? identity.idNumber ?? '' };
    },

    /**
     * The citizen's answer on the consent page, with the code challenge the authorization URL
     * carried: where the browser goes back to.
     */
    decide({ state, codeChallenge, approve }: { state: string; codeChallenge: string; approve: boolean }): string {
      const authorization = open(state);
      if (!approve) {
        authorization.status = 'denied';
        return withQuery(authorization.returnUrl, { error: 'access_denied', state });
      }
      authorization.status = 'authorized';
      const code = ctx.random.string(32, 'abcdefghijklmnopqrstuvwxyz0123456789');
      grants.set(code, { state, codeChallenge });
      return withQuery(authorization.returnUrl, { code, state });
    },

    async finish({ code, state }: FinishVneidRequest): Promise<AccountSummary> {
      const authorization = authorizations.get(state);
      if (authorization === undefined || authorization.status !== 'authorized' || ctx.now() >= authorization.expiresAt) {
        throw new DvcError('state-invalid');
      }
      // Used up whatever happens next: a state is good for one exchange, so a replay fails.
      authorization.status = 'finished';
      const grant = grants.get(code);
      grants.delete(code);
      // PKCE: the code is redeemed only with the verifier whose hash the authorization URL carried.
      if (grant?.state !== state || (await sha256Base64Url(authorization.verifier)) !== grant.codeChallenge) {
        throw new DvcError('state-invalid');
      }
      const identity = VNEID_IDENTITIES[authorization.subject];
      const key = identityKey(identity);
      const existing = ctx.findAccount(key);
      if (existing) return { ...existing, method: 'vneid' };
      return ctx.openAccount(key, {
        subject: authorization.subject,
        method: 'vneid',
        displayName: identity.displayName,
        phone: identity.phone,
      });
    },
  };
}
