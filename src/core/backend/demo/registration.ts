/**
 * The demo's registration desk: identity checks, one-time codes with resend timing and
 * lock-out, Vietnam Post email links, passwords, and accounts from verified signatures.
 */
import { DvcError } from '../../errors.js';
import type { AccountSummary, RegistrationMethod, Subject } from '../../events.js';
import {
  ACTIVATION_LINK_PARAM,
  type ActivateEmailRequest,
  type ExtendRegistrationRequest,
  type OtpState,
  type RegistrationRequest,
  type RegistrationSession,
  type RegistrationStep,
  type ResendOtpRequest,
  type SetPasswordRequest,
  type VerifyOtpRequest,
} from '../../schemas/registration.js';
import type { CertificateIdentity } from '../../schemas/signing.js';
import { identityKey, type DemoContext, type IdentityKey } from './context.js';
import { DEMO_FIXTURES } from './fixtures.js';
import { maskEmail, maskPhone } from './masks.js';
import { accountCreatedEmail, activationEmail, otpSms } from './messages.js';
import { withQuery } from './urls.js';

/** Phones the carriers know to be registered to an ID ("chính chủ"); any other phone belongs to whoever registers it. */
const PHONE_OWNERS = new Map<string, string>([
  [DEMO_FIXTURES.phoneOfAnotherId.phone, DEMO_FIXTURES.phoneOfAnotherId.ownerIdNumber],
  [DEMO_FIXTURES.existingAccount.phone, DEMO_FIXTURES.existingAccount.idNumber],
  [DEMO_FIXTURES.vneidCitizen.phone, DEMO_FIXTURES.vneidCitizen.idNumber],
]);

/** What the signing desk vouches for: each proof registers once. */
export interface SignatureProofs {
  useCertificateProof(challengeId: string, subject: Subject): CertificateIdentity;
  useSigningApproval(requestId: string, method: 'sim-ca' | 'smartca', subject: Subject): CertificateIdentity;
}

interface Registration {
  id: string;
  method: RegistrationMethod;
  subject: Subject;
  key: IdentityKey;
  fullName: string;
  phone: string;
  stage: 'otp' | 'email-link' | 'password' | 'done';
  otp?: { code: string; expiresAt: number };
  resendAt: number;
  wrongAttempts: number;
  lockedUntil: number;
  /** Idle timeout while the citizen types a code or a password; renewed by each step and by `extend`. */
  expiresAt: number;
}

const secondsUntil = (instant: number, now: number): number => Math.max(1, Math.ceil((instant - now) / 1000));

