/**
 * The Office.js objects the add-in uses beyond cells, over the playground's workbook: tables,
 * defined names, data validation, conditional formats, charts and range navigation. Each check
 * reads the workbook itself (the model), never the host's own answer, for the expected value.
 */
/* eslint-disable office-addins/load-object-before-read -- some properties are read from loads the rules cannot follow (items of collections) */
import type { ChartProps } from "../../src/playground/office";
import { hosted, sheetOf, uninstallHosts } from "./office-setup";

afterEach(uninstallHosts);

const dataSheet = () => ({
  snapshot: {
    sheets: [
      sheetOf("Data", [
        ["Namn", "Belopp"],
        ["a", 1],
        ["b", 2],
        ["c", 3],
      ]),
    ],
    names: [],
    settings: {},
  },
});

describe("tables", () => {
  it("adds a named table over a range, reads its parts, deletes a row and resizes it", async () => {
    const h = hosted(dataSheet());
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const table = sheet.tables.add(sheet.getRange("A1:B4"), true);
      table.name = "SI_Test";
      const body = table.getDataBodyRange().load("address");
      const header = table.getHeaderRowRange().load("values");
      await context.sync();
      expect(body.address).toBe("Data!A2:B4");
      expect(header.values).toEqual([["Namn", "Belopp"]]);
      table.rows.getItemAt(1).delete();
      await context.sync();
      table.resize("A1:C3");
      table.columns.load("items/name,items/values");
      await context.sync();
      expect(table.columns.items.map((c) => c.values)).toEqual([
        [["Namn"], ["a"], ["c"]],
        [["Belopp"], [1], [3]],
        [["Kolumn3"], [""], [""]],
      ]);
    });
    const [t] = h.model.tables();
    expect([t.name, t.area]).toEqual(["SI_Test", { top: 0, left: 0, bottom: 2, right: 2 }]);
  });

  it("refuses a table name that is taken, and a table that overlaps another", async () => {
    const h = hosted(dataSheet());
    h.model.addTable(h.sheetId("Data"), { top: 0, left: 0, bottom: 3, right: 1 }, true, "Taken");
    const rename = Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("E1:E2").values = [["x"], [1]];
      const table = sheet.tables.add("E1:E2", true);
      table.name = "taken";
      await context.sync();
    });
    await expect(rename).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    const overlap = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").tables.add("B2:C3", true);
      await context.sync();
    });
    await expect(overlap).rejects.toMatchObject({
      code: expect.stringMatching(/InvalidArgument|InvalidOperation/),
    });
  });
});

describe("defined names", () => {
  it("adds a name for a range as Excel stores it, and reads its type, value and range", async () => {
    const h = hosted(dataSheet());
    h.model.addName("Konstant", "=0.035");
    h.model.addName("Trasig", "=#REF!");
    await Excel.run(async (context) => {
      const { names, worksheets } = context.workbook;
      names.add("Belopp_a", worksheets.getItem("Data").getRange("B2"), "the first amount");
      names.load("items/name,items/type,items/value");
      const range = names.getItem("belopp_a").getRange().load(["values", "address"]);
      const missing = names.getItemOrNullObject("Finns_inte");
      await context.sync();
      expect(names.items.map((n) => [n.name, n.type, n.value])).toEqual([
        ["Konstant", "Double", 0.035],
        ["Trasig", "Error", "#REF!"],
        ["Belopp_a", "Range", "Data!$B$2"],
      ]);
      expect([range.address, range.values]).toEqual(["Data!B2", [[1]]]);
      expect(missing.isNullObject).toBe(true);
    });
    expect(h.model.names().find((n) => n.name === "Belopp_a")).toMatchObject({
      formula: "=Data!$B$2",
      comment: "the first amount",
    });
  });
});

