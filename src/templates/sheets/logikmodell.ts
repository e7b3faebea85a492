/**
 * Logikmodell: the four levels × four columns as people know the model, the seven comparison
 * alternatives with their strength, and the table SI_Indikatorer that makes the model live: each
 * indicator's change in the target group, its effect against the comparison group (SI.EFFECT),
 * how much of the target is reached by each, and a warning when a before–after measurement would
 * pass for an effect. Drawn with the fictitious example, empty, or from a converted logic model.
 */
import { LOGIKMODELL_TEXT } from "../../i18n/sheets/logikmodell";
import { Lang } from "../../i18n/lang";
import { SheetBuilder, tableColumnRange } from "../builder";
import { thisRow, text } from "../refs";
import {
  BuildContext,
  Content,
  LogicContent,
  LogicLevel,
  TableColumnSpec,
  Template,
} from "../spec";
import { FORMATS, LOOKS } from "../styles";

export const LOGIC_LEVELS: readonly LogicLevel[] = ["aim", "result", "activity", "resource"];

const GRID_ROW = 5;
const ALT_ROW = 12;
const TABLE_ROW = 22;

type Text = (typeof LOGIKMODELL_TEXT)["sv"];

function columnsOf(t: Text, table: string, alternatives: string): TableColumnSpec[] {
  const c = t.columns;
  const at = (col: string) => thisRow(table, col);
  const blank = (...cols: string[]) => `OR(${cols.map((x) => `${at(x)}=""`).join(",")})`;
  return [
    { header: c.level, input: true },
    { header: c.indicator, input: true },
    { header: c.source, input: true },
    { header: c.type, input: true },
    { header: c.alternative, input: true },
    {
      header: c.strength,
      formula: `=IF(${at(c.alternative)}="","",IFERROR(MATCH(${at(c.alternative)},${alternatives},0),""))`,
    },
    { header: c.baseline, input: true, format: FORMATS.decimal },
    { header: c.goal, input: true, format: FORMATS.decimal },
    { header: c.outcome, input: true, format: FORMATS.decimal },
    { header: c.comparisonBefore, input: true, format: FORMATS.decimal },
    { header: c.comparisonAfter, input: true, format: FORMATS.decimal },
    {
      header: c.change,
      format: FORMATS.percent,
      formula: `=IF(${blank(c.baseline, c.outcome)},"",SI.EFFECT(${at(c.baseline)},${at(c.outcome)}))`,
    },
    {
      header: c.effect,
      format: FORMATS.percent,
      formula: `=IF(${blank(c.baseline, c.outcome, c.comparisonBefore, c.comparisonAfter)},"",SI.EFFECT(${at(c.baseline)},${at(c.outcome)},${at(c.comparisonBefore)},${at(c.comparisonAfter)}))`,
    },
    {
      // How far from the baseline towards the target the outcome has come; a blank baseline is 0.
      header: c.goalReached,
      format: FORMATS.percentWhole,
      formula: `=IF(OR(${at(c.goal)}="",${at(c.outcome)}="",${at(c.goal)}=${at(c.baseline)}),"",(${at(c.outcome)}-${at(c.baseline)})/(${at(c.goal)}-${at(c.baseline)}))`,
    },
    {
      // The effect as a share of the change the target asked for: both must be shown.
      header: c.effectGoalReached,
      format: FORMATS.percentWhole,
      formula: `=IF(OR(NOT(ISNUMBER(${at(c.effect)})),${blank(c.baseline, c.goal)},${at(c.goal)}=${at(c.baseline)}),"",${at(c.effect)}/SI.EFFECT(${at(c.baseline)},${at(c.goal)}))`,
    },
    {
      header: c.status,
      formula: `=IF(NOT(ISNUMBER(${at(c.goalReached)})),${text(t.status.noData)},IF(${at(c.goalReached)}>=1,${text(t.status.onTrack)},${text(t.status.offTrack)}))`,
    },
    {
      header: c.warning,
      formula: `=IF(${at(c.alternative)}=${text(t.alternatives[6][0])},${text(t.beforeAfterWarning)},IF(AND(ISNUMBER(${at(c.goalReached)}),ISNUMBER(${at(c.effectGoalReached)})),IF(AND(${at(c.goalReached)}>=1,${at(c.effectGoalReached)}<1),${text(t.goalNotEffect)},""),""))`,
    },
  ];
}

function exampleContent(lang: Lang): { content: LogicContent; rows: Content[][] } {
  const t = LOGIKMODELL_TEXT[lang];
  const rows = t.rows.map(([level, ...rest]) => [t.levels[level as LogicLevel], ...rest]);
  return {
    content: { grid: t.grid as LogicContent["grid"], indicators: [] },
    rows: rows.map((r) => [
      ...r.slice(0, 5),
      null,
      ...r.slice(5),
      null,
      null,
      null,
      null,
      null,
      null,
    ]),
  };
}

