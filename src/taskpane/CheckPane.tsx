import * as React from "react";
import { type ScanPaneProps, useScanView } from "./StartCheckParts";
import { CheckView } from "./CheckView";

// Holds the Kontroll tab's state and calls the scan service; the service (src/excel) is the only
// part that talks to Excel. Without a service (a plain browser) the tab says the workbook is
// checked in Excel only.
export type CheckPaneProps = ScanPaneProps;

export function CheckPane(props: CheckPaneProps): React.JSX.Element {
  return <CheckView {...useScanView(props)} />;
}
