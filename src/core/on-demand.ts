import { DvcError } from './errors.js';

/**
 * A module fetched once, when first asked for; a failed fetch is forgotten, so asking again
 * tries again, and it fails as a `network` error an element can report.
 */
export function onDemand<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw new DvcError('network', { cause: error });
    }));
}
