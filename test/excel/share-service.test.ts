/**
 * The share service (src/excel/share-service.ts) over fake Office and Excel globals
 * (test/share/share-mock.ts): the file read in slices and always closed, the copy opened with
 * Excel.createWorkbook or offered as a download, every failure an outcome — and the open workbook
 * never touched: no Excel.run, no context.sync(), no write (the recording mock's log stays empty).
 */
import ExcelJS from "exceljs";
import { strToU8 } from "fflate";
import {
  CREATE_WORKBOOK_EXCEL_API,
  SLICE_SIZE,
  createShareService,
} from "../../src/excel/share-service";
import type { ShareOutcome } from "../../src/excel/share-outcome";
import type { Lang } from "../../src/i18n/lang";
import { KALKYL_SI, kalkylWorkbook } from "../share/share-fixtures";
import {
  installShareOffice,
  type ShareOfficeOptions,
  type ShareOfficeRecord,
} from "../share/share-mock";

const NOW = new Date(2026, 10, 23, 14, 5);
let input: Uint8Array;
let office: ShareOfficeRecord | undefined;

beforeAll(async () => {
  input = await kalkylWorkbook();
});

afterEach(() => {
  office?.restore();
  office = undefined;
});

function setup(options: Partial<ShareOfficeOptions> = {}) {
  office = installShareOffice({ bytes: input, sheets: ["Indata", "Kalkyl"], ...options });
  return { office, service: createShareService({ now: () => NOW }) };
}

async function workbookOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // ExcelJS's typings want its own Buffer type; Node's is the same thing at run time.
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

/** The open workbook was only read: no batch, no sync, no write on any of its sheets. */
function expectUntouched(record: ShareOfficeRecord): void {
  expect(record.runs).toBe(0);
  expect(record.mock.syncs).toBe(0);
  expect(record.mock.sheets.map((s) => [s.name, s.writes])).toEqual([
    ["Indata", []],
    ["Kalkyl", []],
  ]);
  expect(record.mock.added()).toEqual([]);
}

const REPORT = { replaced: 8, pending: 0, sheets: ["Kalkyl"], noteSheet: "Om kopian" };

describe("making the copy", () => {
  it("reads every slice in order, closes the file, and opens the copy as a new workbook", async () => {
    const { office, service } = setup({
      sliceBytes: 1000,
      url: "https://contoso.sharepoint.com/sites/SI/Delade%20dokument/Kalkyl%202026.xlsx?web=1",
    });
    const outcome = await service.makeCopy("sv");
    expect(outcome).toEqual({ kind: "opened", report: { ...REPORT, source: "Kalkyl 2026.xlsx" } });
    const slices = Math.ceil(input.length / 1000);
    expect(slices).toBeGreaterThan(3);
    expect(office.getFile).toEqual([{ fileType: "compressed", sliceSize: SLICE_SIZE }]);
    expect(office.slicesAsked).toEqual([...Array(slices).keys()]);
    expect(office.closes).toBe(1);
    expect(office.created).toHaveLength(1);
    const copy = await workbookOf(Buffer.from(office.created[0], "base64"));
    expect(copy.worksheets.map((w) => w.name)).toEqual(["Om kopian", "Indata", "Kalkyl"]);
    const note = copy.getWorksheet("Om kopian")!;
    expect([note.getCell("B3").value, note.getCell("B4").value, note.getCell("B5").value]).toEqual([
      "2026-11-23 14:05",
      "Kalkyl 2026.xlsx",
      8,
    ]);
    expect(copy.getWorksheet("Kalkyl")!.getCell("B1").value).toBe(KALKYL_SI.B1);
    expectUntouched(office);
  });

  it("takes the slices as typed arrays too, and names only the file of a local path", async () => {
    const { office, service } = setup({ typedSlices: true, sliceBytes: 4096 });
    const outcome = await service.makeCopy("sv");
    expect(outcome).toEqual({ kind: "opened", report: { ...REPORT, source: "Kalkyl.xlsx" } });
    const note = (await workbookOf(Buffer.from(office.created[0], "base64"))).getWorksheet(
      "Om kopian"
    )!;
    // Not C:\Users\anna\…: the folders can name a person.
    expect(note.getCell("B4").value).toBe("Kalkyl.xlsx");
    expectUntouched(office);
  });

  it.each<[Lang, string, string]>([
    ["sv", "Om kopian", "arbetsboken"],
    ["en", "About this copy", "the workbook"],
  ])("writes the note in %s and names an unsaved workbook plainly", async (lang, sheet, source) => {
    const { office, service } = setup({ url: null });
    const outcome = await service.makeCopy(lang);
    expect(outcome).toEqual({ kind: "opened", report: { ...REPORT, noteSheet: sheet } });
    const copy = await workbookOf(Buffer.from(office.created[0], "base64"));
    expect(copy.worksheets[0].name).toBe(sheet);
    expect(copy.worksheets[0].getCell("B4").value).toBe(source);
  });

  it("still makes a copy of a workbook without SI formulas", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Indata").getCell("A1").value = 5;
    wb.addWorksheet("Kalkyl").getCell("A1").value = {
      formula: "Indata!A1*2",
      result: 10,
    } as ExcelJS.CellValue;
    const { office, service } = setup({ bytes: new Uint8Array(await wb.xlsx.writeBuffer()) });
    expect(await service.makeCopy("sv")).toEqual({
      kind: "opened",
      report: {
        replaced: 0,
        pending: 0,
        sheets: [],
        noteSheet: "Om kopian",
        source: "Kalkyl.xlsx",
      },
    });
    expect(office.created).toHaveLength(1);
    expectUntouched(office);
  });
});

