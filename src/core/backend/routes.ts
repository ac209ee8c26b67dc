/**
 * The HTTP contract in one table: the HTTP backend builds its requests from it, the demo server
 * routes by it and the OpenAPI document is generated from it. POST bodies carry every input,
 * including the handles that continue a flow, so those stay out of URLs and access logs; only
 * read-only lookups (GET) put an id in the path, and a search its query and filters in the query
 * string (`queryString`).
 */
import type { DvcErrorCode } from '../errors.js';
import { captchaChallengeSchema } from '../schemas/captcha.js';
import { accountSummarySchema } from '../schemas/common.js';
import { createDossierRequestSchema, dossierLookupSchema, dossierSchema } from '../schemas/dossier.js';
import { createPaymentRequestSchema, paymentLookupSchema, paymentSchema, receiptListSchema } from '../schemas/payment.js';
import { procedureSchema } from '../schemas/procedure.js';
import { procedureLookupSchema, procedureSearchResultSchema, searchProceduresRequestSchema } from '../schemas/procedure-search.js';
import {
  activateEmailRequestSchema,
  extendRegistrationRequestSchema,
  otpStateSchema,
  registrationRequestSchema,
  registrationSessionSchema,
  registrationStepSchema,
  resendOtpRequestSchema,
  setPasswordRequestSchema,
  verifyOtpRequestSchema,
} from '../schemas/registration.js';
import { documented } from '../schemas/registry.js';
import {
  certificateChallengeRequestSchema,
  certificateChallengeSchema,
  certificateVerificationSchema,
  remoteSigningLookupSchema,
  remoteSigningStartSchema,
  remoteSigningStatusSchema,
  startRemoteSigningRequestSchema,
  verifyCertificateRequestSchema,
} from '../schemas/signing.js';
import { profileLookupSchema, profileSchema } from '../schemas/profile.js';
import {
  attachmentSchema,
  feedbackLookupSchema,
  feedbackReceiptSchema,
  feedbackSchema,
  submitFeedbackRequestSchema,
  submitSupportRequestSchema,
  supportTicketSchema,
  uploadAttachmentRequestSchema,
} from '../schemas/feedback.js';
import { FEEDBACK_ATTACHMENTS } from '../attachments/attachment-policy.js';
import { submitSurveyRequestSchema, surveyReceiptSchema } from '../schemas/survey.js';
import { finishVneidRequestSchema, startVneidRequestSchema, vneidStartSchema } from '../schemas/vneid.js';
import { z } from '../schemas/zod.js';
import type { BackendCall, CallOptions, DvcBackend } from './types.js';

/**
 * When a failed attempt may be repeated without doing the thing twice: `safe` (a read),
 * `idempotency-key` (a create that carries a key, when it does), `never`.
 */
export type RetryPolicy = 'safe' | 'idempotency-key' | 'never';

export interface Route<Request = unknown, Response = unknown> {
  method: 'GET' | 'POST';
  /**
   * Relative to the base URL. `{name}` segments (GET only) are filled from the request's fields;
   * a GET's other fields go in the query string.
   */
  path: string;
  request: z.ZodMiniType<Request>;
  response: z.ZodMiniType<Response>;
  retry: RetryPolicy;
  summary: string;
  /** The call's own failure codes, beyond the ones any call can meet. */
  errors: readonly DvcErrorCode[];
  /**
   * `binary` (POST only): the request's `content` Blob is the raw body, with its type as
   * Content-Type, and `fileName` travels URL-encoded in the `x-file-name` header. Default `json`.
   */
  body?: 'json' | 'binary';
  /** Largest body this route accepts, when it differs from the server's default. */
  maxBodyBytes?: number;
}

/** `getCaptcha` takes no request; the others take one object. */
export type CallRequest<K extends BackendCall> = Parameters<DvcBackend[K]>[0] extends CallOptions | undefined
  ? Record<string, never>
  : Parameters<DvcBackend[K]>[0];

export type CallResponse<K extends BackendCall> = Awaited<ReturnType<DvcBackend[K]>>;

const noRequestSchema = documented(z.object({}), { id: 'NoRequest' }) as z.ZodMiniType<Record<string, never>>;

