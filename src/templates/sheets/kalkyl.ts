/**
 * Kalkyl: a cost–benefit analysis over the table SI_Kalkyl, in exactly the column shape
 * SI.CBATABLE reads. Every figure on the sheet is one SI.CBATABLE call over that table, so there
 * is one calculation, and an economist can check any cell by hand. The lines table sits at the
 * bottom so that it can grow; the per-actor spill has the rows under it free for the same reason.
 */
import { KALKYL_TEXT } from "../../i18n/sheets/kalkyl";
import { SheetBuilder, formula, tableColumnRange } from "../builder";
import { cellRef, columnOf, text, wholeTable } from "../refs";
import { Content, Template } from "../spec";
import { FORMATS } from "../styles";

/** Years the yearly cash-flow block has room for. */
const YEAR_ROWS = 20;
const TABLE_ROW = 30;
const YEAR_COL = 8; // H

export const KALKYL: Template = {
  id: "kalkyl",
  sheetName: { sv: KALKYL_TEXT.sv.sheet, en: KALKYL_TEXT.en.sheet },
  tables: { lines: "SI_Kalkyl" },
  names: {
    rate: "SI_Diskonteringsranta",
    horizon: "SI_Horisont",
    fundShare: "SI_Fondandel",
    npv: "SI_Nettonuvarde",
    bcr: "SI_Nyttokostnadskvot",
    payback: "SI_Aterbetalningstid",
  },
  build(ctx) {
    const t = KALKYL_TEXT[ctx.lang];
    const lines = wholeTable(ctx.table("lines"));
    const rate = ctx.name("rate");
    const horizon = ctx.name("horizon");
    const cba = (...rest: string[]) => `SI.CBATABLE(${[lines, ...rest].join(",")})`;
    // Until an amount is typed in, the results stay blank instead of showing "no lines".
    const none = `COUNT(${columnOf(ctx.table("lines"), t.columns.amount)})=0`;
    const b = new SheetBuilder(
      "kalkyl",
      ctx.sheet,
      [44, 16, 18, 16, 16, 16, 15, 14, 14, 26, 16, 16],
      true
    );
    b.header(t.title, t.subtitle, 13);
    if (ctx.example)
      b.cell(3, 1, t.example, { style: "warning", merge: { rows: 1, cols: 6 }, example: true });

    b.cell(5, 1, t.assumptions, { style: "heading" });
    b.field(6, 1, t.rate, 0.035, { format: FORMATS.percent, name: rate });
    b.field(7, 1, t.horizon, 10, { format: FORMATS.integer, name: horizon });
    const fund = b.field(8, 1, t.fundShare, 0.7, {
      format: FORMATS.percentWhole,
      name: ctx.name("fundShare"),
    });

    b.cell(10, 1, t.results, { style: "heading" });
    const measure = (row: number, label: string, m: string | null, format: string, name?: string) =>
      b.field(
        row,
        1,
        label,
        formula(`=IF(${none},"",${cba(rate, horizon, ...(m ? [text(m)] : []))})`),
        {
          format,
          style: "result",
          name,
        }
      );
    measure(11, t.npv, null, FORMATS.kronor, ctx.name("npv"));
    measure(12, t.bcr, "bcr", FORMATS.ratio, ctx.name("bcr"));
    measure(13, t.roi, "roi", FORMATS.percent);
    measure(14, t.payback, "payback", FORMATS.decimal, ctx.name("payback"));
    const pvCosts = measure(15, t.pvCosts, "pvcosts", FORMATS.kronor);
    measure(16, t.pvBenefits, "pvbenefits", FORMATS.kronor);
    b.conditional({
      ref: "B11",
      formula: "=AND(ISNUMBER($B$11),$B$11<0)",
      fill: "#FFC7CE",
      fontColor: "#9C0006",
    });

    b.cell(18, 1, t.riskSharing, { style: "heading" });
    const departments = b.field(19, 1, t.departmentsShare, formula(`=1-${fund}`), {
      format: FORMATS.percentWhole,
    });
    b.field(20, 1, t.fundPays, formula(`=IF(${pvCosts}="","",${fund}*${pvCosts})`), {
      format: FORMATS.kronor,
    });
    b.field(21, 1, t.departmentsPay, formula(`=IF(${pvCosts}="","",${departments}*${pvCosts})`), {
      format: FORMATS.kronor,
    });

    // Per actor: one spill, the columns under its header row left empty for it to grow into.
    b.cell(5, 4, t.perActor, { style: "heading" });
    [t.actor, t.actorCosts, t.actorBenefits, t.actorNet].forEach((h, i) =>
      b.cell(6, 4 + i, h, { style: "gridHeader" })
    );
    b.cell(
      7,
      4,
      formula(`=${cba(rate, horizon, text(ctx.lang === "sv" ? "aktörer" : "actors"))}`),
      { spill: true }
    );
    b.conditional({
      ref: "G7:G27",
      formula: "=AND(ISNUMBER(G7),G7<0)",
      fill: "#FFC7CE",
      fontColor: "#9C0006",
    });
    for (let row = 7; row < TABLE_ROW - 2; row++) {
      for (const col of [5, 6, 7])
        if (row > 7 || col > 4) b.cell(row, col, null, { format: FORMATS.kronor });
    }

    yearlyBlock(b, t, cba, rate, horizon, none);
    linesTable(b, ctx.table("lines"), t, ctx.example);
    return b.build("#2E75B6");
  },
};

