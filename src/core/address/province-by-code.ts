/** A province by its code, apart from the province search: showing a chosen province needs no search. */
import { PROVINCES, type Province } from '../data/provinces.js';

const byCode = new Map(PROVINCES.map((province) => [province.code, province]));

/** Looks a province up by its two-digit code. */
export const provinceByCode = (code: string): Province | undefined => byCode.get(code);
