/** `dvc-elements/core`: the framework-agnostic state core. No Lit, no DOM access at import. */
export * from './result.js';
export * from './errors.js';
export type * from './events.js';
export * from './store.js';
export * from './session.js';
export * from './persist.js';
export * from './identifiers/index.js';
export * from './schemas/index.js';
export * from './backend/index.js';
export * from './search/index.js';
export * from './address/index.js';
export * from './attachments/index.js';
export * from './data/payment-providers.js';
export * from './dossier-forms/index.js';
