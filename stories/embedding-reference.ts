/**
 * The reference tables of the Embedding page, read from the sources they describe so the page
 * cannot drift from the code: theme tokens from the shared token styles, parts and events from
 * custom-elements.json, HTTP routes from the backend's route table.
 */
import { getCustomElements } from '@storybook/web-components-vite';
import { tokens } from '../src/base/tokens.styles.js';
import { routes } from '../src/core/backend/routes.js';

export interface Token {
  name: string;
  fallback: string;
}

/** Every public `--dvc-*` property the elements read, with its default. */
export function themeTokens(): Token[] {
  const found = new Map<string, string>();
  for (const [, name, fallback] of tokens.cssText.matchAll(/var\((--dvc-[\w-]+),\s*([^)]*)\)/g)) found.set(name, fallback.trim());
  return [...found].map(([name, fallback]) => ({ name, fallback }));
}

interface Documented {
  name: string;
  description?: string;
}

interface ElementDoc {
  tagName: string;
  cssParts: Documented[];
  events: Documented[];
}

function elements(): ElementDoc[] {
  const found: ElementDoc[] = [];
  // The manifest the preview gave Storybook (custom-elements.json, generated before each build).
  const manifest = getCustomElements() as { modules: { declarations?: Record<string, unknown>[] }[] };
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (typeof declaration.tagName !== 'string') continue;
      found.push({
        tagName: declaration.tagName,
        cssParts: (declaration.cssParts as Documented[] | undefined) ?? [],
        events: (declaration.events as Documented[] | undefined) ?? [],
      });
    }
  }
  return found.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** Each element's documented parts, for `::part()` rules. */
export function elementParts(): { tagName: string; parts: Documented[] }[] {
  return elements()
    .filter((element) => element.cssParts.length)
    .map(({ tagName, cssParts }) => ({ tagName, parts: cssParts }));
}

/** Each event once, with the elements that fire it and what each says of its detail. */
export function eventTable(): { name: string; firedBy: { tagName: string; description: string }[] }[] {
  const byName = new Map<string, { tagName: string; description: string }[]>();
  for (const element of elements()) {
    for (const event of element.events) {
      const list = byName.get(event.name) ?? [];
      list.push({ tagName: element.tagName, description: event.description ?? '' });
      byName.set(event.name, list);
    }
  }
  return [...byName].sort(([a], [b]) => a.localeCompare(b)).map(([name, firedBy]) => ({ name, firedBy }));
}

/** The HTTP contract of `createHttpBackend`: one row per `DvcBackend` call. */
export function httpRoutes(): { call: string; method: string; path: string; summary: string; retry: string }[] {
  return Object.entries(routes).map(([call, route]) => ({
    call,
    method: route.method,
    path: route.path,
    summary: route.summary,
    retry: route.retry,
  }));
}

/** Splits manifest text at its `code` spans, for rendering them as code. */
export function codeSpans(text: string): { text: string; code: boolean }[] {
  return text.split('`').map((part, index) => ({ text: part, code: index % 2 === 1 }));
}
