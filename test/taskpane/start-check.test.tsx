/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import type {
  Place,
  ScanFailure,
  ScanOutcome,
  SelectOutcome,
  WorkbookHealth,
  WorkbookScanService,
} from "../../src/excel/workbook-scan-outcome";
import { createWorkbookScanService } from "../../src/excel/workbook-scan-service";
import { levelName, logicText } from "../../src/i18n/logicmodel";
import { startCheckStrings, type StartCheckStrings } from "../../src/i18n/start-check";
import type { UiLanguage } from "../../src/i18n/ui";
import { CheckPane } from "../../src/taskpane/CheckPane";
import { LISTED_AREAS } from "../../src/taskpane/CheckView";
import { StartPane } from "../../src/taskpane/StartPane";
import { fillSheet } from "../templates/office-mock";
import { ScanMock } from "../excel/workbook-scan-mock";
import { shimResizeObserver } from "../helpers/dom-shims";

beforeAll(shimResizeObserver);

const LANGUAGES: readonly UiLanguage[] = ["sv", "en"];

const place = (sheet: string, areas: string[], hidden = false): Place => ({
  sheetId: `{${sheet}}`,
  sheet,
  hidden,
  areas,
});

const aimEmpty = {
  level: "aim" as const,
  message: {
    sv: logicText("sv", "emptyLevel", { level: levelName("sv", "aim") }),
    en: logicText("en", "emptyLevel", { level: levelName("en", "aim") }),
  },
};

/** A workbook with something in every group: the numbers below are the ones the view must show. */
const HEALTH: WorkbookHealth = {
  sheetCount: 4,
  holdings: [
    { kind: "logicModel", table: "SI_Indikatorer", place: place("Logikmodell", ["A22:Q27"]) },
    { kind: "logicModel", place: place("Gammal modell", ["B3:F7"]) },
    { kind: "riskMatrix", table: "SI_Risker", place: place("Riskmatris", ["A5:N10"]) },
  ],
  errors: [{ count: 3, place: place("Kalkyl", ["C2:C3", "E9"]) }],
  logicModels: [{ place: place("Logikmodell", ["A5:E9"]), warnings: [aimEmpty] }],
  indicatorIssues: [
    {
      kind: "noSource",
      table: "SI_Indikatorer",
      level: "result",
      indicator: "Fallskador",
      place: place("Logikmodell", ["C24"]),
    },
    {
      kind: "noIndicatorRow",
      table: "SI_Indikatorer",
      level: "aim",
      place: place("Logikmodell", ["A22:Q27"]),
    },
  ],
  risks: [
    {
      table: "SI_Risker",
      place: place("Riskmatris", ["A5:N10"]),
      counts: { high: 2, medium: 1, low: 1 },
      unrated: 1,
    },
  ],
  beforeAfter: [
    {
      table: "SI_Indikatorer",
      indicator: "Upplevd trygghet",
      reason: "beforeAfterEffect",
      warning: "Före–efter-mätning: förändringen är ingen effekt",
      place: place("Logikmodell", ["A25:Q25"]),
    },
    {
      table: "SI_Indikatorer",
      indicator: "Fallskador",
      reason: "warning",
      warning: "Målet nås i målgruppen men inte av effekten",
      place: place("Logikmodell", ["A24:Q24"]),
    },
  ],
  personalNumbers: [
    {
      count: 25,
      areaCount: 25,
      place: place(
        "Deltagare",
        Array.from({ length: 25 }, (_, i) => `B${2 * i + 2}`)
      ),
    },
    { count: 1, areaCount: 1, place: place("Gömt", ["A1"], true) },
  ],
  capped: [{ sheetId: "{Export}", sheet: "Export", read: 199_998, total: 210_000 }],
  unread: [{ sheetId: "{Jätte}", sheet: "Jätte" }],
};

const EMPTY: WorkbookHealth = {
  sheetCount: 1,
  holdings: [],
  errors: [],
  logicModels: [],
  indicatorIssues: [],
  risks: [],
  beforeAfter: [],
  personalNumbers: [],
  capped: [],
  unread: [],
};

