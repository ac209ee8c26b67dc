/**
 * What survives a reload or the round trip to the provider, in sessionStorage: the idempotency key
 * per dossier and method (so a reload sends the same key and gets the same transaction) and the
 * dossier's latest transaction id. Neither is a secret; nothing else is stored.
 */
const PREFIX = 'dvc-payment';

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined; // Storage refused (privacy settings, sandboxed frame).
  }
}

function randomKey(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return `pay-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

const keyName = (dossierCode: string, method: string) => `${PREFIX}:key:${dossierCode}:${method}`;
const transactionName = (dossierCode: string) => `${PREFIX}:transaction:${dossierCode}`;

/** The idempotency key for paying `dossierCode` with `method`: the stored one, else a new one (stored). */
export function idempotencyKeyFor(dossierCode: string, method: string): string {
  const store = storage();
  const existing = store?.getItem(keyName(dossierCode, method));
  if (existing) return existing;
  const key = randomKey();
  store?.setItem(keyName(dossierCode, method), key);
  return key;
}

/** Forgets the dossier's keys: after a failed, cancelled or expired attempt, the next one is new. */
export function forgetIdempotencyKeys(dossierCode: string): void {
  const store = storage();
  if (!store) return;
  const prefix = `${PREFIX}:key:${dossierCode}:`;
  for (let index = store.length - 1; index >= 0; index -= 1) {
    const name = store.key(index);
    if (name?.startsWith(prefix)) store.removeItem(name);
  }
}

export function rememberTransaction(dossierCode: string, transactionId: string): void {
  storage()?.setItem(transactionName(dossierCode), transactionId);
}

export function lastTransaction(dossierCode: string): string | null {
  return storage()?.getItem(transactionName(dossierCode)) ?? null;
}
