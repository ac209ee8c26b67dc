/**
 * `DvcBackend`: the one interface between the elements and a server. Every method takes its
 * request (already in the shape of the zod schema) and an optional `{ signal }`, resolves with
 * the parsed response and rejects with a `DvcError`.
 */
import type { AccountSummary } from '../events.js';
import type { Profile } from '../session.js';
import type { CaptchaChallenge } from '../schemas/captcha.js';
import type { CreateDossierRequest, Dossier, DossierLookup } from '../schemas/dossier.js';
import type { CreatePaymentRequest, Payment, PaymentLookup, ReceiptList } from '../schemas/payment.js';
import type { Procedure } from '../schemas/procedure.js';
import type { ProcedureLookup, ProcedureSearchResult, SearchProceduresRequest } from '../schemas/procedure-search.js';
import type {
  ActivateEmailRequest,
  ExtendRegistrationRequest,
  OtpState,
  RegistrationRequest,
  RegistrationSession,
  RegistrationStep,
  ResendOtpRequest,
  SetPasswordRequest,
  VerifyOtpRequest,
} from '../schemas/registration.js';
import type {
  CertificateChallenge,
  CertificateChallengeRequest,
  CertificateVerification,
  RemoteSigningLookup,
  RemoteSigningStart,
  RemoteSigningStatus,
  StartRemoteSigningRequest,
  VerifyCertificateRequest,
} from '../schemas/signing.js';
import type { ProfileLookup } from '../schemas/profile.js';
import type {
  Attachment,
  Feedback,
  FeedbackLookup,
  FeedbackReceipt,
  SubmitFeedbackRequest,
  SubmitSupportRequest,
  SupportTicket,
  UploadAttachmentRequest,
} from '../schemas/feedback.js';
import type { SubmitSurveyRequest, SurveyReceipt } from '../schemas/survey.js';
import type { FinishVneidRequest, StartVneidRequest, VneidStart } from '../schemas/vneid.js';

export interface CallOptions {
  /** Aborting rejects the call with `DvcError('aborted')`. */
  signal?: AbortSignal;
}

export interface DvcBackend {
  /** A fresh captcha challenge; each one answers once, right or wrong. */
  getCaptcha(options?: CallOptions): Promise<CaptchaChallenge>;

  /**
   * Starts a registration and checks the identity: `captcha-wrong` / `captcha-expired`,
   * `account-exists` (the ID already has an account: offer "Quên mật khẩu"), `identity-mismatch`
   * (the phone is registered to another ID), `not-found` (a BHXH code social insurance does not
   * know). Resolves with the next step.
   */
  startRegistration(request: RegistrationRequest, options?: CallOptions): Promise<RegistrationStep>;

  /** Sends a new code, invalidating the old one; `rate-limited` (with `retryAfter`) before `resendAt`. */
  resendOtp(request: ResendOtpRequest, options?: CallOptions): Promise<OtpState>;

  /** `otp-wrong` with `attemptsLeft`, `otp-expired`, or `otp-locked` with `retryAfter`; else the password step. */
  verifyOtp(request: VerifyOtpRequest, options?: CallOptions): Promise<RegistrationStep>;

  /** Completes a registration whose code (or email link) was confirmed. */
  setPassword(request: SetPasswordRequest, options?: CallOptions): Promise<AccountSummary>;

  /**
   * Keeps an unfinished registration open for another full period (the user asked for more time
   * before `sessionExpiresAt`); `state-invalid` once it has expired or finished.
   */
  extendRegistration(request: ExtendRegistrationRequest, options?: CallOptions): Promise<RegistrationSession>;

  /** The token from a Vietnam Post activation email; `state-invalid` when unknown, used or expired. */
  activateEmail(request: ActivateEmailRequest, options?: CallOptions): Promise<RegistrationStep>;

  /** Random bytes for the USB token to sign. */
  createCertificateChallenge(request: CertificateChallengeRequest, options?: CallOptions): Promise<CertificateChallenge>;

