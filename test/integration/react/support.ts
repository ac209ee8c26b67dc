import { waitUntil } from '@open-wc/testing';
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { PaymentProvider } from '../../../src/core/data/payment-providers.js';
import type { FeeLine } from '../../../src/core/schemas/fees.js';

export const DOSSIER = '000.00.06.H56-231027-0362';

export const FEES: FeeLine[] = [
  { type: 'le-phi', code: 'LP-1', name: 'Lệ phí giải quyết thủ tục hành chính', amount: 50_000 },
  { type: 'phi', code: 'P-1', name: 'Phí thẩm định hồ sơ', amount: 100_000 },
];

export const PROVIDERS: PaymentProvider[] = [
  { id: 'vnpay', name: 'VNPAY', kind: 'qr' },
  { id: 'momo', name: 'MoMo', kind: 'e-wallet' },
];

const mounted: { root: Root; container: HTMLElement }[] = [];

/** Renders `ui` with React into a fresh container on the page. */
export function render(ui: ReactNode): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  root.render(ui);
  mounted.push({ root, container });
  return container;
}

export function unmountAll(): void {
  for (const { root, container } of mounted.splice(0)) {
    root.unmount();
    container.remove();
  }
}

/** The element React rendered, once it is upgraded and has rendered. */
export async function rendered<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  container: HTMLElement,
  selector: string,
): Promise<T> {
  // Some elements render into their light DOM: ask Lit whether the first render happened.
  await waitUntil(
    () => container.querySelector<HTMLElement & { hasUpdated?: boolean }>(selector)?.hasUpdated,
    `${selector} was not rendered`,
  );
  const el = container.querySelector<T>(selector)!;
  await el.updateComplete;
  return el;
}

/** Waits until `read()` returns `expected`, then returns it (for text React renders from state). */
export async function settled(read: () => string | null | undefined, expected: string): Promise<void> {
  await waitUntil(() => read() === expected, `expected "${expected}", got "${read()}"`, { timeout: 5000 });
}

export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const paymentRadio = (el: HTMLElement, id: string) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[type="radio"][value="${id}"]`)!;

/** The total row of the payment selector's fee table, with non-breaking spaces made plain. */
export const paymentTotal = (el: HTMLElement) => text([...el.shadowRoot!.querySelectorAll('tr')].at(-1)).replace(/\u00a0/g, ' ');
