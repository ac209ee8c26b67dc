/**
 * `createDemoBackend()`: the whole contract in memory, deterministic for a seed, for Storybook,
 * tests and `npm start` (which serves it over HTTP through the demo server). It "sends" its SMS
 * and emails to `inbox`, so a page or a test reads the one-time code the way a phone would, and
 * it can be told to be slow or to fail. Its fixed cases are listed in `DEMO_FIXTURES`.
 */
import { DvcError, toDvcError } from '../errors.js';
import { validate } from '../schemas/validate.js';
import { createContext, type DemoSettings, type InboxMessage, type OtpSettings } from './demo/context.js';
import { createDossierDesk, type DossierChange, type PaymentOutcome } from './demo/dossiers.js';
import { createFaultQueue, type DemoFault } from './demo/faults.js';
import { createFeedbackDesk, type FeedbackAnswer } from './demo/feedback.js';
import { DEMO_FIXTURES } from './demo/fixtures.js';
import { createProcedureDesk } from './demo/procedures.js';
import { createRandom } from './demo/random.js';
import { createRegistrationDesk } from './demo/registration.js';
import { createSigningDesk, type PendingSigningRequest } from './demo/signing.js';
import { createVneidDesk, type VneidConsent } from './demo/vneid.js';
import { routes, type CallRequest, type CallResponse } from './routes.js';
import { sleep } from './sleep.js';
import type { BackendCall, CallOptions, DvcBackend } from './types.js';
import type { Dossier } from '../schemas/dossier.js';
import type { Feedback } from '../schemas/feedback.js';
import type { Payment, Receipt } from '../schemas/payment.js';
import type { Procedure } from '../schemas/procedure.js';

export type { DemoFault, FaultKind } from './demo/faults.js';
export type { InboxMessage, OtpSettings } from './demo/context.js';
export type { PendingSigningRequest } from './demo/signing.js';
export type { VneidConsent } from './demo/vneid.js';
export type { DossierChange, PaymentOutcome } from './demo/dossiers.js';
export type { FeedbackAnswer } from './demo/feedback.js';

export interface DemoBackendOptions {
  /** Same seed, same captchas, codes and ids. Default `'dvc-demo'`. */
  seed?: string | number;
  /** The clock; default `Date.now`. Tests move it to reach expiry and lock-out. */
  now?: () => number;
  /** Delay before each answer: a fixed time, or drawn between `min` and `max`. Default 0. */
  latencyMs?: number | { min: number; max: number };
  /** Failures to play, in order. More can be added with `injectFault`. */
  faults?: DemoFault[];
  otp?: Partial<OtpSettings>;
  /** Lifetimes, in ms. */
  captchaValidMs?: number;
  activationValidMs?: number;
  /** How long an unfinished registration stays open without being extended. */
  registrationValidMs?: number;
  remoteSigningValidMs?: number;
  certificateChallengeValidMs?: number;
  vneidValidMs?: number;
  paymentValidMs?: number;
  /**
   * How long the stand-in provider takes to confirm a `delayed` payment; default 20 s, long enough
   * for a person (or a test on a slow machine) to see the pending state before it turns paid.
   */
  paymentConfirmDelayMs?: number;
  /** Provider ids that are down from the start (`provider-unavailable`); see `setProviderOutage`. */
  providerOutages?: readonly string[];
  /** The procedure database `searchProcedures` and `getProcedure` answer from; default none. */
  procedures?: readonly Procedure[];
  /** The stand-in pages, as the demo server serves them. */
  vneidAuthorizeUrl?: string;
  paymentPageUrl?: string;
  receiptBaseUrl?: string;
}

export interface DemoBackend extends DvcBackend {
  /** Resolves once the demo can answer the page-side controls below (at once, except in the script-tag bundle). */
  readonly ready: Promise<void>;
  /** Every message "sent", oldest first. */
  readonly inbox: readonly InboxMessage[];
  /** Calls back on every message from now on; returns the unsubscribe function. */
  onMessage(callback: (message: InboxMessage) => void): () => void;
  /** Remote-signing requests waiting for the holder's phone. */
  readonly pendingSigningRequests: readonly PendingSigningRequest[];
  /** The holder confirms on the phone. `not-found`, or `conflict` when no longer pending. */
  approveSigning(requestId: string): void;
  /** The holder declines on the phone. */
  rejectSigning(requestId: string): void;
  injectFault(fault: DemoFault): void;
  /** A demo's captcha answer, for tests and the demo page: the image is the only other way to read it. */
  captchaAnswer(captchaId: string): string | undefined;
  /** The stand-in VNeID page: what to show for a state (`state-invalid` when nothing is waiting). */
  vneidConsent(state: string): VneidConsent;
  /** The stand-in VNeID page's answer: the URL to send the browser back to. */
  vneidDecide(decision: { state: string; codeChallenge: string; approve: boolean }): string;
  /** The stand-in payment page is open: the payment is pending there. */
  openPaymentPage(transactionId: string): Payment;
  /**
   * The stand-in payment page's outcome: the URL to send the browser back to. A `delayed` payment
   * is confirmed `confirmDelayMs` later (default `paymentConfirmDelayMs`).
   */
  settlePayment(transactionId: string, outcome: PaymentOutcome, confirmDelayMs?: number): string;
  /** Takes a provider down (new payments refused, its page unavailable) or brings it back. */
  setProviderOutage(providerId: string, down: boolean): void;
  /** Whether the provider is down now. */
  providerDown(providerId: string): boolean;
  /** An issued receipt, for the receipt page. */
  receipt(number: string): { receipt: Receipt; transactionId: string; dossierCode: string } | undefined;
  /** The agency moves a dossier to another status (joins its timeline); `not-found`. */
  advanceDossier(code: string, change: DossierChange): Dossier;
  /** The agency moves a feedback on and may answer it; `not-found`. */
  answerFeedback(answer: FeedbackAnswer): Feedback;
}

