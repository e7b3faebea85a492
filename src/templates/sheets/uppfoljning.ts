/**
 * Uppföljning: one row per period in the table SI_Uppfoljning (activities held against planned,
 * participants by sex, reach, dropouts, costs against budget, deviations and actions) and the
 * follow-up and evaluation plan beside it. Counts only: the header says so.
 */
import { UPPFOLJNING_TEXT } from "../../i18n/sheets/uppfoljning";
import { SheetBuilder, tableColumnRange } from "../builder";
import { thisRow } from "../refs";
import { Content, TableColumnSpec, Template } from "../spec";
import { FORMATS } from "../styles";

const TABLE_ROW = 8;
const PLAN_COL = 17; // Q

export const UPPFOLJNING: Template = {
  id: "uppfoljning",
  sheetName: { sv: UPPFOLJNING_TEXT.sv.sheet, en: UPPFOLJNING_TEXT.en.sheet },
  tables: { periods: "SI_Uppfoljning", plan: "SI_Uppfoljningsplan" },
  names: { targetGroup: "SI_Uppfoljning_malgrupp" },
  build(ctx) {
    const t = UPPFOLJNING_TEXT[ctx.lang];
    const c = t.columns;
    const name = ctx.table("periods");
    const at = (col: string) => thisRow(name, col);
    const b = new SheetBuilder(
      "uppfoljning",
      ctx.sheet,
      [14, 12, 12, 13, 12, 12, 12, 12, 10, 10, 24, 14, 14, 14, 30, 3, 22, 40, 32],
      true
    );
    b.cell(1, 1, t.title, { style: "title" });
    b.cell(2, 1, t.noPersonalData, { style: "warning", merge: { rows: 1, cols: 10 } });
    if (ctx.example)
      b.cell(3, 1, t.example, { style: "warning", merge: { rows: 1, cols: 6 }, example: true });
    const target = b.field(5, 1, t.targetGroup, ctx.example ? 600 : null, {
      format: FORMATS.count,
      name: ctx.name("targetGroup"),
      example: ctx.example,
    });
    b.field(6, 1, t.periodKind, t.periodKinds[1], {});
    b.validation({ ref: "B6", list: t.periodKinds });
    const count = { input: true, format: FORMATS.count };
    const kronor = { input: true, format: FORMATS.kronor };
    const columns: TableColumnSpec[] = [
      { header: c.period, input: true },
      { header: c.planned, ...count },
      { header: c.held, ...count },
      {
        header: c.heldShare,
        format: FORMATS.percentWhole,
        formula: `=IF(OR(${at(c.planned)}="",${at(c.planned)}=0),"",${at(c.held)}/${at(c.planned)})`,
      },
      { header: c.women, ...count },
      { header: c.men, ...count },
      { header: c.other, ...count },
      {
        header: c.total,
        format: FORMATS.count,
        formula: `=IF(COUNT(${at(c.women)},${at(c.men)},${at(c.other)})=0,"",SUM(${at(c.women)},${at(c.men)},${at(c.other)}))`,
      },
      {
        header: c.reach,
        format: FORMATS.percentWhole,
        formula: `=IF(OR(${at(c.total)}="",${target}="",${target}=0),"",${at(c.total)}/${target})`,
      },
      { header: c.dropouts, ...count },
      { header: c.reasons, input: true },
      { header: c.budget, ...kronor },
      { header: c.costs, ...kronor },
      {
        header: c.deviation,
        format: FORMATS.kronor,
        formula: `=IF(OR(${at(c.budget)}="",${at(c.costs)}=""),"",${at(c.costs)}-${at(c.budget)})`,
      },
      { header: c.action, input: true },
    ];
    const rows: Content[][] = ctx.example
      ? t.rows.map(
          ([
            period,
            planned,
            held,
            women,
            men,
            other,
            dropouts,
            reasons,
            budget,
            costs,
            action,
          ]) => [
            period,
            planned,
            held,
            null,
            women,
            men,
            other,
            null,
            null,
            dropouts,
            reasons,
            budget,
            costs,
            null,
            action || null,
          ]
        )
      : [columns.map(() => null)];
    b.height(30, TABLE_ROW);
    const table = {
      wrapHeaders: true,
      name,
      row: TABLE_ROW,
      col: 1,
      columns,
      rows,
      example: ctx.example,
    };
    b.table(table);
    const deviation = tableColumnRange(table, 14);
    const first = deviation.split(":")[0];
    b.conditional({
      ref: deviation,
      formula: `=AND(ISNUMBER($${first}),$${first}>0)`,
      fill: "#FFC7CE",
      fontColor: "#9C0006",
    });

    const p = t.planColumns;
    b.cell(TABLE_ROW - 1, PLAN_COL, t.plan, { style: "heading" });
    b.table({
      name: ctx.table("plan"),
      row: TABLE_ROW,
      col: PLAN_COL,
      columns: [p.effort, p.method, p.reporting].map((header) => ({ header, input: true })),
      rows: ctx.example ? t.planRows.map((r) => [...r]) : [[null, null, null]],
      example: ctx.example,
    });
    return b.build("#BF8F00");
  },
};