export function createRegistrationDesk(ctx: DemoContext, proofs: SignatureProofs) {
  const { otp: otpSettings } = ctx.settings;
  const registrations = new Map<string, Registration>();
  const activations = new Map<string, { registrationId: string; expiresAt: number }>();

  function checkCitizen(idNumber: string, phone: string) {
    if (ctx.findAccount(identityKey({ idNumber }))) throw new DvcError('account-exists', { fields: ['idNumber'] });
    const owner = PHONE_OWNERS.get(phone);
    if (owner !== undefined && owner !== idNumber) throw new DvcError('identity-mismatch', { fields: ['phone'] });
  }

  function sendOtp(registration: Registration) {
    const now = ctx.now();
    const code = ctx.random.digits(otpSettings.length);
    registration.otp = { code, expiresAt: now + otpSettings.validMs };
    registration.resendAt = now + otpSettings.resendAfterMs;
    ctx.send({ channel: 'sms', to: registration.phone, text: otpSms(code, otpSettings.validMs), code });
  }

  const otpState = (registration: Registration): OtpState => ({
    channel: 'sms',
    maskedTo: maskPhone(registration.phone),
    length: otpSettings.length,
    expiresAt: ctx.iso(registration.otp?.expiresAt ?? ctx.now()),
    resendAt: ctx.iso(registration.resendAt),
    attemptsLeft: otpSettings.maxAttempts - registration.wrongAttempts,
  });

  function open(request: {
    method: RegistrationMethod;
    subject: Subject;
    idNumber: string;
    fullName: string;
    phone: string;
  }): Registration {
    const registration: Registration = {
      id: ctx.random.handle('reg'),
      method: request.method,
      subject: request.subject,
      key: identityKey(request),
      fullName: request.fullName,
      phone: request.phone,
      stage: 'otp',
      resendAt: 0,
      wrongAttempts: 0,
      lockedUntil: 0,
      expiresAt: 0,
    };
    renew(registration);
    registrations.set(registration.id, registration);
    return registration;
  }

  function renew(registration: Registration): string {
    registration.expiresAt = ctx.now() + ctx.settings.registrationValidMs;
    return ctx.iso(registration.expiresAt);
  }

  function withOtp(registration: Registration): RegistrationStep {
    sendOtp(registration);
    return { next: 'otp', registrationId: registration.id, otp: otpState(registration), sessionExpiresAt: renew(registration) };
  }

  function toPassword(registration: Registration): RegistrationStep {
    registration.stage = 'password';
    return { next: 'password', registrationId: registration.id, sessionExpiresAt: renew(registration) };
  }

  function registerSigned(identity: CertificateIdentity, request: { method: RegistrationMethod; subject: Subject }): AccountSummary {
    const key = identityKey(identity);
    if (ctx.findAccount(key)) throw new DvcError('account-exists');
    return ctx.openAccount(key, { subject: request.subject, method: request.method, displayName: identity.holder });
  }

  /** An open registration; one left idle past its time is gone (`state-invalid`), its answers with it. */
  function find(registrationId: string): Registration {
    const registration = registrations.get(registrationId);
    if (registration === undefined) throw new DvcError('not-found', { fields: ['registrationId'] });
    const idle = registration.stage === 'otp' || registration.stage === 'password';
    if (idle && ctx.now() >= registration.expiresAt) {
      registrations.delete(registrationId);
      throw new DvcError('state-invalid', { fields: ['registrationId'] });
    }
    return registration;
  }

  function checkNotLocked(registration: Registration) {
    const now = ctx.now();
    if (registration.lockedUntil > now) throw new DvcError('otp-locked', { retryAfter: secondsUntil(registration.lockedUntil, now) });
  }

  return {
    start(request: RegistrationRequest): RegistrationStep {
      switch (request.method) {
        case 'phone':
          ctx.useCaptcha(request.captchaId, request.captchaAnswer);
          checkCitizen(request.idNumber, request.phone);
          return withOtp(open(request));
        case 'bhxh':
          if (request.bhxhCode === DEMO_FIXTURES.unknownBhxhCode) throw new DvcError('not-found', { fields: ['bhxhCode'] });
          checkCitizen(request.idNumber, request.phone);
          return withOtp(open(request));
        case 'vnpost': {
          ctx.useCaptcha(request.captchaId, request.captchaAnswer);
          checkCitizen(request.idNumber, request.phone);
          const registration = open(request);
          if (request.activation === 'sms' || request.email === undefined) return withOtp(registration);
          registration.stage = 'email-link';
          const token = ctx.random.handle('act');
          const expiresAt = ctx.now() + ctx.settings.activationValidMs;
          activations.set(token, { registrationId: registration.id, expiresAt });
          const link = withQuery(request.returnUrl ?? '', { [ACTIVATION_LINK_PARAM]: token });
          ctx.send({
            channel: 'email',
            to: request.email,
            text: activationEmail(request.fullName, link, ctx.settings.activationValidMs),
            link,
          });
          return {
            next: 'email-link',
            registrationId: registration.id,
            maskedEmail: maskEmail(request.email),
            expiresAt: ctx.iso(expiresAt),
          };
        }
        case 'usb-token': {
          ctx.useCaptcha(request.captchaId, request.captchaAnswer);
          const account = registerSigned(proofs.useCertificateProof(request.challengeId, request.subject), request);
          ctx.send({ channel: 'email', to: request.email, text: accountCreatedEmail(account.displayName) });
          return { next: 'done', account };
        }
        case 'sim-ca':
        case 'smartca':
          return {
            next: 'done',
            account: registerSigned(proofs.useSigningApproval(request.signingRequestId, request.method, request.subject), request),
          };
      }
    },

    resendOtp({ registrationId }: ResendOtpRequest): OtpState {
      const registration = find(registrationId);
      if (registration.stage !== 'otp') throw new DvcError('conflict');
      checkNotLocked(registration);
      const now = ctx.now();
      if (now < registration.resendAt) throw new DvcError('rate-limited', { retryAfter: secondsUntil(registration.resendAt, now) });
      sendOtp(registration);
      return otpState(registration);
    },

    verifyOtp({ registrationId, code }: VerifyOtpRequest): RegistrationStep {
      const registration = find(registrationId);
      if (registration.stage !== 'otp') throw new DvcError('conflict');
      checkNotLocked(registration);
      const now = ctx.now();
      // A lock-out voids the code it was guessing at; after it, only a new code helps.
      if (registration.otp === undefined || now >= registration.otp.expiresAt) throw new DvcError('otp-expired');
      if (code !== registration.otp.code) {
        registration.wrongAttempts += 1;
        if (registration.wrongAttempts >= otpSettings.maxAttempts) {
          registration.lockedUntil = now + otpSettings.lockoutMs;
          registration.otp = undefined;
          registration.wrongAttempts = 0;
          throw new DvcError('otp-locked', { retryAfter: secondsUntil(registration.lockedUntil, now) });
        }
        throw new DvcError('otp-wrong', { attemptsLeft: otpSettings.maxAttempts - registration.wrongAttempts, fields: ['code'] });
      }
      registration.otp = undefined;
      return toPassword(registration);
    },

    extend({ registrationId }: ExtendRegistrationRequest): RegistrationSession {
      const registration = find(registrationId);
      if (registration.stage !== 'otp' && registration.stage !== 'password') throw new DvcError('state-invalid');
      return { registrationId, sessionExpiresAt: renew(registration) };
    },

    activateEmail({ token }: ActivateEmailRequest): RegistrationStep {
      const activation = activations.get(token);
      activations.delete(token);
      const registration = activation && registrations.get(activation.registrationId);
      if (activation === undefined || registration?.stage !== 'email-link' || ctx.now() >= activation.expiresAt) {
        throw new DvcError('state-invalid');
      }
      return toPassword(registration);
    },

    setPassword({ registrationId }: SetPasswordRequest): AccountSummary {
      // The demo keeps no password: nothing here ever signs in with it.
      const registration = find(registrationId);
      if (registration.stage !== 'password') throw new DvcError('unauthorized');
      if (ctx.findAccount(registration.key)) throw new DvcError('account-exists');
      registration.stage = 'done';
      return ctx.openAccount(registration.key, {
        subject: registration.subject,
        method: registration.method,
        displayName: registration.fullName,
        phone: registration.phone,
      });
    },
  };
}