type Text = (typeof KALKYL_TEXT)["sv"];

function yearlyBlock(
  b: SheetBuilder,
  t: Text,
  cba: (...rest: string[]) => string,
  rate: string,
  horizon: string,
  none: string
): void {
  b.cell(5, YEAR_COL, t.yearly, { style: "heading" });
  b.cell(5, YEAR_COL + 2, t.yearlyNote, { style: "note", merge: { rows: 1, cols: 3 } });
  b.height(30, 6);
  [t.year, t.costs, t.benefits, t.net, t.cumulative].forEach((h, i) =>
    b.cell(6, YEAR_COL + i, h, { style: "gridHeader" })
  );
  for (let i = 0; i < YEAR_ROWS; i++) {
    const row = 7 + i;
    const year = cellRef(row, YEAR_COL);
    const before = cellRef(row - 1, YEAR_COL);
    const yearFormula =
      i === 0
        ? `=IF(OR(${none},${horizon}<1),"",1)`
        : `=IF(${before}="","",IF(${before}+1>${horizon},"",${before}+1))`;
    // A year's flow: the undiscounted total up to this year minus the total up to last year.
    const flow = (m: string) =>
      i === 0
        ? `=IF(${year}="","",${cba("0", year, text(m))})`
        : `=IF(${year}="","",${cba("0", year, text(m))}-${cba("0", before, text(m))})`;
    const costs = cellRef(row, YEAR_COL + 1);
    const benefits = cellRef(row, YEAR_COL + 2);
    const cells: [Content, string][] = [
      [formula(yearFormula), FORMATS.integer],
      [formula(flow("pvcosts")), FORMATS.kronor],
      [formula(flow("pvbenefits")), FORMATS.kronor],
      [formula(`=IF(${year}="","",${benefits}-${costs})`), FORMATS.kronor],
      [formula(`=IF(${year}="","",${cba(rate, year)})`), FORMATS.kronor],
    ];
    cells.forEach(([content, format], k) => b.cell(row, YEAR_COL + k, content, { format }));
  }
}

function linesTable(b: SheetBuilder, name: string, t: Text, example: boolean): void {
  const c = t.columns;
  b.cell(TABLE_ROW - 1, 1, t.lines, { style: "heading" });
  const columns = [
    { header: c.item, input: true },
    { header: c.type, input: true },
    { header: c.actor, input: true },
    { header: c.amount, input: true, format: '#,##0 "kr"' },
    { header: c.start, input: true, format: "0" },
    { header: c.years, input: true, format: "0" },
    { header: c.dropoff, input: true, format: "0 %" },
    { header: c.low, input: true, format: '#,##0 "kr"' },
    { header: c.high, input: true, format: '#,##0 "kr"' },
    { header: c.unitCost, input: true },
  ];
  const rows: Content[][] = example ? t.rows.map((r) => [...r]) : [columns.map(() => null)];
  const table = { name, row: TABLE_ROW, col: 1, columns, rows, example };
  b.table(table);
  b.validation({
    ref: tableColumnRange(table, 2),
    list: [t.cost, t.benefit],
    prompt: { title: c.type, text: t.typePrompt },
  });
}
