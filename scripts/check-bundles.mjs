#!/usr/bin/env node
// Checks the production build in dist/ (run by `npm test` after `npm run build`).
//
// The add-in's bundles load inside Excel on every workbook open, so an accidental import of a
// heavy or test-only library (HyperFormula and ExcelJS are dev dependencies for verification,
// never runtime code) must fail the build rather than ship. So must any way of sending data over
// the network: the add-in promises never to send workbook content anywhere, and the pane loads
// nothing but its own files and Office.js (which taskpane.html loads, not the bundles). One line
// per problem, exit 1 on any.
//
// The playground (dist/playground/, issue 9) is a page of its own that carries ExcelJS and
// HyperFormula by design and is never loaded by Excel: no size limit and no forbidden libraries,
// but the same scan for network calls (it promises to load nothing beyond its own origin), and
// its page must load its bundle and nothing from elsewhere. `--with-playground` (as `npm test`
// runs it) requires it to be there; without, it is checked when present.
//
//   node scripts/check-bundles.mjs [distDir] [--with-playground]

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const KIB = 1024;

export const REQUIRED_FILES = [
  "functions.js",
  "taskpane.js",
  "taskpane.html",
  "functions.json",
  "functions-sv.json",
  "manifest.xml",
  "assets/icon-16.png",
  "assets/icon-32.png",
  "assets/icon-64.png",
  "assets/icon-80.png",
];

const KB = 1000;

export const PLAYGROUND = "playground";

export const PLAYGROUND_REQUIRED = [
  "playground/playground.html",
  "playground/playground.js",
  "playground/samples/enhetskostnader-exempel.xlsx",
  "playground/samples/logikmodell-exempel.xlsx",
];

// The caps issue 7 sets, in decimal units (150 KB = 150,000 bytes), the stricter reading. Today
// functions.js is tens of KB and taskpane.js (React + Fluent UI) a few hundred; crossing these
// means something big was pulled in by mistake.
export const SIZE_LIMITS = { "functions.js": 150 * KB, "taskpane.js": 1500 * KB };

