/**
 * One active locale for the library's elements on a page (@lit/localize runtime mode). Each
 * module that shows text registers a loader for its own English templates (generated per module
 * by scripts/localize.mjs): a bundle carries only the text of what it contains, and a page that
 * stays in Vietnamese, the source language, never downloads the English text at all.
 */
import { configureLocalization, LOCALE_STATUS_EVENT } from '@lit/localize';
import { getDefaultSession, type Locale } from '../core/session.js';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

export const LOCALES: readonly Locale[] = [sourceLocale, ...targetLocales] as Locale[];

type Templates = Record<string, unknown>;
/** A generated `en/<module>.ts`: imports that module's English templates on demand. */
export type TranslationsLoader = () => Promise<{ templates: Templates }>;

/** Filled as loaders resolve; @lit/localize keeps this object and reads it on every render. */
const english: { templates: Templates } = { templates: {} };
const pending = new Set<TranslationsLoader>();
/** Whether English was asked for: modules loaded after that (lazy chunks) load their text at once. */
let englishWanted = false;
/** The English text being fetched, until it is in. */
let loading: Promise<void> | undefined;

/**
 * Settles once the English text asked for is in (or could not be fetched); undefined when none is
 * awaited. Elements hold their render until then, so an English page never flashes Vietnamese.
 */
export const translationsLoading = (): Promise<void> | undefined => loading;

function track(work: Promise<void>): Promise<void> {
  const settled = work.catch(() => undefined);
  loading = settled;
  void settled.then(() => {
    if (loading === settled) loading = undefined;
  });
  return work;
}

/** Loads every registered loader not loaded yet, including any registered while waiting. */
async function loadPending(): Promise<void> {
  while (pending.size) {
    const batch = [...pending];
    pending.clear();
    let modules;
    try {
      modules = await Promise.all(batch.map((load) => load()));
    } catch (error) {
      for (const load of batch) pending.add(load);
      throw error;
    }
    for (const { templates } of modules) Object.assign(english.templates, templates);
  }
}

export function addTranslations(load: TranslationsLoader): void {
  pending.add(load);
  if (!englishWanted) return;
  // A module that arrived after the switch: once its text is in, its elements render again.
  track(loadPending()).then(
    () => {
      if (getLocale() === 'en') {
        window.dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail: { status: 'ready', readyLocale: 'en' } }));
      }
    },
    // Text that could not be fetched stays in Vietnamese; the next switch to English tries again.
    () => undefined,
  );
}

const localization = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: async () => {
    await loadPending();
    return english as Awaited<ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>>;
  },
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
  englishWanted = supported === 'en';
  if (getLocale() !== supported) await track(localization.setLocale(supported));
  else if (englishWanted) await track(loadPending());
}
