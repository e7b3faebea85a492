import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Link,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ShareFailure, ShareOutcome, ShareReport, ShareService } from "../excel/share-outcome";
import { shareStrings, type ShareStrings } from "../i18n/share";
import type { UiLanguage } from "../i18n/ui";
import { toBase64 } from "../share/base64";
import { withoutExtension } from "../share/source-name";
import { OutcomeBar } from "./OutcomeBar";

// The Dela tab: one button that makes a copy of the workbook for readers without the add-in, and
// what came of it. SharePane holds the state and calls the service (src/excel/share-service.ts),
// the only part that talks to Office; SharePaneView is plain data and callbacks, so it renders
// the same in Excel, in a browser and in tests. Every word comes from src/i18n/share.ts.

export interface SharePaneProps {
  readonly language: UiLanguage;
  /** Absent outside Excel: the button is disabled and the pane says why. */
  readonly service?: ShareService;
}

export interface SharePaneViewProps {
  readonly language: UiLanguage;
  readonly available: boolean;
  readonly busy: boolean;
  /** The last copy's outcome, until the next one. */
  readonly outcome: ShareOutcome | null;
  readonly onShare: () => void;
}

const MIME_TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  xlsm: "application/vnd.ms-excel.sheet.macroEnabled.12",
} as const;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  download: { display: "block", marginTop: tokens.spacingVerticalXS },
});

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function failureText(failure: ShareFailure, t: ShareStrings): string {
  switch (failure.reason) {
    case "needsFileApi":
      return t.needsFileApi;
    case "cannotRead":
      return t.cannotRead(failure.detail);
    case "notXlsx":
      return t.notXlsx(failure.detail);
    default:
      return t.failed(failure.detail);
  }
}

/** The download's name: the source's, marked as the copy to share. */
export function copyFileName(
  outcome: Extract<ShareOutcome, { kind: "download" }>,
  t: ShareStrings
): string {
  const source = outcome.report.source;
  return t.copyFileName(
    source === undefined ? undefined : withoutExtension(source),
    outcome.extension
  );
}

/**
 * An address the browser downloads `bytes` from: a Blob URL, revoked when the copy is replaced or
 * the pane goes; where the host has no Blob URLs, a data URL.
 */
function useDownloadUrl(bytes: Uint8Array, type: string): string | undefined {
  const [url, setUrl] = React.useState<string>();
  React.useEffect(() => {
    if (typeof URL.createObjectURL !== "function") {
      setUrl(`data:${type};base64,${toBase64(bytes)}`);
      return undefined;
    }
    // A copy of the bytes: a Blob must own an ArrayBuffer, not a view of a shared one.
    const blobUrl = URL.createObjectURL(new Blob([bytes.slice()], { type }));
    setUrl(blobUrl);
    return () => URL.revokeObjectURL(blobUrl);
  }, [bytes, type]);
  return url;
}

function made(report: ShareReport, t: ShareStrings, opened: boolean): string {
  const count = report.replaced.toLocaleString(t.numberLocale);
  if (report.replaced === 0) return opened ? t.openedNone : t.madeNone;
  return opened ? t.opened(count, report.replaced) : t.made(count, report.replaced);
}

function Pending({ report, t }: { report: ShareReport; t: ShareStrings }) {
  if (report.pending === 0) return null;
  return (
    <OutcomeBar intent="warning">
      {t.pending(report.pending.toLocaleString(t.numberLocale), report.pending)}
    </OutcomeBar>
  );
}

function Download({
  outcome,
  t,
}: {
  outcome: Extract<ShareOutcome, { kind: "download" }>;
  t: ShareStrings;
}): React.JSX.Element {
  const styles = useStyles();
  const url = useDownloadUrl(outcome.bytes, MIME_TYPES[outcome.extension]);
  const name = copyFileName(outcome, t);
  const why =
    outcome.reason === "needsNewerExcel"
      ? t.downloadNeedsNewerExcel(outcome.detail)
      : t.downloadOpenFailed(outcome.detail);
  return (
    <>
      <OutcomeBar intent="success">{`${made(outcome.report, t, false)} ${t.unchanged}`}</OutcomeBar>
      <Pending report={outcome.report} t={t} />
      <OutcomeBar intent="warning">
        {why}
        {url && (
          <Link className={styles.download} href={url} download={name}>
            {t.downloadLink(name)}
          </Link>
        )}
      </OutcomeBar>
    </>
  );
}

function Outcome({ outcome, t }: { outcome: ShareOutcome; t: ShareStrings }) {
  switch (outcome.kind) {
    case "failed":
      return <OutcomeBar intent="error">{failureText(outcome, t)}</OutcomeBar>;
    case "opened":
      return (
        <>
          <OutcomeBar intent="success">
            {`${made(outcome.report, t, true)} ${t.saveHint} ${t.unchanged}`}
          </OutcomeBar>
          <Pending report={outcome.report} t={t} />
        </>
      );
    case "download":
      return <Download outcome={outcome} t={t} />;
  }
}

export function SharePaneView(props: SharePaneViewProps): React.JSX.Element {
  const { language, available, busy, outcome } = props;
  const styles = useStyles();
  const t = shareStrings[language];
  const hintId = React.useId();
  return (
    <div className={styles.root}>
      <Body1 as="p" block>
        {t.intro}
      </Body1>
      <div className={styles.section}>
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabled={!available || busy}
            icon={busy ? <Spinner size="tiny" aria-hidden /> : undefined}
            aria-describedby={hintId}
            onClick={props.onShare}
          >
            {busy ? t.sharing : t.shareButton}
          </Button>
        </div>
        <Caption1 id={hintId} className={styles.hint}>
          {t.shareHint}
        </Caption1>
      </div>
      {!available && <OutcomeBar intent="info">{t.needsExcel}</OutcomeBar>}
      {outcome && (
        <div className={styles.results}>
          <Outcome outcome={outcome} t={t} />
        </div>
      )}
    </div>
  );
}

export function SharePane({ language, service }: SharePaneProps): React.JSX.Element {
  const [busy, setBusy] = React.useState(false);
  const [outcome, setOutcome] = React.useState<ShareOutcome | null>(null);

  /** The service resolves its failures; anything it throws all the same is shown as one too. */
  const onShare = (): void => {
    if (!service || busy) return;
    setBusy(true);
    setOutcome(null);
    service
      .makeCopy(language)
      .then(setOutcome, (e: unknown) =>
        setOutcome({ kind: "failed", reason: "other", detail: messageOf(e) })
      )
      .finally(() => setBusy(false));
  };

  return (
    <SharePaneView
      language={language}
      available={service !== undefined}
      busy={busy}
      outcome={outcome}
      onShare={onShare}
    />
  );
}
