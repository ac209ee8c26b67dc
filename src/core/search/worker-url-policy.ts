/**
 * Trusted Types for the search worker. A page under `require-trusted-types-for 'script'` refuses
 * `new Worker(url)` with a plain URL; the library then asks for a policy named `dvc-elements`
 * (allowed by `trusted-types dvc-elements`, or by a CSP that names no policies) that vouches for
 * the worker file and for nothing else.
 */
export const POLICY_NAME = 'dvc-elements';

interface ScriptUrlPolicy {
  createScriptURL(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(input: string): string }): ScriptUrlPolicy;
}

/** The policy's rule: the exact worker file, on the page's own origin; anything else is refused. */
export function onlyWorkerFile(workerUrl: string, pageOrigin: string | undefined): (input: string) => string {
  return (input) => {
    if (input !== workerUrl || new URL(input).origin !== pageOrigin)
      throw new TypeError(`The ${POLICY_NAME} policy starts only its search worker, not ${input}.`);
    return input;
  };
}

/** Created once per copy of the library; null without Trusted Types or when the page's CSP refuses the name. */
let policy: ScriptUrlPolicy | null | undefined;
let vouchedFor: string | undefined;

/** `workerUrl` as a TrustedScriptURL from the library's policy, or null when there is none. */
export function trustedWorkerUrl(workerUrl: string): unknown {
  if (policy === undefined) {
    vouchedFor = workerUrl;
    const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
    try {
      policy = factory?.createPolicy(POLICY_NAME, { createScriptURL: onlyWorkerFile(workerUrl, globalThis.location?.origin) }) ?? null;
    } catch {
      policy = null;
    }
  }
  return policy && workerUrl === vouchedFor ? policy.createScriptURL(workerUrl) : null;
}
