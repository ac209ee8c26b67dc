/**
 * A tiny observable store. `subscribe` and `getState` have the shapes React's
 * `useSyncExternalStore` and Angular's signals interop expect: the state object is replaced,
 * never mutated, so identity comparison tells what changed.
 */
export interface Store<S> {
  getState(): S;
  subscribe(listener: (state: S, previous: S) => void): () => void;
  update(change: Partial<S> | ((state: S) => Partial<S>)): void;
}

export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<(state: S, previous: S) => void>();
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    update(change) {
      const patch = typeof change === 'function' ? change(state) : change;
      const keys = Object.keys(patch) as (keyof S)[];
      if (keys.every((key) => Object.is(patch[key], state[key]))) return;
      const previous = state;
      state = { ...state, ...patch };
      // A listener that unsubscribes another during the loop must not break delivery.
      for (const listener of [...listeners]) listener(state, previous);
    },
  };
}
