/** A structured Vietnamese address of the 2025 units, its schema, and the one-line forms of it. */
import { PROVINCES } from '../data/provinces.js';
import { z } from '../schemas/zod.js';
import { EMPTY_ADDRESS, type AddressValue } from './address-line.js';

export { addressLine, EMPTY_ADDRESS, formatAddress, splitAddressLine, type AddressValue } from './address-line.js';

const provinceCodes = new Set(PROVINCES.map((province) => province.code));

/** What the `value` attribute of `<dvc-address-picker>` accepts; unknown fields are dropped. */
export const addressValueSchema = z.object({
  provinceCode: z.optional(
    z.string().check(z.refine((code) => code === '' || provinceCodes.has(code), { message: 'unknown province code' })),
  ),
  communeCode: z.optional(z.string().check(z.regex(/^(?:\d{5})?$/))),
  houseNumber: z.optional(z.string().check(z.maxLength(100))),
  street: z.optional(z.string().check(z.maxLength(200))),
});

/** Reads a value given as an object or as JSON; undefined when it is not a valid address. */
export function parseAddressValue(input: unknown): AddressValue | undefined {
  let data = input;
  if (typeof input === 'string') {
    if (input.trim() === '') return { ...EMPTY_ADDRESS };
    try {
      data = JSON.parse(input);
    } catch {
      return undefined;
    }
  }
  const parsed = addressValueSchema.safeParse(data);
  if (!parsed.success) return undefined;
  const value = { ...EMPTY_ADDRESS, ...parsed.data };
  // A commune means nothing without its province.
  return value.communeCode && !value.provinceCode ? undefined : value;
}
