/**
 * A sub-object the add-in only sets (a chart's title, a conditional format's fill): each set keeps
 * the value on the proxy, readable at once as office.js keeps it, and queues `apply`, which checks
 * and applies it when the batch runs. Reading a property never set is PropertyNotLoaded: nothing
 * here is loaded from the workbook.
 */
import { propertyNotLoaded } from "./errors";
import type { Session } from "./session";

/** `target`: the object to get the properties (a proxy whose class declares them), or a new one. */
export function settable<K extends string>(
  session: Session,
  entity: string,
  keys: readonly K[],
  apply: (key: K, value: unknown) => void,
  target: object = {}
): Record<K, unknown> {
  const object = target as Record<K, unknown>;
  const set = new Map<K, unknown>();
  for (const key of keys)
    Object.defineProperty(object, key, {
      enumerable: true,
      get: () => {
        if (set.has(key)) return set.get(key);
        throw propertyNotLoaded(entity, key);
      },
      set: (value: unknown) => {
        set.set(key, value);
        session.enqueue(`${entity}.${key}`, () => apply(key, value));
      },
    });
  return object;
}