const MINUTE = 60_000;

function settingsFrom(options: DemoBackendOptions): DemoSettings {
  return {
    otp: { length: 6, validMs: 5 * MINUTE, resendAfterMs: MINUTE, maxAttempts: 5, lockoutMs: 5 * MINUTE, ...options.otp },
    captchaValidMs: options.captchaValidMs ?? 5 * MINUTE,
    activationValidMs: options.activationValidMs ?? 24 * 60 * MINUTE,
    registrationValidMs: options.registrationValidMs ?? 20 * MINUTE,
    remoteSigningValidMs: options.remoteSigningValidMs ?? 2 * MINUTE,
    certificateChallengeValidMs: options.certificateChallengeValidMs ?? 5 * MINUTE,
    vneidValidMs: options.vneidValidMs ?? 10 * MINUTE,
    paymentValidMs: options.paymentValidMs ?? 15 * MINUTE,
    paymentConfirmDelayMs: options.paymentConfirmDelayMs ?? 20_000,
    providerOutages: options.providerOutages ?? [],
    vneidAuthorizeUrl: options.vneidAuthorizeUrl ?? '/api/_demo/vneid/authorize',
    paymentPageUrl: options.paymentPageUrl ?? '/api/_demo/pay',
    receiptBaseUrl: options.receiptBaseUrl ?? '/api/_demo/receipts',
  };
}

