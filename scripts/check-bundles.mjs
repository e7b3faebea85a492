#!/usr/bin/env node
// Checks the production build in dist/ (run by `npm test` after `npm run build`).
//
// The add-in's bundles load inside Excel on every workbook open, so an accidental import of a
// heavy or test-only library (HyperFormula and ExcelJS are dev dependencies for verification,
// never runtime code) must fail the build rather than ship. One line per problem, exit 1 on any.
//
//   node scripts/check-bundles.mjs [distDir]

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

// Generous caps: today functions.js is tens of KiB and taskpane.js (React + Fluent UI) a few
// hundred; crossing these means something big was pulled in by mistake.
export const SIZE_LIMITS = { "functions.js": 150 * KIB, "taskpane.js": 1.5 * KIB * KIB };

// Names these libraries carry in their own code (class names, error messages, package names),
// which survive minification.
export const FORBIDDEN_LIBRARIES = [
  { name: "HyperFormula", marker: /hyperformula/i },
  { name: "ExcelJS", marker: /exceljs/i },
];

/** Problems with dist/, one human-readable line each; empty when the build is fine. */
export function checkDist(dist) {
  const problems = [];
  const sizes = [];
  const read = (file) => fs.readFileSync(path.join(dist, file), "utf8");

  for (const file of REQUIRED_FILES) {
    if (!fs.existsSync(path.join(dist, file)))
      problems.push(`missing ${path.posix.join("dist", file)}`);
  }

  const bundles = Object.keys(SIZE_LIMITS).filter((file) => fs.existsSync(path.join(dist, file)));
  for (const bundle of bundles) {
    const bytes = fs.statSync(path.join(dist, bundle)).size;
    sizes.push(`${bundle}: ${(bytes / KIB).toFixed(1)} KiB`);
    if (bytes > SIZE_LIMITS[bundle]) {
      problems.push(
        `${bundle} is ${(bytes / KIB).toFixed(1)} KiB, over its ${(SIZE_LIMITS[bundle] / KIB).toFixed(0)} KiB limit`
      );
    }
    const text = read(bundle);
    for (const { name, marker } of FORBIDDEN_LIBRARIES) {
      const hit = marker.exec(text);
      if (hit) problems.push(`${bundle} contains ${name} ("${excerpt(text, hit.index)}")`);
    }
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

  return { problems, sizes };
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
  const dist = path.resolve(process.argv[2] ?? path.join(root, "dist"));
  if (!fs.existsSync(dist)) {
    console.error(`${dist} does not exist — run npm run build first.`);
    process.exitCode = 1;
    return;
  }
  const { problems, sizes } = checkDist(dist);
  for (const line of sizes) console.log(line);
  for (const line of problems) console.error(line);
  if (problems.length > 0) {
    process.exitCode = 1;
  } else {
    console.log("dist/ is complete and its bundles are clean.");
  }
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) main();
