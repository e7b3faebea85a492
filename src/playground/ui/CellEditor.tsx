import * as React from "react";
import type { Move, SheetUi } from "./use-sheet-ui";

const ARROWS: Record<string, Move> = {
  ArrowDown: "down",
  ArrowUp: "up",
  ArrowLeft: "left",
  ArrowRight: "right",
};

/**
 * The text box a cell turns into while it is edited. Enter and Tab write (and move), Esc
 * cancels; in "enter" mode (editing started by typing) an arrow key writes and moves, as in Excel.
 */
export function CellEditor(props: {
  ui: SheetUi;
  label: string;
  onDone(): void;
}): React.JSX.Element | null {
  const { ui } = props;
  const ref = React.useRef<HTMLInputElement>(null);
  React.useEffect(() => {
    const input = ref.current;
    if (!input) return;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }, []);
  if (!ui.editing) return null;
  const finish = (move: Move): void => {
    if (ui.commit(move)) props.onDone();
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>): void => {
    const arrow = ARROWS[e.key];
    if (e.key === "Enter") finish(e.shiftKey ? "up" : "down");
    else if (e.key === "Tab") finish(e.shiftKey ? "left" : "right");
    else if (e.key === "Escape") {
      ui.cancel();
      props.onDone();
    } else if (e.key === "F2") ui.startEdit(ui.editing?.text, "edit", "cell");
    else if (arrow && ui.editing?.mode === "enter") finish(arrow);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  return (
    <input
      ref={ref}
      className="cell-editor"
      aria-label={props.label}
      value={ui.editing.text}
      onChange={(e) => ui.setText(e.target.value)}
      onKeyDown={onKeyDown}
      onMouseDown={(e) => e.stopPropagation()}
    />
  );
}
