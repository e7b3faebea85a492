import * as React from "react";
import { type MessageBarIntent } from "@fluentui/react-components";
import type {
  KalkylChartOutcome,
  KalkylFailure,
  KalkylWriteOutcome,
} from "../excel/kalkyl-outcome";
import type { KalkylUncertaintyOutcome } from "../excel/kalkyl-uncertainty-outcome";
import type { KalkylPaneStrings } from "../i18n/kalkyl-pane";
import { percent, plain } from "./KalkylFormat";
import { OutcomeBar } from "./OutcomeBar";

// The Kalkyl tab's messages: what Excel refused and what to do, and the outcome of the last write,
// chart or sensitivity sheet. Every word comes from src/i18n/kalkyl-pane.ts.

/** What the tab is doing: every control waits, and the one at work says so. */
export type KalkylAction = "load" | "rate" | "horizon" | "chart" | "uncertainty";

/** The last write, chart or sensitivity sheet, until the next action. */
export type KalkylNotice =
  | { readonly action: "write"; readonly outcome: KalkylWriteOutcome }
  | { readonly action: "chart"; readonly outcome: KalkylChartOutcome }
  | { readonly action: "uncertainty"; readonly outcome: KalkylUncertaintyOutcome };

export function failureText(failure: KalkylFailure, t: KalkylPaneStrings): string {
  switch (failure.reason) {
    case "needsNewerExcel":
      return t.needsNewerExcel(failure.detail);
    case "cellEditMode":
      return t.cellEditMode;
    case "protected":
      return t.protectedSheet(failure.detail);
    default:
      return t.failed(failure.detail);
  }
}

function writeBar(o: KalkylWriteOutcome, t: KalkylPaneStrings): [MessageBarIntent, string] {
  switch (o.kind) {
    case "written": {
      const value =
        o.input === "rate" ? percent(o.value, t.numberLocale) : plain(o.value, t.numberLocale);
      return ["success", t.written[o.input](value, o.address)];
    }
    case "invalid":
      return ["error", t.problems[o.input][o.problem]];
    case "noNamedCell":
      return ["warning", t.noNamedCell[o.input]];
    case "failed":
      return ["error", failureText(o, t)];
  }
}

function chartBar(o: KalkylChartOutcome, t: KalkylPaneStrings): [MessageBarIntent, string] {
  switch (o.kind) {
    case "inserted":
      return ["success", t.chartInserted(o.sheet, o.area)];
    case "noSplit":
      return ["warning", t.noSplit];
    case "noRoom":
      return ["warning", t.noRoom];
    case "failed":
      return ["error", failureText(o, t)];
  }
}

function uncertaintyBar(
  o: KalkylUncertaintyOutcome,
  t: KalkylPaneStrings
): [MessageBarIntent, string] {
  switch (o.kind) {
    case "inserted":
      return o.uncertainLines === 0
        ? ["warning", t.uncertaintyNoRanges(o.sheet)]
        : ["success", t.uncertaintyInserted(o.sheet, o.uncertainLines)];
    case "chartsFailed":
      return ["warning", t.uncertaintyChartsFailed(o.sheet, failureText(o.failure, t))];
    case "failed":
      return ["error", failureText(o, t)];
  }
}

function noticeBar(notice: KalkylNotice, t: KalkylPaneStrings): [MessageBarIntent, string] {
  switch (notice.action) {
    case "write":
      return writeBar(notice.outcome, t);
    case "chart":
      return chartBar(notice.outcome, t);
    case "uncertainty":
      return uncertaintyBar(notice.outcome, t);
  }
}

export function KalkylNoticeBar({
  notice,
  t,
}: {
  notice: KalkylNotice;
  t: KalkylPaneStrings;
}): React.JSX.Element {
  const [intent, text] = noticeBar(notice, t);
  return <OutcomeBar intent={intent}>{text}</OutcomeBar>;
}
