/**
 * zod/mini, configured once for every schema module: they import `z` from here, so this runs
 * before any schema is built. `jitless` keeps zod from compiling parsers with `new Function`,
 * which a strict Content-Security-Policy (no 'unsafe-eval') refuses and reports.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
