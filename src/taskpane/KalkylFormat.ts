/**
 * Numbers as the Kalkyl tab shows them, in the pane's language: kronor (`Intl.NumberFormat` with
 * sv-SE or en-GB, whole kronor as the sheet shows them), the benefit–cost ratio with two decimals,
 * the rate as a percentage, and the texts of SI.CBATABLE's errors. Pure, no Office.
 */
import type { SiError } from "../core/errors";
import { isSiError } from "../core/errors";
import type { Agreement, Figure } from "../excel/kalkyl-figures";
import type { KalkylCell } from "../excel/kalkyl-outcome";
import { formatError } from "../i18n/format";
import type { KalkylPaneStrings } from "../i18n/kalkyl-pane";
import type { Lang } from "../i18n/lang";

/** How a figure is shown. */
export type FigureKind = "kronor" | "ratio" | "years";

export function kronor(n: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency: "SEK",
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  }).format(n);
}

export function ratio(n: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(n);
}

/** A fraction as a percentage: 0.035 → "3,5 %" (sv) or "3.5%" (en). */
export function percent(fraction: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(
    fraction
  );
}

/** A number for an input box, without grouping: 3.5 → "3,5" (sv). Rounding hides 0.035 × 100's tail. */
export function plain(n: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 6, useGrouping: false }).format(n);
}

export function figureText(n: number, kind: FigureKind, t: KalkylPaneStrings): string {
  if (kind === "kronor") return kronor(n, t.numberLocale);
  if (kind === "ratio") return ratio(n, t.numberLocale);
  return t.years(n);
}

/** A figure, or the dash that stands for an error (its reason is `errorText`). */
export function shownFigure(f: Figure, kind: FigureKind, t: KalkylPaneStrings): string {
  return isSiError(f) ? t.noFigure : figureText(f, kind, t);
}

/** SI.CBATABLE's reason for an error, in the pane's language. */
export function errorText(error: SiError, lang: Lang): string {
  return formatError(error, lang, "CBATABLE");
}

/** What a sheet cell shows, in the form of the figure it should hold. */
export function cellText(cell: KalkylCell, kind: FigureKind, t: KalkylPaneStrings): string {
  if (cell === null) return "";
  if (typeof cell === "object") return cell.error;
  if (typeof cell === "number") return figureText(cell, kind, t);
  return typeof cell === "string" ? t.quoted(cell) : String(cell);
}

/** The line under a figure saying whether the sheet agrees. */
export function agreementText(a: Agreement, kind: FigureKind, t: KalkylPaneStrings): string {
  switch (a.kind) {
    case "agrees":
      return t.agrees(a.address);
    case "differs":
      return t.differs(cellText(a.shown, kind, t), a.address);
    case "blank":
      return t.blank(a.address);
    case "noCell":
      return t.noCell;
  }
}

export function actorsAgreementText(a: Agreement, t: KalkylPaneStrings): string {
  switch (a.kind) {
    case "agrees":
      return t.actorsAgrees(a.address);
    case "differs":
      return t.actorsDiffers(a.address);
    case "blank":
      return t.actorsBlank(a.address);
    case "noCell":
      return t.actorsNoSpill;
  }
}
