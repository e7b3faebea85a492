import * as React from "react";
import type { PlaygroundStrings } from "../../i18n/playground";
import type { PlaygroundModel } from "../model";
import type { SheetUi } from "./use-sheet-ui";

/** The visible sheets as tabs; the active one follows the model (the pane activates sheets too). */
export function SheetTabs(props: {
  model: PlaygroundModel;
  ui: SheetUi;
  strings: PlaygroundStrings;
}): React.JSX.Element {
  const { model, ui } = props;
  const sheets = model.sheets().filter((s) => s.visibility === "Visible");
  const move = (e: React.KeyboardEvent, index: number): void => {
    const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    const next = sheets[index + step];
    if (!step || !next) return;
    e.preventDefault();
    ui.activate(next.id);
    const tabs = (e.currentTarget.parentElement?.querySelectorAll('[role="tab"]') ??
      []) as NodeListOf<HTMLElement>;
    tabs[index + step]?.focus();
  };
  return (
    <div className="sheet-tabs" role="tablist" aria-label={props.strings.sheetTabsLabel}>
      {sheets.map((s, i) => {
        const active = s.id === ui.sheetId;
        return (
          <button
            key={s.id}
            type="button"
            role="tab"
            aria-selected={active}
            tabIndex={active ? 0 : -1}
            className={s.protected ? "sheet-tab protected" : "sheet-tab"}
            style={s.tabColor ? { borderBottomColor: s.tabColor } : undefined}
            onClick={() => ui.activate(s.id)}
            onKeyDown={(e) => move(e, i)}
          >
            {s.name}
          </button>
        );
      })}
    </div>
  );
}
