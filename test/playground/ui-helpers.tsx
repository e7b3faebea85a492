/** The playground page rendered in jsdom over the real workbook model, as the tests drive it. */
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { playgroundStrings } from "../../src/i18n/playground";
import type { Lang } from "../../src/i18n/lang";
import type { PlaygroundModel, WorkbookSnapshot } from "../../src/playground/model";
import { PlaygroundPage, type PageFiles } from "../../src/playground/ui/PlaygroundPage";
import { createPlaygroundModel } from "../../src/playground/workbook";
import { shimStructuredClone } from "./xlsx-helpers";

shimStructuredClone();

export interface Rendered {
  model: PlaygroundModel;
  user: ReturnType<typeof userEvent.setup>;
  sheetId: string;
  /** The element of a cell of the active sheet. */
  cellAt(address: string): HTMLElement;
  files: jest.Mocked<PageFiles>;
}

export function renderPage(
  lang: Lang,
  locale: string,
  files: Partial<PageFiles> = {},
  snapshot?: WorkbookSnapshot
): Rendered {
  const model = createPlaygroundModel(snapshot, { lang });
  const stub: jest.Mocked<PageFiles> = {
    read: jest.fn(),
    sample: jest.fn(),
    save: jest.fn(),
    download: jest.fn(),
    ...files,
  } as jest.Mocked<PageFiles>;
  const { container } = render(
    <PlaygroundPage model={model} strings={playgroundStrings[lang]} locale={locale} files={stub} />
  );
  const user = userEvent.setup();
  return {
    model,
    user,
    sheetId: model.activeSheetId(),
    files: stub,
    cellAt: (address) => {
      const el = container.querySelector<HTMLElement>(`[data-address="${address}"]`);
      if (!el) throw new Error(`no cell ${address} drawn`);
      return el;
    },
  };
}
