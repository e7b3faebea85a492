import fs from "fs";
import path from "path";
import { scanFiles } from "../taskpane/literal-scan";

// No user-visible text written into the playground page's components: every word comes from
// src/i18n/playground.ts, in Swedish and English (the task pane's own rule, test/taskpane/no-literals.test.ts,
// with its scanner).

const ui = path.resolve(__dirname, "../../src/playground/ui");

it("the playground's components hold no user-visible literal text", () => {
  const files = fs
    .readdirSync(ui)
    .filter((f) => f.endsWith(".tsx"))
    .map((f) => path.join(ui, f));
  expect(files.length).toBeGreaterThan(5);
  const found = scanFiles(files, new Map()).map(
    (l) => `${path.basename(l.file)}:${l.line} ${l.where} ${l.text}`
  );
  expect(found).toEqual([]);
}, 120_000);
