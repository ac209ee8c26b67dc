export * from './attachment-policy.js';
export * from './file-signature.js';
