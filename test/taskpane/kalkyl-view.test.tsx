/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import type {
  KalkylCell,
  KalkylChartOutcome,
  KalkylData,
  KalkylFailure,
  KalkylLoadOutcome,
  KalkylNameRole,
  KalkylRef,
  KalkylService,
  KalkylWriteOutcome,
} from "../../src/excel/kalkyl-outcome";
import { createKalkylService } from "../../src/excel/kalkyl-service";
import type { KalkylUncertaintyOutcome } from "../../src/excel/kalkyl-uncertainty-outcome";
import { kalkylPaneText, type KalkylPaneStrings } from "../../src/i18n/kalkyl-pane";
import type { Lang } from "../../src/i18n/lang";
import { KalkylPane } from "../../src/taskpane/KalkylPane";
import { OfficeMock, installOffice } from "../templates/office-mock";
import { KalkylMock, drawKalkyl } from "../excel/kalkyl-mock";
import { UncertaintyMock } from "../excel/kalkyl-uncertainty-mock";
import { shimResizeObserver } from "../helpers/dom-shims";

beforeAll(shimResizeObserver);

// The small table worked by hand: a cost of 100 000 kr in year 1 (the school), a benefit of
// 60 000 kr a year in years 2–3 (social services), at 3.5 %, year 1 not discounted:
//   NPV = −100 000 + 60 000/1.035 + 60 000/1.035² = 13 981.66 → 13 982 kr
//   ratio = 113 981.66 / 100 000 = 1.1398 → 1.14; payback: −100 000, −42 029, +13 982 → year 3.
const PV_BENEFITS = 60_000 / 1.035 + 60_000 / 1.035 ** 2;
const NPV = -100_000 + PV_BENEFITS;

const NB = "\u00a0";
/** What the pane must show, typed out by hand (Intl puts no-break spaces and a real minus in). */
const SHOWN: Record<Lang, Record<string, string>> = {
  sv: {
    npv: `13${NB}982${NB}kr`,
    bcr: "1,14",
    payback: "3 år",
    costs: `100${NB}000${NB}kr`,
    zero: `0${NB}kr`,
    net: `\u2212100${NB}000${NB}kr`,
    benefits: `113${NB}982${NB}kr`,
    rate: "3,5",
    stale: `12${NB}000${NB}kr`,
    basisRate: `3,5${NB}%`,
    typedRate: "4,5",
    writtenRate: `4,5${NB}%`,
  },
  en: {
    npv: `SEK${NB}13,982`,
    bcr: "1.14",
    payback: "3 years",
    costs: `SEK${NB}100,000`,
    zero: `SEK${NB}0`,
    net: `-SEK${NB}100,000`,
    benefits: `SEK${NB}113,982`,
    rate: "3.5",
    stale: `SEK${NB}12,000`,
    basisRate: "3.5%",
    typedRate: "4.5",
    writtenRate: "4.5%",
  },
};

const TABLES: Record<Lang, KalkylCell[][]> = {
  sv: [
    ["Post", "Typ", "Aktör", "Belopp", "Startår", "Antal år", "Avtagande"],
    ["Personal", "Kostnad", "Skola", 100_000, 1, 1, null],
    ["Färre placeringar", "Nytta", "Socialtjänst", 60_000, 2, 2, null],
  ],
  en: [
    ["Item", "Type", "Actor", "Amount", "Start year", "Years", "Drop-off"],
    ["Staff", "Cost", "School", 100_000, 1, 1, null],
    ["Fewer placements", "Benefit", "Social services", 60_000, 2, 2, null],
  ],
};
const ACTORS: Record<Lang, [string, string]> = {
  sv: ["Skola", "Socialtjänst"],
  en: ["School", "Social services"],
};

const ADDRESSES: Record<KalkylNameRole, string> = {
  rate: "B6",
  horizon: "B7",
  fundShare: "B8",
  npv: "B11",
  bcr: "B12",
  payback: "B14",
};

/** A recalculated sheet: what its named cells and its spill show. */
function sheetShows(lang: Lang): Partial<Record<KalkylNameRole, KalkylCell>> {
  void lang;
  return { rate: 0.035, horizon: 10, npv: NPV, bcr: PV_BENEFITS / 100_000, payback: 3 };
}

