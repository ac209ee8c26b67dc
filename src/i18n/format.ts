/** Numbers, money and dates in the active locale's conventions (design.md §6). */
import type { Locale } from '../core/session.js';

const intlTag = (locale: Locale) => (locale === 'vi' ? 'vi-VN' : 'en-GB');

const moneyFormats = new Map<Locale, Intl.NumberFormat>();

/** `1.250.000 ₫` in Vietnamese, `₫1,250,000` in English. */
export function formatMoney(amount: number, locale: Locale): string {
  let format = moneyFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });
    moneyFormats.set(locale, format);
  }
  return format.format(amount);
}

/** `dd/mm/yyyy` in both locales, as Vietnamese forms use it. */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlTag(locale), { day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
}

/** A duration in minutes and seconds, e.g. `4:05`. */
export function formatCountdown(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
