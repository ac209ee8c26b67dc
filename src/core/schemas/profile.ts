/**
 * The citizen's verified profile ("declare once", Decree 45/2020 and the portal's own rule): what
 * the identity checks established, reused to prefill forms when the citizen agrees.
 */
import type { Profile } from '../session.js';
import { documented } from './registry.js';
import { z } from './zod.js';

const text = (description: string, example: string) =>
  documented(z.optional(z.string().check(z.minLength(1), z.maxLength(500))), { description, examples: [example] });

export const profileSchema = documented(
  z.object({
    fullName: text('Full name with diacritics.', 'Nguyễn Văn An'),
    birthDate: text('Date of birth, dd/mm/yyyy.', '15/05/1990'),
    idNumber: text('Personal identification number (CCCD).', '001090012345'),
    phone: text('Mobile number, 0xxxxxxxxx.', '0912345678'),
    email: text('Email address.', 'an.nguyen@example.vn'),
    address: text('Permanent or current address, one line.', 'Số 1 Tràng Tiền, Phường Hoàn Kiếm, Thành phố Hà Nội'),
  }),
  { id: 'Profile', description: 'What the identity checks established about the account holder; every field optional.' },
) satisfies z.ZodMiniType<Profile>;

/**
 * Which account's profile to read. A real server must also check that the signed-in session owns
 * this account: the id alone never authorises the read.
 */
export const profileLookupSchema = documented(z.object({ accountId: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,128}$/)) }), {
  id: 'ProfileLookup',
});

export type ProfileLookup = z.infer<typeof profileLookupSchema>;