/** A service answering with what the test gives, recording what it was asked. */
function fakeService(
  scan: ScanOutcome | Error | Promise<ScanOutcome>,
  select: SelectOutcome | Error = { kind: "selected", sheet: "X", selected: 1, total: 1 }
) {
  const answer = <T,>(a: T | Error | Promise<T>): Promise<T> =>
    a instanceof Error ? Promise.reject(a) : Promise.resolve(a);
  const service = {
    scan: jest.fn(() => answer(scan)),
    select: jest.fn((_: Place) => answer(select)),
  };
  return service satisfies WorkbookScanService;
}

type Pane = "start" | "check";

function renderPane(
  pane: Pane,
  language: UiLanguage,
  service?: WorkbookScanService,
  active?: boolean
) {
  const user = userEvent.setup();
  const element = (a?: boolean) => (
    <FluentProvider theme={webLightTheme}>
      {pane === "start" ? (
        <StartPane language={language} service={service} active={a} />
      ) : (
        <CheckPane language={language} service={service} active={a} />
      )}
    </FluentProvider>
  );
  const result = render(element(active));
  return { user, ...result, rerenderActive: (a: boolean) => result.rerender(element(a)) };
}

/** The intent of the message bar an element is in. */
function intentOf(el: HTMLElement): string | null | undefined {
  return el.closest(".fui-MessageBar")?.getAttribute("data-intent");
}

const isDisabled = (el: HTMLElement): boolean => (el as HTMLButtonElement).disabled;

/**
 * A text as Testing Library compares it: it folds the page's white space, Swedish numbers' no-break
 * spaces included ("199 998"), but not the text asked for.
 */
const folded = (text: string): string => text.replace(/\s+/g, " ");

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const FAILURES: [ScanFailure, (t: StartCheckStrings) => string][] = [
  { kind: "failed", reason: "needsNewerExcel", detail: "1.4" },
  { kind: "failed", reason: "cellEditMode", detail: "edit" },
  { kind: "failed", reason: "protected", detail: "Skyddat" },
  { kind: "failed", reason: "tooLarge", detail: "5 MB" },
  { kind: "failed", reason: "notFound", detail: "borta" },
  { kind: "failed", reason: "other", detail: "Något oväntat" },
].map((f) => [
  f as ScanFailure,
  (t: StartCheckStrings) =>
    ({
      needsNewerExcel: t.needsNewerExcel("1.4"),
      cellEditMode: t.cellEditMode,
      protected: t.protectedSheet("Skyddat"),
      tooLarge: t.tooLarge("5 MB"),
      notFound: t.notFound,
      other: t.failed("Något oväntat"),
    })[(f as ScanFailure).reason],
]);

// ---------------------------------------------------------------------------------------------

