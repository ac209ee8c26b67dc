export interface VnDate {
  day: number;
  month: number;
  year: number;
}

/** Whether the day exists in the Gregorian calendar (31/04 does not; 29/02 only in leap years). */
export function isCalendarDate({ day, month, year }: VnDate): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= daysInMonth;
}
