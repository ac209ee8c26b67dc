/**
 * The state one citizen's journey shares across elements (design.md §4). Elements on one page
 * share the default session unless given their own, so a provincial page needs no wiring.
 */
import type { AccountSummary } from './events.js';
import type { FeeLine } from './schemas/fees.js';
import { createStore, type Store } from './store.js';

export type Locale = 'vi' | 'en';

export interface SessionProcedure {
  code: string;
  name: string;
  [field: string]: unknown;
}

export interface SessionDossier {
  code: string;
  procedureCode?: string;
  fees: FeeLine[];
  status?: number;
}

export interface SessionPayment {
  method?: string;
  status?: 'initialised' | 'pending' | 'succeeded' | 'failed' | 'cancelled' | 'expired';
  transactionId?: string;
  receipts: { type: 'phi' | 'le-phi'; url: string; number?: string }[];
}

/** What the citizen agreed to reuse across forms ("declare once"). */
export interface Profile {
  fullName?: string;
  birthDate?: string;
  idNumber?: string;
  phone?: string;
  email?: string;
  address?: string;
}

export interface SessionState {
  locale: Locale;
  account: AccountSummary | null;
  procedure: SessionProcedure | null;
  dossier: SessionDossier | null;
  payment: SessionPayment | null;
  survey: { dossierCode: string; submitted: boolean } | null;
  /**
   * What forms may prefill from: filled only while `profileConsent` is true (the verified profile
   * plus answers remembered since), emptied when consent is withdrawn.
   */
  profile: Profile;
  /** `null` until the citizen has been asked, so the question is shown once. */
  profileConsent: boolean | null;
  /**
   * The signed-in account's verified profile as the backend gave it, kept in memory only; forms
   * never read it directly, only through `profile`.
   */
  verifiedProfile: Profile | null;
}

export interface Session extends Store<SessionState> {
  setLocale(locale: Locale): void;
  /** Signs in; `verifiedProfile` is what the backend vouches for (reused only with consent). */
  signIn(account: AccountSummary, verifiedProfile?: Profile): void;
  /** The signed-in account's verified profile, once the backend gave it. */
  setVerifiedProfile(profile: Profile): void;
  signOut(): void;
  selectProcedure(procedure: SessionProcedure | null): void;
  setDossier(dossier: SessionDossier | null): void;
  setPayment(payment: SessionPayment | null): void;
  markSurveySubmitted(dossierCode: string): void;
  setProfileConsent(consent: boolean): void;
  /** Merges answers into the profile, but only while the citizen consents to reuse. */
  rememberProfile(profile: Profile): void;
  reset(): void;
}

const initialState = (locale: Locale): SessionState => ({
  locale,
  account: null,
  procedure: null,
  dossier: null,
  payment: null,
  survey: null,
  profile: {},
  profileConsent: null,
  verifiedProfile: null,
});

export function createSession(initial: Partial<SessionState> = {}): Session {
  const store = createStore<SessionState>({ ...initialState('vi'), ...initial });
  const { update, getState } = store;
  return {
    ...store,
    setLocale: (locale) => update({ locale }),
    signIn: (account, verifiedProfile) =>
      update((state) => ({
        account,
        verifiedProfile: verifiedProfile ?? null,
        profile: state.profileConsent && verifiedProfile ? { ...state.profile, ...verifiedProfile } : state.profile,
      })),
    setVerifiedProfile: (verifiedProfile) =>
      update((state) => ({
        verifiedProfile,
        profile: state.profileConsent ? { ...state.profile, ...verifiedProfile } : state.profile,
      })),
    signOut: () => update({ account: null, profile: {}, profileConsent: null, verifiedProfile: null }),
    selectProcedure: (procedure) => update({ procedure }),
    setDossier: (dossier) =>
      update((state) => ({
        dossier,
        // A payment or survey belongs to one dossier: a new dossier starts both afresh.
        ...(dossier?.code !== state.dossier?.code ? { payment: null, survey: null } : {}),
      })),
    setPayment: (payment) => update({ payment }),
    markSurveySubmitted: (dossierCode) => update({ survey: { dossierCode, submitted: true } }),
    setProfileConsent: (profileConsent) =>
      update((state) =>
        profileConsent ? { profileConsent, profile: { ...state.profile, ...state.verifiedProfile } } : { profileConsent, profile: {} },
      ),
    rememberProfile: (profile) => {
      if (getState().profileConsent) update((state) => ({ profile: { ...state.profile, ...profile } }));
    },
    reset: () => update(initialState(getState().locale)),
  };
}

// Kept on globalThis so that two copies of the library on one page (a portal's bundle and a
// widget's) still share one default session.
const DEFAULT_SESSION = Symbol.for('dvc-elements.default-session');

/** The page's shared session, created on first use. */
export function getDefaultSession(): Session {
  const holder = globalThis as { [DEFAULT_SESSION]?: Session };
  holder[DEFAULT_SESSION] ??= createSession();
  return holder[DEFAULT_SESSION];
}
