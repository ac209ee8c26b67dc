/** Adds query parameters to an absolute URL, a path, or (when empty) the current page's query. */
export function withQuery(url: string, params: Record<string, string>): string {
  if (url === '') return `?${new URLSearchParams(params)}`;
  const absolute = /^[a-z][a-z0-9+.-]*:/i.test(url);
  const parsed = new URL(url, 'http://relative.invalid');
  for (const [name, value] of Object.entries(params)) parsed.searchParams.set(name, value);
  return absolute ? parsed.href : `${parsed.pathname}${parsed.search}${parsed.hash}`;
}
