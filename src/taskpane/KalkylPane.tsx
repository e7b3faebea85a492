import * as React from "react";
import type {
  KalkylData,
  KalkylInput,
  KalkylLoadOutcome,
  KalkylRef,
  KalkylService,
} from "../excel/kalkyl-outcome";
import type { UiLanguage } from "../i18n/ui";
import type { KalkylAction, KalkylNotice } from "./KalkylMessage";
import { KalkylView } from "./KalkylView";

// Holds the Kalkyl tab's state and calls the Kalkyl service; the service (src/excel) is the only
// part that talks to Excel. The workbook is read when the tab opens, on Refresh, when another
// Kalkyl is chosen and after a write (so the figures and the sheet's cells are the new ones).
// Without a service (a plain browser) the view says that it needs Excel.
export interface KalkylPaneProps {
  readonly language: UiLanguage;
  readonly service?: KalkylService;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function KalkylPane({ language, service }: KalkylPaneProps): React.JSX.Element {
  const [busy, setBusy] = React.useState<KalkylAction | null>(service ? "load" : null);
  const [load, setLoad] = React.useState<KalkylLoadOutcome | null>(null);
  const [notice, setNotice] = React.useState<KalkylNotice | null>(null);
  // The pane may be closed while Excel answers: no state is set after that.
  const mounted = React.useRef(true);
  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  /**
   * One action at a time. The service resolves its failures as outcomes; anything it throws all
   * the same is shown as a failure too, never left as an unhandled rejection.
   */
  const run = React.useCallback(
    async (action: KalkylAction, work: () => Promise<void>, onThrow: (detail: string) => void) => {
      setBusy(action);
      try {
        await work();
      } catch (e) {
        if (mounted.current) onThrow(messageOf(e));
      } finally {
        if (mounted.current) setBusy(null);
      }
    },
    []
  );

  const read = React.useCallback(
    (table?: string) => {
      if (!service) return;
      void run(
        "load",
        async () => {
          const outcome = await service.load(table);
          if (mounted.current) setLoad(outcome);
        },
        (detail) => setLoad({ kind: "failed", reason: "other", detail })
      );
    },
    [service, run]
  );

  // The workbook as it is when the tab first opens.
  React.useEffect(() => read(), [read]);

  const onRefresh = (): void => {
    setNotice(null);
    read(load?.kind === "loaded" ? load.data.ref.table : undefined);
  };

  const onSelect = (table: string): void => {
    setNotice(null);
    read(table);
  };

  const onWrite = (ref: KalkylRef, input: KalkylInput, value: number): void => {
    if (!service) return;
    setNotice(null);
    void run(
      input,
      async () => {
        const outcome = await service.writeInput(ref, input, value);
        if (!mounted.current) return;
        setNotice({ action: "write", outcome });
        // The sheet has the new value: read it back, with what Excel now shows.
        if (outcome.kind === "written") setLoad(await service.load(ref.table));
      },
      (detail) =>
        setNotice({ action: "write", outcome: { kind: "failed", reason: "other", detail } })
    );
  };

  const onInsertChart = (data: KalkylData): void => {
    if (!service) return;
    setNotice(null);
    void run(
      "chart",
      async () => {
        const outcome = await service.insertChart(data, language);
        if (mounted.current) setNotice({ action: "chart", outcome });
      },
      (detail) =>
        setNotice({ action: "chart", outcome: { kind: "failed", reason: "other", detail } })
    );
  };

  const onInsertUncertainty = (data: KalkylData): void => {
    if (!service) return;
    setNotice(null);
    void run(
      "uncertainty",
      async () => {
        const outcome = await service.insertUncertainty(data, language);
        if (mounted.current) setNotice({ action: "uncertainty", outcome });
      },
      (detail) =>
        setNotice({
          action: "uncertainty",
          outcome: { kind: "failed", reason: "other", detail },
        })
    );
  };

  return (
    <KalkylView
      language={language}
      available={service !== undefined}
      busy={busy}
      load={load}
      notice={notice}
      onRefresh={onRefresh}
      onSelect={onSelect}
      onWrite={onWrite}
      onInsertChart={onInsertChart}
      onInsertUncertainty={onInsertUncertainty}
    />
  );
}