describe.each(LANGUAGES)("both tabs in %s", (language) => {
  const t = startCheckStrings[language];

  it.each<Pane>(["start", "check"])(
    "%s: outside Excel, says the workbook is read in Excel and scans nothing",
    (pane) => {
      renderPane(pane, language);
      expect(intentOf(screen.getByText(t.needsExcel))).toBe("info");
      const button = screen.getByRole("button", {
        name: pane === "start" ? t.refreshButton : t.rescanButton,
      });
      expect(isDisabled(button)).toBe(true);
    }
  );

  it.each<Pane>(["start", "check"])(
    "%s: shows a labelled spinner while the workbook is read",
    async (pane) => {
      const pending = deferred<ScanOutcome>();
      const service = fakeService(pending.promise);
      renderPane(pane, language, service);
      expect(await screen.findByText(t.scanning)).toBeTruthy();
      const button = screen.getByRole("button", {
        name: pane === "start" ? t.refreshButton : t.rescanButton,
      });
      expect(isDisabled(button)).toBe(true);
      await act(async () => pending.resolve({ kind: "scanned", health: EMPTY }));
      expect(screen.queryByText(t.scanning)).toBeNull();
      expect(isDisabled(button)).toBe(false);
      expect(service.scan).toHaveBeenCalledTimes(1);
    }
  );

  it.each(
    FAILURES.flatMap(([f, text]) =>
      (["start", "check"] as Pane[]).map((p) => [p, f, text] as const)
    )
  )("%s: words the failure %o", async (pane, failure, text) => {
    renderPane(pane, language, fakeService(failure));
    const bar = await screen.findByText(text(t));
    expect(intentOf(bar)).toBe("error");
  });

  it.each<Pane>(["start", "check"])(
    "%s: shows a scan that throws all the same as a failure",
    async (pane) => {
      renderPane(pane, language, fakeService(new Error("Kaputt")));
      expect(intentOf(await screen.findByText(t.failed("Kaputt")))).toBe("error");
    }
  );

  it.each<Pane>(["start", "check"])(
    "%s: says which sheets were read in part or not at all",
    async (pane) => {
      renderPane(pane, language, fakeService({ kind: "scanned", health: HEALTH }));
      expect(intentOf(await screen.findByText(folded(t.capped("Export", 199_998, 210_000))))).toBe(
        "warning"
      );
      expect(intentOf(screen.getByText(t.unread("Jätte")))).toBe("warning");
    }
  );

  it.each<Pane>(["start", "check"])("%s: reads the workbook again on the button", async (pane) => {
    const service = fakeService({ kind: "scanned", health: EMPTY });
    const { user } = renderPane(pane, language, service);
    await waitFor(() => expect(service.scan).toHaveBeenCalledTimes(1));
    const button = await screen.findByRole("button", {
      name: pane === "start" ? t.refreshButton : t.rescanButton,
    });
    await waitFor(() => expect(isDisabled(button)).toBe(false));
    await user.click(button);
    await waitFor(() => expect(service.scan).toHaveBeenCalledTimes(2));
  });

  it.each<Pane>(["start", "check"])(
    "%s: reads the workbook when the tab is shown again, not while it is hidden",
    async (pane) => {
      const service = fakeService({ kind: "scanned", health: EMPTY });
      const { rerenderActive } = renderPane(pane, language, service, false);
      await act(async () => undefined);
      expect(service.scan).not.toHaveBeenCalled();
      rerenderActive(true);
      await waitFor(() => expect(service.scan).toHaveBeenCalledTimes(1));
      rerenderActive(false);
      rerenderActive(true);
      await waitFor(() => expect(service.scan).toHaveBeenCalledTimes(2));
    }
  );

  it.each<Pane>(["start", "check"])(
    "%s: keeps the latest scan's outcome when an earlier one ends after it",
    async (pane) => {
      const first = deferred<ScanOutcome>();
      const second = deferred<ScanOutcome>();
      const answers = [first.promise, second.promise];
      const service = {
        scan: jest.fn(() => answers.shift() ?? Promise.reject(new Error("a third scan"))),
        select: jest.fn(),
      } satisfies WorkbookScanService;
      const { rerenderActive } = renderPane(pane, language, service, true);
      rerenderActive(false);
      rerenderActive(true); // shown again while the first scan still runs
      await waitFor(() => expect(service.scan).toHaveBeenCalledTimes(2));
      await act(async () => second.resolve({ kind: "failed", reason: "cellEditMode", detail: "" }));
      await act(async () => first.resolve({ kind: "scanned", health: EMPTY }));
      expect(screen.getByText(t.cellEditMode)).toBeTruthy();
      expect(screen.queryByText(t.personalNone)).toBeNull();
      expect(screen.queryByText(t.personalNoneIn(1))).toBeNull();
    }
  );

  it.each<[SelectOutcome, (t: StartCheckStrings) => string, string]>([
    [
      { kind: "selected", sheet: "Kalkyl", selected: 1, total: 1 },
      (t) => t.selected("Kalkyl"),
      "success",
    ],
    [
      { kind: "selected", sheet: "Kalkyl", selected: 100, total: 130, limit: "tooMany" },
      (t) => t.selectedSome(100, 130, "Kalkyl"),
      "warning",
    ],
    [
      { kind: "selected", sheet: "Kalkyl", selected: 1, total: 2, limit: "olderExcel" },
      (t) => t.selectedFirst(2, "Kalkyl"),
      "warning",
    ],
    [{ kind: "hiddenSheet", sheet: "Kalkyl" }, (t) => t.hiddenSheet("Kalkyl"), "warning"],
    [{ kind: "failed", reason: "notFound", detail: "" }, (t) => t.notFound, "error"],
    [{ kind: "failed", reason: "cellEditMode", detail: "" }, (t) => t.cellEditMode, "error"],
  ])(
    "start: a link selects its place and says what happened (%o)",
    async (outcome, text, intent) => {
      const service = fakeService({ kind: "scanned", health: HEALTH }, outcome);
      const { user } = renderPane("start", language, service);
      await user.click(await screen.findByRole("button", { name: t.errorsOnSheet("Kalkyl", 3) }));
      expect(service.select).toHaveBeenCalledWith(HEALTH.errors[0].place);
      expect(intentOf(await screen.findByText(text(t)))).toBe(intent);
    }
  );

  it("start: a select that throws all the same is a failure", async () => {
    const service = fakeService({ kind: "scanned", health: HEALTH }, new Error("Borta"));
    const { user } = renderPane("start", language, service);
    await user.click(await screen.findByRole("button", { name: t.errorsOnSheet("Kalkyl", 3) }));
    expect(intentOf(await screen.findByText(t.failed("Borta")))).toBe("error");
  });
});

