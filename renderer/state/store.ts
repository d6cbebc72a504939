import { useSyncExternalStore } from 'react';

/**
 * A minimal external store: one immutable state object, replaced on every change.
 * Components subscribe to narrow slices through `useStoreSelector`, so dragging one node
 * re-renders only what reads that node.
 */
export class Store<S> {
  private listeners = new Set<() => void>();
  constructor(private state: S) {}

  get = (): S => this.state;

  set(update: Partial<S> | ((state: S) => Partial<S>)): void {
    const patch = typeof update === 'function' ? update(this.state) : update;
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

/** The selector must return something stable (a record from state, a primitive) between changes. */
export function useStoreSelector<S, T>(store: Store<S>, selector: (state: S) => T): T {
  return useSyncExternalStore(store.subscribe, () => selector(store.get()));
}
