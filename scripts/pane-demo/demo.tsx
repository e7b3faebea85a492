/**
 * The task pane for screenshots (`npm run screenshots:pane`), in headless Chromium over a mock
 * Office host: the recording mocks of the tests (test/templates/office-mock.ts and its extensions) with the live
 * sheets already inserted, and the real services on top of it. `#<view>-<lang>` picks the view and
 * the language. Not part of the add-in; the mock calculates nothing, so the Kalkyl view computes
 * its figures itself and says the sheet has not been recalculated, as it would in Excel.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createMemoryChecklistStore } from "../../src/excel/checklist-memory";
import { createKalkylService } from "../../src/excel/kalkyl-service";
import { createTemplateService } from "../../src/excel/template-service";
import type { Lang } from "../../src/i18n/lang";
import { App } from "../../src/taskpane/App";
import { memoryLanguageStore } from "../../src/taskpane/language-store";
import type { ViewId } from "../../src/taskpane/views";
import { insertTemplates } from "../../src/templates/render-office";
import { createWorkbookScanService } from "../../src/excel/workbook-scan-service";
import { KalkylMock } from "../../test/excel/kalkyl-mock";
import { ScanMock } from "../../test/excel/workbook-scan-mock";
import { installOffice } from "../../test/templates/office-mock";

async function main(): Promise<void> {
  const [view, lang] = (window.location.hash.slice(1) || "start-sv").split("-") as [ViewId, Lang];
  const office = new ScanMock();
  installOffice(office);
  await insertTemplates(office.context, ["logikmodell", "riskmatris", "kalkyl"], { lang });
  const kalkyl = new KalkylMock(office);
  const host = { isSetSupported: () => true };
  const done = [
    "needs.indicators",
    "needs.flow",
    "needs.gaps",
    "choice.evidence",
    "design.logic-model",
  ];
  const checklist = createMemoryChecklistStore({
    version: 1,
    checked: Object.fromEntries(done.map((key) => [key, true])),
  });
  createRoot(document.getElementById("root")!).render(
    <FluentProvider theme={webLightTheme}>
      <App
        language={lang}
        version="0.1.0"
        initialView={view}
        languageStore={memoryLanguageStore()}
        templateService={createTemplateService({ ...host, run: (b) => b(office.context) })}
        kalkylService={createKalkylService({
          isSetSupported: (n, v) => kalkyl.isSetSupported(n, v),
          run: (b) => b(kalkyl.context),
        })}
        checklistStore={checklist}
        workbookScanService={createWorkbookScanService({
          ...host,
          run: (b) => b(office.scanContext),
        })}
      />
    </FluentProvider>
  );
}

void main();
