/**
 * The playground's Office.js host keeps Office.js's batching rules over the playground workbook:
 * commands queue and reach the workbook only at context.sync(), in order, in one batch; loaded
 * properties are readable only after the sync (PropertyNotLoaded before, as office.js throws it);
 * a refusal surfaces at the sync with Excel's code and stops the commands after it; null objects;
 * Excel's matrix-shape rule; and the count of syncs. Every expected value is the workbook's own
 * (read from the model directly) or worked out by hand.
 */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load -- reading before the sync is what these tests check, and some loads run in a loop the rules cannot follow */
import type { CellValue } from "../../src/playground/model";
import { RichApiError } from "../../src/playground/office";
import { hosted, sheetOf, uninstallHosts } from "./office-setup";

afterEach(uninstallHosts);

/** The rejection of `p`, which must reject. */
async function rejection(p: Promise<unknown>): Promise<RichApiError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof RichApiError) return e;
    throw e;
  }
  throw new Error("expected the sync to fail");
}

function thrown(f: () => unknown): RichApiError {
  try {
    f();
  } catch (e) {
    if (e instanceof RichApiError) return e;
    throw e;
  }
  throw new Error("expected a throw");
}

describe("loading", () => {
  it("throws PropertyNotLoaded before the sync and gives the workbook's values after it", async () => {
    const h = hosted({
      snapshot: {
        sheets: [
          sheetOf("Blad1", [
            [2, 3],
            ["=A1*B1", "text"],
          ]),
        ],
        names: [],
        settings: {},
      },
    });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Blad1").getRange("A1:B2");
      range.load(["values", "formulas", "valueTypes", "address", "rowCount"]);
      const before = thrown(() => range.values);
      expect(before.code).toBe("PropertyNotLoaded");
      expect(before.name).toBe("RichApi.Error");
      expect(before.debugInfo.errorLocation).toBe("Range.values");
      expect(thrown(() => range.address).code).toBe("PropertyNotLoaded");
      await context.sync();
      expect(range.values).toEqual([
        [2, 3],
        [6, "text"],
      ]);
      expect(range.formulas).toEqual([
        [2, 3],
        ["=A1*B1", "text"],
      ]);
      expect(range.valueTypes).toEqual([
        ["Double", "Double"],
        ["Double", "String"],
      ]);
      expect(range.address).toBe("Blad1!A1:B2");
      expect(range.rowCount).toBe(2);
      // Not asked for: still not loaded.
      expect(thrown(() => range.numberFormat).code).toBe("PropertyNotLoaded");
    });
    expect(h.syncs()).toBe(1);
  });

  it("reads a value set on the proxy at once, as office.js keeps it, before the workbook has it", async () => {
    const h = hosted();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("C3");
      range.values = [["12"]];
      expect(range.values).toEqual([["12"]]);
      expect(h.value("Blad1!C3")).toBeNull();
      await context.sync();
      // Excel reads the text as typed: the number 12.
      expect(h.value("Blad1!C3")).toBe(12);
    });
  });

  it("loads a formula's result computed with the writes queued before it in the same sync", async () => {
    hosted();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("A1:A3").values = [[1], [2], [4]];
      const sum = sheet.getRange("A4");
      sum.formulas = [["=SUM(A1:A3)"]];
      sum.load("values");
      await context.sync();
      expect(sum.values).toEqual([[1 + 2 + 4]]);
    });
  });

  it("gives errors as Excel's text with the type Error", async () => {
    hosted();
    await Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getActiveWorksheet().getRange("B2");
      cell.formulas = [["=1/0"]];
      cell.load(["values", "valueTypes"]);
      await context.sync();
      expect(cell.values).toEqual([["#DIV/0!"]]);
      expect(cell.valueTypes).toEqual([["Error"]]);
    });
  });

  it("loads collections with their items' properties, nested ones included", async () => {
    const h = hosted({
      snapshot: {
        sheets: [
          sheetOf("Data", [
            ["Namn", "Belopp"],
            ["a", 1],
          ]),
          sheetOf("Enhetskostnader (SI)", []),
        ],
        names: [],
        settings: {},
      },
    });
    h.model.addTable(h.sheetId("Data"), { top: 0, left: 0, bottom: 1, right: 1 }, true, "Tabell_A");
    await Excel.run(async (context) => {
      const { worksheets, tables } = context.workbook;
      worksheets.load("items/name,items/visibility");
      tables.load("items/name,items/worksheet/name,items/columns/items/name");
      expect(thrown(() => worksheets.items).code).toBe("PropertyNotLoaded");
      await context.sync();
      expect(worksheets.items.map((s) => s.name)).toEqual(["Data", "Enhetskostnader (SI)"]);
      expect(worksheets.items.map((s) => s.visibility)).toEqual(["Visible", "Visible"]);
      expect(tables.items.map((t) => [t.name, t.worksheet.name])).toEqual([["Tabell_A", "Data"]]);
      expect(tables.items[0].columns.items.map((c) => c.name)).toEqual(["Namn", "Belopp"]);
      // An item is a full proxy: it can be used in the next batch of commands.
      const range = worksheets.items[1].getRange("A1:B2");
      range.load("address");
      await context.sync();
      // A name with a space and parentheses is quoted, as Excel writes it.
      expect(range.address).toBe("'Enhetskostnader (SI)'!A1:B2");
    });
  });

  it("writes whole columns and rows as Excel writes their addresses", async () => {
    hosted();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const columns = sheet.getRange("B:D");
      const rows = sheet.getRange("4:5");
      const byIndexes = sheet.getRangeByIndexes(2, 1, 3, 2);
      [columns, rows, byIndexes].forEach((r) =>
        r.load(["address", "rowIndex", "columnIndex", "rowCount", "columnCount"])
      );
      await context.sync();
      expect(columns.address).toBe("Blad1!B:D");
      expect([
        columns.rowIndex,
        columns.columnIndex,
        columns.rowCount,
        columns.columnCount,
      ]).toEqual([0, 1, 1_048_576, 3]);
      expect(rows.address).toBe("Blad1!4:5");
      expect([rows.rowIndex, rows.columnCount]).toEqual([3, 16_384]);
      expect(byIndexes.address).toBe("Blad1!B3:C5");
    });
  });
});

