/** `[from, to)`: the positions in a sorted string list of the entries that start with `prefix`. */
export function prefixRange(sorted: readonly string[], prefix: string): [number, number] {
  // Every entry with the prefix sorts between the prefix itself and the prefix followed by the
  // highest UTF-16 unit.
  return [lowerBound(sorted, prefix), lowerBound(sorted, `${prefix}\uffff`)];
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
