// The Content-Security-Policy the elements run under, as a page that embeds them would send it.
// Lit's styles are constructable stylesheets (adoptedStyleSheets), which style-src does not
// govern, so 'self' is enough; captcha images are data: URLs; Lit's templates go through its
// own Trusted Types policy, "lit-html".
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
  'report-uri /csp-report',
].join('; ');