describe("writing", () => {
  it("reaches the workbook only at the sync, in order, in one batch", async () => {
    const h = hosted();
    const changes: string[] = [];
    h.model.subscribe((c) => changes.push(c.kind));
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("A1").values = [[1]];
      sheet.getRange("A1").values = [[2]];
      sheet.getRange("A2").formulas = [["=A1+1"]];
      expect(h.value("Blad1!A1")).toBeNull();
      expect(changes).toEqual([]);
      await context.sync();
    });
    expect(h.value("Blad1!A1")).toBe(2); // the later write wins: the queue runs in order
    expect(h.value("Blad1!A2")).toBe(3);
    expect(changes).toEqual(["cells"]); // one notification for the whole sync
  });

  it("reads text as typed in the user's locale: numbers, formulas, the text prefix, text-formatted cells", async () => {
    const h = hosted();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      // In Swedish Excel: a decimal comma, and SANT for TRUE.
      sheet.getRange("A1:G1").values = [["2024", "'0101", "=2*3", "50%", "TRUE", "1,5", "SANT"]];
      const text = sheet.getRange("A2");
      text.numberFormat = [["@"]];
      text.values = [["0101"]];
      await context.sync();
    });
    const shown: CellValue[] = ["A1", "B1", "C1", "D1", "E1", "F1", "G1", "A2"].map((a) =>
      h.value(`Blad1!${a}`)
    );
    expect(shown).toEqual([2024, "0101", 6, 0.5, true, 1.5, true, "0101"]);
    expect(h.model.cell(h.sheetId("Blad1"), 0, 3).numberFormat).toMatch(/%/);
  });

  it("refuses a matrix whose shape differs from the range's, writing nothing", async () => {
    const h = hosted();
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1:B2").values = [[1, 2, 3]];
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
    expect(error.debugInfo).toMatchObject({
      code: "InvalidArgument",
      errorLocation: "Range.values",
    });
    expect(h.value("Blad1!A1")).toBeNull();
  });

  it("spreads a single value over the range and leaves cells given null as they are", async () => {
    const h = hosted();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("A1:B1").values = [[7, 8]];
      sheet.getRange("A1:B2").values = [
        [null, 1],
        [5, 5],
      ];
      sheet.getRange("C1:C2").values = 9 as unknown as unknown[][];
      await context.sync();
    });
    expect(["A1", "B1", "A2", "B2", "C1", "C2"].map((a) => h.value(`Blad1!${a}`))).toEqual([
      7, 1, 5, 5, 9, 9,
    ]);
  });
});

