/**
 * The transaction reference the provider's return carries. It is only a reference: the element
 * asks the backend for the status and ignores any status or result code in the URL. Hash routers
 * (`/#/pay?transactionId=...`) are read too.
 */
export const REFERENCE_PARAMS = ['transactionId', 'transaction-id', 'txn'] as const;

function fromParams(params: URLSearchParams): string | null {
  for (const name of REFERENCE_PARAMS) {
    const value = params.get(name);
    if (value) return value;
  }
  return null;
}

/** The transaction id in `href`'s query, or in the query part of its hash. */
export function readTransactionReference(href: string): string | null {
  const url = new URL(href, 'http://relative.invalid');
  const direct = fromParams(url.searchParams);
  if (direct) return direct;
  const hash = url.hash.slice(1);
  const query = hash.indexOf('?');
  return query === -1 ? null : fromParams(new URLSearchParams(hash.slice(query + 1)));
}

/** `href` without any transaction reference, to give the provider as the place to come back to. */
export function withoutTransactionReference(href: string): string {
  const url = new URL(href);
  for (const name of REFERENCE_PARAMS) url.searchParams.delete(name);
  const hash = url.hash.slice(1);
  const query = hash.indexOf('?');
  if (query !== -1) {
    const params = new URLSearchParams(hash.slice(query + 1));
    for (const name of REFERENCE_PARAMS) params.delete(name);
    const rest = params.toString();
    url.hash = hash.slice(0, query) + (rest ? `?${rest}` : '');
  }
  return url.href;
}
