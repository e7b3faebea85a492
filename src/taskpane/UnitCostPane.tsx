import * as React from "react";
import type { CatalogRow } from "../excel/catalog-table";
import type { ImportOutcome, ImportScope, UnitCostService } from "../excel/unitcost-outcome";
import { commonFailure } from "../excel/office-host";
import { uiStrings, type UiLanguage } from "../i18n/ui";
import { UnitCostView } from "./UnitCostView";

// Holds the tab's state and calls the catalog service; the service (src/excel) is the only part
// that talks to Excel. Without a service (a plain browser) the view shows the catalog as empty and
// its buttons disabled.
export interface UnitCostPaneProps {
  readonly language: UiLanguage;
  readonly service?: UnitCostService;
}

/**
 * What went wrong, in the pane's words where Office's error code tells (a protected sheet, a cell
 * being edited), otherwise the error's own message.
 */
function describe(error: unknown, language: UiLanguage): string {
  const failure = commonFailure(error);
  const t = uiStrings[language].unitCosts;
  if (failure.reason === "protected") return t.protectedSheet(failure.detail);
  if (failure.reason === "cellEditMode") return t.cellEditMode;
  return failure.detail;
}

export function UnitCostPane({ language, service }: UnitCostPaneProps): React.JSX.Element {
  const [rows, setRows] = React.useState<readonly CatalogRow[]>([]);
  const [outcome, setOutcome] = React.useState<ImportOutcome | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [insertedAt, setInsertedAt] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);

  /** One action at a time; any failure becomes a message instead of an unhandled rejection. */
  const run = React.useCallback(
    async (work: () => Promise<void>) => {
      setBusy(true);
      setError(null);
      setInsertedAt(null);
      try {
        await work();
      } catch (e) {
        setError(describe(e, language));
      } finally {
        setBusy(false);
      }
    },
    [language]
  );

  const refresh = React.useCallback(() => {
    if (service) void run(async () => setRows(await service.readCatalog()));
  }, [service, run]);

  // The catalog as the workbook holds it when the tab first opens.
  React.useEffect(refresh, [refresh]);

  const onImport = (scope: ImportScope): void => {
    if (!service) return;
    void run(async () => {
      const result = await service.importCatalog(scope, language);
      setOutcome(result);
      if (result.kind === "imported") setRows(result.rows);
    });
  };

  const onInsert = (row: CatalogRow): void => {
    if (service) void run(async () => setInsertedAt(await service.insert(row)));
  };

  return (
    <UnitCostView
      language={language}
      rows={rows}
      outcome={outcome}
      available={service !== undefined}
      busy={busy}
      error={error}
      insertedAt={insertedAt}
      onImport={onImport}
      onInsert={onInsert}
      onRefresh={refresh}
    />
  );
}
