/**
 * The script-tag bundle (`dist/dvc-elements.js`): registers every element the moment its tag is
 * on the page, fetching that element's code then, and exports what a page without a bundler needs.
 */
import { discover } from './autoload/discover.js';

export { discover };
export { setLocale } from './i18n/locale.js';
export { createSession, getDefaultSession } from './core/session.js';
export { createHttpBackend } from './core/backend/http-backend.js';
export { createDemoBackend } from './core/backend/demo-backend-on-demand.js';

// Failures are reported on the elements themselves (`dvc-error`).
if (globalThis.document) discover(document).catch(() => undefined);
