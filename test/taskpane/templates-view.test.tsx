/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type {
  ConvertOutcome,
  InsertOutcome,
  RemoveExampleOutcome,
  TemplateFailure,
  TemplateService,
} from "../../src/excel/template-outcome";
import { uiStrings, type TemplateStrings, type UiLanguage } from "../../src/i18n/ui";
import { logicText } from "../../src/i18n/logicmodel";
import { App } from "../../src/taskpane/App";
import { TemplatesPane } from "../../src/taskpane/TemplatesPane";
import { TEMPLATES } from "../../src/templates/index";
import { TEMPLATE_IDS } from "../../src/templates/spec";
import { shimResizeObserver } from "../helpers/dom-shims";

beforeAll(shimResizeObserver);

/** A service whose every call answers with what the test gives, and records what it was asked. */
function fakeService(answers: {
  insert?: InsertOutcome | Error;
  convert?: ConvertOutcome | Error;
  remove?: RemoveExampleOutcome | Error;
}) {
  const answer = <T,>(a: T | Error | undefined): Promise<T> =>
    a instanceof Error ? Promise.reject(a) : Promise.resolve(a as T);
  const service = {
    insert: jest.fn((..._: Parameters<TemplateService["insert"]>) => answer(answers.insert)),
    convertLogicModel: jest.fn((_: Parameters<TemplateService["convertLogicModel"]>[0]) =>
      answer(answers.convert)
    ),
    removeExample: jest.fn(() => answer(answers.remove)),
  };
  return service satisfies TemplateService;
}

function renderPane(language: UiLanguage, service?: TemplateService) {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <TemplatesPane language={language} service={service} />
    </FluentProvider>
  );
  return user;
}

const isChecked = (el: HTMLElement): boolean => (el as HTMLInputElement).checked;
const isMixed = (el: HTMLElement): boolean => (el as HTMLInputElement).indeterminate;
const isDisabled = (el: HTMLElement): boolean => (el as HTMLButtonElement).disabled;

