/**
 * The playground page's entry (webpack's "playground" entry, loaded by playground.html): a
 * workbook over HyperFormula (./workbook), the Office.js host over it (./office) installed as the
 * `Office` and `Excel` globals — no office.js from Microsoft's CDN — and then the real task pane,
 * started exactly as in Excel by src/taskpane/boot.tsx, beside the page's own grid.
 *
 * `window.siPlayground = { model, office }` is there for the browser tests and for devtools:
 * `siPlayground.model.cell(siPlayground.model.activeSheetId(), 0, 0)` reads A1, and
 * `siPlayground.office.syncCount()` counts the pane's `context.sync()` calls.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { langOf } from "../i18n/lang";
import { playgroundStrings } from "../i18n/playground";
import { boot } from "../taskpane/boot";
import type { PlaygroundModel } from "./model";
import { createOfficeHost } from "./office";
import { SAMPLES, sampleById, sampleBytes } from "./samples";
import { PlaygroundPage } from "./ui/PlaygroundPage";
import { download, workbookBytes } from "./ui/workbook-files";
import { createPlaygroundModel } from "./workbook";
import { xlsxToSnapshot } from "./xlsx/read";

/* global window, document, navigator, fetch, location, atob */

type OfficeHost = ReturnType<typeof createOfficeHost>;

declare global {
  interface Window {
    siPlayground?: { model: PlaygroundModel; office: OfficeHost };
  }
}

const files = {
  read: xlsxToSnapshot,
  sample: (id: string) => {
    const sample = sampleById(id) ?? SAMPLES[0];
    return sampleBytes(sample, (url) => fetch(url));
  },
  save: workbookBytes,
  download,
};

/** The open file's name, for Office.context.document.url (empty for a new workbook). */
let documentName = "";

function fromBase64(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

/** `?sample=logikmodell-exempel` starts from a sample instead of an empty workbook. */
async function firstWorkbook(model: PlaygroundModel): Promise<void> {
  const id = new URLSearchParams(location.search).get("sample");
  if (!id || !sampleById(id)) return;
  model.load(await xlsxToSnapshot(await files.sample(id)));
  documentName = sampleById(id)?.url.split("/").pop() ?? "";
}

async function start(): Promise<void> {
  const locale = navigator.language || "en-US";
  const lang = langOf(locale);
  const strings = playgroundStrings[lang];
  document.documentElement.lang = lang;
  // The workbook speaks the browser's language, as Excel speaks its own (Blad1, SI messages).
  const model = createPlaygroundModel(undefined, { lang });
  await firstWorkbook(model);
  const office = createOfficeHost(model, {
    displayLanguage: locale,
    fileBytes: () => workbookBytes(model),
    documentUrl: () => documentName,
    // Excel opens the Dela view's copy as a new workbook; the page offers it as a download.
    createWorkbook: async (base64) => download(fromBase64(base64), strings.copyFileName),
  });
  office.install(window);
  window.siPlayground = { model, office };
  const container = document.getElementById("playground");
  if (!container) throw new Error('playground.html has no <div id="playground">');
  createRoot(container).render(
    <React.StrictMode>
      <PlaygroundPage
        model={model}
        strings={strings}
        locale={locale}
        files={files}
        onDocumentName={(name) => (documentName = name)}
      />
    </React.StrictMode>
  );
  await boot();
}

void start();
