/**
 * `npm run screenshots`: pictures of every live sheet as LibreOffice renders them, for the README.
 * The sheets come from `si-kalkyl template all` (Swedish, with the fictitious example); LibreOffice
 * prints the workbook to PDF and pdftoppm turns each page (one per sheet) into a PNG cropped to
 * its content, written to docs/images/sheet-<id>.png.
 *
 * LibreOffice recalculates array formulas when it opens a file, and it does not know the SI
 * functions, so the one spilling formula (Kalkyl's per-actor block) would show #NAME?. The PDF is
 * therefore printed from `si-kalkyl recalc --values-only` of the generated file: SI formulas become
 * their values, native formulas stay. Needs `soffice` (libreoffice-calc) and `pdftoppm`
 * (poppler-utils); not part of `npm test`.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const DPI = 110;
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const work = path.join(root, "tmp", "screenshots");
const out = path.join(root, "docs", "images");

function run(cmd, args) {
  execFileSync(cmd, args, { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
}

/** The bounding box of a binary PPM's non-white pixels (with a small margin). */
function contentBox(file) {
  const buf = readFileSync(file);
  const header = buf.toString("latin1", 0, 64).split(/\s+/);
  const [width, height] = [Number(header[1]), Number(header[2])];
  const start = buf.length - width * height * 3;
  let [left, top, right, bottom] = [width, height, -1, -1];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = start + (y * width + x) * 3;
      if (buf[i] < 245 || buf[i + 1] < 245 || buf[i + 2] < 245) {
        if (x < left) left = x;
        if (x > right) right = x;
        if (y < top) top = y;
        if (y > bottom) bottom = y;
      }
    }
  }
  const m = 12;
  return {
    x: Math.max(0, left - m),
    y: Math.max(0, top - m),
    w: Math.min(width, right + m) - Math.max(0, left - m),
    h: Math.min(height, bottom + m) - Math.max(0, top - m),
  };
}

/** The templates in the order `template all` draws them: one PDF page each. */
const IDS = JSON.parse(
  execFileSync(
    "npx",
    [
      "tsx",
      "-e",
      'const m = require("./src/templates/spec.ts"); console.log(JSON.stringify(m.TEMPLATE_IDS))',
    ],
    { cwd: root, encoding: "utf8" }
  )
);

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
mkdirSync(out, { recursive: true });
const cli = ["tsx", path.join("src", "cli", "main.ts")];
const generated = path.join(work, "mallar.xlsx");
const printed = path.join(work, "mallar-varden.xlsx");
run("npx", [...cli, "template", "all", "-o", generated, "--lang", "sv"]);
run("npx", [...cli, "recalc", generated, "-o", printed, "--values-only", "--lang", "sv"]);
run("soffice", [
  `-env:UserInstallation=${pathToFileURL(path.join(work, "profile")).href}`,
  "--headless",
  "--convert-to",
  "pdf",
  "--outdir",
  work,
  printed,
]);
const pdf = printed.replace(/\.xlsx$/, ".pdf");
IDS.forEach((id, i) => {
  const page = String(i + 1);
  const probe = path.join(work, `probe-${page}`);
  run("pdftoppm", ["-r", String(DPI), "-f", page, "-l", page, "-singlefile", pdf, probe]);
  const box = contentBox(`${probe}.ppm`);
  const target = path.join(out, `sheet-${id}`);
  run("pdftoppm", [
    ...["-png", "-r", String(DPI), "-f", page, "-l", page, "-singlefile"],
    ...["-x", String(box.x), "-y", String(box.y), "-W", String(box.w), "-H", String(box.h)],
    pdf,
    target,
  ]);
  console.log(`docs/images/sheet-${id}.png (${box.w}×${box.h})`);
});
