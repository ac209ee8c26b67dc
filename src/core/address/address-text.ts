/**
 * Reading an address written as one line ("Số 1 Tràng Tiền, Phường Hoàn Kiếm, Thành phố Hà Nội"),
 * as a profile or an older system holds it, into the 2025 units. Addresses written before the
 * merger ("…, Thành phố Thủ Dầu Một, Tỉnh Bình Dương") find their new province, with the old
 * name kept for a note; their commune is recognised when its name is still in force there.
 */
import { foldVietnamese } from '../identifiers/fold.js';
import type { CommuneIndex } from './commune-search.js';
import { recognizeProvince, WHOLE_NAME } from './province-search.js';

export interface RecognizedAddress {
  provinceCode: string;
  communeCode: string;
  /** What came before the administrative units: house number and street. */
  line: string;
  /** The pre-2025 (or earlier official) province name the text used, when the province is now called otherwise. */
  formerProvinceName?: string;
}

/** A part that names an administrative unit of any level, old or new. */
const UNIT_PART = /^(?:(?:phuong|xa|thi tran|thi xa|quan|huyen|thanh pho|tinh|dac khu)(?:\s|$)|(?:p|x|q|h|tp|tt|tx)\.\s*|(?:tp|tt|tx)\s)/;

/** The province, commune and line of `text`, or undefined when no province is named in it. */
export function recognizeAddress(text: string, communes: CommuneIndex): RecognizedAddress | undefined {
  const parts = text
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
  for (let last = parts.length - 1; last >= 0; last -= 1) {
    const province = recognizeProvince(parts[last]);
    if (!province) continue;
    const provinceCode = province.province.code;
    let communeCode = '';
    let firstUnit = last;
    for (let index = last - 1; index >= 0; index -= 1) {
      const [commune] = communes.search(parts[index], { provinceCode, limit: 1 });
      if (commune && commune.score < WHOLE_NAME) {
        communeCode = commune.unit.code;
        firstUnit = index;
        break;
      }
    }
    while (firstUnit > 0 && UNIT_PART.test(foldVietnamese(parts[firstUnit - 1]))) firstUnit -= 1;
    const recognized: RecognizedAddress = { provinceCode, communeCode, line: parts.slice(0, firstUnit).join(', ') };
    if (province.formerName) recognized.formerProvinceName = province.formerName;
    return recognized;
  }
  return undefined;
}
