/** Failures a demo or a test asks for: the next `times` calls of one method (or any) fail this way. */
import { DvcError } from '../../errors.js';
import type { BackendCall } from '../types.js';

export const FAULT_KINDS = ['timeout', 'server', 'malformed', 'rate-limited'] as const;

export type FaultKind = (typeof FAULT_KINDS)[number];

export interface DemoFault {
  /** The method to fail, or `*` for whichever is called next. */
  call: BackendCall | '*';
  kind: FaultKind;
  /** How many calls fail; default 1. */
  times?: number;
}

/**
 * The error each fault throws. Over HTTP the demo server turns it into the real thing: a
 * response that never comes, a 500, a body that is not JSON, a 429 with Retry-After.
 */
const ERRORS: Record<FaultKind, () => DvcError> = {
  timeout: () => new DvcError('timeout'),
  server: () => new DvcError('server', { status: 500 }),
  malformed: () => new DvcError('malformed-response'),
  'rate-limited': () => new DvcError('rate-limited', { status: 429, retryAfter: 1 }),
};

export function createFaultQueue(initial: readonly DemoFault[] = []) {
  const pending = initial.map((fault) => ({ ...fault, left: fault.times ?? 1 }));
  return {
    add(fault: DemoFault) {
      pending.push({ ...fault, left: fault.times ?? 1 });
    },
    /** Throws the first pending fault that applies to `call`, using up one of its times. */
    check(call: BackendCall) {
      const fault = pending.find((candidate) => candidate.left > 0 && (candidate.call === call || candidate.call === '*'));
      if (fault === undefined) return;
      fault.left -= 1;
      throw ERRORS[fault.kind]();
    },
  };
}
