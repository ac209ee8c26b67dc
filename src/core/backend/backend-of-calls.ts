/**
 * A `DvcBackend` whose every method waits for the function that makes the calls: the shells whose
 * real code is fetched on demand (the HTTP backend, the script-tag bundle's demo backend).
 */
import type { CallRequest, CallResponse } from './routes.js';
import type { BackendCall, CallOptions, DvcBackend } from './types.js';

export type CallBackend = <K extends BackendCall>(name: K, request: CallRequest<K>, options?: CallOptions) => Promise<CallResponse<K>>;

/** Every call of the contract; the check below fails the typecheck when one is missing. */
export const CALL_NAMES = [
  'getCaptcha',
  'startRegistration',
  'resendOtp',
  'verifyOtp',
  'setPassword',
  'activateEmail',
  'extendRegistration',
  'createCertificateChallenge',
  'verifyCertificate',
  'startRemoteSigning',
  'pollRemoteSigning',
  'cancelRemoteSigning',
  'startVneid',
  'finishVneid',
  'createDossier',
  'searchProcedures',
  'getProcedure',
  'getDossierStatus',
  'createPayment',
  'getPaymentStatus',
  'getReceipts',
  'submitSurvey',
  'getProfile',
  'uploadAttachment',
  'submitFeedback',
  'getFeedback',
  'submitSupportRequest',
] as const satisfies readonly BackendCall[];

const complete: Exclude<BackendCall, (typeof CALL_NAMES)[number]> extends never ? true : never = true;
void complete;

export function backendOfCalls(load: () => Promise<CallBackend>): DvcBackend {
  const call = async <K extends BackendCall>(name: K, request: CallRequest<K>, options?: CallOptions): Promise<CallResponse<K>> =>
    (await load())(name, request, options);
  const method = (name: BackendCall) =>
    // `getCaptcha` is the one call without a request: its only argument is the options.
    name === 'getCaptcha'
      ? (options?: CallOptions) => call(name, {}, options)
      : (request: CallRequest<typeof name>, options?: CallOptions) => call(name, request, options);
  return Object.fromEntries(CALL_NAMES.map((name) => [name, method(name)])) as unknown as DvcBackend;
}
