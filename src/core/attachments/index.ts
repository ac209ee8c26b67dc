export * from './attachment-policy.js';
export * from './check-attachment.js';
export * from './file-signature.js';
