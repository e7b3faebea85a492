import * as React from "react";
import { type ScanPaneProps, useScanView } from "./StartCheckParts";
import { StartView } from "./StartView";

// Holds the Start tab's state and calls the scan service; the service (src/excel) is the only
// part that talks to Excel. Without a service (a plain browser) the tab says the workbook is
// read in Excel only.
export type StartPaneProps = ScanPaneProps;

export function StartPane(props: StartPaneProps): React.JSX.Element {
  return <StartView {...useScanView(props)} />;
}
