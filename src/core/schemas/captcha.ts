import { handleSchema, timestampSchema } from './common.js';
import { documented } from './registry.js';
import { z } from './zod.js';

export const captchaChallengeSchema = documented(
  z.object({
    id: handleSchema,
    /** An SVG image as a data URL, to show in an `<img>`. */
    image: z.string().check(z.startsWith('data:image/svg+xml')),
    expiresAt: timestampSchema,
  }),
  { id: 'CaptchaChallenge', description: 'A captcha (mã xác thực) to show; the answer is compared without letter case.' },
);

export type CaptchaChallenge = z.infer<typeof captchaChallengeSchema>;