// Every way a script in the pane can reach the network by itself. Minification keeps these names
// (they are browser globals and DOM strings, not the code's own identifiers). `new Image(` is the
// tracking pixel (new Image().src = url); createElement("script") is JSONP and webpack's chunk
// loading. Links and <img> in markup are not requests the code makes, and are not scanned for.
export const NETWORK_APIS = [
  { api: "fetch(", pattern: /\bfetch\s*\(/g },
  { api: "XMLHttpRequest", pattern: /\bXMLHttpRequest\b/g },
  { api: "WebSocket", pattern: /\bWebSocket\b/g },
  { api: "sendBeacon", pattern: /\bsendBeacon\b/g },
  { api: "EventSource", pattern: /\bEventSource\b/g },
  { api: "WebTransport", pattern: /\bWebTransport\b/g },
  { api: "RTCPeerConnection", pattern: /\bRTCPeerConnection\b/g },
  { api: "importScripts", pattern: /\bimportScripts\b/g },
  { api: "new Image(", pattern: /\bnew\s+Image\s*\(/g },
  { api: 'createElement("script")', pattern: /createElement\(\s*["'`]script["'`]\s*\)/g },
];

// What a production build holds today and why it sends nothing (found with `npm run build` and a
// search of dist/*.js for each API above). `count` is the most occurrences allowed in that bundle:
// one more — a library upgrade, webpack starting to split chunks, new code — fails until it is
// looked at and listed here with its reason.
export const NETWORK_ALLOWED = [
  {
    bundle: "taskpane.js",
    api: 'createElement("script")',
    count: 3,
    reason:
      "react-dom 19's resource hoisting: it inserts a <script> only for a <script src> element or a " +
      "preinit()/preload() call in a component, and the pane renders neither",
  },
  {
    bundle: "playground/playground.js",
    api: "fetch(",
    count: 1,
    reason:
      "the Exempel menu fetches samples/*.xlsx, a relative URL of the page's own origin " +
      "(src/playground/samples.ts)",
  },
  {
    bundle: "playground/playground.js",
    api: "importScripts",
    count: 2,
    reason:
      "ExcelJS's bundled setImmediate polyfill reads `self.importScripts` to tell a worker from a " +
      "page; it never calls it",
  },
  {
    bundle: "playground/playground.js",
    api: 'createElement("script")',
    count: 7,
    reason:
      "react-dom 19's resource hoisting ×3 (as in taskpane.js), and ExcelJS's setImmediate " +
      "polyfill ×4, which inserts an empty <script> without src for its onreadystatechange tick " +
      "(old Internet Explorer only): none is a request",
  },
];

// Names these libraries carry in their own code (class names, error messages, package names),
// which survive minification.
export const FORBIDDEN_LIBRARIES = [
  { name: "HyperFormula", marker: /hyperformula/i },
  { name: "ExcelJS", marker: /exceljs/i },
];

/** Every src= and href= of a page that points outside its origin (a scheme or "//"). */
export function foreignUrls(html) {
  return [...html.matchAll(/\b(?:src|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((url) => /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url) && !/^data:/i.test(url));
}

/** The playground's problems: its files, its page's scripts, and network calls in its bundles. */
function checkPlayground(dist, required) {
  const problems = [];
  const sizes = [];
  const dir = path.join(dist, PLAYGROUND);
  if (!fs.existsSync(dir)) {
    if (required)
      problems.push(`missing ${path.posix.join("dist", PLAYGROUND)}/ (npm run build makes it)`);
    return { problems, sizes };
  }
  for (const file of PLAYGROUND_REQUIRED) {
    if (!fs.existsSync(path.join(dist, file)))
      problems.push(`missing ${path.posix.join("dist", file)}`);
  }
  const scripts = fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".js"))
    .sort();
  for (const file of scripts) {
    const bundle = path.posix.join(PLAYGROUND, file);
    const bytes = fs.statSync(path.join(dir, file)).size;
    sizes.push(
      `${bundle}: ${kilobytes(bytes)} (${(bytes / KIB).toFixed(1)} KiB), no limit (not loaded by Excel)`
    );
    problems.push(...networkProblems(bundle, fs.readFileSync(path.join(dir, file), "utf8")));
  }
  const page = path.join(dir, "playground.html");
  if (fs.existsSync(page)) {
    const html = fs.readFileSync(page, "utf8");
    if (
      !scriptSources(html).some(
        (src) => path.posix.basename(src.split(/[?#]/)[0]) === "playground.js"
      )
    )
      problems.push("playground/playground.html does not load playground.js");
    for (const url of foreignUrls(html))
      problems.push(`playground/playground.html loads from outside its origin: ${url}`);
  }
  return { problems, sizes };
}

/** Problems with dist/, one human-readable line each; empty when the build is fine. */
export function checkDist(dist, { withPlayground = false } = {}) {
  const problems = [];
  const sizes = [];
  const read = (file) => fs.readFileSync(path.join(dist, file), "utf8");

  for (const file of REQUIRED_FILES) {
    if (!fs.existsSync(path.join(dist, file)))
      problems.push(`missing ${path.posix.join("dist", file)}`);
  }

  for (const [bundle, limit] of Object.entries(SIZE_LIMITS)) {
    if (!fs.existsSync(path.join(dist, bundle))) continue;
    const bytes = fs.statSync(path.join(dist, bundle)).size;
    sizes.push(
      `${bundle}: ${kilobytes(bytes)} (${(bytes / KIB).toFixed(1)} KiB), limit ${kilobytes(limit)}`
    );
    if (bytes > limit) {
      problems.push(
        `${bundle} is ${kilobytes(bytes)} (${bytes} bytes), over its ${kilobytes(limit)} limit`
      );
    }
  }

  // Every script webpack wrote, not only the two entries: a split-off chunk ships too.
  const scripts = fs.existsSync(dist)
    ? fs
        .readdirSync(dist)
        .filter((file) => file.endsWith(".js"))
        .sort()
    : [];
  for (const bundle of scripts) {
    const text = read(bundle);
    for (const { name, marker } of FORBIDDEN_LIBRARIES) {
      const hit = marker.exec(text);
      if (hit) problems.push(`${bundle} contains ${name} ("${excerpt(text, hit.index)}")`);
    }
    problems.push(...networkProblems(bundle, text));
  }

  if (fs.existsSync(path.join(dist, "taskpane.html"))) {
    const scripts = scriptSources(read("taskpane.html"));
    for (const bundle of ["functions.js", "taskpane.js"]) {
      if (!scripts.some((src) => path.posix.basename(src.split(/[?#]/)[0]) === bundle)) {
        problems.push(`taskpane.html does not load ${bundle}`);
      }
    }
  }

  if (fs.existsSync(path.join(dist, "manifest.xml"))) {
    for (const url of nonHttpsUrls(read("manifest.xml")))
      problems.push(`manifest.xml has a non-https URL: ${url}`);
  }

  const playground = checkPlayground(dist, withPlayground);
  return {
    problems: [...problems, ...playground.problems],
    sizes: [...sizes, ...playground.sizes],
  };
}

/** One line per network API found in a bundle beyond what NETWORK_ALLOWED lets through. */
export function networkProblems(bundle, text, allowed = NETWORK_ALLOWED) {
  const problems = [];
  for (const { api, pattern } of NETWORK_APIS) {
    const hits = [...text.matchAll(pattern)];
    const allowance = allowed.find((entry) => entry.bundle === bundle && entry.api === api);
    const limit = allowance?.count ?? 0;
    if (hits.length <= limit) continue;
    const where = hits.map((hit) => `"${excerpt(text, hit.index)}"`).join(", ");
    problems.push(
      limit === 0
        ? `${bundle} makes network requests: ${api} ×${hits.length} (${where})`
        : `${bundle} has ${api} ×${hits.length}, ${limit} allowed (${allowance.reason}): ${where}`
    );
  }
  return problems;
}

function kilobytes(bytes) {
  return `${(bytes / KB).toFixed(1)} kB`;
}

export function scriptSources(html) {
  return [...html.matchAll(/<script\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map(
    (m) => m[1] ?? m[2] ?? m[3]
  );
}

/**
 * Every URL in the manifest that Office would load or show, unless it is https. XML namespace
 * names (xmlns="http://schemas.microsoft.com/...") are identifiers, not fetched, so they are skipped.
 */
export function nonHttpsUrls(xml) {
  const withoutNamespaces = xml
    .replace(/\sxmlns(?::[\w.-]+)?\s*=\s*(?:"[^"]*"|'[^']*')/g, "")
    .replace(/<!--[\s\S]*?-->/g, "");
  const urls = withoutNamespaces.match(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]*/gi) ?? [];
  return urls.filter((url) => !/^https:\/\//i.test(url));
}

function excerpt(text, index) {
  return text
    .slice(Math.max(0, index - 20), index + 30)
    .replace(/\s+/g, " ")
    .replace(/"/g, "'");
}

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const args = process.argv.slice(2);
  const withPlayground = args.includes("--with-playground");
  const dist = path.resolve(args.find((a) => !a.startsWith("--")) ?? path.join(root, "dist"));
  if (!fs.existsSync(dist)) {
    console.error(`${dist} does not exist — run npm run build first.`);
    process.exitCode = 1;
    return;
  }
  const { problems, sizes } = checkDist(dist, { withPlayground });
  for (const line of sizes) console.log(line);
  for (const line of problems) console.error(line);
  if (problems.length > 0) {
    process.exitCode = 1;
  } else {
    console.log("dist/ is complete and its bundles are clean.");
  }
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) main();
