/**
 * One active locale for the library's elements on a page (@lit/localize runtime mode). The
 * English templates are imported statically: one small table, and no extra request or chunk, which
 * keeps the script-tag bundle a single file that strict CSP pages can load.
 */
import { configureLocalization } from '@lit/localize';
import { getDefaultSession, type Locale } from '../core/session.js';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import * as en from './generated/locales/en.js';

export const LOCALES: readonly Locale[] = [sourceLocale, ...targetLocales] as Locale[];

const localization = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: async () => en,
});

export const getLocale = (): Locale => localization.getLocale() as Locale;

/** Maps a BCP 47 tag to a supported locale: `vi-VN` → `vi`, `en-GB` → `en`, others → undefined. */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((locale) => locale === language);
}

/** Switches every element of the library on the page, and the default session, to `locale`. */
export async function setLocale(locale: Locale | string): Promise<void> {
  const supported = toLocale(locale);
  if (!supported) throw new RangeError(`dvc-elements: unsupported locale "${locale}" (use ${LOCALES.join(' or ')})`);
  getDefaultSession().setLocale(supported);
  if (getLocale() !== supported) await localization.setLocale(supported);
}
