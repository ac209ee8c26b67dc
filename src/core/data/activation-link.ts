// Apart from the registration schemas, so the wizard reads activation links without loading zod.
/**
 * The query parameter that carries the token in a Vietnam Post activation link. The server builds
 * the link from the registration's `returnUrl`; the page that opens it passes the token to
 * `activateEmail`.
 */
export const ACTIVATION_LINK_PARAM = 'dvc-activation';
