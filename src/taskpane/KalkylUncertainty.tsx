import * as React from "react";
import {
  Button,
  Caption1,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { KalkylPaneStrings } from "../i18n/kalkyl-pane";
import { KalkylNoticeBar, type KalkylAction, type KalkylNotice } from "./KalkylMessage";

// The Kalkyl tab's "Osäkerhet": one button that inserts the Känslighetsanalys sheet for the chosen
// Kalkyl with its tornado chart and histogram (src/excel/kalkyl-uncertainty.ts), and the outcome.

export interface KalkylUncertaintyProps {
  readonly t: KalkylPaneStrings;
  readonly disabled: boolean;
  readonly busy: KalkylAction | null;
  readonly notice: KalkylNotice | null;
  readonly onInsert: () => void;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function KalkylUncertainty({
  t,
  disabled,
  busy,
  notice,
  onInsert,
}: KalkylUncertaintyProps): React.JSX.Element {
  const styles = useStyles();
  const hintId = React.useId();
  const working = busy === "uncertainty";
  return (
    <section className={styles.section} aria-labelledby={`${hintId}-heading`}>
      <Subtitle2 as="h2" id={`${hintId}-heading`} block>
        {t.uncertaintyHeading}
      </Subtitle2>
      <Caption1 id={hintId} className={styles.muted}>
        {t.uncertaintyHint}
      </Caption1>
      <div className={styles.actions}>
        <Button
          disabled={disabled}
          aria-describedby={hintId}
          icon={working ? <Spinner size="tiny" aria-hidden /> : undefined}
          onClick={onInsert}
        >
          {working ? t.uncertaintyInserting : t.uncertaintyButton}
        </Button>
      </div>
      {notice?.action === "uncertainty" && <KalkylNoticeBar notice={notice} t={t} />}
    </section>
  );
}
