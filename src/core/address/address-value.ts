/** A structured Vietnamese address of the 2025 units, its schema, and the one-line forms of it. */
import { PROVINCES } from '../data/provinces.js';
import { z } from '../schemas/zod.js';

export interface AddressValue {
  /** Two-digit province code, or '' while none is chosen. */
  provinceCode: string;
  /** Five-digit commune code, or ''. */
  communeCode: string;
  /** House number, lane or alley ("12", "Ngõ 5"). */
  houseNumber: string;
  /** Street, hamlet or residential group ("Lê Lợi", "Thôn Đông"). */
  street: string;
}

export const EMPTY_ADDRESS: AddressValue = Object.freeze({ provinceCode: '', communeCode: '', houseNumber: '', street: '' });

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

/** House number and street as one line: "12 Lê Lợi". */
export const addressLine = ({ houseNumber, street }: Pick<AddressValue, 'houseNumber' | 'street'>): string =>
  [houseNumber.trim(), street.trim()].filter(Boolean).join(' ');

/** The address as it is written on a form: line, commune, province, comma-separated. */
export const formatAddress = (line: string, communeName: string | undefined, provinceName: string | undefined): string =>
  [line, communeName, provinceName].filter(Boolean).join(', ');

const HOUSE_NUMBER_FIRST = /^(?:(?:số|so|sn)\.?\s*)?(\d[\p{L}\p{N}/-]*)(?:\s*,\s*|\s+)(\S.*)$/iu;

/** Splits "Số 12 Lê Lợi" into house number "12" and street "Lê Lợi"; a line without a leading number is all street. */
export function splitAddressLine(line: string): Pick<AddressValue, 'houseNumber' | 'street'> {
  const match = HOUSE_NUMBER_FIRST.exec(line.trim());
  return match ? { houseNumber: match[1], street: match[2].trim() } : { houseNumber: '', street: line.trim() };
}
