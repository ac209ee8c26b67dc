/**
 * `createDemoBackend` of the script-tag bundle. The demo is a whole server in memory, which pages
 * that talk to a real one (through `createHttpBackend`) should not download: its code is fetched
 * when a demo backend is created. Calls wait for it; `inbox`, `onMessage`, `injectFault` and
 * `providerDown` answer at once; the other page-side controls need `await backend.ready` first.
 */
import { backendOfCalls, type CallBackend } from './backend-of-calls.js';
import type { DemoBackend, DemoBackendOptions, DemoFault, InboxMessage } from './demo-backend.js';
import { onDemand } from '../on-demand.js';

export function createDemoBackend(options: DemoBackendOptions = {}): DemoBackend {
  let demo: DemoBackend | undefined;
  // What the page did before the code arrived, handed over when it does.
  const faults: DemoFault[] = [...(options.faults ?? [])];
  const listeners = new Map<(message: InboxMessage) => void, () => void>();

  // A failed fetch of the code is a network failure; the next call tries again.
  const load = onDemand(() =>
    import('./demo-backend.js').then(({ createDemoBackend: create }) => {
      demo = create({ ...options, faults });
      for (const callback of listeners.keys()) listeners.set(callback, demo.onMessage(callback));
      return demo;
    }),
  );
  const ready = load().then(() => undefined);
  ready.catch(() => undefined);
  const calls: () => Promise<CallBackend> = async () => {
    const backend = await load();
    return (name, request, callOptions) => {
      const method = backend[name] as (...args: unknown[]) => Promise<never>;
      return name === 'getCaptcha' ? method(callOptions) : method(request, callOptions);
    };
  };
  const loaded = (): DemoBackend => {
    if (!demo) throw new Error('dvc-elements: the demo backend is still loading; await backend.ready first.');
    return demo;
  };

  return {
    ...backendOfCalls(calls),
    ready,
    get inbox() {
      return demo?.inbox ?? []; // Nothing can have been sent before the demo exists.
    },
    onMessage(callback) {
      listeners.set(callback, demo?.onMessage(callback) ?? (() => undefined));
      return () => {
        listeners.get(callback)?.();
        listeners.delete(callback);
      };
    },
    injectFault: (fault) => (demo ? demo.injectFault(fault) : void faults.push(fault)),
    providerDown: (providerId) => (demo ? demo.providerDown(providerId) : (options.providerOutages ?? []).includes(providerId)),
    get pendingSigningRequests() {
      return loaded().pendingSigningRequests;
    },
    approveSigning: (requestId) => loaded().approveSigning(requestId),
    rejectSigning: (requestId) => loaded().rejectSigning(requestId),
    captchaAnswer: (captchaId) => loaded().captchaAnswer(captchaId),
    vneidConsent: (state) => loaded().vneidConsent(state),
    vneidDecide: (decision) => loaded().vneidDecide(decision),
    openPaymentPage: (transactionId) => loaded().openPaymentPage(transactionId),
    settlePayment: (transactionId, outcome, confirmDelayMs) => loaded().settlePayment(transactionId, outcome, confirmDelayMs),
    setProviderOutage: (providerId, down) => loaded().setProviderOutage(providerId, down),
    receipt: (number) => loaded().receipt(number),
    advanceDossier: (code, change) => loaded().advanceDossier(code, change),
    answerFeedback: (answer) => loaded().answerFeedback(answer),
  };
}