describe("data validation and conditional formats", () => {
  it("gives the workbook Office.js's rule, prompt and alert, and a custom format with its looks", async () => {
    const h = hosted(dataSheet());
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("B2:B4");
      range.dataValidation.rule = { list: { inCellDropDown: true, source: "1,2,3" } };
      range.dataValidation.prompt = { showPrompt: true, title: "Belopp", message: "1–3" };
      const custom = range.conditionalFormats.add("Custom").custom;
      custom.rule.formula = "=$B2>1";
      custom.format.fill.color = "#FFC7CE";
      custom.format.font.color = "red";
      await context.sync();
    });
    const id = h.sheetId("Data");
    expect(h.model.validations(id)).toEqual([
      expect.objectContaining({
        area: { top: 1, left: 1, bottom: 3, right: 1 },
        rule: { list: { inCellDropDown: true, source: "1,2,3" } },
        prompt: { showPrompt: true, title: "Belopp", message: "1–3" },
      }),
    ]);
    expect(h.model.conditionalFormats(id)).toEqual([
      expect.objectContaining({
        type: "Custom",
        props: { formula: "=$B2>1", format: { fill: "#FFC7CE", fontColor: "#FF0000" } },
      }),
    ]);
  });

  it("refuses what Excel refuses: a structured reference in a format, a title too long, a colour it does not know", async () => {
    const h = hosted(dataSheet());
    h.model.addTable(h.sheetId("Data"), { top: 0, left: 0, bottom: 3, right: 1 }, true, "T");
    const attempts: ((context: Excel.RequestContext) => void)[] = [
      (c) => {
        c.workbook.worksheets
          .getItem("Data")
          .getRange("B2")
          .conditionalFormats.add("Custom").custom.rule.formula = "=T[@Belopp]>1";
      },
      (c) => {
        c.workbook.worksheets.getItem("Data").getRange("B2").dataValidation.prompt = {
          showPrompt: true,
          title: "x".repeat(33),
          message: "",
        };
      },
      (c) => {
        c.workbook.worksheets.getItem("Data").getRange("B2").format.fill.color = "not a colour";
      },
    ];
    for (const attempt of attempts) {
      const run = Excel.run(async (context) => {
        attempt(context);
        // One batch per refusal is the point: each must fail on its own.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      });
      await expect(run).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });
});

describe("charts", () => {
  it("records a chart with its title, axes, series and position, and refuses a series it does not have", async () => {
    const h = hosted(dataSheet());
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B4"), "Columns");
      chart.title.text = "Belopp";
      chart.axes.valueAxis.setPositionAt(2);
      chart.series.getItemAt(0).name = "Belopp";
      chart.setPosition("D2", "K16");
      await context.sync();
      // Text in the first column is the categories: one series, B.
      chart.series.getItemAt(1).name = "none";
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
    const [chart] = h.model.charts(h.sheetId("Data"));
    expect(chart).toMatchObject({
      type: "ColumnClustered",
      title: "Belopp",
      source: { top: 0, left: 0, bottom: 3, right: 1 },
      position: { top: 1, left: 3, bottom: 15, right: 10 },
    });
    expect(chart.props as ChartProps).toEqual({
      axes: { value: { positionAt: 2, position: "Custom" } },
      series: [{ name: "Belopp" }],
    });
  });
});

describe("range navigation", () => {
  it("finds ranges from others as Excel does: offset, resized, whole columns cut to rows, last column", async () => {
    hosted(dataSheet());
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const used = sheet.getUsedRange(true);
      const area = used
        .getLastColumn()
        .getOffsetRange(0, 2)
        .getResizedRange(0, 3)
        .getEntireColumn()
        .getIntersection(sheet.getRange("3:5"));
      const spill = sheet.getRange("A1").getSpillingToRangeOrNullObject();
      [used, area].forEach((r) => r.load("address"));
      area.load(["left", "width"]);
      await context.sync();
      expect(used.address).toBe("Data!A1:B4");
      expect(area.address).toBe("Data!D3:G5");
      // Excel's default column is 48 points wide: D starts after three of them.
      expect([area.left, area.width]).toEqual([3 * 48, 4 * 48]);
      expect(spill.isNullObject).toBe(true);
    });
  });
});
