/**
 * One active locale for the library's elements on a page (@lit/localize runtime mode). Each
 * module that shows text registers its own English templates (generated per module by
 * scripts/localize.mjs), so a bundle carries only the text of what it contains, with no extra
 * request or chunk: the script-tag bundle stays one file that strict-CSP pages can load.
 */
import { configureLocalization } from '@lit/localize';
import { getDefaultSession, type Locale } from '../core/session.js';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

export const LOCALES: readonly Locale[] = [sourceLocale, ...targetLocales] as Locale[];

/** Filled by `addTranslations`; @lit/localize keeps this object and reads it on every render. */
const english: { templates: Record<string, unknown> } = { templates: {} };

export function addTranslations(templates: Record<string, unknown>): void {
  Object.assign(english.templates, templates);
}

const localization = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: async () => english as Awaited<ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>>,
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
