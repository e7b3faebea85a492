import * as React from "react";
import {
  Body1,
  Button,
  Link,
  Spinner,
  makeStyles,
  tokens,
  type MessageBarIntent,
} from "@fluentui/react-components";
import type {
  Place,
  ScanFailure,
  ScanOutcome,
  SelectOutcome,
  WorkbookHealth,
  WorkbookScanService,
} from "../excel/workbook-scan-outcome";
import { startCheckStrings, type StartCheckStrings } from "../i18n/start-check";
import type { UiLanguage } from "../i18n/ui";
import { OutcomeBar } from "./OutcomeBar";

// What the Start and Kontroll tabs share: the scan and its state, a link that selects a place in
// the workbook, and the message bars for failures, selections and sheets read only in part. None
// of it touches Office.js: the service (src/excel/workbook-scan-service.ts) does.

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface WorkbookScan {
  readonly scanning: boolean;
  readonly outcome: ScanOutcome | null;
  /** The last selection's outcome, until the next scan or selection. */
  readonly selection: SelectOutcome | null;
  readonly scan: () => void;
  readonly select: (place: Place) => void;
}

/**
 * Scans when the tab opens (and again each time `active` turns true), and on `scan()`. Only the
 * latest scan's outcome is kept: an earlier one still running is ignored when it ends. The
 * service resolves its failures as outcomes; anything it throws all the same becomes one too.
 */
export function useWorkbookScan(service?: WorkbookScanService, active = true): WorkbookScan {
  const [scanning, setScanning] = React.useState(false);
  const [outcome, setOutcome] = React.useState<ScanOutcome | null>(null);
  const [selection, setSelection] = React.useState<SelectOutcome | null>(null);
  const latest = React.useRef(0);

  const scan = React.useCallback(() => {
    if (!service) return;
    const id = ++latest.current;
    setScanning(true);
    setSelection(null);
    void (async () => {
      let result: ScanOutcome;
      try {
        result = await service.scan();
      } catch (e) {
        result = { kind: "failed", reason: "other", detail: messageOf(e) };
      }
      if (id !== latest.current) return;
      setOutcome(result);
      setScanning(false);
    })();
  }, [service]);

  React.useEffect(() => {
    if (active) scan();
  }, [scan, active]);

  const select = React.useCallback(
    (place: Place) => {
      if (!service) return;
      void (async () => {
        let result: SelectOutcome;
        try {
          result = await service.select(place);
        } catch (e) {
          result = { kind: "failed", reason: "other", detail: messageOf(e) };
        }
        setSelection(result);
      })();
    },
    [service]
  );

  return { scanning, outcome, selection, scan, select };
}

export function failureText(failure: ScanFailure, t: StartCheckStrings): string {
  switch (failure.reason) {
    case "needsNewerExcel":
      return t.needsNewerExcel(failure.detail);
    case "cellEditMode":
      return t.cellEditMode;
    case "protected":
      return t.protectedSheet(failure.detail);
    case "tooLarge":
      return t.tooLarge(failure.detail);
    case "notFound":
      return t.notFound;
    default:
      return t.failed(failure.detail);
  }
}

function selectionText(outcome: SelectOutcome, t: StartCheckStrings): string {
  switch (outcome.kind) {
    case "failed":
      return failureText(outcome, t);
    case "hiddenSheet":
      return t.hiddenSheet(outcome.sheet);
    case "selected":
      if (outcome.limit === "olderExcel") return t.selectedFirst(outcome.total, outcome.sheet);
      if (outcome.limit === "tooMany")
        return t.selectedSome(outcome.selected, outcome.total, outcome.sheet);
      return t.selected(outcome.sheet);
  }
}

export function SelectionBar({
  outcome,
  t,
}: {
  outcome: SelectOutcome;
  t: StartCheckStrings;
}): React.JSX.Element {
  const intent: MessageBarIntent =
    outcome.kind === "failed"
      ? "error"
      : outcome.kind === "hiddenSheet" || outcome.limit !== undefined
        ? "warning"
        : "success";
  return <OutcomeBar intent={intent}>{selectionText(outcome, t)}</OutcomeBar>;
}

const useStyles = makeStyles({
  hidden: { color: tokens.colorNeutralForeground3 },
  link: { textAlign: "start" },
});

