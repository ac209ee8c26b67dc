/**
 * Registers each element when its tag first appears under a watched root, fetching its code then:
 * a page pays only for the elements it shows. The document is watched from the start; a shadow
 * root (which a document observer cannot see into) is watched once handed to `discover`.
 */
import { noteTaken } from '../base/registration.js';
import { DvcError } from '../core/errors.js';
import { networkMessage } from '../i18n/messages/network-message.js';
import { ELEMENT_LOADERS, type DvcTag } from './element-loaders.js';

const loading = new Map<DvcTag, Promise<unknown>>();
const watched = new WeakSet<Node>();

const isDvcTag = (name: string): name is DvcTag => Object.hasOwn(ELEMENT_LOADERS, name);

/** Registers `tag`; a failed fetch is forgotten, so meeting the tag again retries it. */
function register(tag: DvcTag): Promise<unknown> {
  const existing = customElements.get(tag);
  if (existing) {
    noteTaken(tag, existing, undefined); // Another copy of the library registered it first.
    return Promise.resolve();
  }
  let pending = loading.get(tag);
  if (!pending) {
    pending = ELEMENT_LOADERS[tag]().catch((cause: unknown) => {
      loading.delete(tag);
      throw new DvcError('network', { cause });
    });
    loading.set(tag, pending);
  }
  return pending;
}

/** Registers the elements of these tags; the elements of a tag whose code did not arrive say so with `dvc-error`. */
function registerAll(elements: Iterable<Element>): Promise<void> {
  const byTag = new Map<DvcTag, Element[]>();
  for (const element of elements)
    if (isDvcTag(element.localName)) byTag.set(element.localName, [...(byTag.get(element.localName) ?? []), element]);
  const registrations = [...byTag].map(([tag, found]) =>
    register(tag).catch((error: unknown) => {
      const detail = { code: 'network', message: networkMessage() };
      for (const element of found) element.dispatchEvent(new CustomEvent('dvc-error', { detail, bubbles: true, composed: true }));
      throw error;
    }),
  );
  return Promise.all(registrations).then(() => undefined);
}

function* undefinedElements(root: ParentNode | Element): Iterable<Element> {
  if (root instanceof Element && root.matches(':not(:defined)')) yield root;
  yield* root.querySelectorAll(':not(:defined)');
}

const observer = new MutationObserver((records) => {
  const added = records.flatMap(({ addedNodes }) => [...addedNodes].filter((node) => node instanceof Element));
  registerAll(added.flatMap((node) => [...undefinedElements(node)])).catch(() => undefined);
});

/**
 * Registers every element of the library under `root` (default: the document) and watches it for
 * more. Resolves once they are registered; rejects with `DvcError('network')` when an element's
 * code could not be fetched (that element also gets a `dvc-error` event; calling again retries).
 * Call it with the shadow root of your own component that shows the elements.
 */
export function discover(root: Document | ShadowRoot | Element = document): Promise<void> {
  if (!watched.has(root)) {
    watched.add(root);
    observer.observe(root, { childList: true, subtree: true });
  }
  return registerAll(undefinedElements(root));
}
