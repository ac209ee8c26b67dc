import { expect, fixtureSync, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/elements/dvc-procedure-search/define.js';
import type { DvcProcedureSearch } from '../../../src/elements/dvc-procedure-search/dvc-procedure-search.js';

export type Search = DvcProcedureSearch;

/** The real sample the test server serves from the repository root (2,642 records). */
export const DATASET = '/data/procedures.json';

/**
 * Mounts a template (the element itself or something holding it) without waiting for an
 * animation frame, which a background tab never gets, then waits for the element's first results
 * (or its failure).
 */
export async function mount<T extends Element = Search>(template: TemplateResult, { settle = true } = {}): Promise<T> {
  const root = fixtureSync<T>(template);
  const el = (root.matches('dvc-procedure-search') ? root : root.querySelector('dvc-procedure-search')) as Search;
  await el.updateComplete;
  if (settle) await settled(el);
  return root;
}

/** One element of the shadow root. */
export const $ = <E extends Element = HTMLElement>(el: Search, selector: string): E | null => el.shadowRoot!.querySelector<E>(selector);
export const $$ = <E extends Element = HTMLElement>(el: Search, selector: string): E[] => [...el.shadowRoot!.querySelectorAll<E>(selector)];

export const field = (el: Search): HTMLInputElement => $<HTMLInputElement>(el, '#search-input')!;
export const listbox = (el: Search): HTMLElement => $(el, '[role="listbox"]')!;
export const liveRegion = (el: Search): HTMLElement => $(el, '[role="status"]')!;
export const alertRegion = (el: Search): HTMLElement => $(el, '[role="alert"]')!;

const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The results as shown: their names. */
export const resultNames = (el: Search): string[] => $$(el, '.result-link').map(text);
/** The highlighted parts of each result's name. */
export const resultMarks = (el: Search): string[][] => $$(el, '.result-link').map((link) => [...link.querySelectorAll('mark')].map(text));
/** The visible suggestions (none while the list is closed). */
export const suggestionNames = (el: Search): string[] => (listbox(el).hidden ? [] : $$(el, '[role="option"] .option-name').map(text));
export const summary = (el: Search): string => text($(el, '.summary'));
export const textOf = text;

/** The checkbox of a filter value, found by its label text (without the count). */
export function checkbox(el: Search, legend: string, label: string): HTMLInputElement {
  const fieldset = $$(el, 'fieldset').find((candidate) => text(candidate.querySelector('legend')) === legend);
  if (!fieldset) throw new Error(`no filter "${legend}"`);
  const item = [...fieldset.querySelectorAll('li')].find((li) => text(li.querySelector('label')).replace(/\s*\([\d.,]+\)$/, '') === label);
  if (!item) throw new Error(`no option "${label}" in "${legend}"`);
  return item.querySelector('input')!;
}

/** A filter's options as shown: "label (count)". */
export function filterOptions(el: Search, legend: string): string[] {
  const fieldset = $$(el, 'fieldset').find((candidate) => text(candidate.querySelector('legend')) === legend);
  return fieldset ? [...fieldset.querySelectorAll('label')].map(text) : [];
}

/** The "remove filter" buttons' texts. */
export const appliedFilters = (el: Search): string[] => $$(el, '.chip').map(text);

/** A button in the shadow root by its text. */
export function button(el: Search, name: string | RegExp): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'button').find((candidate) =>
    typeof name === 'string' ? text(candidate) === name : name.test(text(candidate)),
  );
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

/** Whether the element is between searches, or its filters' counts are still to follow (private state read for waiting only). */
function busy(el: Search): boolean {
  const state = el as unknown as { _busy: boolean; _typingTimer?: unknown; _result: { facets: unknown } | null; _facets: unknown };
  return state._busy || state._typingTimer !== undefined || state._facets !== (state._result?.facets ?? null);
}

/** Waits until the element shows results, a failure, or nothing is left to do. */
export async function settled(el: Search, timeout = 8000): Promise<void> {
  await waitUntil(
    () => !busy(el) && ($(el, '.results') !== null || text(alertRegion(el)) !== '' || $(el, '.detail') !== null),
    'the element did not settle',
    {
      timeout,
    },
  );
  await el.updateComplete;
}

/** Waits for the next `dvc-search` event and the render after it. */
export async function nextSearch(el: Search, timeout = 8000): Promise<{ query: string; filters: Record<string, string[]>; total: number }> {
  const detail = await new Promise<{ query: string; filters: Record<string, string[]>; total: number }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no dvc-search event')), timeout);
    el.addEventListener(
      'dvc-search',
      (event) => {
        clearTimeout(timer);
        resolve(event.detail);
      },
      { once: true },
    );
  });
  await el.updateComplete;
  return detail;
}

/** Every event of `type` from now on. */
export function record<T = unknown>(target: EventTarget, type: string): T[] {
  const details: T[] = [];
  target.addEventListener(type, (event) => details.push((event as CustomEvent<T>).detail));
  return details;
}

/** The element focused inside the shadow root, if any. */
export const focused = (el: Search): Element | null => el.shadowRoot!.activeElement;

/** A fresh sandbox of the demo server the test runner mounts. */
export function sandbox(): { base: string; fault: (call: string, kind: string, times?: number) => Promise<void> } {
  const base = `/api/sandbox/s${crypto.randomUUID().replace(/-/g, '')}`;
  return {
    base,
    async fault(call, kind, times = 1) {
      const response = await fetch(`${base}/_demo/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ call, kind, times }),
      });
      if (!response.ok) throw new Error(`fault not injected: ${response.status}`);
    },
  };
}

/** A node as a short text for assertions: a DOM node in a failure report is too big to send back. */
export function describeNode(node: Element | null | undefined): string {
  if (!node) return 'nothing';
  const classes = typeof node.className === 'string' && node.className.trim() ? `.${node.className.trim().split(/\s+/).join('.')}` : '';
  return `<${node.localName}${node.id ? `#${node.id}` : ''}${classes}> ${text(node).slice(0, 80)}`;
}

/** Asserts `actual` is the node `expected`. */
export function expectSame(actual: Element | null | undefined, expected: Element | null | undefined): void {
  expect(describeNode(actual)).to.equal(describeNode(expected));
  expect(actual === expected, 'the same node').to.equal(true);
}

/** Asserts there is no such node. */
export function expectNone(actual: Element | null | undefined): void {
  expect(describeNode(actual)).to.equal('nothing');
}
