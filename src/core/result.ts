/** The outcome of parsing or checking user input: a value, or an error code that the UI localizes. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: string } };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = <T = never>(code: string): Result<T> => ({ ok: false, error: { code } });
