import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { excelTemplateService } from "../excel/template-service";
import { excelUnitCostService } from "../excel/unitcost-service";
import { uiLanguage } from "../i18n/ui";
import { VERSION } from "../version";

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

async function main(): Promise<void> {
  const inOffice = await waitForOffice();
  const language = uiLanguage(displayLanguage(inOffice));
  document.documentElement.lang = language;
  const container = document.getElementById("root");
  if (!container) throw new Error('taskpane.html has no <div id="root">');
  createRoot(container).render(
    <React.StrictMode>
      <App
        language={language}
        version={VERSION}
        unitCostService={inOffice ? excelUnitCostService : undefined}
        templateService={inOffice ? excelTemplateService : undefined}
      />
    </React.StrictMode>
  );
}

void main();
