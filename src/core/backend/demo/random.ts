/**
 * A seeded pseudo-random generator, so a demo with the same seed issues the same captchas, codes
 * and ids. Not for secrets: it is a demo, and its outputs are meant to be predictable.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, max). */
  int(max: number): number;
  /** `length` characters drawn from `alphabet`. */
  string(length: number, alphabet: string): string;
  /** `length` decimal digits. */
  digits(length: number): string;
  /** A server-style handle: `prefix_` and 16 characters. */
  handle(prefix: string): string;
}

/** FNV-1a: a 32-bit hash, to turn any seed (or key) into a number. */
export function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

const HANDLE_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** Marsaglia's xorshift32, its state never zero. */
export function createRandom(seed: string | number): Random {
  let state = hash32(String(seed)) || 1;
  const next = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 2 ** 32;
  };
  const int = (max: number): number => Math.floor(next() * max);
  const string = (length: number, alphabet: string): string => Array.from({ length }, () => alphabet[int(alphabet.length)]).join('');
  return {
    next,
    int,
    string,
    digits: (length) => string(length, '0123456789'),
    handle: (prefix) => `${prefix}_${string(16, HANDLE_ALPHABET)}`,
  };
}
