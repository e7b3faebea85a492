/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { PHASES, checklistKey, type PhaseId } from "../../src/core/phases";
import { CHECKLIST_SETTING } from "../../src/excel/checklist-format";
import { createMemoryChecklistStore } from "../../src/excel/checklist-memory";
import type {
  ChecklistFailure,
  ChecklistSaveOutcome,
  ChecklistState,
  ChecklistStore,
} from "../../src/excel/checklist-outcome";
import { createChecklistStore } from "../../src/excel/checklist-store";
import type {
  InsertOutcome,
  TemplateFailure,
  TemplateService,
} from "../../src/excel/template-outcome";
import { phasesStrings, type PhasesStrings } from "../../src/i18n/phases";
import { uiStrings, type TemplateStrings, type UiLanguage } from "../../src/i18n/ui";
import { PhasesPane, type PhasesPaneProps } from "../../src/taskpane/PhasesPane";
import { FakeDocument, installSettings, READ_ONLY_ERROR } from "../excel/checklist-settings";
import { shimResizeObserver } from "../helpers/dom-shims";

beforeAll(shimResizeObserver);

// The shared test machine can be busy: a Fluent render may take longer than RTL's default 1 s wait.
configure({ asyncUtilTimeout: 5000 });

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

/**
 * Fluent's focus manager (tabster) handles Tab itself around an accordion header and skips what it
 * thinks is not laid out; jsdom lays nothing out (no offsetParent, an empty body), so without this
 * Tab would leave the pane in the test although it does not in a browser.
 */
function withLayout(): () => void {
  const offsetParent = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "offsetParent");
  const rect = document.body.getBoundingClientRect;
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement) {
      return this.parentElement;
    },
  });
  document.body.getBoundingClientRect = () => new DOMRect(0, 0, 400, 800);
  return () => {
    if (offsetParent) Object.defineProperty(HTMLElement.prototype, "offsetParent", offsetParent);
    document.body.getBoundingClientRect = rect;
  };
}

/** A promise the test settles, to see the pane while a call runs. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A page store whose calls are recorded; its answers can be replaced per call. */
function recordingStore(initial: unknown = null) {
  const memory = createMemoryChecklistStore(initial);
  const store = {
    load: jest.fn((): Promise<ChecklistState> => memory.load()),
    save: jest.fn((state: ChecklistState): Promise<ChecklistSaveOutcome> => memory.save(state)),
    stored: () => memory.stored(),
  };
  return store satisfies ChecklistStore;
}

function fakeTemplates(answer: InsertOutcome | Error = { kind: "inserted", sheets: ["Blad"] }) {
  const service = {
    insert: jest.fn((..._: Parameters<TemplateService["insert"]>) =>
      answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer)
    ),
    convertLogicModel: jest.fn(() => Promise.reject(new Error("not used"))),
    removeExample: jest.fn(() => Promise.reject(new Error("not used"))),
  };
  return service satisfies TemplateService;
}

function renderPane(props: PhasesPaneProps) {
  const user = userEvent.setup();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <PhasesPane {...props} />
    </FluentProvider>
  );
  const rerender = (next: PhasesPaneProps) =>
    view.rerender(
      <FluentProvider theme={webLightTheme}>
        <PhasesPane {...next} />
      </FluentProvider>
    );
  return { user, rerender, container: view.container };
}

const isChecked = (el: HTMLElement): boolean => (el as HTMLInputElement).checked;
const isDisabled = (el: HTMLElement): boolean => (el as HTMLButtonElement).disabled;
const intentOf = (el: HTMLElement) => el.closest(".fui-MessageBar")?.getAttribute("data-intent");

