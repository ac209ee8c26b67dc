/**
 * How an element picks its language. @lit/localize keeps one active locale per page, so:
 * - the first element to connect starts the page in the language of its nearest `lang` (its own,
 *   or an ancestor's across shadow roots), else the session's;
 * - later, a change of a `lang` attribute that governs an element switches to that language, and
 *   so does an element connecting with a `lang` of its own;
 * - `setLocale()` switches explicitly.
 * One MutationObserver per document watches `lang` attributes.
 */
import { getLocale, setLocale, toLocale } from '../i18n/locale.js';
import type { Locale } from '../core/session.js';

const watchers = new Set<(changed: Element) => void>();
let observer: MutationObserver | undefined;
let started = false;

/** The locale of the nearest element with a supported `lang`, crossing shadow-root boundaries. */
export function langLocale(start: Element): Locale | undefined {
  let node: Node | null = start;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const locale = toLocale(node.getAttribute('lang'));
      if (locale) return locale;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

/** Whether `ancestor` is `element` or contains it, across shadow-root boundaries. */
function governs(ancestor: Element, element: Element): boolean {
  let node: Node | null = element;
  while (node) {
    if (node === ancestor) return true;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return false;
}

/** Switches the page's elements to `locale` when it is a change. */
export function follow(locale: Locale | undefined): void {
  if (locale && locale !== getLocale()) {
    setLocale(locale).catch((error: unknown) => {
      // The English text could not be fetched: the page stays in Vietnamese, the source language.
      console.warn('dvc-elements: could not switch the language', error);
    });
  }
}

/** Called when an element connects; returns the function that stops watching. */
export function connectLocale(element: Element, sessionLocale: Locale): () => void {
  if (!started) {
    started = true;
    follow(langLocale(element) ?? sessionLocale);
  } else if (element.hasAttribute('lang')) {
    follow(toLocale(element.getAttribute('lang')));
  }
  if (!observer) {
    observer = new MutationObserver((records) => {
      for (const { target } of records) if (target instanceof Element) watchers.forEach((watcher) => watcher(target));
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  const watcher = (changed: Element) => {
    if (governs(changed, element)) follow(langLocale(element));
  };
  watchers.add(watcher);
  return () => void watchers.delete(watcher);
}

/** An element's own `lang` changed (seen by the element, also inside shadow roots). */
export const ownLangChanged = (element: Element): void => follow(langLocale(element));
