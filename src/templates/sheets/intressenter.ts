/** Intressentanalys: who is affected by the effort, how their knowledge is gathered, what they know. */
import { INTRESSENTER_TEXT } from "../../i18n/sheets/uppfoljning";
import { SheetBuilder } from "../builder";
import { Template } from "../spec";

export const INTRESSENTER: Template = {
  id: "intressenter",
  sheetName: { sv: INTRESSENTER_TEXT.sv.sheet, en: INTRESSENTER_TEXT.en.sheet },
  tables: { stakeholders: "SI_Intressenter" },
  names: {},
  build(ctx) {
    const t = INTRESSENTER_TEXT[ctx.lang];
    const c = t.columns;
    const b = new SheetBuilder("intressenter", ctx.sheet, [30, 40, 34, 48]);
    b.header(t.title, t.subtitle, 4);
    if (ctx.example)
      b.cell(3, 1, t.example, { style: "warning", merge: { rows: 1, cols: 3 }, example: true });
    b.table({
      name: ctx.table("stakeholders"),
      row: 5,
      col: 1,
      columns: [c.stakeholder, c.link, c.method, c.knowledge].map((header) => ({
        header,
        input: true,
      })),
      rows: ctx.example ? t.rows.map((r) => [...r]) : [[null, null, null, null]],
      example: ctx.example,
    });
    return b.build("#00B0F0");
  },
};
