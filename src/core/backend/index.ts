/** The backend contract and its implementations. The demo server (Node only) is not exported here. */
export type { DvcBackend, CallOptions, BackendCall } from './types.js';
export { routes, BACKEND_CALLS, type Route, type RetryPolicy, type CallRequest, type CallResponse } from './routes.js';
export { createHttpBackend, type HttpBackendOptions } from './http-backend.js';
export {
  createDemoBackend,
  type DemoBackend,
  type DemoBackendOptions,
  type DemoFault,
  type FaultKind,
  type InboxMessage,
  type OtpSettings,
  type PendingSigningRequest,
  type VneidConsent,
  type PaymentOutcome,
} from './demo-backend.js';
export { DEMO_FIXTURES } from './demo/fixtures.js';
export type { SignatureProvider, SignedChallenge } from './signature-provider.js';
export { createDemoSignatureProvider, DEMO_TOKEN_PIN, type DemoSignatureProviderOptions } from './demo-signature-provider.js';
export { buildOpenApi } from './openapi.js';
