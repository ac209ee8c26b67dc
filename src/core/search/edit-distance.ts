/**
 * Whether two terms are at most one edit apart: one letter inserted, deleted or replaced, or two
 * neighbouring letters swapped (`dnag` → `dang`), the typos of fast typing on a phone.
 */
export function isWithinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const lengthDifference = a.length - b.length;
  if (lengthDifference > 1 || lengthDifference < -1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  if (lengthDifference === 1) return a.slice(start + 1) === b.slice(start);
  if (lengthDifference === -1) return a.slice(start) === b.slice(start + 1);
  if (a.slice(start + 1) === b.slice(start + 1)) return true;
  return a[start] === b[start + 1] && a[start + 1] === b[start] && a.slice(start + 2) === b.slice(start + 2);
}

/** Ids (positions) of the terms one edit away from `term`, the term itself excluded. */
export function oneEditNeighbours(terms: readonly string[], term: string): number[] {
  const neighbours: number[] = [];
  terms.forEach((candidate, id) => {
    if (candidate !== term && isWithinOneEdit(candidate, term)) neighbours.push(id);
  });
  return neighbours;
}
