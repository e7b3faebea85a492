/** Words that functions write into cells: table labels and risk levels, per language. */
import type { CbaMeasure } from "../core/cba";
import type { RiskLevel } from "../core/risk";
import type { SimStatistic } from "../core/simulate";
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

/** The rows of SI.CBASIM's table. */
export const SIM_LABELS: Readonly<Record<Lang, Readonly<Record<SimStatistic, string>>>> = {
  sv: {
    mean: "Nettonuvärde, medelvärde (kr)",
    sd: "Standardavvikelse (kr)",
    p5: "5:e percentilen (kr)",
    p50: "Median (kr)",
    p95: "95:e percentilen (kr)",
    probpositive: "Sannolikhet att nettonuvärdet är positivt",
  },
  en: {
    mean: "Net present value, mean (SEK)",
    sd: "Standard deviation (SEK)",
    p5: "5th percentile (SEK)",
    p50: "Median (SEK)",
    p95: "95th percentile (SEK)",
    probpositive: "Probability that the net present value is positive",
  },
};

/** SI.SENSITIVITY's row for the discount rate. */
export const RATE_ROW: Readonly<Record<Lang, string>> = {
  sv: "Diskonteringsränta",
  en: "Discount rate",
};

/** SI.SENSITIVITY's name for a line without a Post/Item; {row} is its row in the table. */
export const UNNAMED_LINE: Readonly<Record<Lang, string>> = {
  sv: "(rad {row})",
  en: "(row {row})",
};
