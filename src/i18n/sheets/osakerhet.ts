/** The words of the Känslighetsanalys (sensitivity and simulation) sheet. */
import { Lang } from "../lang";
import { KALKYL_TEXT } from "./kalkyl";

export const OSAKERHET_TEXT = {
  sv: {
    sheet: "Känslighetsanalys",
    title: "Känslighetsanalys",
    subtitle:
      "Hur säker är kalkylen? Nettonuvärdet med en post i taget vid sitt Låg och Hög (övriga vid Belopp), och simulerat många gånger (Monte Carlo). Samma startvärde ger alltid samma resultat.",
    source: (table: string) =>
      `Läser tabellen ${table} (kolumnerna Belopp, Låg och Hög) och kalkylens diskonteringsränta och horisont.`,
    missing: `– (infoga bladet ${KALKYL_TEXT.sv.sheet} och sedan det här bladet på nytt)`,
    assumptions: "Antaganden",
    rate: "Diskonteringsränta (från kalkylen)",
    horizon: "Horisont, år (från kalkylen)",
    rateLow: "Lägsta ränta att pröva",
    rateHigh: "Högsta ränta att pröva",
    iterations: "Antal simuleringar",
    seed: "Startvärde för slumptalen",
    seedNote:
      "Samma startvärde ger samma resultat varje gång. Byt det för att se hur mycket resultatet skiftar mellan körningar.",
    results: "Resultat",
    baseNpv: "Nettonuvärde med Belopp (grundfallet)",
    probability: "Sannolikheten att nyttan överstiger kostnaden är ",
    percentSign: " %",
    simulation: "Simulering av nettonuvärdet",
    measure: "Mått",
    value: "Värde",
    distributionNote:
      "Osäkra poster dras ur en triangelfördelning mellan Låg, Belopp och Hög (en kolumn Fördelning i tabellen kan välja likformig, pert eller normal); poster utan Låg och Hög är fasta.",
    histogram: "Fördelning av nettonuvärdet",
    binFrom: "Från (kr)",
    binTo: "Till (kr)",
    count: "Antal",
    sensitivity: "Känslighet per post, störst spännvidd först",
    item: "Post",
    npvLow: "Nettonuvärde låg",
    npvHigh: "Nettonuvärde hög",
    swing: "Spännvidd",
    /** SI.CBASIM's output words as the sheet's formulas spell them. */
    outputs: { table: "tabell", histogram: "histogram", probability: "sannolikhet" },
  },
  en: {
    sheet: "Sensitivity",
    title: "Sensitivity analysis",
    subtitle:
      "How sure is the calculation? The net present value with one line at a time at its Low and High (the others at Amount), and simulated many times (Monte Carlo). The same seed always gives the same result.",
    source: (table: string) =>
      `Reads the table ${table} (the columns Amount, Low and High) and the calculation's discount rate and horizon.`,
    missing: `– (insert the ${KALKYL_TEXT.en.sheet} sheet, then this sheet again)`,
    assumptions: "Assumptions",
    rate: "Discount rate (from the calculation)",
    horizon: "Horizon, years (from the calculation)",
    rateLow: "Lowest rate to try",
    rateHigh: "Highest rate to try",
    iterations: "Number of simulations",
    seed: "Seed of the random numbers",
    seedNote:
      "The same seed gives the same result every time. Change it to see how much the result shifts between runs.",
    results: "Results",
    baseNpv: "Net present value at Amount (the base case)",
    probability: "The probability that the benefits exceed the costs is ",
    percentSign: "%",
    simulation: "Simulation of the net present value",
    measure: "Measure",
    value: "Value",
    distributionNote:
      "Uncertain lines are drawn from a triangular distribution between Low, Amount and High (a Distribution column in the table can choose uniform, pert or normal); lines without Low and High are fixed.",
    histogram: "Distribution of the net present value",
    binFrom: "From (SEK)",
    binTo: "To (SEK)",
    count: "Count",
    sensitivity: "Sensitivity per line, largest swing first",
    item: "Line",
    npvLow: "NPV low",
    npvHigh: "NPV high",
    swing: "Swing",
    outputs: { table: "table", histogram: "histogram", probability: "probpositive" },
  },
} satisfies Record<Lang, unknown>;
