/** Where each element's code is: its `define.js`, which registers the tag once loaded. */

export type DvcTag = Extract<keyof HTMLElementTagNameMap, `dvc-${string}`>;

// Typed by every tag the elements declare, so an element missing here fails the typecheck.
export const ELEMENT_LOADERS: Record<DvcTag, () => Promise<unknown>> = {
  'dvc-address-picker': () => import('../elements/dvc-address-picker/define.js'),
  'dvc-dossier-form': () => import('../elements/dvc-dossier-form/define.js'),
  'dvc-dossier-status': () => import('../elements/dvc-dossier-status/define.js'),
  'dvc-error-summary': () => import('../elements/dvc-error-summary/define.js'),
  'dvc-feedback-form': () => import('../elements/dvc-feedback-form/define.js'),
  'dvc-otp-input': () => import('../elements/dvc-otp-input/define.js'),
  'dvc-payment-selector': () => import('../elements/dvc-payment-selector/define.js'),
  'dvc-procedure-search': () => import('../elements/dvc-procedure-search/define.js'),
  'dvc-profile-consent': () => import('../elements/dvc-profile-consent/define.js'),
  'dvc-registration-wizard': () => import('../elements/dvc-registration-wizard/define.js'),
  'dvc-satisfaction-survey': () => import('../elements/dvc-satisfaction-survey/define.js'),
  'dvc-service-flow': () => import('../elements/dvc-service-flow/define.js'),
  'dvc-support-request': () => import('../elements/dvc-support-request/define.js'),
};
