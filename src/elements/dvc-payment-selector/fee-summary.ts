import type { FeeLine, FeeType } from '../../core/schemas/fees.js';

export interface FeeGroup {
  type: FeeType;
  lines: FeeLine[];
  subtotal: number;
}

/** Fee lines grouped as lệ phí then phí (each receipted on its own), with subtotals and the total. */
export function summariseFees(fees: readonly FeeLine[]): { groups: FeeGroup[]; total: number } {
  const order: FeeType[] = ['le-phi', 'phi'];
  const groups = order
    .map((type) => {
      const lines = fees.filter((line) => line.type === type);
      return { type, lines, subtotal: lines.reduce((sum, line) => sum + line.amount, 0) };
    })
    .filter((group) => group.lines.length > 0);
  return { groups, total: groups.reduce((sum, group) => sum + group.subtotal, 0) };
}
