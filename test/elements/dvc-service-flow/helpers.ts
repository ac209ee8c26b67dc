import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/dvc-service-flow/define.js';
import type { DvcServiceFlow } from '../../../src/elements/dvc-service-flow/dvc-service-flow.js';
import type { Procedure } from '../../../src/core/schemas/procedure.js';
import type { Session } from '../../../src/core/session.js';

/** A procedure of the sample database that has a lệ phí and a phí in the demo. */
export const PROCEDURE: Procedure = {
  code: '1.000757',
  name: 'Cấp lại thẻ căn cước (thực hiện tại cấp trung ương)',
  sector: 'Cấp, quản lý căn cước',
  agency: 'Cục cảnh sát quản lý hành chính về trật tự, xã hội',
  levels: ['Cấp bộ'],
  online: true,
  subjects: ['Công dân Việt Nam'],
  type: 'TTHC được giao luật quy định chi tiết',
};

export const ACCOUNT = { id: 'acc-1', subject: 'citizen' as const, method: 'vneid' as const, displayName: 'Lê Thị Hoa' };

let sandboxes = 0;
export const sandbox = () => `/api/sandbox/flow-${Date.now().toString(36)}-${++sandboxes}`;

export async function mountFlow(
  options: { id?: string; base?: string; steps?: string; procedure?: string; store?: Session; manageTitle?: boolean } = {},
) {
  return fixture<DvcServiceFlow>(
    html`<dvc-service-flow
      id=${options.id ?? `flow-${++sandboxes}`}
      backend=${options.base ?? sandbox()}
      steps=${options.steps ?? ''}
      procedure=${options.procedure ?? ''}
      ?manage-title=${options.manageTitle ?? false}
      .store=${options.store}
    ></dvc-service-flow>`,
  );
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);
export const normalise = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
export const heading = (el: DvcServiceFlow) => normalise($(el, 'h2')!.textContent);

export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export async function atStep(el: DvcServiceFlow, step: string, timeout = 5000) {
  await waitUntil(() => el.step === step, `expected step ${step}, at ${el.step}`, { timeout });
  await el.updateComplete;
}

/** A child's event, as the child fires it (bubbling, composed). */
export function childEvent(child: Element, name: string, detail: unknown) {
  child.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: true }));
}

export function button(el: DvcServiceFlow, text: string): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find(
    (candidate) => normalise(candidate.textContent) === text,
  );
  expect(found, `button "${text}"`).to.not.equal(undefined);
  return found!;
}

export function record<T = unknown>(el: EventTarget, name: string): T[] {
  const seen: T[] = [];
  el.addEventListener(name, (event) => seen.push((event as CustomEvent<T>).detail));
  return seen;
}

export function clearFlowStorage() {
  for (let index = sessionStorage.length - 1; index >= 0; index -= 1) {
    const name = sessionStorage.key(index);
    if (name?.startsWith('dvc-')) sessionStorage.removeItem(name);
  }
}

export async function demoPost(base: string, path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${base}/_demo/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.ok, `${path}: HTTP ${response.status}`).to.equal(true);
  return response.json();
}
