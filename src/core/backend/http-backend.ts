/**
 * `DvcBackend` over JSON HTTP, built from the route table (see http-call.ts for validation,
 * retries and errors). The backend object is ready at once; the code behind its calls is
 * fetched as soon as it is created, beside the element's first render rather than before it.
 */
import { DvcError } from '../errors.js';
import type { HttpCall } from './http-call.js';
import type { CallRequest, CallResponse } from './routes.js';
import type { BackendCall, CallOptions, DvcBackend } from './types.js';

export interface HttpBackendOptions {
  /** Where the routes live, e.g. `https://api.example.gov.vn/dvc` or `/api`. */
  baseUrl: string;
  /** Default: the global `fetch`, looked up at call time. */
  fetch?: typeof fetch;
  /** Sent with every request (an API key, a CSRF token); a function is asked on every request. */
  headers?: Record<string, string> | (() => Record<string, string>);
  /** Budget of one call, retries and waits included. Default 15 000 ms. */
  timeoutMs?: number;
  /** Tries of a retryable call, the first included. Default 3. */
  maxAttempts?: number;
  /** Wait before the first retry, doubled for each next one, unless the server says Retry-After. Default 300 ms. */
  retryDelayMs?: number;
}

export function createHttpBackend(options: HttpBackendOptions): DvcBackend {
  let loading: Promise<HttpCall> | undefined;
  const load = (): Promise<HttpCall> => {
    loading ??= import('./http-call.js').then(
      ({ createHttpCall }) => createHttpCall(options),
      (cause: unknown) => {
        // A failed chunk fetch is a network failure; the next call tries again.
        loading = undefined;
        throw new DvcError('network', { cause });
      },
    );
    return loading;
  };
  load().catch(() => undefined);
  const call = async <K extends BackendCall>(name: K, request: CallRequest<K>, callOptions?: CallOptions): Promise<CallResponse<K>> =>
    (await load())(name, request, callOptions);

  return {
    getCaptcha: (callOptions) => call('getCaptcha', {}, callOptions),
    startRegistration: (request, callOptions) => call('startRegistration', request, callOptions),
    resendOtp: (request, callOptions) => call('resendOtp', request, callOptions),
    verifyOtp: (request, callOptions) => call('verifyOtp', request, callOptions),
    setPassword: (request, callOptions) => call('setPassword', request, callOptions),
    activateEmail: (request, callOptions) => call('activateEmail', request, callOptions),
    extendRegistration: (request, callOptions) => call('extendRegistration', request, callOptions),
    createCertificateChallenge: (request, callOptions) => call('createCertificateChallenge', request, callOptions),
    verifyCertificate: (request, callOptions) => call('verifyCertificate', request, callOptions),
    startRemoteSigning: (request, callOptions) => call('startRemoteSigning', request, callOptions),
    pollRemoteSigning: (request, callOptions) => call('pollRemoteSigning', request, callOptions),
    cancelRemoteSigning: (request, callOptions) => call('cancelRemoteSigning', request, callOptions),
    startVneid: (request, callOptions) => call('startVneid', request, callOptions),
    finishVneid: (request, callOptions) => call('finishVneid', request, callOptions),
    createDossier: (request, callOptions) => call('createDossier', request, callOptions),
    searchProcedures: (request, callOptions) => call('searchProcedures', request, callOptions),
    getProcedure: (request, callOptions) => call('getProcedure', request, callOptions),
    getDossierStatus: (request, callOptions) => call('getDossierStatus', request, callOptions),
    createPayment: (request, callOptions) => call('createPayment', request, callOptions),
    getPaymentStatus: (request, callOptions) => call('getPaymentStatus', request, callOptions),
    getReceipts: (request, callOptions) => call('getReceipts', request, callOptions),
    submitSurvey: (request, callOptions) => call('submitSurvey', request, callOptions),
    getProfile: (request, callOptions) => call('getProfile', request, callOptions),
    uploadAttachment: (request, callOptions) => call('uploadAttachment', request, callOptions),
    submitFeedback: (request, callOptions) => call('submitFeedback', request, callOptions),
    getFeedback: (request, callOptions) => call('getFeedback', request, callOptions),
    submitSupportRequest: (request, callOptions) => call('submitSupportRequest', request, callOptions),
  };
}
