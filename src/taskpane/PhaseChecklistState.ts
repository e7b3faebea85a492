import * as React from "react";
import {
  withItem,
  type ChecklistFailure,
  type ChecklistState,
  type ChecklistStore,
} from "../excel/checklist-outcome";

/* global document */

// The Faser tab's checklist as the pane sees it: what the document holds, with the user's latest
// ticks shown at once and rolled back if they cannot be saved.
//
// Colleagues: the document may be edited by others (co-authoring on the web, or a copy saved by a
// colleague and reopened). So the checklist is read again on mount, whenever the pane becomes
// visible or the tab is shown, and when the store says a co-author saved. A tick re-reads the
// document just before saving and changes only its own item, so it never wipes a colleague's
// ticks made in between. Reads and saves run one at a time, in order, so a slow read can never
// overwrite a newer save's result.

export interface ChecklistSaveFailure {
  /** The key whose tick was rolled back. */
  readonly key: string;
  readonly failure: ChecklistFailure;
}

export interface PhaseChecklist {
  /** The ticks to show: the document's, with ticks still being saved on top. */
  readonly checked: ReadonlySet<string>;
  /** False until the first read has finished. */
  readonly loaded: boolean;
  /** The last save that failed, until the next tick. */
  readonly saveFailure: ChecklistSaveFailure | null;
  /** Why the last read failed, if it did (a store that rejects; the stores here never do). */
  readonly loadFailure: string | null;
  readonly toggle: (key: string, checked: boolean) => void;
  readonly reload: () => void;
}

interface Pending {
  readonly checked: boolean;
  /** Which tick this is, so an older tick's answer does not clear a newer one of the same item. */
  readonly id: number;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The document's ticks with the unsaved ones laid over them. */
export function shownTicks(
  saved: ReadonlySet<string>,
  pending: ReadonlyMap<string, Pending>
): ReadonlySet<string> {
  if (pending.size === 0) return saved;
  const shown = new Set(saved);
  for (const [key, p] of pending) {
    if (p.checked) shown.add(key);
    else shown.delete(key);
  }
  return shown;
}

export function usePhaseChecklist(store: ChecklistStore, active = true): PhaseChecklist {
  const [saved, setSaved] = React.useState<ReadonlySet<string>>(() => new Set());
  const [pending, setPending] = React.useState<ReadonlyMap<string, Pending>>(() => new Map());
  const [loaded, setLoaded] = React.useState(false);
  const [saveFailure, setSaveFailure] = React.useState<ChecklistSaveFailure | null>(null);
  const [loadFailure, setLoadFailure] = React.useState<string | null>(null);
  const savedRef = React.useRef<ReadonlySet<string>>(saved);
  const queue = React.useRef<Promise<void>>(Promise.resolve());
  const lastId = React.useRef(0);
  const live = React.useRef(true);

  const commit = React.useCallback((checked: ReadonlySet<string>) => {
    savedRef.current = checked;
    if (live.current) setSaved(checked);
  }, []);

  /** One read or save at a time; a job that throws all the same does not stop the ones after it. */
  const enqueue = React.useCallback((job: () => Promise<void>) => {
    queue.current = queue.current.then(job).catch(() => undefined);
  }, []);

  const reload = React.useCallback(() => {
    enqueue(async () => {
      try {
        const state = await store.load();
        commit(state.checked);
        if (live.current) setLoadFailure(null);
      } catch (e) {
        if (live.current) setLoadFailure(messageOf(e));
      } finally {
        if (live.current) setLoaded(true);
      }
    });
  }, [store, enqueue, commit]);

  const toggle = React.useCallback(
    (key: string, checked: boolean) => {
      const id = ++lastId.current;
      setPending((before) => new Map(before).set(key, { checked, id }));
      setSaveFailure(null);
      enqueue(async () => {
        let base: ChecklistState;
        try {
          base = await store.load();
          if (live.current) setLoadFailure(null);
        } catch {
          // Without a fresh read, the last one known is the best base there is.
          base = { checked: savedRef.current };
        }
        const next = withItem(base, key, checked);
        let failure: ChecklistFailure | null = null;
        try {
          const outcome = await store.save(next);
          if (outcome.kind === "failed") failure = outcome;
        } catch (e) {
          failure = { kind: "failed", reason: "other", detail: messageOf(e) };
        }
        // On a failure the document is as it was read: showing that is the roll-back.
        commit(failure === null ? next.checked : base.checked);
        if (!live.current) return;
        if (failure !== null) setSaveFailure({ key, failure });
        setPending((before) => {
          if (before.get(key)?.id !== id) return before;
          const after = new Map(before);
          after.delete(key);
          return after;
        });
      });
    },
    [store, enqueue, commit]
  );

  // Read on mount (and with a new store), and whenever a co-author saves.
  React.useEffect(() => {
    live.current = true;
    reload();
    const stop = store.subscribe?.(reload);
    return () => {
      live.current = false;
      stop?.();
    };
  }, [store, reload]);

  // Read again when the pane comes back into view: Excel shows it again, or its tab is chosen.
  React.useEffect(() => {
    if (typeof document === "undefined") return undefined;
    const onVisibility = (): void => {
      if (document.visibilityState === "visible") reload();
    };
    document.addEventListener("visibilitychange", onVisibility);
    return () => document.removeEventListener("visibilitychange", onVisibility);
  }, [reload]);

  const wasActive = React.useRef(active);
  React.useEffect(() => {
    if (active && !wasActive.current) reload();
    wasActive.current = active;
  }, [active, reload]);

  const checked = React.useMemo(() => shownTicks(saved, pending), [saved, pending]);
  return { checked, loaded, saveFailure, loadFailure, toggle, reload };
}
