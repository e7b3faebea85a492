import * as React from "react";
import {
  Checkbox,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { checklistKey, type Phase } from "../core/phases";
import type { ChecklistFailure } from "../excel/checklist-outcome";
import type { PhasesStrings } from "../i18n/phases";

// One phase's checklist: what should be in place before moving on. Each box is stored under the
// item's stable key, never its text, so rewording an item keeps its tick.

export interface PhaseChecklistProps {
  readonly phase: Phase;
  readonly t: PhasesStrings;
  readonly checked: ReadonlySet<string>;
  /** Boxes wait until the document's checklist has been read. */
  readonly disabled: boolean;
  /** A save of one of this phase's items that failed and was rolled back. */
  readonly failure: ChecklistFailure | null;
  readonly onToggle: (key: string, checked: boolean) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
  },
});

export function checklistFailureText(failure: ChecklistFailure, t: PhasesStrings): string {
  switch (failure.reason) {
    case "readOnly":
      return t.saveReadOnly;
    case "newerVersion":
      return t.saveNewerVersion;
    case "session":
      return t.saveSession;
    default:
      return t.saveFailed(failure.detail);
  }
}

export function PhaseChecklist(props: PhaseChecklistProps): React.JSX.Element {
  const { phase, t, checked, disabled, failure } = props;
  const styles = useStyles();
  const headingId = React.useId();
  // The item words of this phase; the generic PhaseWords<P> is narrowed to plain strings by id.
  const words = t.phases[phase.id].items as Readonly<Record<string, string>>;

  return (
    <div role="group" aria-labelledby={headingId} className={styles.root}>
      <Subtitle2 as="h3" id={headingId} block>
        {t.checklistHeading}
      </Subtitle2>
      <ul className={styles.list} role="list">
        {phase.items.map((item) => {
          const key = checklistKey(phase.id, item);
          return (
            <li key={key}>
              <Checkbox
                label={words[item]}
                checked={checked.has(key)}
                disabled={disabled}
                onChange={(_, data) => props.onToggle(key, data.checked === true)}
              />
            </li>
          );
        })}
      </ul>
      {failure && (
        <MessageBar intent="error" layout="multiline" data-intent="error">
          <MessageBarBody>{checklistFailureText(failure, t)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