function kalkylData(
  lang: Lang,
  shown: Partial<Record<KalkylNameRole, KalkylCell>> = sheetShows(lang),
  options: { table?: KalkylCell[][]; sheet?: string; tableName?: string; spill?: boolean } = {}
): KalkylData {
  const roles = Object.keys(shown) as KalkylNameRole[];
  const names = Object.fromEntries(
    roles.map((r) => [r, { name: `SI_${r}`, address: ADDRESSES[r] }])
  );
  const cells = Object.fromEntries(
    roles.map((r) => [r, { name: `SI_${r}`, address: ADDRESSES[r], value: shown[r] ?? null }])
  );
  const [school, social] = ACTORS[lang];
  const ref: KalkylRef = {
    table: options.tableName ?? "SI_Kalkyl",
    sheet: options.sheet ?? "Kalkyl",
    names,
  };
  return {
    ref,
    table: options.table ?? TABLES[lang],
    cells,
    ...(options.spill === false
      ? {}
      : {
          actors: {
            anchor: "D7",
            rows: [
              [school, 100_000, 0, -100_000],
              [social, 0, PV_BENEFITS, PV_BENEFITS],
            ],
          },
        }),
  };
}

function loadedOutcome(data: KalkylData, others: KalkylRef[] = []): KalkylLoadOutcome {
  return { kind: "loaded", kalkyls: [data.ref, ...others], data };
}

type Answer<T> = T | Error | (() => Promise<T>);

/** A service answering with what the test gives, recording what it was asked. */
function fakeService(answers: {
  load?:
    | KalkylLoadOutcome
    | Error
    | ((table?: string) => KalkylLoadOutcome | Promise<KalkylLoadOutcome>);
  write?: Answer<KalkylWriteOutcome>;
  chart?: Answer<KalkylChartOutcome>;
  uncertainty?: Answer<KalkylUncertaintyOutcome>;
}) {
  const answer = <T,>(a: Answer<T> | undefined): Promise<T> => {
    if (a instanceof Error) return Promise.reject(a);
    if (typeof a === "function") return (a as () => Promise<T>)();
    return Promise.resolve(a as T);
  };
  const service = {
    load: jest.fn((table?: string): Promise<KalkylLoadOutcome> => {
      const a = answers.load;
      if (typeof a === "function") return Promise.resolve(a(table));
      return answer(a);
    }),
    writeInput: jest.fn((..._: Parameters<KalkylService["writeInput"]>) => answer(answers.write)),
    insertChart: jest.fn((..._: Parameters<KalkylService["insertChart"]>) => answer(answers.chart)),
    insertUncertainty: jest.fn((..._: Parameters<KalkylService["insertUncertainty"]>) =>
      answer(answers.uncertainty)
    ),
  };
  return service satisfies KalkylService;
}

function renderPane(language: Lang, service?: KalkylService) {
  const user = userEvent.setup();
  const { container } = render(
    <FluentProvider theme={webLightTheme}>
      <KalkylPane language={language} service={service} />
    </FluentProvider>
  );
  return { user, container };
}

/** A promise the test settles, to see the pane while a call runs. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * Matches the element whose text is exactly `s`, no-break spaces included (Testing Library's
 * default normaliser turns them into spaces in the page but not in the string asked for).
 */
function exact(s: string) {
  return (_: string, el: Element | null): boolean =>
    el !== null && el.textContent === s && ![...el.children].some((c) => c.textContent === s);
}

function intentOf(el: HTMLElement): string | null | undefined {
  return el.closest(".fui-MessageBar")?.getAttribute("data-intent");
}