describe("when Excel cannot open the copy", () => {
  it(`offers it as a download where ExcelApi ${CREATE_WORKBOOK_EXCEL_API} is missing`, async () => {
    const { office, service } = setup({ excelApi: "1.7" });
    const outcome = await service.makeCopy("sv");
    expect(outcome).toMatchObject({
      kind: "download",
      report: { ...REPORT, source: "Kalkyl.xlsx" },
      extension: "xlsx",
      reason: "needsNewerExcel",
      detail: "1.8",
    });
    expect(office.created).toEqual([]);
    const bytes = (outcome as Extract<ShareOutcome, { kind: "download" }>).bytes;
    expect((await workbookOf(bytes)).worksheets.map((w) => w.name)).toEqual([
      "Om kopian",
      "Indata",
      "Kalkyl",
    ]);
    expect(office.closes).toBe(1);
    expectUntouched(office);
  });

  it("offers it as a download when Excel refuses to open it, with Excel's reason", async () => {
    const { office, service } = setup({
      createWorkbook: () =>
        Promise.reject(
          Object.assign(new Error("The request payload size has exceeded the limit."), {
            code: "RequestPayloadSizeLimitExceeded",
          })
        ),
    });
    const outcome = await service.makeCopy("en");
    expect(outcome).toMatchObject({
      kind: "download",
      reason: "openFailed",
      detail: "The request payload size has exceeded the limit.",
      report: { noteSheet: "About this copy" },
    });
    expect(office.created).toHaveLength(1);
    const bytes = (outcome as Extract<ShareOutcome, { kind: "download" }>).bytes;
    expect(Buffer.from(bytes).toString("base64")).toBe(office.created[0]);
    expectUntouched(office);
  });
});

describe("failures", () => {
  it("says so when Office will not hand over the file, and opens nothing", async () => {
    const { office, service } = setup({
      openError: {
        code: 11001,
        name: "Unsupported file type",
        message: "The file type is not supported.",
      },
    });
    expect(await service.makeCopy("sv")).toEqual({
      kind: "failed",
      reason: "cannotRead",
      detail: "The file type is not supported.",
    });
    expect(office.slicesAsked).toEqual([]);
    expect(office.closes).toBe(0); // no file was opened, none to close
    expect(office.created).toEqual([]);
    expectUntouched(office);
  });

  it("closes the file when a slice fails, and asks for no slice after it", async () => {
    const { office, service } = setup({
      sliceBytes: 1000,
      failSlice: 2,
      sliceError: {
        code: 5001,
        name: "Internal Error",
        message: "An internal error has occurred.",
      },
    });
    expect(await service.makeCopy("sv")).toEqual({
      kind: "failed",
      reason: "cannotRead",
      detail: "An internal error has occurred.",
    });
    expect(office.slicesAsked).toEqual([0, 1, 2]);
    expect(office.closes).toBe(1);
    expect(office.created).toEqual([]);
    expectUntouched(office);
  });

  it("takes getFileAsync throwing as a refusal too", async () => {
    const { office, service } = setup({ openThrows: new Error("Invalid file type") });
    expect(await service.makeCopy("sv")).toEqual({
      kind: "failed",
      reason: "cannotRead",
      detail: "Invalid file type",
    });
    expectUntouched(office);
  });

  it("does not let a failing close hide the copy", async () => {
    const { office, service } = setup({ closeFails: true });
    expect(await service.makeCopy("sv")).toMatchObject({ kind: "opened" });
    expect(office.closes).toBe(1);
  });

  it("refuses a file that is not an xlsx, after closing it", async () => {
    const { office, service } = setup({ bytes: strToU8("PK\u0003\u0004 but not a zip") });
    expect(await service.makeCopy("sv")).toMatchObject({ kind: "failed", reason: "notXlsx" });
    expect(office.closes).toBe(1);
    expect(office.created).toEqual([]);
    expectUntouched(office);
  });

  it("says the host cannot hand over files where Document.getFileAsync is missing", async () => {
    const { office, service } = setup({ noFileApi: true });
    expect(await service.makeCopy("sv")).toEqual({
      kind: "failed",
      reason: "needsFileApi",
      detail: "File",
    });
    expect(office.getFile).toEqual([]);
    expectUntouched(office);
  });

  it("turns anything unexpected into a failure, never a rejection", async () => {
    office = installShareOffice({ bytes: input });
    const service = createShareService({
      now: () => {
        throw new Error("no clock");
      },
    });
    expect(await service.makeCopy("sv")).toEqual({
      kind: "failed",
      reason: "other",
      detail: "no clock",
    });
    expect(office.closes).toBe(1);
  });

  it("works outside Office without throwing: no Office global means no file API", async () => {
    const service = createShareService();
    expect(await service.makeCopy("sv")).toEqual({
      kind: "failed",
      reason: "needsFileApi",
      detail: "File",
    });
  });
});
