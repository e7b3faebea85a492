import * as React from "react";
import type { PlaygroundStrings } from "../../i18n/playground";
import type { ChartInfo, PlaygroundModel } from "../model";
import { chartData, shortLabel, type ChartData } from "./chart-data";
import type { Sizes } from "./layout";

// Excel's default chart is 5 × 3 inches; its first colours are the theme's accents.
const DEFAULT_WIDTH = 480;
const DEFAULT_HEIGHT = 288;
const COLOURS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];
const PAD = { top: 34, right: 12, bottom: 40, left: 12 };

function box(
  chart: ChartInfo,
  sizes: Sizes
): { x: number; y: number; width: number; height: number } {
  const at = (edges: number[], i: number): number => edges[Math.min(i, edges.length - 1)];
  if (chart.position) {
    const p = chart.position;
    return {
      x: at(sizes.left, p.left),
      y: at(sizes.top, p.top),
      width: Math.max(120, at(sizes.left, p.right + 1) - at(sizes.left, p.left)),
      height: Math.max(90, at(sizes.top, p.bottom + 1) - at(sizes.top, p.top)),
    };
  }
  // Without a position the chart goes beside its data, as Excel places a new one.
  return {
    x: at(sizes.left, chart.source.right + 2),
    y: at(sizes.top, chart.source.top),
    width: DEFAULT_WIDTH,
    height: DEFAULT_HEIGHT,
  };
}

/** Plain bars, one group per category: a picture of the series, not Excel's chart. */
function Bars(props: {
  data: ChartData;
  width: number;
  height: number;
  horizontal: boolean;
}): React.JSX.Element {
  const { data, width, height, horizontal } = props;
  const all = data.series.flatMap((s) => s.values);
  const max = Math.max(0, ...all);
  const min = Math.min(0, ...all);
  const span = max - min || 1;
  const plotW = width - PAD.left - PAD.right;
  const plotH = height - PAD.top - PAD.bottom;
  const groups = Math.max(1, data.categories.length);
  const band = (horizontal ? plotH : plotW) / groups;
  const bar = (band * 0.7) / Math.max(1, data.series.length);
  const scale = (v: number): number => ((v - min) / span) * (horizontal ? plotW : plotH);
  const zero = scale(0);
  const rects = data.series.flatMap((s, si) =>
    s.values.map((v, ci) => {
      const offset = ci * band + band * 0.15 + si * bar;
      const from = Math.min(zero, scale(v));
      const length = Math.abs(scale(v) - zero);
      return horizontal ? (
        <rect
          key={`${si}-${ci}`}
          className="bar"
          x={PAD.left + from}
          y={PAD.top + offset}
          width={length}
          height={bar}
          fill={COLOURS[si % COLOURS.length]}
        />
      ) : (
        <rect
          key={`${si}-${ci}`}
          className="bar"
          x={PAD.left + offset}
          y={PAD.top + plotH - from - length}
          width={bar}
          height={length}
          fill={COLOURS[si % COLOURS.length]}
        />
      );
    })
  );
  const labels = data.categories.map((c, ci) =>
    horizontal ? null : (
      <text
        key={ci}
        x={PAD.left + ci * band + band / 2}
        y={height - PAD.bottom + 14}
        textAnchor="middle"
        fontSize={10}
      >
        {shortLabel(c)}
      </text>
    )
  );
  return (
    <g>
      {rects}
      {labels}
      {horizontal ? (
        <line
          x1={PAD.left + zero}
          x2={PAD.left + zero}
          y1={PAD.top}
          y2={PAD.top + plotH}
          stroke="#7f7f7f"
        />
      ) : (
        <line
          x1={PAD.left}
          x2={PAD.left + plotW}
          y1={PAD.top + plotH - zero}
          y2={PAD.top + plotH - zero}
          stroke="#7f7f7f"
        />
      )}
    </g>
  );
}

/** The charts the pane added to a sheet, drawn over the grid where Excel would place them. */
export function ChartLayer(props: {
  model: PlaygroundModel;
  sheetId: string;
  sizes: Sizes;
  strings: PlaygroundStrings;
}): React.JSX.Element | null {
  const { model, sheetId, sizes } = props;
  const charts = model.charts(sheetId);
  if (charts.length === 0) return null;
  return (
    <>
      {charts.map((chart) => {
        const b = box(chart, sizes);
        const data = chartData(chart, (r, c) => model.cell(sheetId, r, c).value);
        const title = chart.title ?? chart.name;
        return (
          <svg
            key={chart.id}
            className="chart"
            role="img"
            aria-label={props.strings.chartLabel(title)}
            style={{ left: b.x, top: b.y }}
            width={b.width}
            height={b.height}
          >
            <rect
              x={0.5}
              y={0.5}
              width={b.width - 1}
              height={b.height - 1}
              fill="#fff"
              stroke="#bfbfbf"
            />
            <text x={b.width / 2} y={20} textAnchor="middle" fontSize={13}>
              {title}
            </text>
            <Bars
              data={data}
              width={b.width}
              height={b.height}
              horizontal={/^Bar/i.test(chart.type)}
            />
          </svg>
        );
      })}
    </>
  );
}