/** A link that selects the place; on a hidden sheet, which cannot be shown, plain text saying so. */
export function PlaceLink({
  place,
  text,
  onSelect,
  t,
}: {
  place: Place;
  text: string;
  onSelect: (place: Place) => void;
  t: StartCheckStrings;
}): React.JSX.Element {
  const styles = useStyles();
  if (place.hidden) return <Body1 className={styles.hidden}>{t.hiddenPlace(text)}</Body1>;
  return (
    <Link as="button" className={styles.link} onClick={() => onSelect(place)}>
      {text}
    </Link>
  );
}

/** The spinner while the workbook is read; a label says what is happening. */
export function ScanSpinner({ t }: { t: StartCheckStrings }): React.JSX.Element {
  return <Spinner size="small" labelPosition="after" label={t.scanning} />;
}

/** Sheets read only in part, or not at all: what the report could not see. */
export function ReadNotices({
  health,
  t,
}: {
  health: WorkbookHealth;
  t: StartCheckStrings;
}): React.JSX.Element | null {
  if (health.capped.length === 0 && health.unread.length === 0) return null;
  return (
    <>
      {health.capped.map((c) => (
        <OutcomeBar key={`capped-${c.sheetId}`} intent="warning">
          {t.capped(c.sheet, c.read, c.total)}
        </OutcomeBar>
      ))}
      {health.unread.map((u) => (
        <OutcomeBar key={`unread-${u.sheetId}`} intent="warning">
          {t.unread(u.sheet)}
        </OutcomeBar>
      ))}
    </>
  );
}

/** The props of both tabs' panes: the scan service, and whether the tab is the one shown. */
export interface ScanPaneProps {
  readonly language: UiLanguage;
  readonly service?: WorkbookScanService;
  /**
   * Whether the tab is the one shown (default true). The workbook is read when the tab mounts and
   * again each time this turns true, so what it shows is current after work on another tab.
   */
  readonly active?: boolean;
}

/** What the Start and Kontroll views get: the scan's state and the two actions, as plain data. */
export interface ScanViewProps {
  readonly language: UiLanguage;
  /** False outside Excel: the tab says the workbook can be read in Excel only. */
  readonly available: boolean;
  readonly scanning: boolean;
  readonly outcome: ScanOutcome | null;
  readonly selection: SelectOutcome | null;
  readonly onScan: () => void;
  readonly onSelect: (place: Place) => void;
}

/** A pane's scan as its view's props; without a service (a plain browser) the view says so. */
export function useScanView({ language, service, active = true }: ScanPaneProps): ScanViewProps {
  const scan = useWorkbookScan(service, active);
  return {
    language,
    available: service !== undefined,
    scanning: scan.scanning,
    outcome: scan.outcome,
    selection: scan.selection,
    onScan: scan.scan,
    onSelect: scan.select,
  };
}

const useFrameStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * What both tabs show around their report: the intro, the button that reads the workbook again,
 * and the bars for outside Excel, reading, a selection and a failure; `report` draws a finished
 * scan's findings.
 */
export function ScanFrame(
  props: ScanViewProps & {
    intro: (t: StartCheckStrings) => string;
    button: (t: StartCheckStrings) => string;
    primary?: boolean;
    report: (health: WorkbookHealth, t: StartCheckStrings) => React.ReactNode;
  }
): React.JSX.Element {
  const { language, available, scanning, outcome, selection } = props;
  const styles = useFrameStyles();
  const t = startCheckStrings[language];
  return (
    <div className={styles.root} aria-busy={scanning}>
      <Body1 as="p" block>
        {props.intro(t)}
      </Body1>
      <div className={styles.actions}>
        <Button
          appearance={props.primary ? "primary" : undefined}
          disabled={!available || scanning}
          onClick={props.onScan}
        >
          {props.button(t)}
        </Button>
      </div>
      {!available && <OutcomeBar intent="info">{t.needsExcel}</OutcomeBar>}
      {scanning && <ScanSpinner t={t} />}
      {selection && <SelectionBar outcome={selection} t={t} />}
      {!scanning && outcome?.kind === "failed" && (
        <OutcomeBar intent="error">{failureText(outcome, t)}</OutcomeBar>
      )}
      {!scanning && outcome?.kind === "scanned" && props.report(outcome.health, t)}
    </div>
  );
}