describe("errors at the sync", () => {
  it("stops at the failing command: what came before stays, what came after is not applied", async () => {
    const h = hosted();
    const error = await rejection(
      Excel.run(async (context) => {
        const { worksheets } = context.workbook;
        worksheets.getActiveWorksheet().getRange("A1").values = [["before"]];
        worksheets.getItem("Finns inte").getRange("A1").values = [["missing"]];
        worksheets.getActiveWorksheet().getRange("A2").values = [["after"]];
        await context.sync();
      })
    );
    expect(error.code).toBe("ItemNotFound");
    expect(error.name).toBe("RichApi.Error");
    expect(error.debugInfo.code).toBe("ItemNotFound");
    expect(h.value("Blad1!A1")).toBe("before");
    expect(h.value("Blad1!A2")).toBeNull();
  });

  it("gives ItemAlreadyExists for a taken sheet name and InvalidArgument for a malformed one", async () => {
    hosted();
    const taken = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.add("blad1"); // names compare without case
        await context.sync();
      })
    );
    expect(taken.code).toBe("ItemAlreadyExists");
    const malformed = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.add("a:b");
        await context.sync();
      })
    );
    expect(malformed.code).toBe("InvalidArgument");
  });

  it("gives AccessDenied for a write into a protected sheet", async () => {
    const h = hosted();
    h.model.setSheetProps(h.sheetId("Blad1"), { protected: true });
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Blad1").getRange("A1").values = [[1]];
        await context.sync();
      })
    );
    expect(error.code).toBe("AccessDenied");
    expect(h.value("Blad1!A1")).toBeNull();
  });

  it("refuses to read millions of cells at once with the code Excel gives a response too large", async () => {
    hosted();
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A:C").load("values");
        await context.sync();
      })
    );
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
  });

  it("makes nothing of a failed sync readable", async () => {
    hosted();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const range = sheet.getRange("A1").load("values");
      context.workbook.worksheets.getItem("Finns inte").getRange("A1").values = [[1]];
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      expect(thrown(() => range.values).code).toBe("PropertyNotLoaded");
    });
  });
});

describe("null objects", () => {
  it("tells after the sync whether an …OrNullObject found its object, and not before", async () => {
    const h = hosted();
    h.model.setInputs(h.sheetId("Blad1"), 2, 1, [[5, 6]]);
    await Excel.run(async (context) => {
      const { worksheets } = context.workbook;
      const missing = worksheets.getItemOrNullObject("Finns inte");
      const present = worksheets.getItemOrNullObject("BLAD1");
      const used = present.getUsedRangeOrNullObject(true);
      used.load("address");
      const empty = worksheets.add("Tom").getUsedRangeOrNullObject(true);
      expect(thrown(() => missing.isNullObject).code).toBe("PropertyNotLoaded");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(used.isNullObject).toBe(false);
      expect(used.address).toBe("Blad1!B3:C3");
      expect(empty.isNullObject).toBe(true);
    });
  });
});

describe("counting syncs", () => {
  it("counts every context.sync(), and Excel.run's last one only when it has something to send", async () => {
    const h = hosted();
    await Excel.run(async (context) => {
      await context.sync();
      await context.sync();
    });
    expect(h.syncs()).toBe(2);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [[1]];
      return Promise.resolve();
    });
    expect(h.syncs()).toBe(1); // Excel.run sent the queued write itself
    expect(h.value("Blad1!A1")).toBe(1);
    await Excel.run(() => Promise.resolve());
    expect(h.syncs()).toBe(0);
  });

  it("refuses an object used after its Excel.run has finished, as office.js does", async () => {
    hosted();
    let kept: Excel.Range | undefined;
    await Excel.run(async (context) => {
      kept = context.workbook.worksheets.getActiveWorksheet().getRange("A1");
      await context.sync();
    });
    expect(thrown(() => kept?.load("values")).code).toBe("InvalidObjectPath");
  });

  it("does not send what a failed batch left queued", async () => {
    const h = hosted();
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [[1]];
        throw new Error("the add-in gave up");
      })
    ).rejects.toThrow("the add-in gave up");
    expect(h.syncs()).toBe(0);
    expect(h.value("Blad1!A1")).toBeNull();
  });
});