export const routes = {
  getCaptcha: {
    method: 'GET',
    path: '/captcha',
    request: noRequestSchema,
    response: captchaChallengeSchema,
    retry: 'safe',
    summary: 'Get a captcha challenge',
    errors: [],
  },
  startRegistration: {
    method: 'POST',
    path: '/registrations',
    request: registrationRequestSchema,
    response: registrationStepSchema,
    retry: 'never',
    summary: 'Start a registration and check the identity',
    errors: [
      'captcha-wrong',
      'captcha-expired',
      'account-exists',
      'identity-mismatch',
      'not-found',
      'state-invalid',
      'signing-rejected',
      'signing-timeout',
    ],
  },
  resendOtp: {
    method: 'POST',
    path: '/registrations/otp/resend',
    request: resendOtpRequestSchema,
    response: otpStateSchema,
    retry: 'never',
    summary: 'Send a new one-time code',
    errors: ['not-found', 'otp-locked', 'conflict'],
  },
  verifyOtp: {
    method: 'POST',
    path: '/registrations/otp/verify',
    request: verifyOtpRequestSchema,
    response: registrationStepSchema,
    retry: 'never',
    summary: 'Confirm the one-time code',
    errors: ['not-found', 'otp-wrong', 'otp-expired', 'otp-locked', 'conflict'],
  },
  setPassword: {
    method: 'POST',
    path: '/registrations/password',
    request: setPasswordRequestSchema,
    response: accountSummarySchema,
    retry: 'never',
    summary: 'Choose the password and create the account',
    errors: ['not-found', 'unauthorized', 'account-exists'],
  },
  extendRegistration: {
    method: 'POST',
    path: '/registrations/extend',
    request: extendRegistrationRequestSchema,
    response: registrationSessionSchema,
    retry: 'never',
    summary: 'Keep an unfinished registration open for longer',
    errors: ['not-found', 'state-invalid'],
  },
  activateEmail: {
    method: 'POST',
    path: '/registrations/activation',
    request: activateEmailRequestSchema,
    response: registrationStepSchema,
    retry: 'never',
    summary: 'Activate a Vietnam Post registration by its email link',
    errors: ['state-invalid'],
  },
  createCertificateChallenge: {
    method: 'POST',
    path: '/certificates/challenges',
    request: certificateChallengeRequestSchema,
    response: certificateChallengeSchema,
    retry: 'never',
    summary: 'Get a challenge for the USB token to sign',
    errors: [],
  },
  verifyCertificate: {
    method: 'POST',
    path: '/certificates/verify',
    request: verifyCertificateRequestSchema,
    response: certificateVerificationSchema,
    retry: 'never',
    summary: 'Verify the signed challenge and read the certificate',
    errors: ['state-invalid', 'signature-invalid', 'certificate-invalid'],
  },
  startRemoteSigning: {
    method: 'POST',
    path: '/remote-signing',
    request: startRemoteSigningRequestSchema,
    response: remoteSigningStartSchema,
    retry: 'never',
    summary: 'Ask the holder to confirm on the signing SIM or in SmartCA',
    errors: [],
  },
  pollRemoteSigning: {
    method: 'GET',
    path: '/remote-signing/{requestId}',
    request: remoteSigningLookupSchema,
    response: remoteSigningStatusSchema,
    retry: 'safe',
    summary: 'Status of a remote-signing request',
    errors: ['not-found'],
  },
  cancelRemoteSigning: {
    method: 'POST',
    path: '/remote-signing/cancel',
    request: remoteSigningLookupSchema,
    response: remoteSigningStatusSchema,
    retry: 'never',
    summary: 'Withdraw a pending remote-signing request',
    errors: ['not-found'],
  },
  startVneid: {
    method: 'POST',
    path: '/vneid/start',
    request: startVneidRequestSchema,
    response: vneidStartSchema,
    retry: 'never',
    summary: 'Start a VNeID sign-in',
    errors: [],
  },
  finishVneid: {
    method: 'POST',
    path: '/vneid/finish',
    request: finishVneidRequestSchema,
    response: accountSummarySchema,
    retry: 'never',
    summary: 'Finish a VNeID sign-in with the returned code and state',
    errors: ['state-invalid'],
  },
  searchProcedures: {
    method: 'GET',
    path: '/procedures',
    request: searchProceduresRequestSchema,
    response: procedureSearchResultSchema,
    retry: 'safe',
    summary: 'Search the procedure database, with filters, facet counts and paging',
    errors: [],
  },
  getProcedure: {
    method: 'GET',
    path: '/procedures/{code}',
    request: procedureLookupSchema,
    response: procedureSchema,
    retry: 'safe',
    summary: 'One procedure by its code',
    errors: ['not-found'],
  },
  createDossier: {
    method: 'POST',
    path: '/dossiers',
    request: createDossierRequestSchema,
    response: dossierSchema,
    retry: 'idempotency-key',
    summary: "File a dossier for a procedure, with its online form's answers and documents when it has one",
    errors: ['conflict', 'invalid-input', 'unauthorized', 'not-found'],
  },
  getDossierStatus: {
    method: 'GET',
    path: '/dossiers/{code}',
    request: dossierLookupSchema,
    response: dossierSchema,
    retry: 'safe',
    summary: 'A dossier and its status',
    errors: ['not-found'],
  },
  createPayment: {
    method: 'POST',
    path: '/payments',
    request: createPaymentRequestSchema,
    response: paymentSchema,
    retry: 'idempotency-key',
    summary: "Start paying a dossier's fees",
    errors: ['not-found', 'already-paid', 'provider-unavailable', 'conflict'],
  },
  getPaymentStatus: {
    method: 'GET',
    path: '/payments/{transactionId}',
    request: paymentLookupSchema,
    response: paymentSchema,
    retry: 'safe',
    summary: 'Status of a payment',
    errors: ['not-found'],
  },
  getReceipts: {
    method: 'GET',
    path: '/payments/{transactionId}/receipts',
    request: paymentLookupSchema,
    response: receiptListSchema,
    retry: 'safe',
    summary: 'Electronic receipts of a payment, one per fee type',
    errors: ['not-found', 'conflict'],
  },
  submitSurvey: {
    method: 'POST',
    path: '/surveys',
    request: submitSurveyRequestSchema,
    response: surveyReceiptSchema,
    retry: 'never',
    summary: 'Rate how a dossier was handled',
    errors: ['not-found', 'already-rated'],
  },
  getProfile: {
    method: 'GET',
    path: '/accounts/{accountId}/profile',
    request: profileLookupSchema,
    response: profileSchema,
    retry: 'safe',
    summary: "The signed-in account holder's verified profile, to prefill forms with their consent",
    errors: ['not-found', 'unauthorized'],
  },
  uploadAttachment: {
    method: 'POST',
    path: '/attachments',
    request: uploadAttachmentRequestSchema,
    response: attachmentSchema,
    retry: 'never',
    summary: 'Upload one attachment as raw bytes; the server checks type, signature and size',
    errors: [],
    body: 'binary',
    maxBodyBytes: FEEDBACK_ATTACHMENTS.maxBytes,
  },
  submitFeedback: {
    method: 'POST',
    path: '/feedback',
    request: submitFeedbackRequestSchema,
    response: feedbackReceiptSchema,
    retry: 'never',
    summary: 'Send a feedback or complaint (phản ánh, kiến nghị) from a signed-in account',
    errors: ['unauthorized', 'captcha-wrong', 'captcha-expired', 'not-found'],
  },
  getFeedback: {
    method: 'GET',
    path: '/feedback/{reference}',
    request: feedbackLookupSchema,
    response: feedbackSchema,
    retry: 'safe',
    summary: 'Status and answers of a feedback, by its reference',
    errors: ['not-found'],
  },
  submitSupportRequest: {
    method: 'POST',
    path: '/support-requests',
    request: submitSupportRequestSchema,
    response: supportTicketSchema,
    retry: 'never',
    summary: 'Ask the support desk a question; returns the ticket reference',
    errors: ['captcha-wrong', 'captcha-expired', 'not-found'],
  },
} as const satisfies { [K in BackendCall]: Route<CallRequest<K>, CallResponse<K>> };

export const BACKEND_CALLS = Object.keys(routes) as BackendCall[];

/** Names of the `{param}` segments of a path. */
export const pathParams = (path: string): string[] => [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);

/** The path with its `{param}` segments filled from the request, each URL-encoded. */
export const fillPath = (path: string, request: Record<string, unknown>): string =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(request[name])));

/**
 * A GET's query string (with its `?`, or empty): the request's fields that are not in the path,
 * text as it is and anything else (numbers, booleans, objects) as JSON.
 */
export function queryString(path: string, request: Record<string, unknown>): string {
  const inPath = new Set(pathParams(path));
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(request)) {
    if (inPath.has(name) || value === undefined) continue;
    params.append(name, typeof value === 'string' ? value : JSON.stringify(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
