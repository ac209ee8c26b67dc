/**
 * Identities the demo invents: who holds a signing SIM or a SmartCA account, and what a
 * procedure costs. Derived from the key by hashing, not from the seeded sequence, so the same
 * SIM number always belongs to the same person.
 */
import type { FeeLine } from '../../schemas/fees.js';
import { hash32 } from './random.js';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const GIVEN = [
  'An',
  'Bình',
  'Chi',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hương',
  'Khánh',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Phúc',
  'Quân',
  'Sơn',
  'Trang',
  'Tuấn',
];

export interface DemoPerson {
  fullName: string;
  /** A well-formed CCCD number (Hà Nội, born 1960–1999). */
  idNumber: string;
}

export function personFor(key: string): DemoPerson {
  const hash = hash32(key);
  const female = hash % 2 === 1;
  const fullName = `${FAMILY[hash % FAMILY.length]} ${female ? 'Thị' : 'Văn'} ${GIVEN[(hash >>> 8) % GIVEN.length]}`;
  const birthYear = 60 + ((hash >>> 4) % 40);
  const serial = String((hash >>> 3) % 1_000_000).padStart(6, '0');
  return { fullName, idNumber: `001${female ? 1 : 0}${birthYear}${serial}` };
}

/**
 * What filing a procedure costs in the demo: a quarter of procedures are free, the rest have a
 * lệ phí and some also a phí.
 */
export function feesFor(procedureCode: string): FeeLine[] {
  const hash = hash32(procedureCode);
  if (hash % 4 === 0) return [];
  const fees: FeeLine[] = [
    { type: 'le-phi', code: `LP-${procedureCode}`, name: 'Lệ phí giải quyết thủ tục hành chính', amount: (1 + (hash % 10)) * 10_000 },
  ];
  if ((hash >>> 5) % 3 === 0) {
    fees.push({ type: 'phi', code: `P-${procedureCode}`, name: 'Phí thẩm định hồ sơ', amount: (1 + ((hash >>> 9) % 4)) * 50_000 });
  }
  return fees;
}