function descriptionOf(el: HTMLElement): string {
  const ids = (el.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
}

const isDisabled = (el: HTMLElement): boolean =>
  (el as HTMLButtonElement).disabled || el.getAttribute("aria-disabled") === "true";

async function card(title: string): Promise<HTMLElement> {
  return screen.findByRole("group", { name: title });
}

const FAILURES: KalkylFailure[] = [
  { kind: "failed", reason: "needsNewerExcel", detail: "1.12" },
  { kind: "failed", reason: "cellEditMode", detail: "edit mode" },
  { kind: "failed", reason: "protected", detail: "AccessDenied: skyddat" },
  { kind: "failed", reason: "other", detail: "Något gick snett" },
];

const UNCERTAINTY_SHEET: Record<Lang, string> = { sv: "Känslighetsanalys", en: "Sensitivity" };
/** The sheet inserted with its two charts, `lines` of the table uncertain. */
const uncertaintyInserted = (lang: Lang, lines = 2): KalkylUncertaintyOutcome => ({
  kind: "inserted",
  sheet: UNCERTAINTY_SHEET[lang],
  uncertainLines: lines,
  tornado: { area: "M5:T24", source: `I6:J${7 + lines}`, categories: `H7:H${7 + lines}` },
  histogram: { area: "A31:F48", source: "F6:F26", categories: "D7:D26" },
});

function failureMessage(t: KalkylPaneStrings, f: KalkylFailure): string {
  if (f.reason === "needsNewerExcel") return t.needsNewerExcel(f.detail);
  if (f.reason === "cellEditMode") return t.cellEditMode;
  if (f.reason === "protected") return t.protectedSheet(f.detail);
  return t.failed(f.detail);
}

describe.each<Lang>(["sv", "en"])("the Kalkyl tab in %s", (language) => {
  const t = kalkylPaneText[language];
  const shown = SHOWN[language];

  it("the hand-worked figures round to what the pane shows", () => {
    expect(Math.round(NPV)).toBe(13_982);
    expect(Math.round(PV_BENEFITS)).toBe(113_982);
    expect((PV_BENEFITS / 100_000).toFixed(2)).toBe("1.14");
  });

  it("says it needs Excel when there is no workbook, with every action off", () => {
    renderPane(language);
    expect(screen.getByText(exact(t.needsExcel))).toBeTruthy();
    expect(intentOf(screen.getByText(exact(t.needsExcel)))).toBe("info");
    expect(isDisabled(screen.getByRole("button", { name: t.refreshButton }))).toBe(true);
    expect(screen.queryByText(exact(t.loading))).toBeNull();
  });

  it("shows that it is reading, then the figures as cards, agreeing with the sheet", async () => {
    const pending = deferred<KalkylLoadOutcome>();
    const service = fakeService({ load: () => pending.promise });
    renderPane(language, service);
    expect(screen.getByText(exact(t.loading))).toBeTruthy();
    expect(isDisabled(screen.getByRole("button", { name: t.refreshButton }))).toBe(true);
    await act(async () => pending.resolve(loadedOutcome(kalkylData(language))));
    expect(service.load).toHaveBeenCalledWith(undefined);

    const npv = await card(t.npvTitle);
    expect(within(npv).getByText(exact(shown.npv))).toBeTruthy();
    expect(within(npv).getByText(exact(t.agrees("B11")))).toBeTruthy();
    const bcr = await card(t.bcrTitle);
    expect(within(bcr).getByText(exact(shown.bcr))).toBeTruthy();
    expect(within(bcr).getByText(exact(t.bcrHint))).toBeTruthy();
    expect(within(bcr).getByText(exact(t.agrees("B12")))).toBeTruthy();
    const payback = await card(t.paybackTitle);
    expect(within(payback).getByText(exact(shown.payback))).toBeTruthy();
    expect(within(payback).getByText(exact(t.agrees("B14")))).toBeTruthy();

    const actors = await card(t.actorsHeading);
    const rows = within(actors)
      .getAllByRole("row")
      .map((r) =>
        within(r)
          .queryAllByRole("cell")
          .map((c) => c.textContent)
      );
    expect(rows.filter((r) => r.length > 0)).toEqual([
      [ACTORS[language][0], shown.costs, shown.zero, shown.net],
      [ACTORS[language][1], shown.zero, shown.benefits, shown.benefits],
    ]);
    expect(within(actors).getByText(exact(t.actorsAgrees("D7")))).toBeTruthy();
    expect(within(actors).getByRole("img", { name: t.inlineChartLabel })).toBeTruthy();

    expect(screen.getByText(exact(t.basis(shown.basisRate, 10, 2)))).toBeTruthy();
    expect(screen.getByText(exact(t.location("Kalkyl", "SI_Kalkyl")))).toBeTruthy();
    expect(screen.queryByRole("combobox")).toBeNull();
    const rate = screen.getByRole("textbox", { name: t.inputLabels.rate });
    expect((rate as HTMLInputElement).value).toBe(shown.rate);
    expect(descriptionOf(rate)).toContain(t.inputHints.rate("B6"));
    const horizon = screen.getByRole("textbox", { name: t.inputLabels.horizon });
    expect((horizon as HTMLInputElement).value).toBe("10");
    expect(isDisabled(screen.getByRole("button", { name: t.refreshButton }))).toBe(false);
  });

  it("says the sheet may not be recalculated where it shows something else", async () => {
    const data = kalkylData(language, { ...sheetShows(language), npv: 12_000, bcr: null });
    const stale: KalkylData = {
      ...data,
      actors: { anchor: "D7", rows: [[ACTORS[language][0], 1, 2, 1]] },
    };
    renderPane(language, fakeService({ load: loadedOutcome(stale) }));
    const npv = await card(t.npvTitle);
    expect(within(npv).getByText(exact(shown.npv))).toBeTruthy(); // the pane's own figure
    const differs = within(npv).getByText(exact(t.differs(shown.stale, "B11")));
    expect(differs.getAttribute("data-agreement")).toBe("differs");
    expect(within(await card(t.bcrTitle)).getByText(exact(t.blank("B12")))).toBeTruthy();
    expect(
      within(await card(t.actorsHeading)).getByText(exact(t.actorsDiffers("D7")))
    ).toBeTruthy();
  });

  it("says when the sheet has nothing to compare with", async () => {
    const { npv: _n, ...withoutNpv } = sheetShows(language);
    renderPane(
      language,
      fakeService({ load: loadedOutcome(kalkylData(language, withoutNpv, { spill: false })) })
    );
    expect(within(await card(t.npvTitle)).getByText(exact(t.noCell))).toBeTruthy();
    expect(within(await card(t.actorsHeading)).getByText(exact(t.actorsNoSpill))).toBeTruthy();
  });

  it("shows a dash and SI.CBATABLE's reason where there is no figure", async () => {
    // Two years: the benefit of year 3 is outside, so no payback; the sheet shows #N/A too.
    const data = kalkylData(language, {
      rate: 0.035,
      horizon: 2,
      npv: -100_000 + 60_000 / 1.035,
      payback: { error: "#N/A" },
    });
    renderPane(language, fakeService({ load: loadedOutcome(data) }));
    const payback = await card(t.paybackTitle);
    expect(within(payback).getByText(exact(t.noFigure))).toBeTruthy();
    const reason =
      language === "sv"
        ? "Satsningen betalar sig inte inom de 2 år som anges."
        : "The investment does not pay back within the 2 years given.";
    expect(within(payback).getByText(exact(reason))).toBeTruthy();
    expect(within(payback).getByText(exact(t.agrees("B14")))).toBeTruthy();
  });

  it.each<[string, (lang: Lang) => KalkylData, (t: KalkylPaneStrings, lang: Lang) => string]>([
    [
      "no lines yet",
      (lang) => kalkylData(lang, undefined, { table: [TABLES[lang][0], [null, null, null, null]] }),
      (t) => t.noLines("SI_Kalkyl"),
    ],
    [
      "no named rate cell",
      (lang) => kalkylData(lang, { horizon: 10 }),
      (t) => t.missingInput([t.inputNames.rate]),
    ],
    [
      "a bad line",
      (lang) =>
        kalkylData(lang, undefined, {
          table: [TABLES[lang][0], ["X", "Kanske", "Skola", 5, 1, 1, null]],
        }),
      (t, lang) =>
        t.tableError(
          "SI_Kalkyl",
          lang === "sv"
            ? "rader: rad 2: typ ska vara ”Kostnad”/”Cost” eller ”Nytta”/”Benefit”"
            : 'lines: row 2: type must be "Kostnad"/"Cost" or "Nytta"/"Benefit"'
        ),
    ],
    [
      "a fractional horizon",
      (lang) => kalkylData(lang, { rate: 0.035, horizon: 2.5 }),
      (t, lang) =>
        t.inputError.horizon(
          lang === "sv"
            ? "horisont ska vara ett helt antal år, minst 1"
            : "horizon must be a whole number of years, at least 1"
        ),
    ],
  ])("explains why there are no figures: %s", async (_, data, message) => {
    renderPane(language, fakeService({ load: loadedOutcome(data(language)) }));
    const bar = await screen.findByText(exact(message(t, language)));
    expect(intentOf(bar)).toBe("warning");
    expect(screen.queryByRole("group", { name: t.npvTitle })).toBeNull();
    expect(isDisabled(screen.getByRole("button", { name: t.chartButton }))).toBe(true);
  });

  it("says how to get a Kalkyl when the workbook has none", async () => {
    renderPane(language, fakeService({ load: { kind: "none" } }));
    const bar = await screen.findByText(exact(t.none));
    expect(intentOf(bar)).toBe("info");
  });

  it.each(FAILURES)("words a failed read: $reason", async (failure) => {
    renderPane(language, fakeService({ load: failure }));
    const bar = await screen.findByText(exact(failureMessage(t, failure)));
    expect(intentOf(bar)).toBe("error");
  });

  it("shows a read that throws as a failure, never as a blank pane", async () => {
    renderPane(language, fakeService({ load: new Error("kaputt") }));
    expect(intentOf(await screen.findByText(exact(t.failed("kaputt"))))).toBe("error");
  });

  it("reads again on Refresh, keeping the Kalkyl chosen", async () => {
    const data = kalkylData(language, undefined, { sheet: "Kalkyl (2)", tableName: "SI_Kalkyl_2" });
    const service = fakeService({ load: loadedOutcome(data) });
    const { user } = renderPane(language, service);
    await card(t.npvTitle);
    await user.click(screen.getByRole("button", { name: t.refreshButton }));
    expect(service.load).toHaveBeenLastCalledWith("SI_Kalkyl_2");
  });

  it("lists several Kalkyls by sheet and table and reads the one chosen", async () => {
    const first = kalkylData(language);
    const second = kalkylData(
      language,
      { ...sheetShows(language), npv: 1 },
      {
        sheet: "Kalkyl (2)",
        tableName: "SI_Kalkyl_2",
      }
    );
    const service = fakeService({
      load: (table?: string): KalkylLoadOutcome =>
        table === "SI_Kalkyl_2"
          ? { kind: "loaded", kalkyls: [first.ref, second.ref], data: second }
          : { kind: "loaded", kalkyls: [first.ref, second.ref], data: first },
    });
    const { user } = renderPane(language, service);
    const picker = await screen.findByRole("combobox", { name: t.pickerLabel });
    expect(picker.textContent).toContain(t.pickerOption("Kalkyl", "SI_Kalkyl"));
    await user.click(picker);
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual([
      t.pickerOption("Kalkyl", "SI_Kalkyl"),
      t.pickerOption("Kalkyl (2)", "SI_Kalkyl_2"),
    ]);
    await user.click(
      screen.getByRole("option", { name: t.pickerOption("Kalkyl (2)", "SI_Kalkyl_2") })
    );
    expect(service.load).toHaveBeenLastCalledWith("SI_Kalkyl_2");
    // The second one's sheet shows 1 kr as its NPV: the pane now shows that Kalkyl.
    await screen.findByText(exact(t.differs(language === "sv" ? `1${NB}kr` : `SEK${NB}1`, "B11")));
  });

  it("writes a checked rate as a fraction, then reads the sheet again", async () => {
    const data = kalkylData(language);
    const after = kalkylData(language, { ...sheetShows(language), rate: 0.045 });
    const loads = [loadedOutcome(data), loadedOutcome(after)];
    const service = fakeService({
      load: () => Promise.resolve(loads.shift() ?? loadedOutcome(after)),
      write: { kind: "written", input: "rate", value: 0.045, address: "Kalkyl!B6" },
    });
    const { user } = renderPane(language, service);
    const rate = await screen.findByRole("textbox", { name: t.inputLabels.rate });
    await user.clear(rate);
    await user.type(rate, shown.typedRate);
    await user.click(screen.getByRole("button", { name: t.saveButtons.rate }));
    expect(service.writeInput).toHaveBeenCalledTimes(1);
    expect(service.writeInput.mock.calls[0][0]).toEqual(data.ref);
    expect(service.writeInput.mock.calls[0][1]).toBe("rate");
    expect(service.writeInput.mock.calls[0][2]).toBe(0.045);
    const done = await screen.findByText(exact(t.written.rate(shown.writtenRate, "Kalkyl!B6")));
    expect(intentOf(done)).toBe("success");
    expect(service.load).toHaveBeenCalledTimes(2);
    expect(service.load).toHaveBeenLastCalledWith("SI_Kalkyl");
    // The figures are the new ones: 4.5 % now, and the sheet shows NPV as at 3.5 %.
    const npvAt45 = -100_000 + 60_000 / 1.045 + 60_000 / 1.045 ** 2; // 12 360.47
    expect(Math.round(npvAt45)).toBe(12_360);
    const npv = await card(t.npvTitle);
    expect(
      within(npv).getByText(exact(language === "sv" ? `12${NB}360${NB}kr` : `SEK${NB}12,360`))
    ).toBeTruthy();
    expect(within(npv).getByText(exact(t.differs(shown.npv, "B11")))).toBeTruthy();
  });

  it("writes the horizon on Enter", async () => {
    const service = fakeService({
      load: loadedOutcome(kalkylData(language)),
      write: { kind: "written", input: "horizon", value: 15, address: "Kalkyl!B7" },
    });
    const { user } = renderPane(language, service);
    const horizon = await screen.findByRole("textbox", { name: t.inputLabels.horizon });
    await user.clear(horizon);
    await user.type(horizon, "15{Enter}");
    expect(service.writeInput.mock.calls[0].slice(1)).toEqual(["horizon", 15]);
    expect(await screen.findByText(exact(t.written.horizon("15", "Kalkyl!B7")))).toBeTruthy();
  });

  it.each<["rate" | "horizon", string, "empty" | "notNumber" | "outOfRange" | "notWhole"]>([
    ["rate", "", "empty"],
    ["rate", "tre", "notNumber"],
    ["rate", "150", "outOfRange"],
    ["rate", "-100", "outOfRange"],
    ["horizon", "", "empty"],
    ["horizon", "2,5", "notWhole"],
    ["horizon", "0", "outOfRange"],
    ["horizon", "101", "outOfRange"],
  ])("refuses %s %p in its field, before anything is written", async (input, text, problem) => {
    const service = fakeService({ load: loadedOutcome(kalkylData(language)) });
    const { user } = renderPane(language, service);
    const box = await screen.findByRole("textbox", { name: t.inputLabels[input] });
    await user.clear(box);
    if (text !== "") await user.type(box, text);
    await user.click(screen.getByRole("button", { name: t.saveButtons[input] }));
    expect(service.writeInput).not.toHaveBeenCalled();
    expect(box.getAttribute("aria-invalid")).toBe("true");
    expect(descriptionOf(box)).toContain(t.problems[input][problem]);
    // Typing again clears the message.
    await user.type(box, "1");
    expect(box.getAttribute("aria-invalid")).not.toBe("true");
  });

  it.each<[string, KalkylWriteOutcome | Error, (t: KalkylPaneStrings) => string, string]>([
    [
      "a protected sheet",
      FAILURES[2] as KalkylWriteOutcome,
      (t) => failureMessage(t, FAILURES[2]),
      "error",
    ],
    ["a cell in edit mode", FAILURES[1] as KalkylWriteOutcome, (t) => t.cellEditMode, "error"],
    ["no named cell", { kind: "noNamedCell", input: "rate" }, (t) => t.noNamedCell.rate, "warning"],
    [
      "a refusal of the service",
      { kind: "invalid", input: "rate", problem: "outOfRange" },
      (t) => t.problems.rate.outOfRange,
      "error",
    ],
    ["a throw", new Error("borta"), (t) => t.failed("borta"), "error"],
  ])(
    "says what happened to a write: %s, and does not read again",
    async (_, outcome, text, intent) => {
      const service = fakeService({ load: loadedOutcome(kalkylData(language)), write: outcome });
      const { user } = renderPane(language, service);
      await screen.findByRole("textbox", { name: t.inputLabels.rate });
      await user.click(screen.getByRole("button", { name: t.saveButtons.rate }));
      const bar = await screen.findByText(exact(text(t)));
      expect(intentOf(bar)).toBe(intent);
      expect(service.load).toHaveBeenCalledTimes(1);
      // The box keeps what was typed.
      expect(
        (screen.getByRole("textbox", { name: t.inputLabels.rate }) as HTMLInputElement).value
      ).toBe(shown.rate);
    }
  );

  it("turns off an input whose named cell is missing, and says why", async () => {
    const { rate: _r, ...rest } = sheetShows(language);
    const data = kalkylData(language, rest);
    renderPane(language, fakeService({ load: loadedOutcome(data) }));
    const box = await screen.findByRole("textbox", { name: t.inputLabels.rate });
    expect(isDisabled(box)).toBe(true);
    expect(descriptionOf(box)).toContain(t.noNamedCell.rate);
    expect(isDisabled(screen.getByRole("button", { name: t.saveButtons.rate }))).toBe(true);
  });

  it("inserts the chart in the pane's language and says where", async () => {
    const pending = deferred<KalkylChartOutcome>();
    const data = kalkylData(language);
    const service = fakeService({ load: loadedOutcome(data), chart: () => pending.promise });
    const { user } = renderPane(language, service);
    const button = await screen.findByRole("button", { name: t.chartButton });
    expect(descriptionOf(button)).toBe(t.chartHint);
    await user.click(button);
    expect(service.insertChart).toHaveBeenCalledWith(data, language);
    expect(screen.getByRole("button", { name: t.chartInserting })).toBeTruthy();
    expect(isDisabled(screen.getByRole("button", { name: t.saveButtons.rate }))).toBe(true);
    await act(async () =>
      pending.resolve({ kind: "inserted", sheet: "Kalkyl", area: "N5:U22", source: "D6:F8" })
    );
    expect(intentOf(screen.getByText(exact(t.chartInserted("Kalkyl", "N5:U22"))))).toBe("success");
  });

  it.each<[string, KalkylChartOutcome | Error, (t: KalkylPaneStrings) => string, string]>([
    ["no split", { kind: "noSplit" }, (t) => t.noSplit, "warning"],
    ["no room", { kind: "noRoom" }, (t) => t.noRoom, "warning"],
    [
      "an older Excel",
      FAILURES[0] as KalkylChartOutcome,
      (t) => failureMessage(t, FAILURES[0]),
      "error",
    ],
    [
      "a protected sheet",
      FAILURES[2] as KalkylChartOutcome,
      (t) => failureMessage(t, FAILURES[2]),
      "error",
    ],
    ["a throw", new Error("nej"), (t) => t.failed("nej"), "error"],
  ])("says why no chart was inserted: %s", async (_, outcome, text, intent) => {
    const service = fakeService({ load: loadedOutcome(kalkylData(language)), chart: outcome });
    const { user } = renderPane(language, service);
    await user.click(await screen.findByRole("button", { name: t.chartButton }));
    expect(intentOf(await screen.findByText(exact(text(t))))).toBe(intent);
  });

  it("inserts the sensitivity analysis for the Kalkyl shown, in the pane's language, and says what it drew", async () => {
    const pending = deferred<KalkylUncertaintyOutcome>();
    const data = kalkylData(language);
    const service = fakeService({
      load: loadedOutcome(data),
      uncertainty: () => pending.promise,
    });
    const { user } = renderPane(language, service);
    expect(await screen.findByRole("heading", { name: t.uncertaintyHeading })).toBeTruthy();
    const button = screen.getByRole("button", { name: t.uncertaintyButton });
    expect(descriptionOf(button)).toBe(t.uncertaintyHint);
    await user.click(button);
    expect(service.insertUncertainty).toHaveBeenCalledWith(data, language);
    // While Excel works, the button says so and every other action waits.
    expect(screen.getByRole("button", { name: t.uncertaintyInserting })).toBeTruthy();
    expect(isDisabled(screen.getByRole("button", { name: t.chartButton }))).toBe(true);
    expect(isDisabled(screen.getByRole("button", { name: t.refreshButton }))).toBe(true);
    await act(async () => pending.resolve(uncertaintyInserted(language)));
    const bar = screen.getByText(exact(t.uncertaintyInserted(UNCERTAINTY_SHEET[language], 2)));
    expect(intentOf(bar)).toBe("success");
    expect(isDisabled(screen.getByRole("button", { name: t.uncertaintyButton }))).toBe(false);
    // The chart's message and this one do not mix.
    expect(screen.queryByText(exact(t.noSplit))).toBeNull();
  });

  it("keeps the button off while there are no figures to analyse", async () => {
    const table = TABLES[language].slice(0, 1);
    const service = fakeService({
      load: loadedOutcome(kalkylData(language, undefined, { table })),
    });
    renderPane(language, service);
    await screen.findByText(exact(t.noLines("SI_Kalkyl")));
    expect(isDisabled(screen.getByRole("button", { name: t.uncertaintyButton }))).toBe(true);
  });

  it.each<
    [
      string,
      KalkylUncertaintyOutcome | Error | ((l: Lang) => KalkylUncertaintyOutcome),
      (t: KalkylPaneStrings, l: Lang) => string,
      string,
    ]
  >([
    [
      "no line with Låg and Hög",
      (l) => uncertaintyInserted(l, 0),
      (t, l) => t.uncertaintyNoRanges(UNCERTAINTY_SHEET[l]),
      "warning",
    ],
    [
      "one line with Låg and Hög",
      (l) => uncertaintyInserted(l, 1),
      (t, l) => t.uncertaintyInserted(UNCERTAINTY_SHEET[l], 1),
      "success",
    ],
    [
      "the charts refused",
      { kind: "chartsFailed", sheet: "Känslighetsanalys", failure: FAILURES[2] },
      (t) => t.uncertaintyChartsFailed("Känslighetsanalys", failureMessage(t, FAILURES[2])),
      "warning",
    ],
    ["an older Excel", { ...FAILURES[0], detail: "1.8" }, (t) => t.needsNewerExcel("1.8"), "error"],
    ["a cell in edit mode", FAILURES[1], (t) => t.cellEditMode, "error"],
    ["a protected workbook", FAILURES[2], (t) => failureMessage(t, FAILURES[2]), "error"],
    ["a throw", new Error("nej"), (t) => t.failed("nej"), "error"],
  ])("says what came of the sensitivity analysis: %s", async (_, outcome, text, intent) => {
    const service = fakeService({
      load: loadedOutcome(kalkylData(language)),
      uncertainty: typeof outcome === "function" ? outcome(language) : outcome,
    });
    const { user } = renderPane(language, service);
    await user.click(await screen.findByRole("button", { name: t.uncertaintyButton }));
    expect(intentOf(await screen.findByText(exact(text(t, language))))).toBe(intent);
  });

  it("has no accessibility violations axe can find", async () => {
    const data = kalkylData(language);
    const second = kalkylData(language, undefined, {
      sheet: "Kalkyl (2)",
      tableName: "SI_Kalkyl_2",
    });
    const service = fakeService({ load: loadedOutcome(data, [second.ref]) });
    const { container, user } = renderPane(language, service);
    await card(t.npvTitle);
    const box = screen.getByRole("textbox", { name: t.inputLabels.rate });
    await user.clear(box);
    await user.click(screen.getByRole("button", { name: t.saveButtons.rate }));
    const result = await axe.run(container, {
      // jsdom does not lay out or paint: contrast cannot be measured there. The pane is one part
      // of a page whose landmarks the shell provides.
      rules: { "color-contrast": { enabled: false }, region: { enabled: false } },
    });
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});

describe("the Kalkyl tab over a workbook (the service and the recording mock)", () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  it("reads in two syncs, writes in one, reads back, and inserts the chart in two", async () => {
    const office = new OfficeMock();
    restore = installOffice(office);
    const lines = [
      ["Personal", "Kostnad", "Skola", 100_000, 1, 1, null, null, null, null],
      ["Färre placeringar", "Nytta", "Socialtjänst", 60_000, 2, 2, null, null, null, null],
    ];
    const drawn = await drawKalkyl(office, "sv", lines);
    const k = new KalkylMock(office);
    k.show(drawn.sheet, "B11", NPV);
    k.show(drawn.sheet, "B12", PV_BENEFITS / 100_000);
    k.show(drawn.sheet, "B14", 3);
    k.showSpill(drawn.sheet, "D7", [
      ["Skola", 100_000, 0, -100_000],
      ["Socialtjänst", 0, PV_BENEFITS, PV_BENEFITS],
    ]);
    const service = createKalkylService({
      run: (batch) => batch(k.context),
      isSetSupported: (name, version) => k.isSetSupported(name, version),
    });
    const t = kalkylPaneText.sv;
    const { user } = renderPane("sv", service);

    const npv = await card(t.npvTitle);
    expect(within(npv).getByText(exact(SHOWN.sv.npv))).toBeTruthy();
    expect(within(npv).getByText(exact(t.agrees("B11")))).toBeTruthy();
    expect(office.syncs).toBe(2);

    const horizon = screen.getByRole("textbox", { name: t.inputLabels.horizon });
    await user.clear(horizon);
    await user.type(horizon, "2");
    await user.click(screen.getByRole("button", { name: t.saveButtons.horizon }));
    await screen.findByText(exact(t.written.horizon("2", "Kalkyl!B7")));
    expect(office.syncs).toBe(2 + 1 + 2);
    expect(office.sheet("Kalkyl")?.writes.map((w) => w.address)).toEqual(["B7"]);
    // Two years now; the mock does not recalculate, so the sheet's cell is stale — and the pane says so.
    const after = await card(t.npvTitle);
    const twoYears = -100_000 + 60_000 / 1.035; // −42 028.99
    expect(Math.round(twoYears)).toBe(-42_029);
    expect(within(after).getByText(exact(`\u221242${NB}029${NB}kr`))).toBeTruthy();
    expect(within(after).getByText(exact(t.differs(SHOWN.sv.npv, "B11")))).toBeTruthy();

    await user.click(screen.getByRole("button", { name: t.chartButton }));
    await screen.findByText(exact(t.chartInserted("Kalkyl", "N5:U22")));
    expect(office.syncs).toBe(5 + 2);
    expect(k.chartsOn("Kalkyl")).toHaveLength(1);
  });
  it("inserts the sensitivity analysis with its two charts in three more syncs", async () => {
    const office = new OfficeMock();
    restore = installOffice(office);
    const lines = [
      ["Personal", "Kostnad", "Skola", 100_000, 1, 1, null, 90_000, 130_000, null],
      ["Färre placeringar", "Nytta", "Socialtjänst", 60_000, 2, 2, null, 40_000, 70_000, null],
    ];
    await drawKalkyl(office, "sv", lines);
    const k = new KalkylMock(office);
    const u = new UncertaintyMock(k);
    const service = createKalkylService({
      run: (batch) => batch(u.context),
      isSetSupported: (name, version) => k.isSetSupported(name, version),
    });
    const t = kalkylPaneText.sv;
    const { user } = renderPane("sv", service);
    await card(t.npvTitle);
    expect(office.syncs).toBe(2);
    await user.click(screen.getByRole("button", { name: t.uncertaintyButton }));
    const bar = await screen.findByText(exact(t.uncertaintyInserted("Känslighetsanalys", 2)));
    expect(intentOf(bar)).toBe("success");
    expect(office.syncs).toBe(2 + 3);
    expect(u.chartsOn("Känslighetsanalys").map((c) => c.type)).toEqual([
      "BarClustered",
      "ColumnClustered",
    ]);
    expect(office.sheet("Kalkyl")?.writes).toEqual([]);
  });
});