// ---------------------------------------------------------------------------------------------

describe.each(LANGUAGES)("the Start tab in %s", (language) => {
  const t = startCheckStrings[language];

  it("lists what the workbook holds and what it lacks, each a link", async () => {
    renderPane("start", language, fakeService({ kind: "scanned", health: HEALTH }));
    const holdings = (await screen.findByRole("heading", { name: t.holdingsHeading }))
      .parentElement!;
    const links = within(holdings)
      .getAllByRole("button")
      .map((b) => b.textContent);
    expect(links).toEqual([
      t.holdingTable(t.kinds.logicModel, "SI_Indikatorer", "Logikmodell"),
      t.holdingGrid(t.kinds.logicModel, "Gammal modell"),
      t.holdingTable(t.kinds.riskMatrix, "SI_Risker", "Riskmatris"),
    ]);
    expect(
      within(holdings).getByText(
        t.missing([t.kinds.calculation, t.kinds.unitCosts, t.kinds.followUp, t.kinds.stakeholders])
      )
    ).toBeTruthy();
  });

  it("shows the health of each part, with the counts the scan gave", async () => {
    const service = fakeService({ kind: "scanned", health: HEALTH });
    const { user } = renderPane("start", language, service);
    const group = async (name: string) =>
      within(await screen.findByRole("group", { name }))
        .getAllByRole("listitem")
        .map((li) => li.textContent);
    expect(await group(t.errorsLabel)).toEqual([t.errorsOnSheet("Kalkyl", 3)]);
    // One grid warning on Logikmodell; two issues in the table.
    expect(await group(t.redThreadLabel)).toEqual([
      t.redThreadGaps(1, "Logikmodell"),
      t.redThreadTableGaps(2, "SI_Indikatorer"),
    ]);
    expect(await group(t.risksLabel)).toEqual([
      t.risksLine("SI_Risker", "Riskmatris", { high: 2, medium: 1, low: 1, unrated: 1 }),
    ]);
    expect(await group(t.beforeAfterLabel)).toEqual([
      t.beforeAfterEffect("Upplevd trygghet"),
      t.rowWarning("Fallskador", "Målet nås i målgruppen men inte av effekten"),
    ]);
    // The hidden sheet is plain text saying so, not a link.
    expect(await group(t.personalLabel)).toEqual([
      t.personalOnSheet("Deltagare", 25),
      t.hiddenPlace(t.personalOnSheet("Gömt", 1)),
    ]);
    expect(screen.queryByRole("button", { name: t.personalOnSheet("Gömt", 1) })).toBeNull();
    expect(screen.getByText(t.sheetsRead(4))).toBeTruthy();

    await user.click(
      screen.getByRole("button", { name: t.redThreadTableGaps(2, "SI_Indikatorer") })
    );
    expect(service.select).toHaveBeenLastCalledWith(HEALTH.holdings[0].place);
    await user.click(screen.getByRole("button", { name: t.beforeAfterEffect("Upplevd trygghet") }));
    expect(service.select).toHaveBeenLastCalledWith(HEALTH.beforeAfter[0].place);
  });

  it("says so when there is nothing yet, in every group", async () => {
    renderPane("start", language, fakeService({ kind: "scanned", health: EMPTY }));
    expect(intentOf(await screen.findByText(t.nothingYet))).toBe("info");
    for (const text of [
      t.errorsNone,
      t.redThreadNoModel,
      t.risksNone,
      t.beforeAfterNone,
      t.personalNone,
    ])
      expect(screen.getByText(text)).toBeTruthy();
  });

  it("says the red thread has no gaps when the model is checked and clean", async () => {
    const clean: WorkbookHealth = {
      ...EMPTY,
      holdings: [HEALTH.holdings[0]],
      logicModels: [{ place: place("Logikmodell", ["A5:E9"]), warnings: [] }],
    };
    renderPane("start", language, fakeService({ kind: "scanned", health: clean }));
    expect(await screen.findByText(t.redThreadNone)).toBeTruthy();
  });

  it("is keyboard reachable: Tab to a link, Enter selects", async () => {
    const service = fakeService({ kind: "scanned", health: HEALTH });
    const { user } = renderPane("start", language, service);
    await screen.findByRole("heading", { name: t.holdingsHeading });
    await user.tab(); // the refresh button
    await user.tab(); // the first holding
    expect(document.activeElement?.textContent).toBe(
      t.holdingTable(t.kinds.logicModel, "SI_Indikatorer", "Logikmodell")
    );
    await user.keyboard("{Enter}");
    expect(service.select).toHaveBeenCalledWith(HEALTH.holdings[0].place);
  });

  it("has no accessibility violations axe can find", async () => {
    const { container } = renderPane(
      "start",
      language,
      fakeService({ kind: "scanned", health: HEALTH })
    );
    await screen.findByRole("heading", { name: t.healthHeading });
    const result = await axe.run(container, {
      // jsdom does not lay out or paint: contrast cannot be measured there. The pane is one part
      // of a page whose landmarks the shell provides.
      rules: { "color-contrast": { enabled: false }, region: { enabled: false } },
    });
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------

describe.each(LANGUAGES)("the Kontroll tab in %s", (language) => {
  const t = startCheckStrings[language];

  it("lists every red-thread warning with its level, and the table's gaps as links", async () => {
    const service = fakeService({ kind: "scanned", health: HEALTH });
    const { user } = renderPane("check", language, service);
    const grid = await screen.findByRole("button", { name: t.gridOnSheet("Logikmodell") });
    const items = within(grid.closest("div")!).getAllByRole("listitem");
    expect(items.map((li) => li.textContent)).toEqual([
      `${levelName(language, "aim")}${aimEmpty.message[language]}`,
    ]);
    const issues = [
      t.noSource("Fallskador", levelName(language, "result")),
      t.noIndicatorRow(levelName(language, "aim"), "SI_Indikatorer"),
    ];
    const table = screen.getByRole("heading", { name: t.tableIssuesHeading("SI_Indikatorer") });
    expect(
      within(table.parentElement!)
        .getAllByRole("button")
        .map((b) => b.textContent)
    ).toEqual(issues);
    await user.click(screen.getByRole("button", { name: issues[0] }));
    expect(service.select).toHaveBeenLastCalledWith(HEALTH.indicatorIssues[0].place);
    await user.click(grid);
    expect(service.select).toHaveBeenLastCalledWith(HEALTH.logicModels[0].place);
  });

  it("names an indicator without a level as such", async () => {
    const health: WorkbookHealth = {
      ...EMPTY,
      holdings: [HEALTH.holdings[0]],
      indicatorIssues: [
        {
          kind: "noSource",
          table: "SI_Indikatorer",
          indicator: "Något",
          place: place("L", ["C30"]),
        },
      ],
    };
    renderPane("check", language, fakeService({ kind: "scanned", health }));
    expect(
      await screen.findByRole("button", { name: t.noSource("Något", undefined) })
    ).toBeTruthy();
  });

  it("lists the cells with personal identity numbers per sheet, and selects them", async () => {
    const service = fakeService({ kind: "scanned", health: HEALTH });
    const { user } = renderPane("check", language, service);
    // 25 + 1 cells on two sheets.
    expect(
      intentOf(await screen.findByText(`${t.personalSummary(26, 2)} ${t.personalAdvice}`))
    ).toBe("warning");
    const areas = HEALTH.personalNumbers[0].place.areas;
    expect(
      screen.getByText(t.cellsList(areas.slice(0, LISTED_AREAS), 25 - LISTED_AREAS))
    ).toBeTruthy();
    await user.click(screen.getByRole("button", { name: t.selectCells("Deltagare") }));
    expect(service.select).toHaveBeenCalledWith(HEALTH.personalNumbers[0].place);
    // The hidden sheet: its button is disabled and its heading says why.
    expect(isDisabled(screen.getByRole("button", { name: t.selectCells("Gömt") }))).toBe(true);
    expect(
      screen.getByRole("heading", { name: t.hiddenPlace(t.personalSheet("Gömt", 1)) })
    ).toBeTruthy();
  });

  it("says when there is no logic model, and no personal identity number", async () => {
    renderPane("check", language, fakeService({ kind: "scanned", health: EMPTY }));
    expect(intentOf(await screen.findByText(t.noModel))).toBe("info");
    expect(intentOf(screen.getByText(t.personalNoneIn(1)))).toBe("success");
  });

  it("says the red thread has no gaps when all is in place", async () => {
    const clean: WorkbookHealth = {
      ...EMPTY,
      holdings: [HEALTH.holdings[0]],
      logicModels: [{ place: place("Logikmodell", ["A5:E9"]), warnings: [] }],
    };
    renderPane("check", language, fakeService({ kind: "scanned", health: clean }));
    const bars = await screen.findAllByText(t.gridNoGaps);
    expect(bars.map(intentOf)).toContain("success");
  });

  it("has no accessibility violations axe can find", async () => {
    const { container } = renderPane(
      "check",
      language,
      fakeService({ kind: "scanned", health: HEALTH })
    );
    await screen.findByRole("heading", { name: t.personalHeading });
    const result = await axe.run(container, {
      rules: { "color-contrast": { enabled: false }, region: { enabled: false } },
    });
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------

describe("the tabs over the real service and a mock workbook", () => {
  const PNR = "19811218-9876"; // Skatteverket's example

  function workbook() {
    const mock = new ScanMock({ sheets: ["Blad1", "Deltagare"] });
    fillSheet(mock.sheet("Blad1")!, [["Summa", 10]]);
    fillSheet(mock.sheet("Deltagare")!, [
      ["Namn", "Id"],
      ["A", PNR],
      ["B", `nr ${PNR}`],
    ]);
    const service = createWorkbookScanService({
      run: (batch) => batch(mock.scanContext),
      isSetSupported: (name, version) =>
        mock.office.context.requirements.isSetSupported(name, version),
    });
    return { mock, service };
  }

  it("Kontroll: finds the cells in two syncs, never shows the digits, and selects them in one", async () => {
    const t = startCheckStrings.sv;
    const { mock, service } = workbook();
    const { user, container } = renderPane("check", "sv", service);
    const button = await screen.findByRole("button", { name: t.selectCells("Deltagare") });
    expect(mock.syncs).toBe(2);
    expect(screen.getByText(t.cellsList(["B2:B3"], 0))).toBeTruthy();
    expect(container.textContent).not.toMatch(/811218|8112189876/);
    await user.click(button);
    expect(await screen.findByText(t.selected("Deltagare"))).toBeTruthy();
    expect(mock.syncs).toBe(3);
    expect(mock.active?.name).toBe("Deltagare");
    expect(mock.selection).toEqual({ sheet: "Deltagare", areas: ["B2:B3"] });
  });

  it("Start: Sök igen after the numbers are removed finds none", async () => {
    const t = startCheckStrings.en;
    const { mock, service } = workbook();
    const { user } = renderPane("start", "en", service);
    expect(
      await screen.findByRole("button", { name: t.personalOnSheet("Deltagare", 2) })
    ).toBeTruthy();
    fillSheet(mock.sheet("Deltagare")!, [[null], [null]], 2, 2);
    await user.click(screen.getByRole("button", { name: t.refreshButton }));
    expect(await screen.findByText(t.personalNone)).toBeTruthy();
    expect(mock.syncs).toBe(4);
  });
});

// ---------------------------------------------------------------------------------------------
