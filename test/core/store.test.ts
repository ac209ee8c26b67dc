import { expect } from '@open-wc/testing';
import { createStore } from '../../src/core/store.js';

describe('createStore', () => {
  it('replaces the state on update and tells subscribers the new and previous state', () => {
    const store = createStore({ a: 1, b: 'x' });
    const seen: [number, number][] = [];
    store.subscribe((state, previous) => seen.push([state.a, previous.a]));
    const before = store.getState();
    store.update({ a: 2 });
    expect(store.getState()).to.deep.equal({ a: 2, b: 'x' });
    expect(store.getState()).not.to.equal(before);
    expect(before.a).to.equal(1);
    expect(seen).to.deep.equal([[2, 1]]);
  });

  it('accepts an updater function', () => {
    const store = createStore({ count: 1 });
    store.update((state) => ({ count: state.count + 1 }));
    expect(store.getState().count).to.equal(2);
  });

  it('does not notify or replace the state when nothing changes', () => {
    const store = createStore({ a: 1 });
    let calls = 0;
    store.subscribe(() => calls++);
    const before = store.getState();
    store.update({ a: 1 });
    expect(calls).to.equal(0);
    expect(store.getState()).to.equal(before);
  });

  it('stops notifying after unsubscribe, also when unsubscribed during delivery', () => {
    const store = createStore({ a: 0 });
    const calls: string[] = [];
    let stopSecond = () => {};
    const stopFirst = store.subscribe(() => {
      calls.push('first');
      stopSecond();
    });
    stopSecond = store.subscribe(() => calls.push('second'));
    store.update({ a: 1 });
    store.update({ a: 2 });
    stopFirst();
    store.update({ a: 3 });
    expect(calls).to.deep.equal(['first', 'second', 'first']);
  });
});
