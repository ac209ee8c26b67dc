import { ok, type Result } from '../result.js';
import { failWith } from './codes.js';
import { asciiPunctuation, normalizeText, toAsciiDigits } from './normalize.js';
import { isCalendarDate, type VnDate } from './calendar-date.js';

// The calendar check is a module of its own: a dossier code's date needs it without the rest.
export { isCalendarDate, type VnDate } from './calendar-date.js';

export interface VnDateOptions {
  /** Refuse dates after today (a date of birth, an issue date). Off by default. */
  rejectFuture?: boolean;
  /** "Today" for `rejectFuture`, in local time; defaults to now. */
  today?: Date;
}

const ordinal = ({ day, month, year }: VnDate): number => year * 10_000 + month * 100 + day;

/**
 * A date written the Vietnamese way, `dd/mm/yyyy`; also `d/m/yyyy` and `-` or `.` as the
 * separator (one kind per date). A two-digit year is refused: its century is a guess.
 */
export function parseVnDate(input: string, options: VnDateOptions = {}): Result<VnDate> {
  const text = asciiPunctuation(toAsciiDigits(normalizeText(input))).replace(/\s+/g, '');
  if (text === '') return failWith('date.required');
  const match = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(text);
  if (!match) return failWith('date.format');
  const date = { day: Number(match[1]), month: Number(match[3]), year: Number(match[4]) };
  if (!isCalendarDate(date)) return failWith('date.calendar');
  if (options.rejectFuture) {
    const today = options.today ?? new Date();
    if (ordinal(date) > ordinal({ day: today.getDate(), month: today.getMonth() + 1, year: today.getFullYear() })) {
      return failWith('date.future');
    }
  }
  return ok(date);
}

/** `dd/mm/yyyy`, the form the portal shows. */
export const formatVnDate = ({ day, month, year }: VnDate): string =>
  `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${String(year).padStart(4, '0')}`;

/** `yyyy-mm-dd`, the form requests and `<input type="date">` use. */
export const toIsoDate = ({ day, month, year }: VnDate): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
