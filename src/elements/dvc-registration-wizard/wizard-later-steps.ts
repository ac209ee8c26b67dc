/**
 * The steps after the details: the code or the e-mail link, the password, the review and the
 * account created. None is shown before the server answers the details, so the wizard fetches
 * them while the citizen fills those in.
 */
export { renderEmailLink, renderOtp } from './wizard-confirm-contact.js';
export { passwordErrors, renderPasswordFields } from './wizard-password.js';
export { renderDone, renderReview, reviewRows } from './wizard-review.js';
