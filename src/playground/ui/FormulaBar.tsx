import * as React from "react";
import type { PlaygroundStrings } from "../../i18n/playground";
import type { PlaygroundModel } from "../model";
import { areaAddress, cellAddress } from "./address";
import { editText } from "./display";
import type { SheetUi } from "./use-sheet-ui";

/** The name box (the active cell's address; type one to go there) and the formula bar. */
export function FormulaBar(props: {
  model: PlaygroundModel;
  ui: SheetUi;
  strings: PlaygroundStrings;
  onDone(): void;
}): React.JSX.Element {
  const { model, ui, strings } = props;
  const address = cellAddress(ui.active.row, ui.active.col);
  const [typedAddress, setTypedAddress] = React.useState<string | null>(null);
  const shown = ui.editing
    ? ui.editing.text
    : editText(model.cell(ui.sheetId, ui.active.row, ui.active.col), ui.locale, ui.words);
  const selectionSize =
    ui.selection.bottom > ui.selection.top || ui.selection.right > ui.selection.left
      ? areaAddress(ui.selection)
      : undefined;
  return (
    <div className="formula-bar">
      <input
        className="name-box"
        aria-label={strings.addressLabel}
        title={selectionSize}
        value={typedAddress ?? address}
        onFocus={(e) => e.target.select()}
        onChange={(e) => setTypedAddress(e.target.value)}
        onBlur={() => setTypedAddress(null)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && typedAddress !== null) {
            if (ui.goTo(typedAddress)) {
              setTypedAddress(null);
              props.onDone();
            }
          } else if (e.key === "Escape") {
            setTypedAddress(null);
            props.onDone();
          }
        }}
      />
      <span className="fx" aria-hidden="true">
        {strings.formulaSymbol}
      </span>
      <input
        className="formula"
        aria-label={strings.formulaLabel}
        value={shown}
        onFocus={() => {
          if (!ui.editing && !ui.startEdit(undefined, "edit", "bar")) props.onDone();
        }}
        onChange={(e) => ui.setText(e.target.value)}
        onBlur={() => {
          if (ui.editing?.where === "bar") ui.cancel();
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            if (ui.commit(e.shiftKey ? "up" : "down")) props.onDone();
          } else if (e.key === "Escape") {
            e.preventDefault();
            ui.cancel();
            props.onDone();
          } else if (e.key === "Tab" && ui.editing) {
            e.preventDefault();
            if (ui.commit(e.shiftKey ? "left" : "right")) props.onDone();
          }
        }}
      />
    </div>
  );
}
