/** Dates of a dossier as the portal writes them: `dd/mm/yyyy`, times in Vietnam's time zone. */
import type { Locale } from '../../core/session.js';

const VIETNAM = 'Asia/Ho_Chi_Minh';

/** A calendar day `YYYY-MM-DD` as `dd/mm/yyyy` (no time zone involved: it is a day, not an instant). */
export function formatDay(isoDay: string): string {
  const [year, month, day] = isoDay.split('-');
  return `${day}/${month}/${year}`;
}

const parts = (date: Date, locale: Locale, options: Intl.DateTimeFormatOptions) =>
  Object.fromEntries(
    new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { timeZone: VIETNAM, hourCycle: 'h23', ...options })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );

/** An instant as `dd/mm/yyyy HH:mm`, in Vietnam's time. */
export function formatInstant(iso: string, locale: Locale): string {
  const { day, month, year, hour, minute } = parts(new Date(iso), locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  return `${day}/${month}/${year} ${hour}:${minute}`;
}

/** The day part of an instant, `dd/mm/yyyy`, in Vietnam's time. */
export function formatInstantDay(iso: string, locale: Locale): string {
  return formatInstant(iso, locale).slice(0, 10);
}

/** A time of day `HH:mm` on the reader's own clock (when the status was last checked). */
export function formatClock(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    date,
  );
}