/** The text of the elements aria-describedby names. */
function descriptionOf(el: HTMLElement): string {
  const ids = (el.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
}

/** The intent of the message bar an element is in. */
function intentOf(el: HTMLElement): string | null | undefined {
  return el.closest(".fui-MessageBar")?.getAttribute("data-intent");
}

/** A promise the test settles, to see the pane while an action runs. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const FAILURES: TemplateFailure[] = [
  { kind: "failed", reason: "needsNewerExcel", detail: "1.8" },
  { kind: "failed", reason: "cellEditMode", detail: "edit mode" },
  { kind: "failed", reason: "protected", detail: "AccessDenied: skyddad" },
  { kind: "failed", reason: "other", detail: "Något gick snett" },
];

function failureMessage(t: TemplateStrings, f: TemplateFailure): string {
  if (f.reason === "needsNewerExcel") return t.needsNewerExcel(f.detail);
  if (f.reason === "cellEditMode") return t.cellEditMode;
  if (f.reason === "protected") return t.protectedWorkbook(f.detail);
  return t.failed(f.detail);
}

describe.each<UiLanguage>(["sv", "en"])("the Mallar tab in %s", (language) => {
  const t = uiStrings[language].templates;

  it("lists every sheet, each labelled and described, with the example on by default", () => {
    renderPane(language, fakeService({}));
    for (const id of TEMPLATE_IDS) {
      const box = screen.getByRole("checkbox", { name: t.sheets[id].name });
      expect(isChecked(box)).toBe(false);
      expect(descriptionOf(box)).toBe(t.sheets[id].description);
    }
    expect(screen.getByRole("group", { name: t.sheetsHeading })).toBeTruthy();
    expect(isChecked(screen.getByRole("switch", { name: t.exampleSwitch }))).toBe(true);
    // Nothing chosen, nothing to insert; the active-sheet actions are ready.
    expect(isDisabled(screen.getByRole("button", { name: t.insertButton }))).toBe(true);
    expect(isDisabled(screen.getByRole("button", { name: t.removeExampleButton }))).toBe(false);
    expect(isDisabled(screen.getByRole("button", { name: t.convertButton }))).toBe(false);
  });

  it("names the sheets as the templates name them in the workbook", () => {
    for (const id of TEMPLATE_IDS)
      expect(t.sheets[id].name).toBe(TEMPLATES[id].sheetName[language]);
  });

  it("inserts the chosen sheets in one go, in the list's order, and says which", async () => {
    const service = fakeService({
      insert: { kind: "inserted", sheets: ["Kalkyl", "Riskmatris (2)"] },
    });
    const user = renderPane(language, service);
    await user.click(screen.getByRole("checkbox", { name: t.sheets.kalkyl.name }));
    await user.click(screen.getByRole("checkbox", { name: t.sheets.riskmatris.name }));
    await user.click(screen.getByRole("button", { name: t.insertButton }));
    expect(service.insert).toHaveBeenCalledTimes(1);
    expect(service.insert).toHaveBeenCalledWith(["riskmatris", "kalkyl"], {
      lang: language,
      example: true,
    });
    expect(intentOf(await screen.findByText(t.inserted(["Kalkyl", "Riskmatris (2)"])))).toBe(
      "success"
    );
  });

  it("inserts without the example when the switch is off, and selects all or none at once", async () => {
    const service = fakeService({ insert: { kind: "inserted", sheets: ["X"] } });
    const user = renderPane(language, service);
    const all = screen.getByRole("checkbox", { name: t.selectAll });
    await user.click(all);
    for (const id of TEMPLATE_IDS)
      expect(isChecked(screen.getByRole("checkbox", { name: t.sheets[id].name }))).toBe(true);
    await user.click(screen.getByRole("checkbox", { name: t.sheets.kalkyl.name }));
    expect(isMixed(all)).toBe(true);
    await user.click(all);
    expect(isChecked(all)).toBe(true);
    await user.click(screen.getByRole("switch", { name: t.exampleSwitch }));
    await user.click(screen.getByRole("button", { name: t.insertButton }));
    expect(service.insert).toHaveBeenCalledWith(TEMPLATE_IDS, { lang: language, example: false });
    expect(await screen.findByText(t.inserted(["X"]))).toBeTruthy();
    await user.click(all);
    expect(isChecked(all)).toBe(false);
    expect(isDisabled(screen.getByRole("button", { name: t.insertButton }))).toBe(true);
  });

  it("disables everything and shows a spinner while an action runs", async () => {
    const pending = deferred<RemoveExampleOutcome>();
    const service = fakeService({});
    service.removeExample.mockReturnValueOnce(pending.promise);
    const user = renderPane(language, service);
    await user.click(screen.getByRole("button", { name: t.removeExampleButton }));
    const running = screen.getByRole("button", { name: t.removing });
    expect(isDisabled(running)).toBe(true);
    expect(running.querySelector(".fui-Spinner")).not.toBeNull();
    expect(isDisabled(screen.getByRole("button", { name: t.convertButton }))).toBe(true);
    expect(isDisabled(screen.getByRole("checkbox", { name: t.sheets.kalkyl.name }))).toBe(true);
    expect(isDisabled(screen.getByRole("switch", { name: t.exampleSwitch }))).toBe(true);
    await act(async () =>
      pending.resolve({ kind: "removed", sheet: "Kalkyl", template: "kalkyl", rows: 3, cells: 1 })
    );
    expect(await screen.findByText(t.removed("Kalkyl", 3, 1))).toBeTruthy();
    expect(isDisabled(screen.getByRole("button", { name: t.removeExampleButton }))).toBe(false);
  });

  it.each<[string, RemoveExampleOutcome]>([
    [
      "success",
      { kind: "removed", sheet: "Riskmatris", template: "riskmatris", rows: 5, cells: 2 },
    ],
    ["info", { kind: "nothingLeft", sheet: "Riskmatris", template: "riskmatris" }],
    ["warning", { kind: "notTemplate", sheet: "Budget" }],
  ])("words the removal's outcome (%s)", async (intent, outcome) => {
    const service = fakeService({ remove: outcome });
    const user = renderPane(language, service);
    await user.click(screen.getByRole("button", { name: t.removeExampleButton }));
    const expected =
      outcome.kind === "removed"
        ? t.removed(outcome.sheet, outcome.rows, outcome.cells)
        : outcome.kind === "nothingLeft"
          ? t.nothingLeft(outcome.sheet)
          : outcome.kind === "notTemplate"
            ? t.notTemplate(outcome.sheet)
            : "";
    expect(intentOf(await screen.findByText(expected))).toBe(intent);
    expect(service.removeExample).toHaveBeenCalledTimes(1);
  });

  it("converts the logic model and lists the red-thread gaps", async () => {
    const warnings = [
      { level: "aim" as const, message: logicText(language, "noIndicator", { level: "Mål" }) },
      {
        level: "resource" as const,
        message: logicText(language, "emptyLevel", { level: "Resurser" }),
      },
    ];
    const service = fakeService({
      convert: {
        kind: "converted",
        sheet: "Logikmodell (2)",
        source: "Vår modell",
        indicators: 6,
        warnings,
      },
    });
    const user = renderPane(language, service);
    await user.click(screen.getByRole("button", { name: t.convertButton }));
    expect(service.convertLogicModel).toHaveBeenCalledWith(language);
    expect(await screen.findByText(t.converted("Vår modell", "Logikmodell (2)", 6))).toBeTruthy();
    expect(intentOf(screen.getByText(t.redThreadHeading(2)))).toBe("warning");
    const items = screen
      .getAllByRole("listitem")
      .filter((li) => warnings.some((w) => li.textContent === w.message));
    expect(items).toHaveLength(2);
  });

  it("says when the red thread has no gaps, and what the reader looks for when there is no model", async () => {
    const service = fakeService({
      convert: {
        kind: "converted",
        sheet: "Logikmodell",
        source: "Blad1",
        indicators: 1,
        warnings: [],
      },
    });
    const user = renderPane(language, service);
    await user.click(screen.getByRole("button", { name: t.convertButton }));
    expect(await screen.findByText(t.noGaps)).toBeTruthy();

    service.convertLogicModel.mockResolvedValueOnce({
      kind: "notFound",
      message: logicText(language, "notFound"),
    });
    await user.click(screen.getByRole("button", { name: t.convertButton }));
    const text = t.notFound(logicText(language, "notFound"));
    expect(intentOf(await screen.findByText(text))).toBe("warning");
    expect(text.charAt(0)).toBe(text.charAt(0).toLocaleUpperCase());
    expect(screen.queryByText(t.noGaps)).toBeNull();
  });

  describe.each(FAILURES)("shows a failure ($reason) as an error bar", (failure) => {
    it.each(["insert", "remove", "convert"] as const)("after %s", async (action) => {
      const service = fakeService({ insert: failure, remove: failure, convert: failure });
      const user = renderPane(language, service);
      if (action === "insert") {
        await user.click(screen.getByRole("checkbox", { name: t.sheets.beslutsunderlag.name }));
        await user.click(screen.getByRole("button", { name: t.insertButton }));
      } else if (action === "remove") {
        await user.click(screen.getByRole("button", { name: t.removeExampleButton }));
      } else {
        await user.click(screen.getByRole("button", { name: t.convertButton }));
      }
      const text = await screen.findByText(failureMessage(t, failure));
      expect(intentOf(text)).toBe("error");
    });
  });

  it("shows an unexpected rejection as a failure instead of losing it", async () => {
    const service = fakeService({ remove: new Error("Oväntat fel") });
    const user = renderPane(language, service);
    await user.click(screen.getByRole("button", { name: t.removeExampleButton }));
    expect(await screen.findByText(t.failed("Oväntat fel"))).toBeTruthy();
    expect(isDisabled(screen.getByRole("button", { name: t.removeExampleButton }))).toBe(false);
  });

  it("disables every action outside Excel and says why", () => {
    renderPane(language, undefined);
    expect(screen.getByText(t.needsExcel)).toBeTruthy();
    for (const name of [t.insertButton, t.removeExampleButton, t.convertButton])
      expect(isDisabled(screen.getByRole("button", { name }))).toBe(true);
    expect(isDisabled(screen.getByRole("checkbox", { name: t.sheets.logikmodell.name }))).toBe(
      true
    );
  });

  it("can be used from the keyboard alone", async () => {
    const service = fakeService({ insert: { kind: "inserted", sheets: ["Logikmodell"] } });
    const user = renderPane(language, service);
    const reached: (string | null)[] = [];
    for (let i = 0; i < 12; i++) {
      await user.tab();
      const el = document.activeElement as HTMLInputElement;
      reached.push(el.getAttribute("aria-label") ?? el.labels?.[0]?.textContent ?? el.textContent);
      if (el.getAttribute("role") === "switch" || el.tagName === "BUTTON") break;
      if (reached.length === 2) await user.keyboard(" "); // the first sheet
    }
    expect(reached.slice(0, 2)).toEqual([t.selectAll, t.sheets.logikmodell.name]);
    expect(reached).toContain(t.exampleSwitch);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: t.insertButton }));
    await user.keyboard("{Enter}");
    expect(service.insert).toHaveBeenCalledWith(["logikmodell"], { lang: language, example: true });
    await user.tab();
    expect(document.activeElement).toBe(
      screen.getByRole("button", { name: t.removeExampleButton })
    );
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: t.convertButton }));
  });
});

describe("the Mallar tab in the task pane", () => {
  it.each<UiLanguage>(["sv", "en"])("opens from its tab (%s)", async (language) => {
    const t = uiStrings[language];
    const user = userEvent.setup();
    render(<App language={language} version="1.2.3" templateService={fakeService({})} />);
    const tab = screen.getByRole("tab", { name: t.tabTemplates });
    await user.click(tab);
    const group = screen.getByRole("group", { name: t.templates.sheetsHeading });
    expect(within(group).getAllByRole("checkbox")).toHaveLength(TEMPLATE_IDS.length + 1);
    // Its choices survive a look at another tab.
    await user.click(within(group).getByRole("checkbox", { name: t.templates.sheets.kalkyl.name }));
    await user.click(screen.getByRole("tab", { name: t.tabStart }));
    await user.click(tab);
    expect(isChecked(screen.getByRole("checkbox", { name: t.templates.sheets.kalkyl.name }))).toBe(
      true
    );
  });
});

describe("the Mallar strings", () => {
  it("have the same keys and every sheet in both languages, none empty", () => {
    const sv = uiStrings.sv.templates;
    const en = uiStrings.en.templates;
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    for (const t of [sv, en]) {
      expect(Object.keys(t.sheets).sort()).toEqual([...TEMPLATE_IDS].sort());
      for (const id of TEMPLATE_IDS) {
        expect(t.sheets[id].name.trim()).not.toBe("");
        expect(t.sheets[id].description.trim()).not.toBe("");
      }
      const texts = [
        ...Object.values(t).filter((v): v is string => typeof v === "string"),
        t.inserted(["Blad"]),
        t.converted("Källa", "Blad", 2),
        t.redThreadHeading(2),
        t.notFound("no model"),
        t.removed("Blad", 2, 3),
        t.nothingLeft("Blad"),
        t.notTemplate("Blad"),
        t.needsNewerExcel("1.8"),
        t.protectedWorkbook("AccessDenied"),
        t.failed("fel"),
      ];
      for (const text of texts) expect(text.trim()).not.toBe("");
    }
    expect(sv.intro).not.toBe(en.intro);
    expect(sv.sheets.kalkyl.description).not.toBe(en.sheets.kalkyl.description);
  });

  it("word counts and lists naturally", () => {
    expect(uiStrings.sv.templates.removed("Kalkyl", 1, 0)).toBe(
      "Exemplet togs bort från bladet Kalkyl: 1 rad."
    );
    expect(uiStrings.sv.templates.removed("Kalkyl", 5, 2)).toBe(
      "Exemplet togs bort från bladet Kalkyl: 5 rader och 2 celler."
    );
    expect(uiStrings.en.templates.removed("CBA", 0, 1)).toBe(
      "The example was removed from the sheet CBA: 1 cell."
    );
    expect(uiStrings.sv.templates.inserted(["Kalkyl"])).toBe("Bladet Kalkyl infogades.");
    expect(uiStrings.en.templates.inserted(["CBA", "Risk matrix"])).toBe(
      "2 sheets were inserted: CBA, Risk matrix."
    );
    expect(uiStrings.sv.templates.notFound("ingen logikmodell hittades: en rad")).toBe(
      "Ingen logikmodell hittades: en rad. Ingenting skrevs i arbetsboken."
    );
  });
});
