/**
 * Uppskalning: the cost of offering the effort to the whole target group (SI.SCALECOST), year by
 * year over the ramp-up, beside the expected savings, and the year the cumulative net turns
 * positive. The number of participants comes from SI.SCALECOST too (a cost of 1 per participant),
 * so the ramp-up rule lives in one place.
 */
import { UPPSKALNING_TEXT } from "../../i18n/sheets/uppskalning";
import { SheetBuilder, formula } from "../builder";
import { cellRef } from "../refs";
import { Content, Template } from "../spec";
import { FORMATS } from "../styles";

const YEARS = 10;
const SCHEDULE_ROW = 19;

export const UPPSKALNING: Template = {
  id: "uppskalning",
  sheetName: { sv: UPPSKALNING_TEXT.sv.sheet, en: UPPSKALNING_TEXT.en.sheet },
  tables: {},
  names: { targetGroup: "SI_Malgrupp", fullScale: "SI_Kostnad_fullskala", breakEven: "SI_Plusar" },
  build(ctx) {
    const t = UPPSKALNING_TEXT[ctx.lang];
    const ex = (v: number): Content => (ctx.example ? v : null);
    const b = new SheetBuilder("uppskalning", ctx.sheet, [52, 16, 16, 16, 16, 18, 16]);
    b.header(t.title, t.subtitle, 7);
    if (ctx.example)
      b.cell(3, 1, t.example, { style: "warning", merge: { rows: 1, cols: 4 }, example: true });
    b.cell(5, 1, t.inputs, { style: "heading" });
    const input = (row: number, label: string, v: Content, format: string, name?: string) =>
      b.field(row, 1, label, v, { format, name, example: ctx.example });
    const target = input(6, t.targetGroup, ex(1200), FORMATS.count, ctx.name("targetGroup"));
    const coverage = input(7, t.coverage, 0.5, FORMATS.percentWhole);
    const perParticipant = input(8, t.costPerParticipant, ex(8000), FORMATS.kronor);
    const capacity = input(9, t.teamCapacity, ex(150), FORMATS.count);
    const teamCost = input(10, t.teamCost, ex(1_300_000), FORMATS.kronor);
    const fixed = input(11, t.fixedCost, ex(400_000), FORMATS.kronor);
    const ramp = input(12, t.rampYears, ex(3), FORMATS.integer);
    const saving = input(13, t.savingPerParticipant, ex(22_000), FORMATS.kronor);
    // Blank team cells mean "no teams": SI.SCALECOST takes both or neither.
    const teams = `IF(OR(${capacity}="",${teamCost}=""),"",${capacity}),IF(OR(${capacity}="",${teamCost}=""),"",${teamCost})`;
    const scalecost = (year: string, rampYears: string) =>
      `SI.SCALECOST(${target},${perParticipant},${coverage},${fixed},${teams},${year},${rampYears})`;
    // Until the target group is filled in, the schedule stays blank instead of showing errors.
    const blank = (f: string) => `=IF(${target}="","",${f})`;
    b.field(15, 1, t.fullScale, formula(blank(scalecost("1", "0"))), {
      format: FORMATS.kronor,
      style: "result",
      name: ctx.name("fullScale"),
    });

    b.cell(SCHEDULE_ROW - 1, 1, t.schedule, { style: "heading" });
    [t.year, t.participants, t.cost, t.saving, t.net, t.cumulative, t.turns].forEach((h, i) =>
      b.cell(SCHEDULE_ROW, 1 + i, h, { style: "gridHeader" })
    );
    for (let y = 1; y <= YEARS; y++) {
      const row = SCHEDULE_ROW + y;
      const at = (col: number) => cellRef(row, col);
      const cells: [Content, string][] = [
        [y, FORMATS.integer],
        [
          formula(blank(`SI.SCALECOST(${target},1,${coverage},0,,,${at(1)},${ramp})`)),
          FORMATS.count,
        ],
        [formula(blank(scalecost(at(1), ramp))), FORMATS.kronor],
        [formula(blank(`${at(2)}*${saving}`)), FORMATS.kronor],
        [formula(blank(`${at(4)}-${at(3)}`)), FORMATS.kronor],
        [formula(blank(y === 1 ? at(5) : `${cellRef(row - 1, 6)}+${at(5)}`)), FORMATS.kronor],
        [
          formula(
            blank(
              y === 1
                ? `IF(${at(6)}>=0,${at(1)},"")`
                : `IF(AND(${at(6)}>=0,${cellRef(row - 1, 6)}<0),${at(1)},"")`
            )
          ),
          FORMATS.integer,
        ],
      ];
      cells.forEach(([content, format], k) => b.cell(row, 1 + k, content, { format }));
    }
    const turns = `${cellRef(SCHEDULE_ROW + 1, 7)}:${cellRef(SCHEDULE_ROW + YEARS, 7)}`;
    b.field(
      16,
      1,
      t.breakEven,
      formula(blank(`IF(COUNT(${turns})=0,"${t.notWithin}",MIN(${turns}))`)),
      {
        format: FORMATS.integer,
        style: "result",
        name: ctx.name("breakEven"),
      }
    );
    b.cell(SCHEDULE_ROW + YEARS + 1, 1, t.participantsNote, {
      style: "note",
      merge: { rows: 1, cols: 7 },
    });
    return b.build("#7030A0");
  },
};
