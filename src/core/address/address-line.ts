/**
 * A structured Vietnamese address of the 2025 units and the one-line forms of it, without its
 * schema: code that shows or edits an address needs none of zod.
 */
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
