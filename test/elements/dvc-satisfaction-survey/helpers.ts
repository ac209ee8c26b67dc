import { expect, fixtureSync, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/elements/dvc-satisfaction-survey/define.js';
import type { DvcSatisfactionSurvey } from '../../../src/elements/dvc-satisfaction-survey/dvc-satisfaction-survey.js';
import type { DvcErrorSummary } from '../../../src/elements/dvc-error-summary/dvc-error-summary.js';

export const RESOLVED = '000.00.06.H56-231027-0361';
export const RATED = '000.00.06.H56-231027-0363';

let sandboxes = 0;
/** A demo backend of its own on the test server, so files running in parallel never meet. */
export const sandbox = () => `/api/sandbox/survey-${Date.now().toString(36)}-${++sandboxes}`;

/** Asks the sandbox's demo backend to fail the next survey submission(s). */
export async function injectFault(base: string, kind: 'timeout' | 'server' | 'malformed' | 'rate-limited', times = 1): Promise<void> {
  const response = await fetch(`${base}/_demo/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ call: 'submitSurvey', kind, times }),
  });
  expect(response.ok, `faults: HTTP ${response.status}`).to.equal(true);
}

/** Mounts a template and waits for every survey in it to render (no animation frame needed). */
export async function mount<T extends Element = DvcSatisfactionSurvey>(template: TemplateResult): Promise<T> {
  const root = fixtureSync<T>(template);
  const surveys = [
    ...(root.matches('dvc-satisfaction-survey') ? [root] : []),
    ...root.querySelectorAll('dvc-satisfaction-survey'),
  ] as DvcSatisfactionSurvey[];
  await Promise.all(surveys.map((survey) => survey.updateComplete));
  // A survey registers its error summary when it connects.
  if (surveys.length) await customElements.whenDefined('dvc-error-summary');
  return root;
}

export const shadow = (el: DvcSatisfactionSurvey): ShadowRoot => el.shadowRoot!;

/** The fieldsets, as a user reads them: legend text and option labels. */
export function questions(el: DvcSatisfactionSurvey) {
  return [...shadow(el).querySelectorAll<HTMLFieldSetElement>('fieldset')].map((fieldset) => ({
    fieldset,
    legend: fieldset.querySelector('legend')!.textContent!.replace(/\s+/g, ' ').trim(),
    options: [...fieldset.querySelectorAll('label')].map((label) => label.textContent!.trim()),
    inputs: [...fieldset.querySelectorAll('input')] as HTMLInputElement[],
    help: fieldset.querySelector('.help')?.textContent?.trim() ?? '',
    error: fieldset.querySelector('.error')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  }));
}

/** Clicks the answer labelled `text` in question `index` (0-based), as a user would. */
export async function answer(el: DvcSatisfactionSurvey, index: number, text: string): Promise<void> {
  const question = questions(el)[index];
  expect(question, `question ${index}`).to.not.equal(undefined);
  const label = [...question!.fieldset.querySelectorAll('label')].find((candidate) => candidate.textContent!.trim() === text);
  expect(label, `option "${text}" of question ${index + 1} (${question!.options.join(' / ')})`).to.not.equal(undefined);
  label!.click();
  await el.updateComplete;
}

/** Answers every required question with its first option. */
export async function answerAll(el: DvcSatisfactionSurvey, choice: 'first' | 'last' = 'first'): Promise<void> {
  for (const [index, question] of questions(el).entries()) {
    if (question.inputs[0]!.type === 'checkbox') continue;
    const options = question.options;
    await answer(el, index, choice === 'first' ? options[0]! : options[options.length - 1]!);
  }
}

export const submitButton = (el: DvcSatisfactionSurvey) => shadow(el).querySelector<HTMLButtonElement>('[part="submit"]')!;

export async function clickSubmit(el: DvcSatisfactionSurvey): Promise<void> {
  submitButton(el).click();
  await el.updateComplete;
}

export const summary = (el: DvcSatisfactionSurvey) => shadow(el).querySelector<DvcErrorSummary>('dvc-error-summary')!;

export const summaryLinks = (el: DvcSatisfactionSurvey) =>
  [...summary(el).shadowRoot!.querySelectorAll('a')].map((link) => link.textContent!.replace(/\s+/g, ' ').trim());

/** The polite live region of the whole survey. */
export const liveRegion = (el: DvcSatisfactionSurvey) => shadow(el).querySelector<HTMLElement>('.base > [role="status"]')!;

export const failureBox = (el: DvcSatisfactionSurvey) => shadow(el).querySelector<HTMLElement>('#failure')!;

export const resultPanel = (el: DvcSatisfactionSurvey) => shadow(el).querySelector<HTMLElement>('[part="result"]');

/** Waits until `check` holds, re-rendering first. */
export async function until(el: DvcSatisfactionSurvey, check: () => boolean, message: string, timeout = 8000): Promise<void> {
  await waitUntil(check, message, { timeout });
  await el.updateComplete;
}

/** Every event of `type` the target fires from now on. */
export function record<T = unknown>(target: EventTarget, type: string): T[] {
  const details: T[] = [];
  target.addEventListener(type, (event) => details.push((event as CustomEvent<T>).detail));
  return details;
}

/** The element that has focus, looking into shadow roots. */
export function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
