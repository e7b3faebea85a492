import * as React from "react";
import { Field, ProgressBar, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { Progress } from "./busy-work";

// The shared pattern for long work, so every view shows it the same way:
//
//   const busy = useBusy();
//   const onImport = () =>
//     void busy
//       .run(async (report, signal) => {
//         const rows = await service.read();                       // Office.js round trips yield by themselves
//         await runInSlices(rows.length, (i) => check(rows[i]), { // JavaScript work: in slices
//           onProgress: report,
//           signal,
//         });
//       })
//       .catch((e) => setError(messageOf(e)));                     // run rethrows: show it, never leave it unhandled
//   …
//   {busy.busy && <Busy label={t.importing} progress={busy.progress} />}
//
// While busy the view disables its own actions (one action at a time, as TemplatesPane does).
// `signal` is aborted when the view unmounts, so unfinished slices stop instead of setting state on
// a pane that is gone. Without progress reports the indicator spins; with them it fills.
// The label is the view's own string (its src/i18n file); Busy has no words of its own.

export interface BusyProps {
  /** What is going on, e.g. "Importerar …". */
  readonly label: string;
  /** How far it has come; null or absent while unknown. */
  readonly progress?: Progress | null;
  /** A line under the bar, e.g. "1 200 av 5 000 rader" (the view's own string). */
  readonly hint?: string;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** The share done, 0 … 1; 0 for an empty total. */
export function fractionDone(progress: Progress): number {
  if (!(progress.total > 0)) return 0;
  return Math.min(1, Math.max(0, progress.done / progress.total));
}

/**
 * A spinner while the amount of work is unknown, a progress bar once it is known. role="status"
 * announces the label once when work starts; the bar's value is exposed as aria-valuenow, which
 * screen readers read on request instead of at every step.
 */
export function Busy({ label, progress, hint }: BusyProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div role="status" className={styles.root}>
      {progress ? (
        <Field label={label} hint={hint} validationState="none">
          <ProgressBar value={fractionDone(progress)} max={1} thickness="large" />
        </Field>
      ) : (
        <Spinner size="tiny" labelPosition="after" label={label} />
      )}
    </div>
  );
}

export interface BusyState {
  readonly busy: boolean;
  readonly progress: Progress | null;
  /**
   * Runs one piece of long work: busy until it settles, progress as `report` is told. Resolves or
   * rejects as `work` does; the caller shows a failure as a MessageBar.
   */
  run<T>(
    work: (report: (progress: Progress) => void, signal: AbortSignal) => Promise<T>
  ): Promise<T>;
}

export function useBusy(): BusyState {
  const [busy, setBusy] = React.useState(false);
  const [progress, setProgress] = React.useState<Progress | null>(null);
  const controllers = React.useRef(new Set<AbortController>());

  React.useEffect(() => {
    const running = controllers.current;
    return () => running.forEach((controller) => controller.abort());
  }, []);

  const run = React.useCallback(
    async <T,>(
      work: (report: (progress: Progress) => void, signal: AbortSignal) => Promise<T>
    ): Promise<T> => {
      const controller = new AbortController();
      controllers.current.add(controller);
      const live = (): boolean => !controller.signal.aborted;
      setBusy(true);
      setProgress(null);
      try {
        return await work((p) => {
          if (live()) setProgress(p);
        }, controller.signal);
      } finally {
        controllers.current.delete(controller);
        if (live()) {
          setBusy(false);
          setProgress(null);
        }
      }
    },
    []
  );

  return { busy, progress, run };
}
