/**
 * Checks of attribute values whose code is fetched on demand. An element's renders and its
 * `updateComplete` wait for them, as they would for a check that ran at once, so a page never sees
 * a render from before the value it gave was taken (or refused).
 */
export class PendingChecks {
  private _count = 0;
  private _all: Promise<unknown> = Promise.resolve();

  get pending(): boolean {
    return this._count > 0;
  }

  /** Waits for `check`; what it does with its outcome, failure included, is its own business. */
  track(check: Promise<unknown>): void {
    this._count += 1;
    const ended = check.then(
      () => undefined,
      () => undefined,
    );
    this._all = Promise.all([this._all, ended.finally(() => (this._count -= 1))]);
  }

  /** Resolves once every check started so far has ended, including ones started meanwhile. */
  async settled(): Promise<void> {
    while (this._count) await this._all;
  }
}
