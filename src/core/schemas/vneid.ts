/** VNeID sign-in: a redirect to the national e-ID, whose state and PKCE verifier stay on the server. */
import { handleSchema, returnUrlSchema, subjectSchema, timestampSchema } from './common.js';
import { documented } from './registry.js';
import { z } from './zod.js';

export const startVneidRequestSchema = documented(
  z.object({
    subject: subjectSchema,
    /** Where VNeID sends the browser back, with `code` and `state` in the query. */
    returnUrl: returnUrlSchema,
  }),
  { id: 'StartVneidRequest' },
);

export const vneidStartSchema = documented(
  z.object({ authorizationUrl: z.string().check(z.minLength(1), z.maxLength(4096)), expiresAt: timestampSchema }),
  { id: 'VneidStart', description: 'Send the browser to `authorizationUrl`.' },
);

export const finishVneidRequestSchema = documented(
  z.object({ code: z.string().check(z.regex(/^[A-Za-z0-9_-]{8,512}$/)), state: handleSchema }),
  { id: 'FinishVneidRequest', description: 'The `code` and `state` VNeID put on the return URL.' },
);

export type StartVneidRequest = z.infer<typeof startVneidRequestSchema>;
export type VneidStart = z.infer<typeof vneidStartSchema>;
export type FinishVneidRequest = z.infer<typeof finishVneidRequestSchema>;
