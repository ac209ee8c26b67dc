/**
 * The element each step shows, registered when the journey reaches the step (and the next one
 * ahead of time): a page that runs only part of the journey never downloads the rest. Where a
 * page already registered them, as the full bundle does, these imports are instant.
 */
import type { FlowStep } from './flow-steps.js';

const loaders: Record<FlowStep, () => Promise<unknown>> = {
  search: () => import('../dvc-procedure-search/define.js'),
  account: () => import('../dvc-registration-wizard/define.js'),
  // The profile question, and the online form of procedures that have one.
  confirm: () => Promise.all([import('../dvc-profile-consent/define.js'), import('../dvc-dossier-form/define.js')]),
  pay: () => import('../dvc-payment-selector/define.js'),
  status: () => import('../dvc-dossier-status/define.js'),
  rate: () => import('../dvc-satisfaction-survey/define.js'),
};

const loaded = new Map<FlowStep, Promise<unknown>>();

/** Registers the element of `step`; a failed load is forgotten, so asking again retries it. */
export function loadStepElement(step: FlowStep): Promise<unknown> {
  let loading = loaded.get(step);
  if (!loading) {
    loading = loaders[step]().catch((error: unknown) => {
      loaded.delete(step);
      throw error;
    });
    loaded.set(step, loading);
  }
  return loading;
}