function importedRows(t: Text, content: LogicContent, width: number): Content[][] {
  return content.indicators.map((i) => {
    const row: Content[] = Array.from({ length: width }, () => null);
    row[0] = t.levels[i.level];
    row[1] = i.indicator;
    row[2] = i.dataSource || null;
    row[3] = i.type ?? (i.level === "aim" || i.level === "result" ? t.types[0] : t.types[1]);
    return row;
  });
}

/** The sheet, filled from `content` (a converted model) or the example, or empty. */
export function buildLogikmodell(ctx: BuildContext, content?: LogicContent) {
  const t = LOGIKMODELL_TEXT[ctx.lang];
  const name = ctx.table("indicators");
  const alternatives = `$B$${ALT_ROW + 1}:$B$${ALT_ROW + 7}`;
  const columns = columnsOf(t, name, alternatives);
  const example = !content && ctx.example ? exampleContent(ctx.lang) : undefined;
  const grid = content?.grid ?? example?.content.grid;
  const rows = content
    ? importedRows(t, content, columns.length)
    : (example?.rows ?? [columns.map(() => null)]);
  const b = new SheetBuilder(
    "logikmodell",
    ctx.sheet,
    [28, 42, 36, 26, 26, 12, 11, 11, 11, 12, 12, 12, 12, 13, 13, 15, 46],
    true
  );
  b.header(t.title, t.subtitle, 11);
  if (example)
    b.cell(3, 1, t.example, { style: "warning", merge: { rows: 1, cols: 5 }, example: true });

  b.cell(GRID_ROW, 1, t.level, { style: "gridHeader" });
  t.headings.forEach((h, i) => b.cell(GRID_ROW, 2 + i, h, { style: "gridHeader" }));
  LOGIC_LEVELS.forEach((level, i) => {
    const row = GRID_ROW + 1 + i;
    b.cell(row, 1, t.levels[level], { style: "gridHeader" });
    for (let k = 0; k < 4; k++) {
      b.cell(row, 2 + k, grid?.[level][k] || null, {
        style: "gridCell",
        fill: LOOKS.input.fill,
        example: !!example,
      });
    }
  });

  b.cell(ALT_ROW - 1, 1, t.alternativesHeading, { style: "heading" });
  b.cell(ALT_ROW, 1, t.strength, { style: "gridHeader" });
  b.cell(ALT_ROW, 2, t.columns.alternative, { style: "gridHeader" });
  t.alternatives.forEach(([alt, note], i) => {
    b.cell(ALT_ROW + 1 + i, 1, i + 1, { format: FORMATS.integer });
    b.cell(ALT_ROW + 1 + i, 2, alt);
    b.cell(ALT_ROW + 1 + i, 3, note, { style: "note", merge: { rows: 1, cols: 3 } });
  });

  b.cell(TABLE_ROW - 1, 1, t.indicatorsHeading, { style: "heading" });
  b.height(48, ...LOGIC_LEVELS.map((_, i) => GRID_ROW + 1 + i));
  b.height(30, TABLE_ROW);
  const table = {
    wrapHeaders: true,
    name,
    row: TABLE_ROW,
    col: 1,
    columns,
    rows,
    example: !!example,
  };
  b.table(table);
  const range = (header: string) =>
    tableColumnRange(table, columns.findIndex((c) => c.header === header) + 1);
  b.validation({ ref: range(t.columns.level), list: Object.values(t.levels) });
  b.validation({ ref: range(t.columns.type), list: [...t.types] });
  b.validation({ ref: range(t.columns.alternative), list: t.alternatives.map(([a]) => a) });
  const first = (header: string) => range(header).split(":")[0];
  const reached = `$${first(t.columns.goalReached).replace(/\d+$/, "")}${TABLE_ROW + 1}`;
  b.conditional({
    ref: range(t.columns.status),
    formula: `=AND(ISNUMBER(${reached}),${reached}>=1)`,
    fill: "#C6EFCE",
  });
  b.conditional({
    ref: range(t.columns.status),
    formula: `=AND(ISNUMBER(${reached}),${reached}<1)`,
    fill: "#FFC7CE",
  });
  const warning = first(t.columns.warning);
  b.conditional({
    ref: range(t.columns.warning),
    formula: `=${warning.replace(/^/, "$")}<>""`,
    fill: LOOKS.warning.fill!,
    fontColor: LOOKS.warning.fontColor,
  });
  return b.build("#548235");
}

export const LOGIKMODELL: Template = {
  id: "logikmodell",
  sheetName: { sv: LOGIKMODELL_TEXT.sv.sheet, en: LOGIKMODELL_TEXT.en.sheet },
  tables: { indicators: "SI_Indikatorer" },
  names: {},
  build: (ctx) => buildLogikmodell(ctx, ctx.logicModel),
};
