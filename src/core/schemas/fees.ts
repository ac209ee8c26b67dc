/**
 * Fee lines. Phí recovers the cost of a service, lệ phí is a fixed state charge; electronic
 * receipts are issued separately for each, so every line says which it is.
 */
import { vndAmountSchema } from './common.js';
import { documented } from './registry.js';
import { z } from './zod.js';

export const feeTypeSchema = documented(z.enum(['phi', 'le-phi']), { id: 'FeeType', description: '`phi` (phí) or `le-phi` (lệ phí).' });

export const feeLineSchema = documented(
  z.object({
    type: feeTypeSchema,
    code: z.string().check(z.regex(/^[A-Za-z0-9._-]{1,50}$/)),
    name: z.string().check(z.minLength(1), z.maxLength(500)),
    amount: vndAmountSchema,
  }),
  { id: 'FeeLine' },
);

export type FeeType = z.infer<typeof feeTypeSchema>;
export type FeeLine = z.infer<typeof feeLineSchema>;
