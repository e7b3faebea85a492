import * as React from "react";
import { createRoot, type Root } from "react-dom/client";
import { App } from "./App";
import { readThemeSignals, watchThemeSignals } from "../excel/office-theme";
import { excelTemplateService } from "../excel/template-service";
import { officeChecklistStore } from "../excel/checklist-store";
import { excelKalkylService } from "../excel/kalkyl-service";
import { excelShareService } from "../excel/share-service";
import { excelWorkbookScanService } from "../excel/workbook-scan-service";
import { excelUnitCostService } from "../excel/unitcost-service";
import { uiLanguage } from "../i18n/ui";
import { VERSION } from "../version";
import { themeKind, type ThemeKind } from "./theme";
import type { AppServices } from "./views";

/* global document, navigator, setTimeout, Office */

// office.js never settles onReady when it fails to initialise (for example a host that blocks it);
// after this long the pane renders anyway rather than staying blank.
const OFFICE_READY_TIMEOUT_MS = 10_000;

function officeScriptLoaded(): boolean {
  return typeof Office !== "undefined" && typeof Office.onReady === "function";
}

/** Resolves to true inside an Office host, false in a plain browser or when office.js did not load. */
async function waitForOffice(): Promise<boolean> {
  if (!officeScriptLoaded()) return false;
  const timedOut = new Promise<null>((resolve) =>
    setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS)
  );
  const info = await Promise.race([Office.onReady(), timedOut]);
  return info !== null && info.host !== null && info.host !== undefined;
}

function displayLanguage(inOffice: boolean): string | undefined {
  if (inOffice) {
    try {
      return Office.context.displayLanguage;
    } catch {
      // Older hosts can lack context until a document is open; the browser's language is the best guess then.
    }
  }
  return typeof navigator === "undefined" ? undefined : navigator.language;
}

/** The Excel services of the views (src/taskpane/views.tsx): one line per service. */
function excelServices(): AppServices {
  return {
    unitCostService: excelUnitCostService,
    templateService: excelTemplateService,
    workbookScanService: excelWorkbookScanService,
    kalkylService: excelKalkylService,
    shareService: excelShareService,
    checklistStore: officeChecklistStore(),
  };
}

/** What boot() started, so a test can take it down again. */
export interface Booted {
  readonly root: Root;
  /** Stops following theme changes and unmounts the pane. */
  stop(): void;
}

/**
 * Starts the task pane in taskpane.html's #root: waits for Office (or its absence), takes the
 * display language and theme from it, renders the App with Excel's services, and re-renders when
 * the theme changes.
 */
export async function boot(): Promise<Booted> {
  const inOffice = await waitForOffice();
  const language = uiLanguage(displayLanguage(inOffice));
  document.documentElement.lang = language;
  const container = document.getElementById("root");
  if (!container) throw new Error('taskpane.html has no <div id="root">');
  const root = createRoot(container);
  const services = inOffice ? excelServices() : {};
  // Rendering again with another theme keeps every view's state: the tree is the same.
  const render = (theme: ThemeKind): void =>
    root.render(
      <React.StrictMode>
        <App language={language} version={VERSION} theme={theme} {...services} />
      </React.StrictMode>
    );
  render(themeKind(readThemeSignals()));
  const unwatch = watchThemeSignals((signals) => render(themeKind(signals)));
  return {
    root,
    stop: () => {
      unwatch();
      root.unmount();
    },
  };
}
