/** Vietnamese addresses in the 2025 administrative units: search, old names, structured values. */
export { OLD_PROVINCES, PROVINCE_ALIASES, type OldProvince } from './old-provinces.js';
export { searchProvinces, recognizeProvince, provinceByCode, type ProvinceMatch } from './province-search.js';
export { createCommuneIndex, type CommuneIndex } from './commune-search.js';
export { createUnitMatcher, type UnitMatch, type UnitName } from './unit-matcher.js';
export { recognizeAddress, type RecognizedAddress } from './address-text.js';
export {
  addressValueSchema,
  parseAddressValue,
  addressLine,
  formatAddress,
  splitAddressLine,
  EMPTY_ADDRESS,
  type AddressValue,
} from './address-value.js';
export { loadCommunes, parseCommunesData, type Commune, type CommuneKind } from '../data/communes.js';
export { PROVINCES, type Province } from '../data/provinces.js';
