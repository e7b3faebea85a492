import * as React from "react";
import type { WorkbookScanService } from "../excel/workbook-scan-outcome";
import type { UiLanguage } from "../i18n/ui";
import { useWorkbookScan } from "./StartCheckParts";
import { StartView } from "./StartView";

// Holds the Start tab's state and calls the scan service; the service (src/excel) is the only part
// that talks to Excel. Without a service (a plain browser) the tab says the workbook is read in
// Excel only.
export interface StartPaneProps {
  readonly language: UiLanguage;
  readonly service?: WorkbookScanService;
  /**
   * Whether the tab is the one shown (default true). The workbook is read when the tab mounts and
   * again each time this turns true, so what it shows is current after work on another tab.
   */
  readonly active?: boolean;
}

export function StartPane({ language, service, active = true }: StartPaneProps): React.JSX.Element {
  const scan = useWorkbookScan(service, active);
  return (
    <StartView
      language={language}
      available={service !== undefined}
      scanning={scan.scanning}
      outcome={scan.outcome}
      selection={scan.selection}
      onRefresh={scan.scan}
      onSelect={scan.select}
    />
  );
}
