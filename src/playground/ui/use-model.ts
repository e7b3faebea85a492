/** Re-renders a component whenever the model notifies a change (one notification per batch). */
import { useSyncExternalStore } from "react";
import type { PlaygroundModel } from "../model";

interface VersionStore {
  subscribe: (onChange: () => void) => () => void;
  current: () => number;
}

const stores = new WeakMap<PlaygroundModel, VersionStore>();

/** One counter per model, moved on every change it notifies. */
function versionStore(model: PlaygroundModel): VersionStore {
  let store = stores.get(model);
  if (!store) {
    let version = 0;
    store = {
      subscribe: (onChange) =>
        model.subscribe(() => {
          version++;
          onChange();
        }),
      current: () => version,
    };
    stores.set(model, store);
  }
  return store;
}

/** The model's change counter: components read the model itself while they render. */
export function useModelVersion(model: PlaygroundModel): number {
  const store = versionStore(model);
  return useSyncExternalStore(store.subscribe, store.current);
}
