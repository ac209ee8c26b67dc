/**
 * Reading and removing the parameters a redirect brings back (an activation token, an
 * authorization code), whether they are in the query or in a hash route (`#/dang-ky?code=…`).
 */

/** The named parameters found in the page URL's query or hash, or null when none is there. */
export function readReturnParams(names: readonly string[], location: Location = window.location): Record<string, string> | null {
  const found: Record<string, string> = {};
  const hashQuery = location.hash.includes('?') ? location.hash.slice(location.hash.indexOf('?') + 1) : '';
  for (const source of [new URLSearchParams(location.search), new URLSearchParams(hashQuery)]) {
    for (const name of names) {
      const value = source.get(name);
      if (value !== null && found[name] === undefined) found[name] = value;
    }
  }
  return Object.keys(found).length ? found : null;
}

/** Removes the parameters from the address bar (one `replaceState`), so a reload does not reuse them. */
export function clearReturnParams(names: readonly string[]): void {
  const url = new URL(window.location.href);
  for (const name of names) url.searchParams.delete(name);
  let hash = url.hash;
  if (hash.includes('?')) {
    const at = hash.indexOf('?');
    const query = new URLSearchParams(hash.slice(at + 1));
    for (const name of names) query.delete(name);
    hash = hash.slice(0, at) + (query.size ? `?${query}` : '');
  }
  url.hash = hash;
  history.replaceState(history.state, '', url.href);
}

/** This page's address without the given parameters: where a redirect should come back to. */
export function currentUrlWithout(names: readonly string[]): string {
  const url = new URL(window.location.href);
  for (const name of names) url.searchParams.delete(name);
  return url.href;
}
