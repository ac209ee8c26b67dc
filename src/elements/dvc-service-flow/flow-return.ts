/**
 * The payment provider sends the browser back with the transaction reference in the URL. The
 * journey takes it (query or hash route) and removes it, so a reload does not replay it and no
 * other element on the page mistakes it for its own.
 */
const REFERENCE_PARAMS = ['transactionId', 'transaction-id', 'txn'];

export function takeTransactionReference(): string {
  const location = globalThis.location;
  if (!location) return '';
  const url = new URL(location.href);
  const hash = url.hash;
  const at = hash.indexOf('?');
  const hashQuery = new URLSearchParams(at === -1 ? '' : hash.slice(at + 1));
  let found = '';
  for (const params of [url.searchParams, hashQuery]) {
    for (const name of REFERENCE_PARAMS) {
      found ||= params.get(name) ?? '';
      params.delete(name);
    }
  }
  if (!found) return '';
  if (at !== -1) url.hash = hash.slice(0, at) + (hashQuery.size ? `?${hashQuery}` : '');
  history.replaceState(history.state, '', url.href);
  return found;
}
