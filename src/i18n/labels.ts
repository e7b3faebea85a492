/** Words that functions write into cells: table labels and risk levels, per language. */
import type { CbaMeasure } from "../core/cba";
import type { RiskLevel } from "../core/risk";
import type { Lang } from "./lang";

export const MEASURE_LABELS: Readonly<Record<Lang, Readonly<Record<CbaMeasure, string>>>> = {
  sv: {
    npv: "Nettonuvärde (kr)",
    bcr: "Nyttokostnadskvot (kr tillbaka per satsad krona)",
    roi: "Avkastning (ROI)",
    payback: "Återbetalningstid (år)",
    irr: "Internränta",
    pvcosts: "Nuvärde kostnader (kr)",
    pvbenefits: "Nuvärde nyttor (kr)",
    breakeven: "Brytpunkt (andel av nyttan som måste uppnås)",
  },
  en: {
    npv: "Net present value (SEK)",
    bcr: "Benefit–cost ratio (SEK back per SEK invested)",
    roi: "Return on investment (ROI)",
    payback: "Payback (years)",
    irr: "Internal rate of return",
    pvcosts: "Present value of costs (SEK)",
    pvbenefits: "Present value of benefits (SEK)",
    breakeven: "Break-even (share of benefits needed)",
  },
};

export const RISK_LEVEL_LABELS: Readonly<Record<Lang, Readonly<Record<RiskLevel, string>>>> = {
  sv: { low: "Låg", medium: "Medel", high: "Hög" },
  en: { low: "Low", medium: "Medium", high: "High" },
};

/** Shown for cost–benefit lines that name no actor. */
export const NO_ACTOR: Readonly<Record<Lang, string>> = { sv: "(ingen aktör)", en: "(no actor)" };
