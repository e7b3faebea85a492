import * as React from "react";
import type { TemplateService } from "../excel/template-outcome";
import type { UiLanguage } from "../i18n/ui";
import type { TemplateId } from "../templates/spec";
import type { TemplateAction, TemplateResultState } from "./TemplateResult";
import { TemplatesView } from "./TemplatesView";

// Holds the Mallar tab's state and calls the template service; the service (src/excel) is the only
// part that talks to Excel. Without a service (a plain browser) the view's actions are disabled.
export interface TemplatesPaneProps {
  readonly language: UiLanguage;
  readonly service?: TemplateService;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function TemplatesPane({ language, service }: TemplatesPaneProps): React.JSX.Element {
  const [busy, setBusy] = React.useState<TemplateAction | null>(null);
  const [result, setResult] = React.useState<TemplateResultState | null>(null);

  /**
   * One action at a time. The service resolves its failures as outcomes; anything it throws all
   * the same is shown as a failure too, never left as an unhandled rejection.
   */
  const run = async (action: TemplateAction, work: () => Promise<TemplateResultState>) => {
    setBusy(action);
    setResult(null);
    try {
      setResult(await work());
    } catch (e) {
      setResult({ action, outcome: { kind: "failed", reason: "other", detail: messageOf(e) } });
    } finally {
      setBusy(null);
    }
  };

  const onInsert = (ids: readonly TemplateId[], example: boolean): void => {
    if (!service) return;
    void run("insert", async () => ({
      action: "insert",
      outcome: await service.insert(ids, { lang: language, example }),
    }));
  };

  const onRemoveExample = (): void => {
    if (!service) return;
    void run("remove", async () => ({
      action: "remove",
      outcome: await service.removeExample(),
    }));
  };

  const onConvert = (): void => {
    if (!service) return;
    void run("convert", async () => ({
      action: "convert",
      outcome: await service.convertLogicModel(language),
    }));
  };

  return (
    <TemplatesView
      language={language}
      available={service !== undefined}
      busy={busy}
      result={result}
      onInsert={onInsert}
      onRemoveExample={onRemoveExample}
      onConvert={onConvert}
    />
  );
}
