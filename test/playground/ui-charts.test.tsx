/** @jest-environment jsdom */
/**
 * Charts the pane adds are drawn as a plain picture of their series near their place: one bar
 * per value, series and categories read from the source range as Excel lays them out.
 */
import { act, screen } from "@testing-library/react";
import { playgroundStrings } from "../../src/i18n/playground";
import { chartData } from "../../src/playground/ui/chart-data";
import type { CellValue } from "../../src/playground/model";
import { renderPage } from "./ui-helpers";

const grid: (string | number)[][] = [
  ["Aktör", "Kostnader", "Nyttor"],
  ["Skola", 100, 40],
  ["Region", 20, 90],
  ["Stat", 0, -15],
];
const at = (r: number, c: number): CellValue => grid[r][c];

describe("chartData", () => {
  it("reads series by columns when the range is taller than wide, with names and categories", () => {
    expect(
      chartData({ source: { top: 0, left: 0, bottom: 3, right: 2 }, seriesBy: "Auto" }, at)
    ).toEqual({
      categories: ["Skola", "Region", "Stat"],
      series: [
        { name: "Kostnader", values: [100, 20, 0] },
        { name: "Nyttor", values: [40, 90, -15] },
      ],
    });
  });

  it("reads series by rows when told", () => {
    const data = chartData(
      { source: { top: 0, left: 0, bottom: 3, right: 2 }, seriesBy: "Rows" },
      at
    );
    expect(data.categories).toEqual(["Kostnader", "Nyttor"]);
    expect(data.series.map((s) => s.name)).toEqual(["Skola", "Region", "Stat"]);
    expect(data.series[2].values).toEqual([0, -15]);
  });
});

it("draws a chart the pane added, with its title, one bar per value", () => {
  const page = renderPage("sv", "sv-SE");
  act(() => {
    page.model.setInputs(page.sheetId, 0, 0, grid);
    page.model.addChart({
      sheetId: page.sheetId,
      name: "Diagram 1",
      type: "ColumnClustered",
      source: { top: 0, left: 0, bottom: 3, right: 2 },
      seriesBy: "Auto",
      title: "Per aktör",
      position: { top: 5, left: 0, bottom: 18, right: 5 },
      props: {},
    });
  });
  const chart = screen.getByRole("img", { name: playgroundStrings.sv.chartLabel("Per aktör") });
  // Two series × three categories; a zero value is a bar of no height.
  const bars = [...chart.querySelectorAll("rect.bar")].map((r) => Number(r.getAttribute("height")));
  expect(bars).toHaveLength(6);
  // Heights in proportion to the values: 100 against 20, and 90 against 40.
  expect(bars[0] / bars[1]).toBeCloseTo(100 / 20, 9);
  expect(bars[4] / bars[3]).toBeCloseTo(90 / 40, 9);
  expect(bars[2]).toBe(0);
  expect(chart.textContent).toContain("Per aktör");
});
