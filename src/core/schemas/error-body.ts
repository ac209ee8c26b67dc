/** The body of every failed call: `{ error: { code, ... } }`. */
import { documented } from './registry.js';
import { z } from './zod.js';

export const errorBodySchema = documented(
  z.object({
    error: z.object({
      /** A `DvcErrorCode`; clients treat an unknown code by the HTTP status. */
      code: z.string().check(z.minLength(1), z.maxLength(64)),
      /** Request fields that were refused, as dotted paths. */
      fields: z.optional(z.array(z.string())),
      /** Seconds to wait before trying again. */
      retryAfter: z.optional(z.number().check(z.minimum(0))),
      /** Tries left before a lock-out (one-time codes). */
      attemptsLeft: z.optional(z.int().check(z.minimum(0))),
    }),
  }),
  { id: 'ErrorBody' },
);

export type ErrorBody = z.infer<typeof errorBodySchema>;
