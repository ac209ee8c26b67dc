/** What every part of the demo backend shares: clock, randomness, settings, inbox, accounts, captchas. */
import { DvcError } from '../../errors.js';
import type { AccountSummary, RegistrationMethod, Subject } from '../../events.js';
import type { CaptchaChallenge } from '../../schemas/captcha.js';
import type { Profile } from '../../session.js';
import { renderCaptcha } from './captcha-image.js';
import { maskPhone } from './masks.js';
import type { Random } from './random.js';

export interface OtpSettings {
  /** Digits in a code; default 6. */
  length: number;
  /** How long a code is valid; default 5 minutes. */
  validMs: number;
  /** How long before another code may be sent; default 60 s. */
  resendAfterMs: number;
  /** Wrong codes allowed before the lock-out; default 5. */
  maxAttempts: number;
  /** How long verification stays locked; default 5 minutes. */
  lockoutMs: number;
}

export interface DemoSettings {
  otp: OtpSettings;
  captchaValidMs: number;
  activationValidMs: number;
  registrationValidMs: number;
  remoteSigningValidMs: number;
  certificateChallengeValidMs: number;
  vneidValidMs: number;
  paymentValidMs: number;
  /** How long a provider takes to confirm a payment it sent back as `delayed`. */
  paymentConfirmDelayMs: number;
  /** Providers that are down from the start. */
  providerOutages: readonly string[];
  /** The stand-in VNeID page. */
  vneidAuthorizeUrl: string;
  /** The stand-in payment provider page. */
  paymentPageUrl: string;
  /** Where receipts are shown; the receipt number is appended as a path segment. */
  receiptBaseUrl: string;
}

export interface InboxMessage {
  /** Position in the inbox, from 0. */
  id: number;
  channel: 'sms' | 'email';
  to: string;
  text: string;
  /** The one-time code in the message, if any. */
  code?: string;
  /** The link in the message, if any. */
  link?: string;
  sentAt: string;
}

/** Who an account belongs to: `id:<personal ID>` or `mst:<tax code>`. */
export type IdentityKey = `id:${string}` | `mst:${string}`;

export const identityKey = (identity: { idNumber?: string; taxCode?: string }): IdentityKey =>
  identity.taxCode !== undefined ? `mst:${identity.taxCode}` : `id:${identity.idNumber ?? ''}`;

export interface DemoContext {
  now(): number;
  iso(ms: number): string;
  random: Random;
  settings: DemoSettings;
  send(message: Omit<InboxMessage, 'id' | 'sentAt'>): void;
  findAccount(key: IdentityKey): AccountSummary | undefined;
  /** What the identity checks established about an account's holder. */
  profileOf(accountId: string): Profile;
  openAccount(
    key: IdentityKey,
    account: {
      subject: Subject;
      method: RegistrationMethod;
      displayName: string;
      phone?: string;
      /** A fixed id, for accounts the demo starts with; otherwise a random handle. */
      id?: string;
      /** What else the identity checks established (date of birth, email...). */
      verified?: Profile;
    },
  ): AccountSummary;
  issueCaptcha(): CaptchaChallenge;
  /** Every captcha answers once, right or wrong. */
  useCaptcha(captchaId: string, answer: string): void;
  captchaAnswer(captchaId: string): string | undefined;
}

/** A person's account vouches for their name, ID and phone; an organisation's for none of these. */
function verifiedProfile(key: IdentityKey, subject: Subject, displayName: string, phone: string | undefined): Profile {
  if (subject !== 'citizen' || !key.startsWith('id:')) return {};
  return { fullName: displayName, idNumber: key.slice(3), ...(phone !== undefined ? { phone } : {}) };
}

const CAPTCHA_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function createContext(options: {
  now: () => number;
  random: Random;
  settings: DemoSettings;
  deliver: (message: InboxMessage) => void;
  inboxSize: () => number;
}): DemoContext {
  const { now, random, settings } = options;
  const iso = (ms: number) => new Date(ms).toISOString();
  const accounts = new Map<IdentityKey, AccountSummary>();
  const profiles = new Map<string, Profile>();
  const captchas = new Map<string, { answer: string; expiresAt: number }>();

  return {
    now,
    iso,
    random,
    settings,
    send(message) {
      options.deliver({ ...message, id: options.inboxSize(), sentAt: iso(now()) });
    },
    findAccount: (key) => accounts.get(key),
    profileOf(accountId) {
      const profile = profiles.get(accountId);
      if (profile === undefined) throw new DvcError('not-found', { fields: ['accountId'] });
      return profile;
    },
    openAccount(key, { subject, method, displayName, phone, id, verified }) {
      const account: AccountSummary = { id: id ?? random.handle('acc'), subject, method, displayName };
      if (phone !== undefined) account.maskedPhone = maskPhone(phone);
      accounts.set(key, account);
      profiles.set(account.id, { ...verified, ...verifiedProfile(key, subject, displayName, phone) });
      return account;
    },
    issueCaptcha() {
      // Captchas nobody answered would pile up in a long-running demo server.
      for (const [id, captcha] of captchas) if (now() >= captcha.expiresAt) captchas.delete(id);
      const id = random.handle('cap');
      const answer = random.string(5, CAPTCHA_ALPHABET);
      const expiresAt = now() + settings.captchaValidMs;
      captchas.set(id, { answer, expiresAt });
      return { id, image: renderCaptcha(answer, random), expiresAt: iso(expiresAt) };
    },
    useCaptcha(captchaId, answer) {
      const captcha = captchas.get(captchaId);
      captchas.delete(captchaId);
      if (captcha === undefined || now() >= captcha.expiresAt) throw new DvcError('captcha-expired', { fields: ['captchaAnswer'] });
      if (captcha.answer.toUpperCase() !== answer.toUpperCase()) throw new DvcError('captcha-wrong', { fields: ['captchaAnswer'] });
    },
    captchaAnswer: (captchaId) => captchas.get(captchaId)?.answer,
  };
}
