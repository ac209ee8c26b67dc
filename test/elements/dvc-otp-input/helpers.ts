import { fixtureSync, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { DvcOtpInput } from '../../../src/elements/dvc-otp-input/dvc-otp-input.js';

/** The native text field the element created (or adopted). */
export const inputOf = (element: DvcOtpInput): HTMLInputElement => element.querySelector<HTMLInputElement>(':scope > input[slot="input"]')!;

/** A light-DOM part by slot name (`label`, `hint`, `error`, `countdown`, `attempts`). */
export const part = (element: DvcOtpInput, slot: string): HTMLElement => element.querySelector<HTMLElement>(`:scope > [slot="${slot}"]`)!;

/** The boxes as drawn: their characters, and which is active / selected. */
export function boxes(element: DvcOtpInput) {
  const all = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.box')];
  return {
    all,
    chars: all.map((box) => box.querySelector('.char')!.textContent),
    active: all.findIndex((box) => box.classList.contains('active')),
    selected: all.flatMap((box, index) => (box.classList.contains('selected') ? [index] : [])),
    caret: all.findIndex((box) => box.querySelector('.caret')),
  };
}

/** The polite live region. */
export const liveRegion = (element: DvcOtpInput): HTMLElement => element.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!;

/** Waits until the live region says `text`. */
export async function announced(element: DvcOtpInput, text: string, timeout = 4000): Promise<void> {
  await waitUntil(
    () => liveRegion(element).textContent!.trim() === text,
    `expected the announcement "${text}", got "${liveRegion(element).textContent!.trim()}"`,
    { timeout },
  );
}

/** Pastes `text` into the element's input as the clipboard would, at its current selection. */
export function paste(element: DvcOtpInput, text: string): ClipboardEvent {
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true, composed: true });
  inputOf(element).dispatchEvent(event);
  return event;
}

/** Every event of `type` the element fires from now on. */
export function record<T = unknown>(target: EventTarget, type: string): T[] {
  const details: T[] = [];
  target.addEventListener(type, (event) => details.push((event as CustomEvent<T>).detail));
  return details;
}

/** The resend button in the shadow root, when shown. */
export const resendButton = (element: DvcOtpInput): HTMLButtonElement | null =>
  element.shadowRoot!.querySelector<HTMLButtonElement>('[part="resend-button"]');

/** The visible note under the resend button ("new code sent", or why it failed). */
export const resendNote = (element: DvcOtpInput): HTMLElement => element.shadowRoot!.querySelector<HTMLElement>('#resend-note')!;

/** Whether `element` is shown (not hidden by the attribute). */
export const shown = (element: Element | null): boolean =>
  Boolean(element) && !(element as HTMLElement).hidden && (element as HTMLElement).getClientRects().length > 0;

/**
 * `fixture()` for a template whose root is not the element (a form, a wrapper): waits for the
 * elements' first render instead of an animation frame, which a background tab never gets when
 * the runner has several test files open at once.
 */
export async function mount<T extends Element>(template: TemplateResult): Promise<T> {
  const root = fixtureSync<T>(template);
  const elements = [...(root.matches('dvc-otp-input') ? [root] : []), ...root.querySelectorAll('dvc-otp-input')] as DvcOtpInput[];
  await Promise.all(elements.map((element) => element.updateComplete));
  return root;
}
