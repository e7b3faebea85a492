import * as React from "react";
import type { WorkbookScanService } from "../excel/workbook-scan-outcome";
import type { UiLanguage } from "../i18n/ui";
import { CheckView } from "./CheckView";
import { useWorkbookScan } from "./StartCheckParts";

// Holds the Kontroll tab's state and calls the scan service; the service (src/excel) is the only
// part that talks to Excel. Without a service (a plain browser) the tab says the workbook is
// checked in Excel only.
export interface CheckPaneProps {
  readonly language: UiLanguage;
  readonly service?: WorkbookScanService;
  /**
   * Whether the tab is the one shown (default true). The workbook is checked when the tab mounts
   * and again each time this turns true; "Sök igen" checks it on demand.
   */
  readonly active?: boolean;
}

export function CheckPane({ language, service, active = true }: CheckPaneProps): React.JSX.Element {
  const scan = useWorkbookScan(service, active);
  return (
    <CheckView
      language={language}
      available={service !== undefined}
      scanning={scan.scanning}
      outcome={scan.outcome}
      selection={scan.selection}
      onRescan={scan.scan}
      onSelect={scan.select}
    />
  );
}