  /**
   * Checks the signature with the certificate's public key and the certificate's validity:
   * `signature-invalid`, `certificate-invalid`, `state-invalid` (unknown, used or expired challenge).
   */
  verifyCertificate(request: VerifyCertificateRequest, options?: CallOptions): Promise<CertificateVerification>;

  /** Asks the holder to confirm on the signing SIM or in the SmartCA app. */
  startRemoteSigning(request: StartRemoteSigningRequest, options?: CallOptions): Promise<RemoteSigningStart>;

  /** pending → approved (with the certificate's identity) / rejected / expired / cancelled. */
  pollRemoteSigning(request: RemoteSigningLookup, options?: CallOptions): Promise<RemoteSigningStatus>;

  cancelRemoteSigning(request: RemoteSigningLookup, options?: CallOptions): Promise<RemoteSigningStatus>;

  /** The VNeID authorization URL to send the browser to; state and PKCE verifier stay on the server. */
  startVneid(request: StartVneidRequest, options?: CallOptions): Promise<VneidStart>;

  /** Exchanges the returned code; `state-invalid` for an unknown, expired or already used state. */
  finishVneid(request: FinishVneidRequest, options?: CallOptions): Promise<AccountSummary>;

  /**
   * One page of the procedures matching `query` (empty: all) and `filters`, best first, with the
   * matched ranges of each name and facet counts; `province` adds that province's own procedures
   * to the national ones. `page` counts from 1.
   */
  searchProcedures(request: SearchProceduresRequest, options?: CallOptions): Promise<ProcedureSearchResult>;

  /** One procedure by its code; `not-found`. */
  getProcedure(request: ProcedureLookup, options?: CallOptions): Promise<Procedure>;

  /** Files a dossier; the server sets its fee lines. */
  createDossier(request: CreateDossierRequest, options?: CallOptions): Promise<Dossier>;

  getDossierStatus(request: DossierLookup, options?: CallOptions): Promise<Dossier>;

  /** Same `idempotencyKey`, same transaction; `already-paid`, `provider-unavailable`. */
  createPayment(request: CreatePaymentRequest, options?: CallOptions): Promise<Payment>;

  getPaymentStatus(request: PaymentLookup, options?: CallOptions): Promise<Payment>;

  /** One receipt per fee type (phí, lệ phí) once the payment succeeded; `conflict` before. */
  getReceipts(request: PaymentLookup, options?: CallOptions): Promise<ReceiptList>;

  /** One evaluation per dossier: `already-rated` for a second. */
  submitSurvey(request: SubmitSurveyRequest, options?: CallOptions): Promise<SurveyReceipt>;

  /**
   * What the identity checks established about a signed-in account ("declare once"). The server
   * answers only for the account the caller's session belongs to (`unauthorized` otherwise).
   */
  getProfile(request: ProfileLookup, options?: CallOptions): Promise<Profile>;

  /**
   * One attachment, sent as raw bytes. The server checks its type, signature and size again
   * (`invalid-input` with status 415 or 413) and keeps it for a while; forms submit its id.
   */
  uploadAttachment(request: UploadAttachmentRequest, options?: CallOptions): Promise<Attachment>;

  /**
   * A feedback or complaint (phản ánh, kiến nghị) from a signed-in account (`unauthorized`
   * otherwise): `captcha-wrong` / `captcha-expired`, `not-found` for an unknown or expired attachment.
   */
  submitFeedback(request: SubmitFeedbackRequest, options?: CallOptions): Promise<FeedbackReceipt>;

  /** A feedback's status and the answers given, by its reference; `not-found`. */
  getFeedback(request: FeedbackLookup, options?: CallOptions): Promise<Feedback>;

  /** A question to the support desk; resolves with the ticket reference. Captcha and attachments as for feedback. */
  submitSupportRequest(request: SubmitSupportRequest, options?: CallOptions): Promise<SupportTicket>;
}

export type BackendCall = keyof DvcBackend;
