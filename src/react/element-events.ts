/**
 * Which events each element fires, as `on…` prop names for the React wrappers and as React 19's
 * own `on<event-name>` props in the JSX types. One list per element, read by both.
 */
import type { EventName } from '@lit/react';
import type { DvcEvent, DvcEventName } from '../core/events.js';

/** `dvc-otp-change` → `DvcOtpChange`. */
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

/** The wrapper props of some events: `onDvcOtpChange` for `dvc-otp-change`, with its typed event. */
export type WrapperEvents<N extends DvcEventName> = { [K in N as `on${Pascal<K>}`]: EventName<DvcEvent<K>> };

/** React 19's props for listening to custom element events: `ondvc-otp-change`. */
export type NativeEventProps<N extends DvcEventName> = { [K in N as `on${K}`]?: (event: DvcEvent<K>) => void };

export const ELEMENT_EVENTS = {
  'dvc-address-picker': ['dvc-address-change', 'dvc-validity', 'dvc-error'],
  'dvc-dossier-form': ['dvc-dossier-submit', 'dvc-dossier-complete', 'dvc-error'],
  'dvc-dossier-status': ['dvc-dossier-status-change', 'dvc-dossier-action', 'dvc-error'],
  'dvc-error-summary': [],
  'dvc-feedback-form': ['dvc-feedback-submit', 'dvc-feedback-complete', 'dvc-error'],
  'dvc-otp-input': ['dvc-otp-change', 'dvc-otp-complete', 'dvc-otp-resend', 'dvc-validity', 'dvc-error'],
  'dvc-payment-selector': ['dvc-payment-method-change', 'dvc-payment-submit', 'dvc-payment-result', 'dvc-error'],
  'dvc-procedure-search': ['dvc-search', 'dvc-procedure-select', 'dvc-error'],
  'dvc-profile-consent': ['dvc-profile-consent-change', 'dvc-error'],
  'dvc-registration-wizard': ['dvc-step-change', 'dvc-registration-complete', 'dvc-error'],
  'dvc-satisfaction-survey': ['dvc-survey-submit', 'dvc-survey-complete', 'dvc-error'],
  'dvc-support-request': ['dvc-support-request-submit', 'dvc-support-request-complete', 'dvc-error'],
  // The flow's own events, then its steps' events, which bubble out of it.
  'dvc-service-flow': [
    'dvc-flow-step-change',
    'dvc-flow-complete',
    'dvc-error',
    'dvc-procedure-select',
    'dvc-step-change',
    'dvc-registration-complete',
    'dvc-payment-submit',
    'dvc-payment-result',
    'dvc-dossier-status-change',
    'dvc-survey-submit',
    'dvc-survey-complete',
  ],
} as const satisfies Record<string, readonly DvcEventName[]>;

export type ElementEvents = typeof ELEMENT_EVENTS;

/** The `events` option of `createComponent` for a list of event names. */
export function wrapperEvents<const N extends readonly DvcEventName[]>(names: N): WrapperEvents<N[number]> {
  const entries = names.map((name) => [`on${name.replace(/(^|-)([a-z])/g, (_, _dash, letter: string) => letter.toUpperCase())}`, name]);
  return Object.fromEntries(entries) as WrapperEvents<N[number]>;
}
