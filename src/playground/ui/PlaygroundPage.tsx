import * as React from "react";
import type { PlaygroundStrings } from "../../i18n/playground";
import type { PlaygroundModel, WorkbookSnapshot } from "../model";
import { sampleById } from "../samples";
import { FormulaBar } from "./FormulaBar";
import { Grid } from "./Grid";
import { SheetTabs } from "./SheetTabs";
import { Toolbar } from "./Toolbar";
import { useSheetUi, type Message } from "./use-sheet-ui";
import { emptySnapshot } from "./workbook-files";

/** What the page does with files: reading, fetching samples and saving go through these. */
export interface PageFiles {
  read(bytes: Uint8Array): Promise<WorkbookSnapshot>;
  sample(id: string): Promise<Uint8Array>;
  save(model: PlaygroundModel): Promise<Uint8Array>;
  download(bytes: Uint8Array, fileName: string): void;
}

export interface PlaygroundPageProps {
  model: PlaygroundModel;
  strings: PlaygroundStrings;
  /** BCP 47 tag numbers are shown in (the browser's, as Excel uses the computer's). */
  locale: string;
  files: PageFiles;
  /** The name of the file now open ("" for a new workbook), for Office.context.document.url. */
  onDocumentName?(name: string): void;
}

function MessageBar(props: {
  message: Message;
  dismiss: string;
  onDismiss(): void;
}): React.JSX.Element {
  const { message } = props;
  return (
    <div className={`message ${message.kind}`} role={message.kind === "error" ? "alert" : "status"}>
      <span>{message.text}</span>
      <button type="button" onClick={props.onDismiss}>
        {props.dismiss}
      </button>
    </div>
  );
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The page around the task pane: banner, toolbar, formula bar, grid and sheet tabs. */
export function PlaygroundPage(props: PlaygroundPageProps): React.JSX.Element {
  const { model, strings, files } = props;
  const ui = useSheetUi(model, props.locale, strings);
  const [busy, setBusy] = React.useState(false);
  const gridFocus = React.useRef<() => void>(() => undefined);
  const setGridFocus = React.useCallback((focus: () => void) => {
    gridFocus.current = focus;
  }, []);
  const sheet = model.sheet(ui.sheetId);

  const run = async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };
  const loadBytes = async (name: string, bytes: () => Promise<Uint8Array>): Promise<void> => {
    try {
      model.load(await files.read(await bytes()));
      props.onDocumentName?.(name);
      ui.say({ kind: "info", text: strings.opened(name) });
    } catch (e) {
      ui.say({ kind: "error", text: strings.openFailed(name, errorText(e)) });
    }
  };

  const actions = {
    newWorkbook: () => {
      model.load(emptySnapshot(strings.firstSheet));
      props.onDocumentName?.("");
      ui.say(null);
    },
    open: (file: File) =>
      void run(() => loadBytes(file.name, async () => new Uint8Array(await file.arrayBuffer()))),
    sample: (id: string) =>
      void run(() =>
        loadBytes(`${sampleById(id)?.url.split("/").pop() ?? id}`, () => files.sample(id))
      ),
    save: () =>
      void run(async () => {
        try {
          files.download(await files.save(model), strings.fileName);
          ui.say({ kind: "info", text: strings.saved(strings.fileName) });
        } catch (e) {
          ui.say({ kind: "error", text: strings.saveFailed(errorText(e)) });
        }
      }),
    toggleProtection: () => {
      if (!sheet) return;
      model.setSheetProps(sheet.id, { protected: !sheet.protected });
      ui.say({
        kind: "info",
        text: sheet.protected ? strings.protectedOff(sheet.name) : strings.protectedOn(sheet.name),
      });
    },
  };

  return (
    <div className="workbook">
      <header className="banner">
        <strong>{strings.bannerTitle}</strong> <span>{strings.bannerText}</span>
      </header>
      <Toolbar
        strings={strings}
        sheetProtected={!!sheet?.protected}
        busy={busy}
        actions={actions}
      />
      {ui.message && (
        <MessageBar message={ui.message} dismiss={strings.dismiss} onDismiss={() => ui.say(null)} />
      )}
      <FormulaBar model={model} ui={ui} strings={strings} onDone={() => gridFocus.current()} />
      <Grid model={model} ui={ui} strings={strings} onFocusReady={setGridFocus} />
      <SheetTabs model={model} ui={ui} strings={strings} />
    </div>
  );
}
