/**
 * Beslutsunderlag: one printable page that reads the key figures from the other sheets through
 * their tables and defined names. A sheet not in the workbook when the paper is drawn leaves a
 * line saying which sheet to insert; everything else stays live.
 */
import { BESLUTSUNDERLAG_TEXT } from "../../i18n/sheets/beslutsunderlag";
import { LOGIKMODELL_TEXT } from "../../i18n/sheets/logikmodell";
import { RISKMATRIS_TEXT } from "../../i18n/sheets/riskmatris";
import { CellOptions, SheetBuilder, formula } from "../builder";
import { columnOf } from "../refs";
import { Content, Template } from "../spec";
import { FORMATS, LOOKS } from "../styles";

export const BESLUTSUNDERLAG: Template = {
  id: "beslutsunderlag",
  sheetName: { sv: BESLUTSUNDERLAG_TEXT.sv.sheet, en: BESLUTSUNDERLAG_TEXT.en.sheet },
  tables: {},
  names: {},
  build(ctx) {
    const t = BESLUTSUNDERLAG_TEXT[ctx.lang];
    const b = new SheetBuilder("beslutsunderlag", ctx.sheet, [44, 20, 20, 20]);
    b.header(t.title, t.subtitle, 4);
    const from = (base: string, sheet: string, build: (n: string) => string): Content => {
      const found = ctx.find(base);
      return found ? formula(`=IFERROR(${build(found)},"")`) : t.missing(sheet);
    };
    const line = (row: number, label: string, content: Content, options: CellOptions = {}) =>
      b.field(row, 1, label, content, { style: "result", ...options });

    b.field(4, 1, t.effort, ctx.example ? t.effortExample : null, { example: ctx.example });
    line(
      5,
      t.targetGroup,
      from("SI_Malgrupp", t.sheets.uppskalning, (n) => n),
      { format: FORMATS.count }
    );

    // The weakest alternative any indicator rests on is what the paper's claims rest on.
    const lm = LOGIKMODELL_TEXT[ctx.lang].columns;
    const strength = (n: string) => columnOf(n, lm.strength);
    line(
      6,
      t.comparison,
      from(
        "SI_Indikatorer",
        t.sheets.logikmodell,
        (n) => `INDEX(${columnOf(n, lm.alternative)},MATCH(MAX(${strength(n)}),${strength(n)},0))`
      )
    );
    line(
      7,
      t.strength,
      from("SI_Indikatorer", t.sheets.logikmodell, (n) => `MAX(${strength(n)})`),
      {
        format: FORMATS.integer,
      }
    );

    b.height(30, 10, 11, 12, 13, 23);
    b.cell(9, 1, t.effects, { style: "heading" });
    [t.indicator, t.change, t.effect].forEach((h, i) =>
      b.cell(10, i === 0 ? 1 : i + 1, h, { style: "gridHeader" })
    );
    for (let k = 1; k <= 3; k++) {
      const pick = (col: string) => (n: string) =>
        `IF(INDEX(${columnOf(n, col)},${k})="","",INDEX(${columnOf(n, col)},${k}))`;
      const row = 10 + k;
      b.cell(row, 1, from("SI_Indikatorer", t.sheets.logikmodell, pick(lm.indicator)), {
        style: "gridCell",
      });
      b.cell(row, 2, from("SI_Indikatorer", t.sheets.logikmodell, pick(lm.change)), {
        format: FORMATS.percent,
      });
      b.cell(row, 3, from("SI_Indikatorer", t.sheets.logikmodell, pick(lm.effect)), {
        format: FORMATS.percent,
      });
    }

    b.cell(15, 1, t.economy, { style: "heading" });
    line(
      16,
      t.npv,
      from("SI_Nettonuvarde", t.sheets.kalkyl, (n) => n),
      { format: FORMATS.kronor }
    );
    line(
      17,
      t.bcr,
      from("SI_Nyttokostnadskvot", t.sheets.kalkyl, (n) => n),
      { format: FORMATS.ratio }
    );
    line(
      18,
      t.payback,
      from("SI_Aterbetalningstid", t.sheets.kalkyl, (n) => n),
      { format: FORMATS.decimal }
    );
    line(
      19,
      t.fullScale,
      from("SI_Kostnad_fullskala", t.sheets.uppskalning, (n) => n),
      { format: FORMATS.kronor }
    );
    line(
      20,
      t.breakEven,
      from("SI_Plusar", t.sheets.uppskalning, (n) => n),
      { format: FORMATS.integer }
    );

    b.cell(22, 1, t.risks, { style: "heading" });
    [t.risk, t.level, t.score].forEach((h, i) =>
      b.cell(23, i === 0 ? 1 : i + 1, h, { style: "gridHeader" })
    );
    const rm = RISKMATRIS_TEXT[ctx.lang].columns;
    for (let k = 1; k <= 3; k++) {
      const nth = (col: string) => (n: string) =>
        `INDEX(${columnOf(n, col)},MATCH(LARGE(${columnOf(n, rm.rank)},${k}),${columnOf(n, rm.rank)},0))`;
      const row = 23 + k;
      b.cell(row, 1, from("SI_Risker", t.sheets.riskmatris, nth(rm.description)), {
        style: "gridCell",
      });
      b.cell(row, 2, from("SI_Risker", t.sheets.riskmatris, nth(rm.level)));
      b.cell(row, 3, from("SI_Risker", t.sheets.riskmatris, nth(rm.score)), {
        format: FORMATS.integer,
      });
    }

    b.cell(28, 1, t.decision, { style: "heading" });
    b.cell(29, 1, ctx.example ? t.decisionExample : null, {
      style: "gridCell",
      fill: LOOKS.input.fill,
      merge: { rows: 3, cols: 4 },
      example: ctx.example,
    });
    return b.build("#404040");
  },
};