/** The phase's header button, by its accessible name (title and progress). */
function header(t: PhasesStrings, phase: PhaseId): HTMLElement {
  return screen.getByRole("button", { name: new RegExp(`^${escape(t.phases[phase].title)} `) });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function progressBar(t: PhasesStrings, phase: PhaseId, done: number, total: number): HTMLElement {
  return screen.getByRole("progressbar", {
    name: t.progressLabel(t.phases[phase].title, done, total),
  });
}

/** The words of one item, as the pane shows them. */
function itemText(t: PhasesStrings, phase: PhaseId, item: string): string {
  return (t.phases[phase].items as Record<string, string>)[item];
}

/** Waits until the checklist has been read (the boxes are enabled). */
async function loaded(t: PhasesStrings): Promise<void> {
  await waitFor(() => expect(screen.queryByText(t.loading)).toBeNull());
}

// Hand-counted from the checklists: needs 5, choice 5, design 6, running 6, evaluation 6, scale-up 5.
const ITEM_COUNTS: Record<PhaseId, number> = {
  needs: 5,
  choice: 5,
  design: 6,
  running: 6,
  evaluation: 6,
  "scale-up": 5,
};

const TEMPLATE_FAILURES: TemplateFailure[] = [
  { kind: "failed", reason: "needsNewerExcel", detail: "1.8" },
  { kind: "failed", reason: "cellEditMode", detail: "edit" },
  { kind: "failed", reason: "protected", detail: "AccessDenied: skyddad" },
  { kind: "failed", reason: "other", detail: "Något gick snett" },
];

function templateFailureText(t: TemplateStrings, f: TemplateFailure): string {
  if (f.reason === "needsNewerExcel") return t.needsNewerExcel(f.detail);
  if (f.reason === "cellEditMode") return t.cellEditMode;
  if (f.reason === "protected") return t.protectedWorkbook(f.detail);
  return t.failed(f.detail);
}

describe.each<UiLanguage>(["sv", "en"])("the Faser tab in %s", (language) => {
  const t = phasesStrings[language];
  const templates = uiStrings[language].templates;

  it("lists the six phases in order, each with its progress, and opens the first", async () => {
    renderPane({ language, store: recordingStore(), templateService: fakeTemplates() });
    await loaded(t);
    const headers = PHASES.map((p) => header(t, p.id));
    expect(headers.map((h) => h.textContent)).toEqual(
      PHASES.map((p, i) => `${i + 1}${t.phases[p.id].title}${t.progress(0, ITEM_COUNTS[p.id])}`)
    );
    // Each header is a level-2 heading, so the phases can be skimmed by heading.
    expect(screen.getAllByRole("heading", { level: 2 })).toHaveLength(6);
    for (const phase of PHASES) {
      const bar = progressBar(t, phase.id, 0, ITEM_COUNTS[phase.id]);
      expect(bar.getAttribute("aria-valuenow")).toBe("0");
      expect(bar.getAttribute("aria-valuemax")).toBe(String(ITEM_COUNTS[phase.id]));
    }
    expect(headers.map((h) => h.getAttribute("aria-expanded"))).toEqual([
      "true",
      "false",
      "false",
      "false",
      "false",
      "false",
    ]);
    expect(screen.getByText(t.phases.needs.explanation)).toBeTruthy();
  });

  it("opens the phase where the work stands, once the document's checklist is read", async () => {
    const ticked = Object.fromEntries(
      PHASES[0].items.map((item) => [checklistKey("needs", item), true])
    );
    renderPane({ language, store: recordingStore({ version: 1, checked: ticked }) });
    await waitFor(() => expect(header(t, "choice").getAttribute("aria-expanded")).toBe("true"));
    expect(header(t, "needs").getAttribute("aria-expanded")).toBe("false");
    expect(header(t, "needs").textContent).toContain(t.progress(5, 5));
    expect(progressBar(t, "needs", 5, 5).getAttribute("aria-valuenow")).toBe("5");
    expect(screen.getByText(t.phases.choice.explanation)).toBeTruthy();
  });

  it("opens one phase at a time, and closes it again", async () => {
    const { user } = renderPane({ language, store: recordingStore() });
    await loaded(t);
    await user.click(header(t, "design"));
    expect(header(t, "design").getAttribute("aria-expanded")).toBe("true");
    expect(header(t, "needs").getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByText(t.phases.needs.explanation)).toBeNull();
    await user.click(header(t, "design"));
    expect(header(t, "design").getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryAllByRole("checkbox")).toHaveLength(0);
  });

  it("explains every phase and lists its sheets and its checklist", async () => {
    const { user } = renderPane({
      language,
      store: recordingStore(),
      templateService: fakeTemplates(),
    });
    await loaded(t);
    for (const phase of PHASES) {
      if (header(t, phase.id).getAttribute("aria-expanded") !== "true")
        await user.click(header(t, phase.id));
      expect(screen.getByText(t.phases[phase.id].explanation)).toBeTruthy();
      const sheets = screen.getByRole("region", { name: t.sheetsHeading });
      for (const id of phase.sheets) {
        expect(within(sheets).getByText(templates.sheets[id].name)).toBeTruthy();
        expect(within(sheets).getByText(templates.sheets[id].description)).toBeTruthy();
        expect(
          isDisabled(
            within(sheets).getByRole("button", { name: t.insertSheet(templates.sheets[id].name) })
          )
        ).toBe(false);
      }
      const all = within(sheets).queryByRole("button", { name: t.insertAll(phase.sheets.length) });
      expect(all !== null).toBe(phase.sheets.length > 1);
      const group = screen.getByRole("group", { name: t.checklistHeading });
      expect(
        within(group)
          .getAllByRole("checkbox")
          .map((c) => c.closest("li")?.textContent)
      ).toEqual(phase.items.map((item) => itemText(t, phase.id, item)));
    }
  });

  it("saves a tick in the document under the item's key, and counts it", async () => {
    const store = recordingStore();
    const { user } = renderPane({ language, store });
    await loaded(t);
    await user.click(header(t, "design"));
    await user.click(screen.getByRole("checkbox", { name: itemText(t, "design", "risks") }));
    await user.click(screen.getByRole("checkbox", { name: itemText(t, "design", "logic-model") }));
    await waitFor(() => expect(store.save).toHaveBeenCalledTimes(2));
    expect(store.stored()).toEqual({
      version: 1,
      checked: { "design.logic-model": true, "design.risks": true },
    });
    expect(header(t, "design").textContent).toContain(t.progress(2, 6));
    expect(progressBar(t, "design", 2, 6).getAttribute("aria-valuenow")).toBe("2");
    // Unticking takes it out again.
    await user.click(screen.getByRole("checkbox", { name: itemText(t, "design", "risks") }));
    await waitFor(() =>
      expect(store.stored()).toEqual({ version: 1, checked: { "design.logic-model": true } })
    );
    expect(header(t, "design").textContent).toContain(t.progress(1, 6));
  });

  it("shows a tick at once, before the document has answered", async () => {
    const store = recordingStore();
    const pending = deferred<ChecklistSaveOutcome>();
    const { user } = renderPane({ language, store });
    await loaded(t);
    store.save.mockReturnValueOnce(pending.promise);
    const box = screen.getByRole("checkbox", { name: itemText(t, "needs", "flow") });
    await user.click(box);
    expect(isChecked(box)).toBe(true);
    expect(header(t, "needs").textContent).toContain(t.progress(1, 5));
    await act(async () => pending.resolve({ kind: "saved" }));
    expect(isChecked(box)).toBe(true);
  });

  it.each<[string, ChecklistFailure, (t: PhasesStrings) => string]>([
    ["readOnly", { kind: "failed", reason: "readOnly", detail: "x" }, (t) => t.saveReadOnly],
    [
      "newerVersion",
      { kind: "failed", reason: "newerVersion", detail: "x" },
      (t) => t.saveNewerVersion,
    ],
    ["session", { kind: "failed", reason: "session", detail: "x" }, (t) => t.saveSession],
    [
      "other",
      { kind: "failed", reason: "other", detail: "Fel 4001" },
      (t) => t.saveFailed("Fel 4001"),
    ],
  ])("rolls back a tick that cannot be saved (%s) and says why", async (_, failure, text) => {
    const store = recordingStore({ version: 1, checked: { "needs.gaps": true } });
    const { user } = renderPane({ language, store });
    await loaded(t);
    store.save.mockResolvedValue(failure);
    const box = screen.getByRole("checkbox", { name: itemText(t, "needs", "flow") });
    await user.click(box);
    const bar = await screen.findByText(text(t));
    expect(intentOf(bar)).toBe("error");
    expect(isChecked(box)).toBe(false);
    expect(header(t, "needs").textContent).toContain(t.progress(1, 5));
    // An untick that fails comes back ticked.
    const gaps = screen.getByRole("checkbox", { name: itemText(t, "needs", "gaps") });
    await user.click(gaps);
    await waitFor(() => expect(store.save).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(isChecked(gaps)).toBe(true));
    expect(screen.getByText(text(t))).toBeTruthy();
    expect(store.stored()).toEqual({ version: 1, checked: { "needs.gaps": true } });
    // The next tick that is saved clears the message.
    store.save.mockRestore();
    await user.click(box);
    await waitFor(() => expect(screen.queryByText(text(t))).toBeNull());
  });

  it("rolls back and explains a save that throws", async () => {
    const store = recordingStore();
    const { user } = renderPane({ language, store });
    await loaded(t);
    store.save.mockRejectedValueOnce(new Error("Oväntat"));
    const box = screen.getByRole("checkbox", { name: itemText(t, "needs", "costs") });
    await user.click(box);
    expect(intentOf(await screen.findByText(t.saveFailed("Oväntat")))).toBe("error");
    expect(isChecked(box)).toBe(false);
  });

  it("saves ticks made in quick succession one after the other, none lost", async () => {
    const store = recordingStore();
    const { user } = renderPane({ language, store });
    await loaded(t);
    const first = deferred<ChecklistSaveOutcome>();
    const realSave = store.save.getMockImplementation()!;
    store.save.mockImplementationOnce(async (state) => {
      await first.promise;
      return realSave(state);
    });
    const flow = screen.getByRole("checkbox", { name: itemText(t, "needs", "flow") });
    const gaps = screen.getByRole("checkbox", { name: itemText(t, "needs", "gaps") });
    const costs = screen.getByRole("checkbox", { name: itemText(t, "needs", "costs") });
    await user.click(flow);
    await user.click(gaps);
    await user.click(costs);
    await user.click(costs); // and changed my mind
    expect([flow, gaps, costs].map(isChecked)).toEqual([true, true, false]);
    expect(store.save).toHaveBeenCalledTimes(1); // the others wait for the first
    await act(async () => first.resolve({ kind: "saved" }));
    await waitFor(() => expect(store.save).toHaveBeenCalledTimes(4));
    expect(store.stored()).toEqual({
      version: 1,
      checked: { "needs.flow": true, "needs.gaps": true },
    });
    expect([flow, gaps, costs].map(isChecked)).toEqual([true, true, false]);
    expect(header(t, "needs").textContent).toContain(t.progress(2, 5));
  });

  it("waits for the document's checklist before the boxes can be ticked", async () => {
    const store = recordingStore({ version: 1, checked: { "needs.flow": true } });
    const read = deferred<ChecklistState>();
    store.load.mockReturnValueOnce(read.promise);
    renderPane({ language, store });
    expect(screen.getByText(t.loading)).toBeTruthy();
    const box = screen.getByRole("checkbox", { name: itemText(t, "needs", "flow") });
    expect(isDisabled(box)).toBe(true);
    await act(async () => read.resolve({ checked: new Set(["needs.flow"]) }));
    await loaded(t);
    expect(isDisabled(box)).toBe(false);
    expect(isChecked(box)).toBe(true);
  });

  it("says so when the checklist cannot be read, and still lets the user tick", async () => {
    const store = recordingStore();
    store.load.mockRejectedValueOnce(new Error("Läsfel"));
    const { user } = renderPane({ language, store });
    expect(intentOf(await screen.findByText(t.loadFailed("Läsfel")))).toBe("warning");
    const box = screen.getByRole("checkbox", { name: itemText(t, "needs", "flow") });
    await user.click(box);
    await waitFor(() =>
      expect(store.stored()).toEqual({ version: 1, checked: { "needs.flow": true } })
    );
    // A later read that works clears the warning.
    expect(screen.queryByText(t.loadFailed("Läsfel"))).toBeNull();
  });

  it("inserts one of the phase's sheets in the pane's language, with the example", async () => {
    const service = fakeTemplates({ kind: "inserted", sheets: ["Intressentanalys (2)"] });
    const { user } = renderPane({ language, store: recordingStore(), templateService: service });
    await loaded(t);
    const name = templates.sheets.intressenter.name;
    await user.click(screen.getByRole("button", { name: t.insertSheet(name) }));
    expect(service.insert).toHaveBeenCalledTimes(1);
    expect(service.insert).toHaveBeenCalledWith(["intressenter"], {
      lang: language,
      example: true,
    });
    const text = await screen.findByText(templates.inserted(["Intressentanalys (2)"]));
    expect(intentOf(text)).toBe("success");
  });

  it("inserts all of a phase's sheets in one go, without the example when switched off", async () => {
    const service = fakeTemplates({ kind: "inserted", sheets: ["A", "B", "C", "D", "E"] });
    const { user } = renderPane({ language, store: recordingStore(), templateService: service });
    await loaded(t);
    await user.click(screen.getByRole("switch", { name: t.exampleSwitch }));
    await user.click(header(t, "design"));
    await user.click(screen.getByRole("button", { name: t.insertAll(5) }));
    expect(service.insert).toHaveBeenCalledWith(
      ["logikmodell", "kalkyl", "uppskalning", "riskmatris", "uppfoljning"],
      { lang: language, example: false }
    );
    expect(await screen.findByText(templates.inserted(["A", "B", "C", "D", "E"]))).toBeTruthy();
  });

  it("inserts one thing at a time, with a spinner on the button that runs", async () => {
    const service = fakeTemplates();
    const pending = deferred<InsertOutcome>();
    service.insert.mockReturnValueOnce(pending.promise);
    const { user } = renderPane({ language, store: recordingStore(), templateService: service });
    await loaded(t);
    await user.click(header(t, "evaluation"));
    await user.click(
      screen.getByRole("button", { name: t.insertSheet(templates.sheets.kalkyl.name) })
    );
    const running = screen.getByRole("button", { name: t.inserting });
    expect(running.querySelector(".fui-Spinner")).not.toBeNull();
    expect(isDisabled(running)).toBe(true);
    expect(isDisabled(screen.getByRole("button", { name: t.insertAll(4) }))).toBe(true);
    expect(isDisabled(screen.getByRole("switch", { name: t.exampleSwitch }))).toBe(true);
    // Ticks are not held up by an insertion.
    expect(
      isDisabled(screen.getByRole("checkbox", { name: itemText(t, "evaluation", "effects") }))
    ).toBe(false);
    await act(async () => pending.resolve({ kind: "inserted", sheets: ["Kalkyl (2)"] }));
    expect(await screen.findByText(templates.inserted(["Kalkyl (2)"]))).toBeTruthy();
    expect(service.insert).toHaveBeenCalledWith(["kalkyl"], { lang: language, example: true });
    // The outcome belongs to its phase: another phase does not show it.
    await user.click(header(t, "choice"));
    expect(screen.queryByText(templates.inserted(["Kalkyl (2)"]))).toBeNull();
  });

  it.each(TEMPLATE_FAILURES)(
    "shows an insertion that fails ($reason) as an error",
    async (failure) => {
      const { user } = renderPane({
        language,
        store: recordingStore(),
        templateService: fakeTemplates(failure),
      });
      await loaded(t);
      await user.click(
        screen.getByRole("button", { name: t.insertSheet(templates.sheets.intressenter.name) })
      );
      expect(intentOf(await screen.findByText(templateFailureText(templates, failure)))).toBe(
        "error"
      );
    }
  );

  it("shows an insertion that throws as a failure instead of losing it", async () => {
    const { user } = renderPane({
      language,
      store: recordingStore(),
      templateService: fakeTemplates(new Error("Kastat fel")),
    });
    await loaded(t);
    const button = screen.getByRole("button", {
      name: t.insertSheet(templates.sheets.intressenter.name),
    });
    await user.click(button);
    expect(intentOf(await screen.findByText(templates.failed("Kastat fel")))).toBe("error");
    expect(isDisabled(button)).toBe(false);
  });

  it("outside Excel: explains, disables insertion, and keeps ticks in the page", async () => {
    const { user } = renderPane({ language });
    await loaded(t);
    expect(intentOf(screen.getByText(t.needsExcel))).toBe("info");
    expect(intentOf(screen.getByText(t.notSavedOutsideExcel))).toBe("info");
    expect(screen.queryByText(t.savedInWorkbook)).toBeNull();
    expect(
      isDisabled(
        screen.getByRole("button", { name: t.insertSheet(templates.sheets.intressenter.name) })
      )
    ).toBe(true);
    expect(isDisabled(screen.getByRole("switch", { name: t.exampleSwitch }))).toBe(true);
    const box = screen.getByRole("checkbox", { name: itemText(t, "needs", "indicators") });
    await user.click(box);
    await waitFor(() => expect(header(t, "needs").textContent).toContain(t.progress(1, 5)));
    expect(isChecked(box)).toBe(true);
  });

  it("in Excel: says the ticks travel with the workbook", async () => {
    renderPane({ language, store: recordingStore(), templateService: fakeTemplates() });
    await loaded(t);
    expect(screen.getByText(t.savedInWorkbook)).toBeTruthy();
    expect(screen.queryByText(t.notSavedOutsideExcel)).toBeNull();
    expect(screen.queryByText(t.needsExcel)).toBeNull();
  });

  it("can be used from the keyboard alone", async () => {
    uninstall = withLayout();
    const store = recordingStore();
    const { user } = renderPane({ language, store, templateService: fakeTemplates() });
    await loaded(t);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("switch", { name: t.exampleSwitch }));
    await user.tab();
    expect(document.activeElement).toBe(header(t, "needs"));
    await user.keyboard("{Enter}"); // closes the open phase
    expect(header(t, "needs").getAttribute("aria-expanded")).toBe("false");
    await user.tab();
    expect(document.activeElement).toBe(header(t, "choice"));
    await user.keyboard("{Enter}");
    expect(header(t, "choice").getAttribute("aria-expanded")).toBe("true");
    await user.tab();
    expect(document.activeElement).toBe(
      screen.getByRole("button", { name: t.insertSheet(templates.sheets.kalkyl.name) })
    );
    await user.tab();
    const first = screen.getByRole("checkbox", { name: itemText(t, "choice", "needs-match") });
    expect(document.activeElement).toBe(first);
    await user.keyboard(" ");
    await waitFor(() =>
      expect(store.stored()).toEqual({ version: 1, checked: { "choice.needs-match": true } })
    );
  });

  it("has no accessibility violations axe can find", async () => {
    const { container, user } = renderPane({
      language,
      store: recordingStore({ version: 1, checked: { "design.risks": true } }),
      templateService: fakeTemplates({ kind: "failed", reason: "cellEditMode", detail: "" }),
    });
    await loaded(t);
    await user.click(header(t, "design"));
    await user.click(screen.getByRole("button", { name: t.insertAll(5) }));
    await screen.findByText(templates.cellEditMode);
    const result = await axe.run(container, {
      // jsdom does not lay out or paint: contrast cannot be measured there. The pane is one part
      // of a page whose landmarks the shell provides.
      rules: { "color-contrast": { enabled: false }, region: { enabled: false } },
    });
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});

describe("the Faser tab and colleagues in the same workbook (document settings)", () => {
  const t = phasesStrings.sv;

  /** Two add-in instances over one document: mine in the pane, and a colleague's. */
  function twoInstances() {
    const doc = new FakeDocument();
    const mine = doc.open();
    const theirs = doc.open();
    uninstall = installSettings(mine);
    return {
      doc,
      mine,
      store: createChecklistStore(mine.asOffice()),
      colleague: createChecklistStore(theirs.asOffice()),
    };
  }

  /** The same store without the co-authoring event, as in desktop Excel. */
  const withoutEvents = (store: ChecklistStore): ChecklistStore => ({
    load: () => store.load(),
    save: (s) => store.save(s),
  });

  it("a tick keeps the ticks a colleague saved since the pane read the document", async () => {
    const { doc, store, colleague } = twoInstances();
    const { user } = renderPane({ language: "sv", store: withoutEvents(store) });
    await loaded(t);
    await colleague.save({ checked: new Set(["needs.gaps"]) });
    await user.click(screen.getByRole("checkbox", { name: itemText(t, "needs", "flow") }));
    await waitFor(() =>
      expect(doc.value(CHECKLIST_SETTING)).toEqual({
        version: 1,
        checked: { "needs.flow": true, "needs.gaps": true },
      })
    );
    // And the colleague's tick is now shown too.
    expect(isChecked(screen.getByRole("checkbox", { name: itemText(t, "needs", "gaps") }))).toBe(
      true
    );
    expect(header(t, "needs").textContent).toContain(t.progress(2, 5));
  });

  it("a tick costs one read and one save of the settings, and no Excel.run", async () => {
    const { mine, store } = twoInstances();
    const { user } = renderPane({ language: "sv", store });
    await loaded(t);
    expect(mine.calls).toMatchObject({ refreshAsync: 1, saveAsync: 0 });
    await user.click(screen.getByRole("checkbox", { name: itemText(t, "needs", "flow") }));
    await waitFor(() => expect(mine.calls.saveAsync).toBe(1));
    expect(mine.calls.refreshAsync).toBe(2);
    // The fake installs no Excel at all: an Excel.run would have thrown and shown as a failure.
    expect((globalThis as { Excel?: unknown }).Excel).toBeUndefined();
    expect(document.querySelector('[data-intent="error"]')).toBeNull();
  });

  it("shows a co-author's tick when Excel says the settings changed", async () => {
    const { store, colleague } = twoInstances();
    renderPane({ language: "sv", store });
    await loaded(t);
    await act(async () => {
      await colleague.save({ checked: new Set(["needs.costs"]) });
    });
    await waitFor(() =>
      expect(isChecked(screen.getByRole("checkbox", { name: itemText(t, "needs", "costs") }))).toBe(
        true
      )
    );
  });

  it("reads again when the pane becomes visible", async () => {
    const { store, colleague } = twoInstances();
    renderPane({ language: "sv", store: withoutEvents(store) });
    await loaded(t);
    await colleague.save({ checked: new Set(["needs.costs"]) });
    const box = screen.getByRole("checkbox", { name: itemText(t, "needs", "costs") });
    expect(isChecked(box)).toBe(false);
    await act(async () => {
      fireEvent(document, new Event("visibilitychange"));
    });
    await waitFor(() => expect(isChecked(box)).toBe(true));
  });

  it("reads again when its tab is shown", async () => {
    const { store, colleague } = twoInstances();
    const plain = withoutEvents(store);
    const { rerender } = renderPane({ language: "sv", store: plain, active: true });
    await loaded(t);
    rerender({ language: "sv", store: plain, active: false });
    await colleague.save({ checked: new Set(["needs.stakeholders"]) });
    rerender({ language: "sv", store: plain, active: true });
    await waitFor(() =>
      expect(
        isChecked(screen.getByRole("checkbox", { name: itemText(t, "needs", "stakeholders") }))
      ).toBe(true)
    );
  });

  it("a read-only workbook: the tick is rolled back, the document untouched", async () => {
    const { doc, mine, store } = twoInstances();
    const { user } = renderPane({ language: "sv", store });
    await loaded(t);
    mine.saveError = READ_ONLY_ERROR;
    const box = screen.getByRole("checkbox", { name: itemText(t, "needs", "flow") });
    await user.click(box);
    expect(intentOf(await screen.findByText(t.saveReadOnly))).toBe("error");
    expect(isChecked(box)).toBe(false);
    expect(doc.value(CHECKLIST_SETTING)).toBeUndefined();
  });

  it("a checklist from a newer version is shown but not overwritten", async () => {
    const { doc, store } = twoInstances();
    const newer = { version: 2, checked: { "needs.flow": true }, extra: [1] };
    doc.saved.set(CHECKLIST_SETTING, JSON.stringify(newer));
    const { user } = renderPane({ language: "sv", store });
    await loaded(t);
    const flow = screen.getByRole("checkbox", { name: itemText(t, "needs", "flow") });
    expect(isChecked(flow)).toBe(true);
    await user.click(screen.getByRole("checkbox", { name: itemText(t, "needs", "gaps") }));
    expect(await screen.findByText(t.saveNewerVersion)).toBeTruthy();
    expect(doc.value(CHECKLIST_SETTING)).toEqual(newer);
  });

  it("a garbled stored value is an empty checklist, not a crash", async () => {
    const { doc, store } = twoInstances();
    doc.saved.set(CHECKLIST_SETTING, JSON.stringify({ version: "x", checked: 3 }));
    renderPane({ language: "sv", store });
    await loaded(t);
    expect(header(t, "needs").textContent).toContain(t.progress(0, 5));
  });

  it("stops listening for co-authors when it unmounts", async () => {
    const { mine, store } = twoInstances();
    const view = render(<PhasesPane language="sv" store={store} />);
    await loaded(t);
    expect(mine.handlerCount).toBe(1);
    view.unmount();
    expect(mine.handlerCount).toBe(0);
  });
});