export function createDemoBackend(options: DemoBackendOptions = {}): DemoBackend {
  const now = options.now ?? (() => Date.now());
  const random = createRandom(options.seed ?? 'dvc-demo');
  const faults = createFaultQueue(options.faults);
  const inbox: InboxMessage[] = [];
  const listeners = new Set<(message: InboxMessage) => void>();

  const ctx = createContext({
    now,
    random,
    settings: settingsFrom(options),
    inboxSize: () => inbox.length,
    deliver(message) {
      inbox.push(message);
      for (const listener of [...listeners]) {
        try {
          listener(structuredClone(message));
        } catch (error) {
          // One broken listener must not stop delivery to the others, nor fail the call that sent it.
          queueMicrotask(() => {
            throw error;
          });
        }
      }
    },
  });
  const { existingAccount } = DEMO_FIXTURES;
  ctx.openAccount(`id:${existingAccount.idNumber}`, {
    subject: 'citizen',
    method: 'phone',
    displayName: existingAccount.fullName,
    phone: existingAccount.phone,
    id: existingAccount.accountId,
    verified: { birthDate: existingAccount.birthDate },
  });

  const signing = createSigningDesk(ctx);
  const registration = createRegistrationDesk(ctx, signing.proofs);
  const vneid = createVneidDesk(ctx);
  const procedures = createProcedureDesk(options.procedures ?? []);
  const feedback = createFeedbackDesk(ctx);
  const dossiers = createDossierDesk(
    ctx,
    (code) => {
      try {
        return procedures.get({ code }).name;
      } catch {
        return undefined; // A procedure the demo's database does not hold keeps only its code.
      }
    },
    feedback.attachments,
  );

  const latency = (): number => {
    const { latencyMs = 0 } = options;
    return typeof latencyMs === 'number' ? latencyMs : latencyMs.min + random.int(latencyMs.max - latencyMs.min + 1);
  };

  /**
   * One call: wait the latency (abortable), play a pending fault, validate the request like a
   * server would, do the work, and hand back a copy so callers never hold the demo's own objects.
   */
  async function run<K extends BackendCall>(
    call: K,
    request: CallRequest<K>,
    callOptions: CallOptions | undefined,
    work: (input: CallRequest<K>) => CallResponse<K> | Promise<CallResponse<K>>,
  ): Promise<CallResponse<K>> {
    const signal = callOptions?.signal;
    try {
      await sleep(latency(), signal);
      faults.check(call);
      const input = validate(routes[call].request, request) as CallRequest<K>;
      const result = await work(input);
      signal?.throwIfAborted();
      return structuredClone(result);
    } catch (error) {
      if (signal?.aborted) throw new DvcError('aborted', { cause: error });
      throw toDvcError(error);
    }
  }

  return {
    ready: Promise.resolve(),
    get inbox() {
      return inbox.map((message) => structuredClone(message));
    },
    onMessage(callback) {
      listeners.add(callback);
      return () => void listeners.delete(callback);
    },
    get pendingSigningRequests() {
      return signing.pending();
    },
    approveSigning: (requestId) => signing.approve(requestId),
    rejectSigning: (requestId) => signing.reject(requestId),
    injectFault: (fault) => faults.add(fault),
    captchaAnswer: (captchaId) => ctx.captchaAnswer(captchaId),
    vneidConsent: (state) => vneid.consent(state),
    vneidDecide: (decision) => vneid.decide(decision),
    openPaymentPage: (transactionId) => structuredClone(dossiers.openPaymentPage(transactionId)),
    settlePayment: (transactionId, outcome, confirmDelayMs) => dossiers.settlePayment(transactionId, outcome, confirmDelayMs),
    setProviderOutage: (providerId, down) => dossiers.setProviderOutage(providerId, down),
    providerDown: (providerId) => dossiers.providerDown(providerId),
    receipt: (number) => structuredClone(dossiers.receipt(number)),
    advanceDossier: (code, change) => structuredClone(dossiers.advanceDossier(code, change)),
    answerFeedback: (answer) => structuredClone(feedback.answerFeedback(answer)),

    getCaptcha: (callOptions) => run('getCaptcha', {}, callOptions, () => ctx.issueCaptcha()),
    startRegistration: (request, callOptions) => run('startRegistration', request, callOptions, (input) => registration.start(input)),
    resendOtp: (request, callOptions) => run('resendOtp', request, callOptions, (input) => registration.resendOtp(input)),
    verifyOtp: (request, callOptions) => run('verifyOtp', request, callOptions, (input) => registration.verifyOtp(input)),
    setPassword: (request, callOptions) => run('setPassword', request, callOptions, (input) => registration.setPassword(input)),
    activateEmail: (request, callOptions) => run('activateEmail', request, callOptions, (input) => registration.activateEmail(input)),
    extendRegistration: (request, callOptions) => run('extendRegistration', request, callOptions, (input) => registration.extend(input)),
    createCertificateChallenge: (request, callOptions) =>
      run('createCertificateChallenge', request, callOptions, (input) => signing.createChallenge(input)),
    verifyCertificate: (request, callOptions) => run('verifyCertificate', request, callOptions, (input) => signing.verify(input)),
    startRemoteSigning: (request, callOptions) => run('startRemoteSigning', request, callOptions, (input) => signing.startRemote(input)),
    pollRemoteSigning: (request, callOptions) => run('pollRemoteSigning', request, callOptions, (input) => signing.poll(input)),
    cancelRemoteSigning: (request, callOptions) => run('cancelRemoteSigning', request, callOptions, (input) => signing.cancel(input)),
    startVneid: (request, callOptions) => run('startVneid', request, callOptions, (input) => vneid.start(input)),
    finishVneid: (request, callOptions) => run('finishVneid', request, callOptions, (input) => vneid.finish(input)),
    searchProcedures: (request, callOptions) => run('searchProcedures', request, callOptions, (input) => procedures.search(input)),
    getProcedure: (request, callOptions) => run('getProcedure', request, callOptions, (input) => procedures.get(input)),
    createDossier: (request, callOptions) => run('createDossier', request, callOptions, (input) => dossiers.createDossier(input)),
    getDossierStatus: (request, callOptions) => run('getDossierStatus', request, callOptions, (input) => dossiers.getDossier(input)),
    createPayment: (request, callOptions) => run('createPayment', request, callOptions, (input) => dossiers.createPayment(input)),
    getPaymentStatus: (request, callOptions) => run('getPaymentStatus', request, callOptions, (input) => dossiers.getPayment(input)),
    getReceipts: (request, callOptions) => run('getReceipts', request, callOptions, (input) => dossiers.getReceipts(input)),
    submitSurvey: (request, callOptions) => run('submitSurvey', request, callOptions, (input) => dossiers.submitSurvey(input)),
    getProfile: (request, callOptions) => run('getProfile', request, callOptions, (input) => ctx.profileOf(input.accountId)),
    uploadAttachment: (request, callOptions) => run('uploadAttachment', request, callOptions, (input) => feedback.upload(input)),
    submitFeedback: (request, callOptions) => run('submitFeedback', request, callOptions, (input) => feedback.submitFeedback(input)),
    getFeedback: (request, callOptions) => run('getFeedback', request, callOptions, (input) => feedback.getFeedback(input)),
    submitSupportRequest: (request, callOptions) =>
      run('submitSupportRequest', request, callOptions, (input) => feedback.submitSupportRequest(input)),
  };
}
