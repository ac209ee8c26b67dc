/**
 * The 63 provinces before 1 July 2025 and the province each one is part of now, so an address
 * written the old way ("Tỉnh Bình Dương") still finds its province ("Thành phố Hồ Chí Minh").
 *
 * The mergers are those of Nghị quyết 202/2025/QH15 of the National Assembly (12 June 2025) on
 * the arrangement of provincial-level administrative units, in force from 1 July 2025. The
 * names and old codes are those of CCCD_PROVINCE_CODES; the new codes are those of PROVINCES.
 * The order of the commune codes in data/admin-units-2025/communes.csv confirms the table: each
 * commune kept the code of an old commune, and old commune codes run province by province
 * (test/core/address/old-provinces.test.ts checks this).
 */
import { CCCD_PROVINCE_CODES } from '../data/cccd-places.js';

/** Old three-digit province code → the two-digit code of the province it is part of since 2025. */
const MERGED_INTO: Readonly<Record<string, string>> = {
  '001': '01',
  '002': '08',
  '004': '04',
  '006': '19',
  '008': '08',
  '010': '15',
  '011': '11',
  '012': '12',
  '014': '14',
  '015': '15',
  '017': '25',
  '019': '19',
  '020': '20',
  '022': '22',
  '024': '24',
  '025': '25',
  '026': '25',
  '027': '24',
  '030': '31',
  '031': '31',
  '033': '33',
  '034': '33',
  '035': '37',
  '036': '37',
  '037': '37',
  '038': '38',
  '040': '40',
  '042': '42',
  '044': '44',
  '045': '44',
  '046': '46',
  '048': '48',
  '049': '48',
  '051': '51',
  '052': '52',
  '054': '66',
  '056': '56',
  '058': '56',
  '060': '68',
  '062': '51',
  '064': '52',
  '066': '66',
  '067': '68',
  '068': '68',
  '070': '75',
  '072': '80',
  '074': '79',
  '075': '75',
  '077': '79',
  '079': '79',
  '080': '80',
  '082': '82',
  '083': '86',
  '084': '86',
  '086': '86',
  '087': '82',
  '089': '91',
  '091': '91',
  '092': '92',
  '093': '92',
  '094': '92',
  '095': '96',
  '096': '96',
};

export interface OldProvince {
  /** Three-digit code before 2025 (also the birth-place code of a CCCD). */
  code: string;
  /** Official name before 1 July 2025. */
  name: string;
  /** Code of the province it is part of since 1 July 2025. */
  provinceCode: string;
}

export const OLD_PROVINCES: readonly OldProvince[] = Object.freeze(
  Object.entries(CCCD_PROVINCE_CODES).map(([code, name]) => ({ code, name, provinceCode: MERGED_INTO[code] })),
);

/**
 * Other names people still write for a province: earlier official names and everyday ones.
 * `former` marks an official name that has changed (shown with a note), not a nickname.
 */
export const PROVINCE_ALIASES: readonly { name: string; provinceCode: string; former: boolean }[] = [
  // Tỉnh Thừa Thiên Huế became Thành phố Huế on 1 January 2025 (Nghị quyết 1314/NQ-UBTVQH15).
  { name: 'Tỉnh Thừa Thiên Huế', provinceCode: '46', former: true },
  { name: 'Sài Gòn', provinceCode: '79', former: false },
  { name: 'TP HCM', provinceCode: '79', former: false },
  { name: 'TPHCM', provinceCode: '79', former: false },
];
