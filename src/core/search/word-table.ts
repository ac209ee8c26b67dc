/**
 * Distinct words of many texts, numbered in order of first sight. A word is looked up straight
 * from the text it occurs in (text, start, end, and its hash, computed while scanning): no
 * substring is made unless the word is new, which keeps the index build from allocating a string
 * per word of every name.
 */

/** FNV-1a over UTF-16 units: start from `WORD_HASH_SEED`, fold in each unit with `hashUnit`. */
export const WORD_HASH_SEED = 0x811c9dc5 | 0;
export const hashUnit = (hash: number, unit: number): number => Math.imul(hash ^ unit, 0x01000193) | 0;

export class WordTable {
  readonly words: string[] = [];
  private hashes = new Int32Array(1 << 11);
  /** Open addressing: word id + 1 per slot, 0 for empty. */
  private slots = new Int32Array(1 << 12);

  /** The id of `text.slice(start, end)` (whose hash is `hash`), added when new. */
  idOf(text: string, start: number, end: number, hash: number): number {
    // At most half full, so probes stay short and a free slot is always found.
    if (this.words.length * 2 >= this.slots.length) this.grow();
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot];
      if (entry === 0) return this.add(text.slice(start, end), hash, slot);
      const id = entry - 1;
      if (this.hashes[id] === hash && sameWord(this.words[id], text, start, end)) return id;
    }
  }

  private add(word: string, hash: number, slot: number): number {
    const id = this.words.length;
    this.words.push(word);
    this.hashes[id] = hash;
    this.slots[slot] = id + 1;
    return id;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const hashes = new Int32Array(this.slots.length / 2);
    hashes.set(this.hashes);
    this.hashes = hashes;
    const mask = this.slots.length - 1;
    for (let id = 0; id < this.words.length; id += 1) {
      let slot = this.hashes[id] & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = id + 1;
    }
  }
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i += 1) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
