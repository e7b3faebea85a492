import * as React from "react";
import type { CellView } from "../model";
import type { Shown } from "./display";

/** How one cell of the grid looks: its own format, and whether it is selected or active. */
export function cellStyle(view: CellView, shown: Shown): React.CSSProperties {
  const f = view.format;
  return {
    ...(f.fill ? { backgroundColor: f.fill } : {}),
    ...(shown.colour ? { color: shown.colour } : f.fontColor ? { color: f.fontColor } : {}),
    ...(f.bold ? { fontWeight: 700 } : {}),
    ...(f.italic ? { fontStyle: "italic" } : {}),
    ...(f.fontSize ? { fontSize: `${f.fontSize}pt` } : {}),
    textAlign: shown.align,
    verticalAlign:
      f.verticalAlignment === "Top"
        ? "top"
        : f.verticalAlignment === "Center"
          ? "middle"
          : "bottom",
  };
}

export interface GridCellProps {
  address: string;
  view: CellView;
  shown: Shown;
  rowSpan: number;
  colSpan: number;
  /** The height the cell's content may take (its rows' heights). */
  height: number;
  selected: boolean;
  active: boolean;
  /** Text may run on over the empty cell to its right, as in Excel. */
  overflow: boolean;
  editor?: React.ReactNode;
  onMouseDown(e: React.MouseEvent): void;
  onMouseEnter(e: React.MouseEvent): void;
  onDoubleClick(): void;
}

function GridCellView(props: GridCellProps): React.JSX.Element {
  const { view, shown } = props;
  const classes = [
    "cell",
    props.selected ? "selected" : "",
    props.active ? "active" : "",
    view.format.wrapText ? "wrap" : props.overflow ? "overflow" : "",
    view.spilled ? "spilled" : "",
    typeof view.value === "object" && view.value !== null ? "error" : "",
  ];
  return (
    <td
      data-address={props.address}
      rowSpan={props.rowSpan > 1 ? props.rowSpan : undefined}
      colSpan={props.colSpan > 1 ? props.colSpan : undefined}
      className={classes.filter(Boolean).join(" ")}
      style={cellStyle(view, shown)}
      title={shown.title}
      aria-selected={props.selected}
      onMouseDown={props.onMouseDown}
      onMouseEnter={props.onMouseEnter}
      onDoubleClick={props.onDoubleClick}
    >
      {props.editor ?? (
        <div className="cell-text" style={{ maxHeight: props.height }}>
          {shown.text}
        </div>
      )}
    </td>
  );
}

export const GridCell = React.memo(GridCellView);
