import * as React from "react";
import {
  Button,
  Field,
  Input,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { parseInput } from "../excel/kalkyl-input";
import type { KalkylData, KalkylInput, KalkylInputProblem } from "../excel/kalkyl-outcome";
import type { KalkylPaneStrings } from "../i18n/kalkyl-pane";
import { plain } from "./KalkylFormat";
import type { KalkylAction } from "./KalkylMessage";

// The discount rate and the horizon as the user types them. A value is checked here first: a bad
// one gets its field's message and the service is never called, so nothing is written.

export interface KalkylInputsProps {
  readonly data: KalkylData;
  readonly t: KalkylPaneStrings;
  readonly disabled: boolean;
  readonly busy: KalkylAction | null;
  /** A checked value: the rate as a fraction, the horizon in whole years. */
  readonly onWrite: (input: KalkylInput, value: number) => void;
}

const INPUTS: readonly KalkylInput[] = ["rate", "horizon"];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  form: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
  },
  field: { flexGrow: 1, minWidth: "12em" },
  // Level with the input, not with the field's hint under it.
  button: { marginBottom: tokens.spacingVerticalXXL },
});

/** What the named cell shows, as the box shows it: the rate as a percentage. */
function initialText(data: KalkylData, input: KalkylInput, locale: string): string {
  const v = data.cells[input]?.value;
  if (typeof v !== "number") return "";
  return plain(input === "rate" ? v * 100 : v, locale);
}

function InputForm({
  input,
  data,
  t,
  disabled,
  busy,
  onWrite,
}: KalkylInputsProps & { input: KalkylInput }): React.JSX.Element {
  const styles = useStyles();
  const [text, setText] = React.useState(() => initialText(data, input, t.numberLocale));
  const [problem, setProblem] = React.useState<KalkylInputProblem | null>(null);
  const cell = data.ref.names[input];

  const submit = (e: React.FormEvent): void => {
    e.preventDefault();
    const parsed = parseInput(input, text);
    if (!parsed.ok) {
      setProblem(parsed.problem);
      return;
    }
    setProblem(null);
    onWrite(input, parsed.value);
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <Field
        className={styles.field}
        label={t.inputLabels[input]}
        hint={cell ? t.inputHints[input](cell.address) : t.noNamedCell[input]}
        validationState={problem ? "error" : "none"}
        validationMessage={problem ? t.problems[input][problem] : undefined}
      >
        <Input
          value={text}
          inputMode={input === "rate" ? "decimal" : "numeric"}
          disabled={disabled || !cell}
          contentAfter={<Text aria-hidden>{t.inputUnits[input]}</Text>}
          onChange={(_, d) => {
            setText(d.value);
            setProblem(null);
          }}
        />
      </Field>
      <Button
        type="submit"
        className={styles.button}
        disabled={disabled || !cell}
        icon={busy === input ? <Spinner size="tiny" aria-hidden /> : undefined}
      >
        {busy === input ? t.saving : t.saveButtons[input]}
      </Button>
    </form>
  );
}

export function KalkylInputs(props: KalkylInputsProps): React.JSX.Element {
  const styles = useStyles();
  const headingId = React.useId();
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} block>
        {props.t.inputsHeading}
      </Subtitle2>
      {INPUTS.map((input) => (
        <InputForm key={input} input={input} {...props} />
      ))}
    </section>
  );
}
