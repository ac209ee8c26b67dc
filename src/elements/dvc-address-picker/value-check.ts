/**
 * The check of a given `value` (its schema, with zod) and the province names that show it,
 * fetched at connect: typing and choosing need neither.
 */
export { parseAddressValue } from '../../core/address/address-value.js';
export { provinceByCode } from '../../core/address/province-by-code.js';
