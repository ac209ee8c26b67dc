import { fixtureSync, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/elements/dvc-address-picker/define.js';
import type { DvcAddressPicker } from '../../../src/elements/dvc-address-picker/dvc-address-picker.js';

export type Field = 'province' | 'commune';

/** Renders `template` and waits until the picker in it has its communes (or failed to load them). */
export async function mount<T extends HTMLElement = DvcAddressPicker>(template: TemplateResult): Promise<T> {
  const root = fixtureSync<T>(template);
  const picker = (root.localName === 'dvc-address-picker' ? root : root.querySelector('dvc-address-picker')) as DvcAddressPicker;
  await picker.updateComplete;
  await communesSettled(picker);
  return root;
}

/** Waits until the commune list is loaded or has failed. */
export const communesSettled = (picker: DvcAddressPicker) =>
  waitUntil(() => !picker.shadowRoot!.querySelector('.loading'), 'the communes did not load', { timeout: 8000 });

export const input = (picker: DvcAddressPicker, field: Field): HTMLInputElement =>
  picker.shadowRoot!.querySelector<HTMLInputElement>(`#${field}-input`)!;

/** The light-DOM house-number and street inputs. */
export const lineInput = (picker: DvcAddressPicker, slot: 'house' | 'street'): HTMLInputElement =>
  picker.querySelector<HTMLInputElement>(`:scope > input[slot="${slot}"]`)!;

/** The options shown for a field, as text (name and detail). */
export const options = (picker: DvcAddressPicker, field: Field): string[] =>
  [...picker.shadowRoot!.querySelectorAll<HTMLElement>(`#${field}-listbox [role="option"]`)].map((option) =>
    [...option.children].map((part) => part.textContent!.trim()).join(' '),
  );

export const listbox = (picker: DvcAddressPicker, field: Field): HTMLElement =>
  picker.shadowRoot!.querySelector<HTMLElement>(`#${field}-listbox`)!;

/** The option `aria-activedescendant` points at, as text. */
export function activeOption(picker: DvcAddressPicker, field: Field): string | null {
  const id = input(picker, field).getAttribute('aria-activedescendant');
  if (!id) return null;
  return picker.shadowRoot!.getElementById(id)!.querySelector('.option-name')!.textContent!.trim();
}

export const error = (picker: DvcAddressPicker, field: Field): HTMLElement =>
  picker.shadowRoot!.querySelector<HTMLElement>(`#${field}-error`)!;

export const provinceNote = (picker: DvcAddressPicker): HTMLElement => picker.shadowRoot!.querySelector<HTMLElement>('#province-note')!;

export const liveRegion = (picker: DvcAddressPicker): HTMLElement => picker.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!;

/** Waits until the live region says `text`. */
export async function announced(picker: DvcAddressPicker, text: string): Promise<void> {
  await waitUntil(
    () => liveRegion(picker).textContent!.trim() === text,
    `expected the announcement "${text}", got "${liveRegion(picker).textContent!.trim()}"`,
    { timeout: 4000 },
  );
}

/** Every event of `type` from now on. */
export function record<T = unknown>(target: EventTarget, type: string): T[] {
  const details: T[] = [];
  target.addEventListener(type, (event) => details.push((event as CustomEvent<T>).detail));
  return details;
}
