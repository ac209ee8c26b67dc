/**
 * Phrases over name words: a phrase is a list of steps, each a term-id range `[from, to)` that
 * the word at that step must fall in (`steps = [from0, to0, from1, to1, ...]`).
 */

/** Whether the phrase starts at position `p` of a name that ends before `end`. */
export function phraseAt(tokenTerm: Uint32Array, p: number, end: number, steps: readonly number[]): boolean {
  const length = steps.length / 2;
  if (p + length > end) return false;
  for (let k = 0; k < length; k += 1) {
    const term = tokenTerm[p + k];
    if (term < steps[2 * k] || term >= steps[2 * k + 1]) return false;
  }
  return true;
}

/** Whether the name words `[start, end)` contain the phrase anywhere. */
export function hasPhrase(tokenTerm: Uint32Array, start: number, end: number, steps: readonly number[]): boolean {
  for (let p = start; p < end; p += 1) if (phraseAt(tokenTerm, p, end, steps)) return true;
  return false;
}
