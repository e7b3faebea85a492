import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Option,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { kalkylFigures, type FiguresOutcome } from "../excel/kalkyl-figures";
import type {
  KalkylData,
  KalkylInput,
  KalkylLoadOutcome,
  KalkylRef,
} from "../excel/kalkyl-outcome";
import { kalkylPaneText, type KalkylPaneStrings } from "../i18n/kalkyl-pane";
import type { Lang } from "../i18n/lang";
import { errorText } from "./KalkylFormat";
import { KalkylInputs } from "./KalkylInputs";
import {
  KalkylNoticeBar,
  failureText,
  type KalkylAction,
  type KalkylNotice,
} from "./KalkylMessage";
import { KalkylResults } from "./KalkylResults";
import { KalkylUncertainty } from "./KalkylUncertainty";
import { OutcomeBar } from "./OutcomeBar";

// The Kalkyl tab as plain data and callbacks: it never touches Office.js, so it renders the same
// in Excel, in a browser and in tests. KalkylPane wires it to the workbook. The figures are
// computed here from what was read, with the sheet's own core (src/excel/kalkyl-figures.ts).

export interface KalkylViewProps {
  readonly language: Lang;
  /** False outside Excel: every action is disabled and the pane says why. */
  readonly available: boolean;
  readonly busy: KalkylAction | null;
  /** The last read of the workbook; null before the first. */
  readonly load: KalkylLoadOutcome | null;
  /** The last write, chart or sensitivity sheet, until the next action. */
  readonly notice: KalkylNotice | null;
  readonly onRefresh: () => void;
  readonly onSelect: (table: string) => void;
  readonly onWrite: (ref: KalkylRef, input: KalkylInput, value: number) => void;
  readonly onInsertChart: (data: KalkylData) => void;
  readonly onInsertUncertainty: (data: KalkylData) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Why there are no figures, as a message bar; undefined when there are. */
function figuresProblem(
  outcome: FiguresOutcome,
  data: KalkylData,
  t: KalkylPaneStrings,
  language: Lang
): string | undefined {
  switch (outcome.kind) {
    case "figures":
      return undefined;
    case "noLines":
      return t.noLines(data.ref.table);
    case "missingInput":
      return t.missingInput(outcome.inputs.map((i) => t.inputNames[i]));
    case "error":
      return outcome.source === "table"
        ? t.tableError(data.ref.table, errorText(outcome.error, language))
        : t.inputError[outcome.source](errorText(outcome.error, language));
  }
}

function Picker({
  kalkyls,
  chosen,
  disabled,
  t,
  onSelect,
}: {
  kalkyls: readonly KalkylRef[];
  chosen: KalkylRef;
  disabled: boolean;
  t: KalkylPaneStrings;
  onSelect: (table: string) => void;
}): React.JSX.Element {
  const styles = useStyles();
  if (kalkyls.length === 1)
    return <Caption1 className={styles.muted}>{t.location(chosen.sheet, chosen.table)}</Caption1>;
  return (
    <Field label={t.pickerLabel}>
      <Dropdown
        value={t.pickerOption(chosen.sheet, chosen.table)}
        selectedOptions={[chosen.table]}
        disabled={disabled}
        onOptionSelect={(_, d) => {
          if (d.optionValue !== undefined && d.optionValue !== chosen.table)
            onSelect(d.optionValue);
        }}
      >
        {kalkyls.map((k) => (
          <Option key={k.table} value={k.table}>
            {t.pickerOption(k.sheet, k.table)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/** The parts of a read Kalkyl: picker, inputs, figures, chart, uncertainty. */
function Loaded({
  kalkyls,
  data,
  props,
}: {
  kalkyls: readonly KalkylRef[];
  data: KalkylData;
  props: KalkylViewProps;
}): React.JSX.Element {
  const { language, busy, notice } = props;
  const styles = useStyles();
  const t = kalkylPaneText[language];
  const disabled = !props.available || busy !== null;
  const figures = React.useMemo(() => kalkylFigures(data), [data]);
  const problem = figuresProblem(figures, data, t, language);
  const chartHintId = React.useId();
  // A new read of the inputs' cells starts the boxes afresh; a refused write keeps what was typed.
  const inputsKey = [data.ref.table, data.cells.rate?.value, data.cells.horizon?.value]
    .map((v) => JSON.stringify(v ?? null))
    .join("|");
  return (
    <>
      <Picker
        kalkyls={kalkyls}
        chosen={data.ref}
        disabled={disabled}
        t={t}
        onSelect={props.onSelect}
      />
      <KalkylInputs
        key={inputsKey}
        data={data}
        t={t}
        disabled={disabled}
        busy={busy}
        onWrite={(input, value) => props.onWrite(data.ref, input, value)}
      />
      {notice?.action === "write" && <KalkylNoticeBar notice={notice} t={t} />}
      {problem !== undefined && <OutcomeBar intent="warning">{problem}</OutcomeBar>}
      {figures.kind === "figures" && (
        <KalkylResults data={data} figures={figures.figures} t={t} language={language} />
      )}
      <section className={styles.section} aria-labelledby={`${chartHintId}-heading`}>
        <Subtitle2 as="h2" id={`${chartHintId}-heading`} block>
          {t.chartHeading}
        </Subtitle2>
        <Caption1 id={chartHintId} className={styles.muted}>
          {t.chartHint}
        </Caption1>
        <div className={styles.actions}>
          <Button
            disabled={disabled || figures.kind !== "figures"}
            aria-describedby={chartHintId}
            icon={busy === "chart" ? <Spinner size="tiny" aria-hidden /> : undefined}
            onClick={() => props.onInsertChart(data)}
          >
            {busy === "chart" ? t.chartInserting : t.chartButton}
          </Button>
        </div>
        {notice?.action === "chart" && <KalkylNoticeBar notice={notice} t={t} />}
      </section>
      <KalkylUncertainty
        t={t}
        disabled={disabled || figures.kind !== "figures"}
        busy={busy}
        notice={notice}
        onInsert={() => props.onInsertUncertainty(data)}
      />
    </>
  );
}

export function KalkylView(props: KalkylViewProps): React.JSX.Element {
  const { language, available, busy, load } = props;
  const styles = useStyles();
  const t = kalkylPaneText[language];
  return (
    <div className={styles.root}>
      <Body1 as="p" block>
        {t.intro}
      </Body1>
      {!available && <OutcomeBar intent="info">{t.needsExcel}</OutcomeBar>}
      {busy === "load" && <Spinner size="small" labelPosition="after" label={t.loading} />}
      {load?.kind === "failed" && <OutcomeBar intent="error">{failureText(load, t)}</OutcomeBar>}
      {load?.kind === "none" && <OutcomeBar intent="info">{t.none}</OutcomeBar>}
      {load?.kind === "loaded" && <Loaded kalkyls={load.kalkyls} data={load.data} props={props} />}
      <div className={styles.actions}>
        <Button disabled={!available || busy !== null} onClick={props.onRefresh}>
          {t.refreshButton}
        </Button>
      </div>
    </div>
  );
}
