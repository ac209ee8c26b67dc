/**
 * Distinct words of many texts, numbered in order of first sight. A word is looked up straight
 * from the text it occurs in (text, start, end): no substring is made unless the word is new,
 * which keeps the index build from allocating a string per word of every name.
 */
export class WordTable {
  readonly words: string[] = [];
  private readonly hashes: number[] = [];
  /** Open addressing: word id + 1 per slot, 0 for empty. */
  private slots = new Int32Array(1 << 12);

  /** The id of `text.slice(start, end)`, added when new. */
  idOf(text: string, start: number, end: number): number {
    // FNV-1a over the UTF-16 units.
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
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
    this.hashes.push(hash);
    this.slots[slot] = id + 1;
    if (this.words.length * 2 > this.slots.length) this.grow();
    return id;
  }

  /** Keeps the table at most half full, so probes stay short. */
  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    this.hashes.forEach((hash, id) => {
      let slot = hash & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = id + 1;
    });
  }
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i += 1) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
