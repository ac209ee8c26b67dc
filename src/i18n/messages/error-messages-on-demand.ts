/**
 * The failure messages, fetched on demand: an element awaits `errorMessagesReady()` before it
 * tells of a failure (or asks ahead, when it connects), then reads them at once
 * (`backendErrorMessage()`, in renders too). Should they not arrive, the network is what failed:
 * the network message stands in, and a general one for other codes.
 */
import { onDemand } from '../../core/on-demand.js';
import { fallbackMessage, networkMessage } from './network-message.js';

let messages: typeof import('./error-messages.js') | undefined;
const load = onDemand(() => import('./error-messages.js'));

/** Settles once the messages are in, or could not be fetched (a later call tries again). */
export function errorMessagesReady(): Promise<void> {
  return load().then(
    (module) => {
      messages = module;
    },
    () => undefined,
  );
}

/** The message for a backend or element failure code, in the page language. */
export function backendErrorMessage(code: string): string {
  if (messages) return messages.backendErrorMessage(code);
  return code === 'network' ? networkMessage() : fallbackMessage();
}
