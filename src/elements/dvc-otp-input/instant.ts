/** An instant as the attributes take it: ISO 8601 text, epoch milliseconds, or a `Date`. */
export type InstantInput = string | number | Date | null | undefined;

/**
 * Epoch milliseconds of `value`; `null` when there is none (empty or absent), `NaN` when it cannot
 * be read. Digits alone are epoch milliseconds; anything else must be an ISO 8601 date-time.
 */
export function parseInstant(value: InstantInput): number | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return Number.isFinite(value) ? value : Number.NaN;
  const text = String(value).trim();
  if (text === '') return null;
  if (/^\d+$/.test(text)) return Number(text);
  // Date.parse also reads loose formats ("1/2/2025") differently per browser: require ISO 8601.
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i.test(text)) return Number.NaN;
  return Date.parse(text);
}
