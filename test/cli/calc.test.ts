import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { cli } from "../helpers/run-cli";

const PV60 = 60 / 1.035 + 60 / 1.035 ** 2; // worked by hand

describe("si-kalkyl calc", () => {
  it("prints a number in full precision", async () => {
    const r = await cli("calc", '=SI.CBA({100,0,0},{0,60,60},0.035,"bcr")');
    expect(r).toEqual({ code: 0, out: `${PV60 / 100}\n`, err: "" });
  });

  it("prints exactly one JSON object with --json", async () => {
    const r = await cli("calc", '=SI.CBA({100,0,0},{0,60,60},0.035,"bcr")', "--json");
    expect(JSON.parse(r.out)).toEqual({ value: PV60 / 100 });
    expect(r.out.trim().split("\n")).toHaveLength(1);
  });

  it("prints a spill as rows of tab-separated values, labels in the chosen language", async () => {
    const r = await cli("calc", '=SI.CBA({100,0,0},{0,60,60},0.035,"table")', "--lang", "sv");
    const rows = r.out
      .trimEnd()
      .split("\n")
      .map((line) => line.split("\t"));
    expect(rows).toHaveLength(8);
    expect(rows[0][0]).toBe("Nettonuvärde (kr)");
    expect(Number(rows[0][1])).toBe(PV60 - 100);
    const json = JSON.parse(
      (await cli("calc", "=SI.EFFECT({100,200},{70,100},100,88)", "--json")).out
    );
    expect(json.value).toHaveLength(1);
    expect(json.value[0]).toHaveLength(2);
  });

  it("reports an Excel error as a result with exit 0, spelled as Excel spells it", async () => {
    const plain = await cli("calc", "=SI.CBA({100,0,0},{0,60,60},-2)", "--lang", "en");
    expect(plain.code).toBe(0);
    expect(plain.out).toBe("#NUM! rate must be greater than −1 (−100 %)\n");
    const json = JSON.parse((await cli("calc", "=SI.EFFECT(0,1)", "--json", "--lang", "sv")).out);
    expect(json).toEqual({
      error: "#DIV/0!",
      message: "mål_före är 0: en förändring i förhållande till noll är odefinierad",
    });
    const name = JSON.parse((await cli("calc", "=SI.NOSUCH(1)", "--json")).out);
    expect(name.error).toBe("#NAME?");
    const na = JSON.parse(
      (await cli("calc", '=SI.CBA({100,0},{0,10},0.035,"payback")', "--json")).out
    );
    expect(na.error).toBe("#N/A");
  });

  it("evaluates native functions and Excel's boolean literals too", async () => {
    expect((await cli("calc", "=IF(TRUE,NPV(0.1,{1,2,3}),0)")).out.trim()).toBe(
      String(1 / 1.1 + 2 / 1.1 ** 2 + 3 / 1.1 ** 3)
    );
  });

  it("exits 1 with a message on stderr when the formula does not parse", async () => {
    const r = await cli("calc", "=SI.CBA(");
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/does not parse/);
  });

  it("exits 2 for wrong usage", async () => {
    expect((await cli()).code).toBe(2);
    expect((await cli("calc")).code).toBe(2);
    expect((await cli("calc", "=1", "--lang", "de")).code).toBe(2);
    expect((await cli("frobnicate")).code).toBe(2);
  });

  it("prints help and the version", async () => {
    const help = await cli("--help");
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/calc/);
    expect(help.out).toMatch(/recalc/);
    expect((await cli("--version")).out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("works as a process, with the exit codes of the contract", () => {
    const main = join(__dirname, "..", "..", "src", "cli", "main.ts");
    const tsx = join(__dirname, "..", "..", "node_modules", ".bin", "tsx");
    const ok = spawnSync(tsx, [main, "calc", "=SI.EFFECT(100,70,100,88)", "--json"], {
      encoding: "utf8",
    });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).value).toBeCloseTo(-0.18, 12);
    expect(spawnSync(tsx, [main, "calc", "=("], { encoding: "utf8" }).status).toBe(1);
    expect(spawnSync(tsx, [main, "calc"], { encoding: "utf8" }).status).toBe(2);
  });
});
