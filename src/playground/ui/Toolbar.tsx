import * as React from "react";
import type { PlaygroundStrings } from "../../i18n/playground";
import { SAMPLES } from "../samples";

export interface ToolbarActions {
  newWorkbook(): void;
  open(file: File): void;
  sample(id: string): void;
  save(): void;
  toggleProtection(): void;
}

/** New, open, examples, save and the active sheet's protection switch. */
export function Toolbar(props: {
  strings: PlaygroundStrings;
  sheetProtected: boolean;
  busy: boolean;
  actions: ToolbarActions;
}): React.JSX.Element {
  const { strings, actions } = props;
  const file = React.useRef<HTMLInputElement>(null);
  return (
    <div className="toolbar" role="toolbar" aria-label={strings.toolbarLabel}>
      <button type="button" onClick={actions.newWorkbook} disabled={props.busy}>
        {strings.newWorkbook}
      </button>
      <button type="button" onClick={() => file.current?.click()} disabled={props.busy}>
        {strings.openFile}
      </button>
      <input
        ref={file}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hidden
        data-testid="open-file"
        onChange={(e) => {
          const chosen = e.target.files?.[0];
          e.target.value = "";
          if (chosen) actions.open(chosen);
        }}
      />
      <select
        aria-label={strings.samples}
        value=""
        disabled={props.busy}
        onChange={(e) => {
          if (e.target.value) actions.sample(e.target.value);
        }}
      >
        <option value="">{strings.samplesPlaceholder}</option>
        {SAMPLES.map((s) => (
          <option key={s.id} value={s.id}>
            {strings.sampleName(s.id)}
          </option>
        ))}
      </select>
      <button type="button" onClick={actions.save} disabled={props.busy}>
        {strings.saveAs}
      </button>
      <button type="button" aria-pressed={props.sheetProtected} onClick={actions.toggleProtection}>
        {strings.protectSheet}
      </button>
    </div>
  );
}
