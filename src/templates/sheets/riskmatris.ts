/**
 * Riskmatris: the table SI_Risker scored by SI.RISKSCORE / SI.RISKLEVEL, coloured by level and
 * ranked, with a 5×5 likelihood × impact grid beside it that counts the risks in each cell.
 * Likelihood and impact may be words or numbers; two helper columns hold them as steps 1–5 (from
 * SI.RISKSCORE with the other factor 1, so the words are read by the one implementation).
 */
import { riskLevel } from "../../core/risk";
import { RISKMATRIS_TEXT } from "../../i18n/sheets/riskmatris";
import { SheetBuilder, formula, tableColumnRange } from "../builder";
import { columnOf, thisRow } from "../refs";
import { Content, TableColumnSpec, Template } from "../spec";
import { FORMATS, LEVEL_FILLS, LOOKS } from "../styles";

const TABLE_ROW = 5;
const GRID_COL = 16; // P
const GRID_ROW = 6;

/** The highest score of each level on the five-step scale, from the core's rule. */
export function levelBounds(): { low: number; medium: number } {
  const scores = Array.from({ length: 25 }, (_, i) => i + 1);
  const top = (level: string) => Math.max(...scores.filter((s) => riskLevel(s, 5) === level));
  return { low: top("low"), medium: top("medium") };
}

export const RISKMATRIS: Template = {
  id: "riskmatris",
  sheetName: { sv: RISKMATRIS_TEXT.sv.sheet, en: RISKMATRIS_TEXT.en.sheet },
  tables: { risks: "SI_Risker" },
  names: {},
  build(ctx) {
    const t = RISKMATRIS_TEXT[ctx.lang];
    const c = t.columns;
    const name = ctx.table("risks");
    const at = (col: string) => thisRow(name, col);
    const columns: TableColumnSpec[] = [
      { header: c.nr, input: true, format: FORMATS.integer },
      { header: c.description, input: true },
      { header: c.likelihood, input: true },
      { header: c.impact, input: true },
      { header: c.score, formula: `=SI.RISKSCORE(${at(c.likelihood)},${at(c.impact)})` },
      { header: c.level, formula: `=SI.RISKLEVEL(${at(c.likelihood)},${at(c.impact)})` },
      {
        header: c.priority,
        formula: `=IF(ISNUMBER(${at(c.rank)}),COUNTIF(${columnOf(name, c.rank)},">"&${at(c.rank)})+1,"")`,
      },
      { header: c.action, input: true },
      { header: c.owner, input: true },
      { header: c.status, input: true },
      { header: c.followedUp, input: true, format: FORMATS.date },
      { header: c.likelihoodStep, formula: `=IFERROR(SI.RISKSCORE(${at(c.likelihood)},1),"")` },
      { header: c.impactStep, formula: `=IFERROR(SI.RISKSCORE(1,${at(c.impact)}),"")` },
      // Score first, then the sheet's order: whole numbers, so that COUNTIF compares exactly.
      { header: c.rank, formula: `=IF(ISNUMBER(${at(c.score)}),${at(c.score)}*100000-ROW(),"")` },
    ];
    const rows: Content[][] = ctx.example
      ? t.rows.map(([nr, description, likelihood, impact, action, owner, status]) => [
          nr,
          description,
          likelihood,
          impact,
          null,
          null,
          null,
          action,
          owner,
          status,
          null,
          null,
          null,
          null,
        ])
      : [columns.map(() => null)];
    const table = {
      wrapHeaders: true,
      name,
      row: TABLE_ROW,
      col: 1,
      columns,
      rows,
      example: ctx.example,
    };
    const b = new SheetBuilder(
      "riskmatris",
      ctx.sheet,
      [5, 38, 13, 13, 8, 10, 19, 40, 18, 13, 15, 18, 16, 11, 3, 26, 14, 14, 14, 14, 14],
      true
    );
    b.header(t.title, t.subtitle, 14);
    if (ctx.example)
      b.cell(3, 1, t.example, { style: "warning", merge: { rows: 1, cols: 8 }, example: true });
    b.table(table).height(30, TABLE_ROW);
    const range = (n: number) => tableColumnRange(table, n);
    for (const n of [3, 4]) {
      b.validation({
        ref: range(n),
        list: t.scale,
        allowOther: true,
        prompt: { title: columns[n - 1].header, text: t.scalePrompt },
      });
    }
    b.validation({ ref: range(10), list: t.statuses });
    colourLevels(b, range(5).split(":")[0], `${range(5).split(":")[0]}:${range(6).split(":")[1]}`);
    grid(b, t, name);
    b.cell(GRID_ROW + 8, GRID_COL, t.stop, { style: "heading" });
    b.cell(GRID_ROW + 9, GRID_COL, ctx.example ? t.stopExample : null, {
      style: "gridCell",
      fill: LOOKS.input.fill,
      merge: { rows: 4, cols: 6 },
      example: ctx.example,
    });
    return b.build("#C00000");
  },
};

/** Colours the score and level columns by level; `first` is the first score cell. */
function colourLevels(b: SheetBuilder, first: string, ref: string): void {
  const { low, medium } = levelBounds();
  const score = `$${first.replace(/\d+$/, "")}${first.replace(/^[A-Z]+/, "")}`;
  b.conditional({
    ref,
    formula: `=AND(ISNUMBER(${score}),${score}<=${low})`,
    fill: LEVEL_FILLS.low,
  });
  b.conditional({
    ref,
    formula: `=AND(ISNUMBER(${score}),${score}>${low},${score}<=${medium})`,
    fill: LEVEL_FILLS.medium,
  });
  b.conditional({
    ref,
    formula: `=AND(ISNUMBER(${score}),${score}>${medium})`,
    fill: LEVEL_FILLS.high,
  });
}

/** The 5×5 grid: likelihood 5 at the top, impact 1 on the left, as risk matrices are drawn. */
function grid(b: SheetBuilder, t: (typeof RISKMATRIS_TEXT)["sv"], table: string): void {
  const c = t.columns;
  const fills = { low: LEVEL_FILLS.low, medium: LEVEL_FILLS.medium, high: LEVEL_FILLS.high };
  b.cell(GRID_ROW - 1, GRID_COL, t.grid, { style: "heading" });
  b.cell(GRID_ROW, GRID_COL, t.gridRows, { style: "gridHeader" });
  for (let impact = 1; impact <= 5; impact++) {
    b.cell(GRID_ROW, GRID_COL + impact, `${impact} ${t.scale[impact - 1]}`, {
      style: "gridHeader",
    });
  }
  for (let i = 0; i < 5; i++) {
    const likelihood = 5 - i;
    const row = GRID_ROW + 1 + i;
    b.cell(row, GRID_COL, `${likelihood} ${t.scale[likelihood - 1]}`, { style: "gridHeader" });
    for (let impact = 1; impact <= 5; impact++) {
      const count = `=COUNTIFS(${columnOf(table, c.likelihoodStep)},${likelihood},${columnOf(table, c.impactStep)},${impact})`;
      b.cell(row, GRID_COL + impact, formula(count), {
        format: FORMATS.integer,
        fill: fills[riskLevel(likelihood * impact, 5)],
      });
    }
  }
}
