/**
 * Form drafts in sessionStorage, so a reload does not lose answers. Only allow-listed fields are
 * written, and fields that are secrets are refused even when allow-listed: a draft must never
 * hold a password, PIN, one-time code or captcha answer.
 */
export type DraftValue = string | number | boolean;
export type Draft = Record<string, DraftValue>;

/** Words that make a field name a secret, whatever the allow-list says. */
const SECRET_WORDS = new Set(['password', 'passwd', 'pass', 'passcode', 'pin', 'otp', 'captcha', 'secret', 'verifier']);

export interface DraftStoreOptions {
  /** Storage key; one per form instance. */
  key: string;
  /** Field names that may be written. */
  allow: readonly string[];
  /** Drafts older than this are dropped on load. Default 30 minutes. */
  maxAgeMs?: number;
  /** Defaults to the page's sessionStorage; drafts are not kept where there is none. */
  storage?: Storage;
  now?: () => number;
}

export interface DraftStore {
  save(values: Record<string, unknown>): void;
  /** The saved fields, or null when there is no usable draft. */
  load(): Draft | null;
  clear(): void;
}

/** True for `password`, `newPassword`, `pin-code`, `otp`, `captchaAnswer`…; false for `passport`. */
export const isSecretField = (name: string): boolean =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((word) => SECRET_WORDS.has(word));

export function createDraftStore(options: DraftStoreOptions): DraftStore {
  const { key, maxAgeMs = 30 * 60_000, now = Date.now } = options;
  const allowed = new Set(options.allow.filter((name) => !isSecretField(name)));
  const storage = (): Storage | undefined => {
    // Reading sessionStorage throws in sandboxed iframes and some privacy modes.
    try {
      return options.storage ?? globalThis.sessionStorage;
    } catch {
      return undefined;
    }
  };
  const storageKey = `dvc-draft:${key}`;

  return {
    save(values) {
      const fields: Draft = {};
      for (const [name, value] of Object.entries(values)) {
        if (!allowed.has(name)) continue;
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') fields[name] = value;
      }
      try {
        storage()?.setItem(storageKey, JSON.stringify({ savedAt: now(), fields }));
      } catch {
        // Full or unavailable storage: the draft is a convenience, the form goes on without it.
      }
    },
    load() {
      let raw: string | null | undefined;
      try {
        raw = storage()?.getItem(storageKey);
      } catch {
        return null;
      }
      if (!raw) return null;
      try {
        const parsed: unknown = JSON.parse(raw);
        if (!parsed || typeof parsed !== 'object') return null;
        const { savedAt, fields } = parsed as { savedAt?: unknown; fields?: unknown };
        if (typeof savedAt !== 'number' || now() - savedAt > maxAgeMs || !fields || typeof fields !== 'object') return null;
        const draft: Draft = {};
        for (const [name, value] of Object.entries(fields)) {
          if (allowed.has(name) && ['string', 'number', 'boolean'].includes(typeof value)) draft[name] = value as DraftValue;
        }
        return draft;
      } catch {
        return null;
      }
    },
    clear() {
      try {
        storage()?.removeItem(storageKey);
      } catch {
        // Nothing to clear where there is no storage.
      }
    },
  };
}
