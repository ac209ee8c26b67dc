/**
 * The best `size` records by score, keeping the order stable: equal scores rank by record order.
 * A bounded heap, so ranking thousands of broad matches for one page stays linear.
 */
export class TopRanked {
  private readonly records: number[] = [];
  private readonly scores: number[] = [];

  constructor(private readonly size: number) {}

  /** Whether record x ranks below record y. */
  private below(x: number, y: number): boolean {
    const { scores, records } = this;
    return scores[x] < scores[y] || (scores[x] === scores[y] && records[x] > records[y]);
  }

  /** Whether a record with this score would be kept now. */
  wouldKeep(score: number, record: number): boolean {
    if (this.records.length < this.size) return true;
    // The root is the lowest-ranked record kept.
    return this.size > 0 && (score > this.scores[0] || (score === this.scores[0] && record < this.records[0]));
  }

  add(record: number, score: number): void {
    const { records, scores } = this;
    if (records.length < this.size) {
      records.push(record);
      scores.push(score);
      this.siftUp(records.length - 1);
      return;
    }
    if (!this.wouldKeep(score, record)) return;
    records[0] = record;
    scores[0] = score;
    this.siftDown(0);
  }

  /** Kept records, best first. */
  ranked(): { record: number; score: number }[] {
    return this.records.map((record, i) => ({ record, score: this.scores[i] })).sort((x, y) => y.score - x.score || x.record - y.record);
  }

  private swap(i: number, j: number): void {
    const { records, scores } = this;
    [records[i], records[j]] = [records[j], records[i]];
    [scores[i], scores[j]] = [scores[j], scores[i]];
  }

  private siftUp(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.below(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(i: number): void {
    const n = this.records.length;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let lowest = i;
      if (left < n && this.below(left, lowest)) lowest = left;
      if (right < n && this.below(right, lowest)) lowest = right;
      if (lowest === i) return;
      this.swap(i, lowest);
      i = lowest;
    }
  }
}
