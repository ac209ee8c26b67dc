/** What every part of the demo backend shares: clock, randomness, settings, inbox, accounts, captchas. */
import { DvcError } from '../../errors.js';
import type { AccountSummary, RegistrationMethod, Subject } from '../../events.js';
import type { CaptchaChallenge } from '../../schemas/captcha.js';
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
  remoteSigningValidMs: number;
  certificateChallengeValidMs: number;
  vneidValidMs: number;
  paymentValidMs: number;
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
  openAccount(
    key: IdentityKey,
    account: { subject: Subject; method: RegistrationMethod; displayName: string; phone?: string },
  ): AccountSummary;
  issueCaptcha(): CaptchaChallenge;
  /** Every captcha answers once, right or wrong. */
  useCaptcha(captchaId: string, answer: string): void;
  captchaAnswer(captchaId: string): string | undefined;
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
    openAccount(key, { subject, method, displayName, phone }) {
      const account: AccountSummary = { id: random.handle('acc'), subject, method, displayName };
      if (phone !== undefined) account.maskedPhone = maskPhone(phone);
      accounts.set(key, account);
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
