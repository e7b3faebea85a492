import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { CatalogRow } from "../../src/excel/catalog-table";
import type { ImportOutcome } from "../../src/excel/unitcost-outcome";
import { uiStrings, type UiLanguage } from "../../src/i18n/ui";
import { App } from "../../src/taskpane/App";
import { CATALOG_ROWS_SHOWN } from "../../src/taskpane/CatalogList";
import { filterCatalog, foldForSearch } from "../../src/taskpane/catalog-search";
import { REPORT_LINES_SHOWN } from "../../src/taskpane/ImportReport";
import { UnitCostPane } from "../../src/taskpane/UnitCostPane";
import { UnitCostView, type UnitCostViewProps } from "../../src/taskpane/UnitCostView";
import { escapeHtml } from "../helpers/html";
import { HVB_ROW } from "../helpers/catalog-rows";

// jest runs in node, so the view is server-rendered: it gets plain rows, an outcome and callbacks,
// and renders without a DOM or Office.js.

/** The page's text with tags removed, entities decoded and React's text separators dropped. */
function textOf(html: string): string {
  return html
    .replace(/<!-- -->/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;|\u00a0|\u202f/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

const rows: CatalogRow[] = [
  HVB_ROW,
  {
    id: null,
    category: null,
    name: 'Insats "Steg för steg"',
    unit: null,
    cost: 12000.5,
    priceYear: null,
    source: null,
    hasLocal: false,
    localCost: null,
  },
];

const outcome: ImportOutcome = {
  kind: "imported",
  created: true,
  rows,
  added: 2,
  updated: 0,
  kept: 1,
  removed: 0,
  report: {
    items: [],
    rejected: [{ sheet: "Kostnader", row: 7, reason: "Kostnaden saknas" }],
    // As the importer words it: which row, never the digits themselves.
    warnings: [
      { sheet: "Kostnader", row: 9, message: "Cellen ser ut att innehålla ett personnummer." },
    ],
  },
};

function render(language: UiLanguage, props: Partial<UnitCostViewProps> = {}): string {
  const noop = () => undefined;
  return renderToString(
    <FluentProvider theme={webLightTheme}>
      <UnitCostView
        language={language}
        rows={rows}
        outcome={outcome}
        available
        onImport={noop}
        onInsert={noop}
        onRefresh={noop}
        {...props}
      />
    </FluentProvider>
  );
}

describe.each<UiLanguage>(["sv", "en"])("the unit-cost view in %s", (language) => {
  const t = uiStrings[language].unitCosts;
  const html = render(language);
  const text = textOf(html);

  it("offers the import with the choice of active sheet or whole workbook", () => {
    for (const s of [t.importButton, t.scopeActiveSheet, t.scopeWorkbook, t.refreshButton]) {
      expect(html).toContain(escapeHtml(s));
    }
    expect(html).toMatch(/value="activeSheet"[^>]*checked|checked[^>]*value="activeSheet"/);
  });

  it("shows the report: summary, rejected rows and warnings with where they are", () => {
    expect(text).toContain(t.imported(2, 2, 0));
    expect(text).toContain(t.createdSheet);
    expect(text).toContain(t.keptRows(1));
    expect(text).toContain(t.rejectedHeading(1));
    expect(text).toContain(`${t.rowRef("Kostnader", 7)} Kostnaden saknas`);
    expect(text).toContain(t.warningsHeading(1));
    expect(text).toContain(
      `${t.rowRef("Kostnader", 9)} Cellen ser ut att innehålla ett personnummer.`
    );
  });

  it("lists the catalog with unit, price year, source and the local override", () => {
    const money = (n: number) =>
      new Intl.NumberFormat(t.numberLocale, { maximumFractionDigits: 2 })
        .format(n)
        .replace(/\u00a0|\u202f/g, " ");
    expect(text).toContain("Placering på HVB, ungdom");
    expect(text).toContain("HVB-01 · Socialtjänst");
    expect(text).toContain(`${t.kronor(money(4250))} ${t.perUnit("dygn")} · ${t.priceYear(2022)}`);
    expect(text).toContain(t.sourceLine("Socialstyrelsen"));
    expect(text).toContain(t.localBadge);
    expect(text).toContain(`${t.kronor(money(5100))}${t.localOverrides(t.kronor(money(4250)))}`);
    expect(text).toContain('Insats "Steg för steg"');
    expect(text).toContain(`${t.kronor(money(12000.5))} · ${t.noPriceYear}`);
    expect(text).toContain(t.shown(2, 2));
    expect(html.match(new RegExp(escapeHtml(t.insertButton), "g"))?.length).toBeGreaterThanOrEqual(
      2
    );
  });

  it("shows refusals in words and says when Excel is needed", () => {
    const userSheet = textOf(
      render(language, { outcome: { kind: "refused", reason: "userSheet" } })
    );
    expect(userSheet).toContain(t.refusedUserSheet);
    const self = textOf(
      render(language, { outcome: { kind: "refused", reason: "catalogIsSource" } })
    );
    expect(self).toContain(t.refusedCatalogIsSource);
    const noTable = textOf(
      render(language, {
        outcome: { kind: "noTable", message: "no unit-cost table: no header row" },
      })
    );
    expect(noTable).toContain(`No unit-cost table: no header row. ${t.nothingWritten}`);
    const outside = render(language, { available: false, outcome: null, rows: [] });
    expect(textOf(outside)).toContain(t.needsExcel);
    expect(textOf(outside)).toContain(t.catalogEmpty);
    expect(outside).toMatch(/<button[^>]*disabled/);
  });

  it("filters as typed, shows errors and the cell a formula went into", () => {
    const filtered = textOf(
      render(language, { initialQuery: "steg", error: "Blad skyddat", insertedAt: "Blad1!C5" })
    );
    expect(filtered).toContain(t.shown(1, 1));
    expect(filtered).not.toContain("Placering på HVB");
    expect(filtered).toContain(t.failed("Blad skyddat"));
    expect(filtered).toContain(t.inserted("Blad1!C5"));
    expect(textOf(render(language, { initialQuery: "zzz" }))).toContain(t.noMatches);
  });
});

describe("long lists are cut", () => {
  it("shows at most CATALOG_ROWS_SHOWN catalog rows and REPORT_LINES_SHOWN report lines", () => {
    const many: CatalogRow[] = Array.from({ length: 250 }, (_, i) => ({
      ...rows[1],
      name: `Post ${i}`,
    }));
    const rejected = Array.from({ length: 80 }, (_, i) => ({
      sheet: "K",
      row: i + 2,
      reason: "tom",
    }));
    const html = render("sv", {
      rows: many,
      outcome: { kind: "nothing", report: { items: [], rejected, warnings: [] } },
    });
    const text = textOf(html);
    const t = uiStrings.sv.unitCosts;
    expect(text).toContain(t.shown(CATALOG_ROWS_SHOWN, 250));
    expect(text).toContain(t.nothingFound);
    expect(text).toContain(t.more(80 - REPORT_LINES_SHOWN));
    expect(text).not.toContain(`Post ${CATALOG_ROWS_SHOWN}`);
  });
});

describe("the app's tabs", () => {
  it.each<UiLanguage>(["sv", "en"])("shows Start and Unit costs in %s, Start first", (language) => {
    const t = uiStrings[language];
    const html = renderToString(<App language={language} version="1.2.3" />);
    expect(html).toContain('role="tablist"');
    expect(html).toContain(escapeHtml(t.tabStart));
    expect(html).toContain(escapeHtml(t.tabUnitCosts));
    expect(html.indexOf(escapeHtml(t.tabStart))).toBeLessThan(
      html.indexOf(escapeHtml(t.tabUnitCosts))
    );
  });

  it("names the tabs in Swedish first", () => {
    expect([uiStrings.sv.tabStart, uiStrings.sv.tabUnitCosts]).toEqual([
      "Start",
      "Enhetskostnader",
    ]);
    expect([uiStrings.en.tabStart, uiStrings.en.tabUnitCosts]).toEqual(["Start", "Unit costs"]);
  });
});

describe("the unit-cost strings", () => {
  it("have the same keys in both languages and none empty", () => {
    const sv = uiStrings.sv.unitCosts;
    const en = uiStrings.en.unitCosts;
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    for (const strings of [sv, en]) {
      for (const [key, value] of Object.entries(strings)) {
        const sample =
          typeof value === "function" ? (value as (...a: unknown[]) => string)(3, 2, 1) : value;
        expect(`${key}: ${String(sample).trim()}`).not.toBe(`${key}: `);
      }
    }
  });
});

describe("the unit-cost pane", () => {
  it("enables import when a catalog service is there, and disables it without one", () => {
    const service = {
      importCatalog: jest.fn(),
      readCatalog: jest.fn(),
      insert: jest.fn(),
    };
    const withService = renderToString(
      <FluentProvider theme={webLightTheme}>
        <UnitCostPane language="sv" service={service} />
      </FluentProvider>
    );
    expect(withService).not.toMatch(/<button[^>]*disabled/);
    expect(textOf(withService)).not.toContain(uiStrings.sv.unitCosts.needsExcel);
    const without = renderToString(
      <FluentProvider theme={webLightTheme}>
        <UnitCostPane language="en" />
      </FluentProvider>
    );
    expect(textOf(without)).toContain(uiStrings.en.unitCosts.needsExcel);
    // Server rendering runs no effect: nothing was asked of the workbook.
    expect(service.readCatalog).not.toHaveBeenCalled();
  });
});

// The search filter on its own: a pure function of the rows and the query.
function searchRow(name: string, extra: Partial<CatalogRow> = {}): CatalogRow {
  return {
    id: null,
    category: null,
    name,
    unit: null,
    cost: 1000,
    priceYear: 2022,
    source: null,
    hasLocal: false,
    localCost: null,
    ...extra,
  };
}

const searchRows = [
  searchRow("Vårddygn, psykiatrisk slutenvård", {
    id: "PSY-01",
    category: "Hälso- och sjukvård",
    unit: "dygn",
  }),
  searchRow("Placering på HVB, ungdom", {
    id: "HVB-01",
    category: "Socialtjänst",
    source: "Socialstyrelsen",
  }),
  searchRow("Försörjningsstöd per hushåll", {
    category: "Ekonomiskt bistånd",
    unit: "månad",
    source: "SKR",
  }),
  searchRow("Élevhälsa, besök"),
];

const names = (found: CatalogRow[]) => found.map((r) => r.name);

describe("foldForSearch", () => {
  it("drops case and accents", () => {
    expect(foldForSearch("ÅÄÖ åäö Éé Ü")).toBe("aao aao ee u");
  });
});

describe("filterCatalog", () => {
  it("returns every row for an empty or blank query", () => {
    expect(filterCatalog(searchRows, "")).toHaveLength(4);
    expect(filterCatalog(searchRows, "   ")).toHaveLength(4);
  });

  it("ignores case and accents on both sides", () => {
    expect(names(filterCatalog(searchRows, "vard"))).toEqual(["Vårddygn, psykiatrisk slutenvård"]);
    expect(names(filterCatalog(searchRows, "VÅRDDYGN"))).toEqual([
      "Vårddygn, psykiatrisk slutenvård",
    ]);
    expect(names(filterCatalog(searchRows, "forsorjning"))).toEqual([
      "Försörjningsstöd per hushåll",
    ]);
    expect(names(filterCatalog(searchRows, "elevhälsa"))).toEqual(["Élevhälsa, besök"]);
  });

  it("searches id, category, unit and source as well as the name", () => {
    expect(names(filterCatalog(searchRows, "hvb-01"))).toEqual(["Placering på HVB, ungdom"]);
    expect(names(filterCatalog(searchRows, "socialstyrelsen"))).toEqual([
      "Placering på HVB, ungdom",
    ]);
    expect(names(filterCatalog(searchRows, "skr"))).toEqual(["Försörjningsstöd per hushåll"]);
    expect(names(filterCatalog(searchRows, "halso"))).toEqual(["Vårddygn, psykiatrisk slutenvård"]);
  });

  it("needs every word, in any order", () => {
    expect(names(filterCatalog(searchRows, "ungdom hvb"))).toEqual(["Placering på HVB, ungdom"]);
    expect(filterCatalog(searchRows, "ungdom psykiatri")).toEqual([]);
  });

  it("keeps catalog order and does not change the input", () => {
    const before = [...searchRows];
    expect(names(filterCatalog(searchRows, "a"))).toEqual(names(searchRows));
    expect(searchRows).toEqual(before);
  });
});
