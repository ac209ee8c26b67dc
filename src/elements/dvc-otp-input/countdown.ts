import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders its host when the whole-second text of any of its deadlines changes, and once more
 * when each deadline passes; idle when none is in the future. The host reads `now()` while
 * rendering, so one clock drives the text, the thresholds and the tests (which may replace `now`).
 */
export class CountdownController implements ReactiveController {
  /** The current time in epoch milliseconds. */
  now: () => number = () => Date.now();

  private _timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly _host: ReactiveControllerHost,
    /** The deadlines (epoch ms) to count down to; `undefined` entries are ignored. */
    private readonly _deadlines: () => readonly (number | undefined)[],
  ) {
    _host.addController(this);
  }

  /** Milliseconds left until `deadline`, never negative; 0 without a deadline. */
  remaining(deadline: number | undefined): number {
    return deadline === undefined ? 0 : Math.max(0, deadline - this.now());
  }

  hostConnected(): void {
    this._schedule();
  }

  hostDisconnected(): void {
    clearTimeout(this._timer);
    this._timer = undefined;
  }

  hostUpdated(): void {
    this._schedule();
  }

  private _schedule(): void {
    clearTimeout(this._timer);
    this._timer = undefined;
    const now = this.now();
    const ahead = this._deadlines().filter((deadline): deadline is number => deadline !== undefined && deadline > now);
    if (!ahead.length) return;
    // The next instant one of the texts (rounded up to whole seconds) changes.
    const delay = Math.min(...ahead.map((deadline) => (deadline - now) % 1000 || 1000));
    this._timer = setTimeout(() => this._host.requestUpdate(), delay + 1);
  }
}
