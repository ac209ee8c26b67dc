/**
 * The records at a dataset URL, fetched while the code that checks and indexes them is on its
 * way: the element starts the fetch when it has a `src`, and the dataset takes the records then.
 */
import { codeForStatus } from '../../core/backend/http-status.js';
import { DvcError } from '../../core/errors.js';

/** Fetches started ahead and not taken yet, by URL. */
const ahead = new Map<string, Promise<unknown[]>>();

/** Starts fetching the records at `href` (absolute), unless that has started and they are not taken yet. */
export function prefetchRecords(href: string): void {
  if (ahead.has(href)) return;
  const fetching = request(href);
  ahead.set(href, fetching);
  // A failed fetch is not kept: taking the records tries again.
  fetching.catch(() => ahead.get(href) === fetching && ahead.delete(href));
}

/**
 * The records at `href`: the ones fetched ahead, else fetched now; the caller keeps them from here.
 * Rejects with a `DvcError`.
 */
export function takeRecords(href: string): Promise<unknown[]> {
  const fetching = ahead.get(href) ?? request(href);
  ahead.delete(href);
  return fetching;
}

async function request(url: string): Promise<unknown[]> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
  } catch (error) {
    throw new DvcError('network', { cause: error });
  }
  if (!response.ok) throw new DvcError(codeForStatus(response.status), { status: response.status });
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch (error) {
    throw new DvcError('malformed-response', { status: response.status, cause: error });
  }
  if (!Array.isArray(json)) throw new DvcError('malformed-response', { status: response.status });
  return json;
}
