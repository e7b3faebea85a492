/**
 * The playground's workbook as plain data: a workbook holding one of everything survives
 * snapshot → load → snapshot unchanged and shows the same cells; a snapshot that cannot be loaded
 * changes nothing.
 */
import type { CellView, WorkbookSnapshot } from "../../src/playground/model";
import { PlaygroundWorkbook, createPlaygroundModel } from "../../src/playground/workbook";
import { LINES, codeOf, oneSheet } from "./workbook-helpers";

function everything(): PlaygroundWorkbook {
  const { model, id } = oneSheet("sv");
  model.setInputs(id, 0, 0, LINES);
  const t = model.addTable(id, { top: 0, left: 0, bottom: 4, right: 5 }, true, "SI_Kalkyl");
  model.setTableProps(t.id, { style: "TableStyleLight9", showTotals: true });
  model.setInputs(id, 0, 8, [
    ['=SI.CBATABLE(SI_Kalkyl[#All],Ränta,,"actors")', null, true, "text"],
  ]);
  model.setInputs(id, 10, 0, [["=SUM(SI_Kalkyl[Belopp])*Ränta", 0.5, "=B11/0"]]);
  model.setNumberFormats(id, 10, 0, [['#,##0 "kr"', "0.0 %"]]);
  model.setFormat(
    id,
    { top: 10, left: 0, bottom: 10, right: 1 },
    { bold: true, fill: "#FFF2CC", locked: false }
  );
  model.setFormat(
    id,
    { top: 12, left: 0, bottom: 12, right: 0 },
    { horizontalAlignment: "Center", wrapText: true }
  );
  model.merge(id, { top: 14, left: 0, bottom: 15, right: 2 }, false);
  model.setColumnWidth(id, 0, 120);
  model.setRowHeight(id, 14, 30);
  model.setValidation({
    sheetId: id,
    area: { top: 1, left: 1, bottom: 4, right: 1 },
    rule: { list: { inCellDropDown: true, source: "Kostnad,Nytta" } },
    errorAlert: { showAlert: true, style: "Stop" },
  });
  model.addConditionalFormat({
    sheetId: id,
    area: { top: 1, left: 3, bottom: 4, right: 3 },
    type: "Custom",
    props: { formula: "=D2>50", format: { fill: "#FFC7CE" } },
  });
  model.addChart({
    sheetId: id,
    name: "Aktörer",
    type: "ColumnClustered",
    source: { top: 0, left: 8, bottom: 1, right: 11 },
    seriesBy: "Columns",
    title: "Per aktör",
    position: { top: 20, left: 0, bottom: 35, right: 6 },
    props: { legend: false },
  });
  model.addName("Ränta", "=0.035", "diskonteringsränta");
  const hidden = model.addSheet("Dold");
  model.setInputs(hidden.id, 0, 0, [["=Blad1!A11*2"]]);
  model.addTable(hidden.id, { top: 2, left: 0, bottom: 3, right: 1 }, false, "Utan");
  model.setSheetProps(hidden.id, { visibility: "Hidden", tabColor: "#00B050" });
  model.setSheetProps(id, { protected: true });
  model.setSettings({ checklist: { phase1: [true, false] }, lang: "sv" });
  return model;
}

function views(model: PlaygroundWorkbook): Record<string, CellView> {
  const out: Record<string, CellView> = {};
  for (const s of model.sheets()) {
    const used = model.usedArea(s.id);
    if (!used) continue;
    for (let r = used.top; r <= used.bottom; r++)
      for (let c = used.left; c <= used.right; c++)
        out[`${s.name}!${r}:${c}`] = model.cell(s.id, r, c);
  }
  return out;
}

describe("a snapshot", () => {
  it("round-trips everything, and the loaded workbook shows the same cells", () => {
    const model = everything();
    const snap = model.snapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual(["Blad1", "Dold"]);
    expect(snap.sheets[0].tables).toHaveLength(1);
    expect(snap.sheets[0].charts).toHaveLength(1);
    const loaded = createPlaygroundModel(snap, { lang: "sv" });
    expect(loaded.snapshot()).toEqual(snap);
    expect(views(loaded)).toEqual(views(model));
    // A second load into the same model replaces everything.
    const other = oneSheet("sv").model;
    other.load(JSON.parse(JSON.stringify(snap)) as WorkbookSnapshot);
    expect(other.snapshot()).toEqual(snap);
    expect(other.tableByName("si_kalkyl")!.showTotals).toBe(true);
    expect(other.cell(other.sheetByName("Dold")!.id, 0, 0).value).toBeCloseTo(250 * 0.035 * 2, 12);
  });

  it("that cannot be loaded leaves the workbook as it was", () => {
    const model = everything();
    const before = model.snapshot();
    const broken = {
      ...before,
      sheets: [...before.sheets, { ...before.sheets[1], name: "BLAD1" }],
    };
    expect(codeOf(() => model.load(broken))).toBe("ItemAlreadyExists");
    expect(codeOf(() => model.load({ sheets: [], names: [], settings: {} }))).toBe(
      "InvalidArgument"
    );
    expect(model.snapshot()).toEqual(before);
  });
});
