import fs from "fs";
import os from "os";
import path from "path";
import { generateCertificates } from "office-addin-dev-certs";
import { evaluate, json } from "./run-module";

// The decisions `npm start` makes, checked without starting any server.

interface Plan {
  kind: "fail" | "desktop" | "web" | "playground";
  message?: string;
  args?: string[];
  certificates?: "install" | "generate";
  trustHint?: boolean;
}

interface Facts {
  platform: string;
  excelInstalled: boolean;
  portFree: boolean;
  ci?: boolean;
  port?: number;
  web?: boolean;
}

const plan = (facts: Facts): Plan => evaluate<Plan>(`m.planStart(${json(facts)})`);

describe("planStart", () => {
  it.each([
    ["win32", false],
    ["darwin", false],
    ["linux", true],
  ])("stops with one line when the manifest's port is taken (%s, --web: %s)", (platform, web) => {
    expect(plan({ platform, excelInstalled: true, portFree: false, web })).toEqual({
      kind: "fail",
      message: "Port 3000 is already in use — stop the other server (npm stop) or free the port.",
    });
  });

  it("names the configured port", () => {
    expect(
      plan({ platform: "linux", excelInstalled: false, portFree: false, port: 3100, web: true })
        .message
    ).toContain("Port 3100 ");
  });

  it.each(["win32", "darwin"])(
    "hands over to office-addin-debugging where Excel desktop is installed (%s)",
    (platform) => {
      expect(plan({ platform, excelInstalled: true, portFree: true, port: 3000 })).toEqual({
        kind: "desktop",
        args: [
          "start",
          "manifest.xml",
          "desktop",
          "--app",
          "excel",
          "--dev-server",
          "npm run dev-server",
          "--dev-server-port",
          "3000",
        ],
      });
    }
  );

  it.each(["linux", "win32", "darwin"])(
    "serves the browser playground where there is no Excel desktop, whatever the port (%s)",
    (platform) => {
      for (const portFree of [true, false]) {
        expect(plan({ platform, excelInstalled: false, portFree })).toEqual({ kind: "playground" });
      }
    }
  );

  it.each(["win32", "darwin"])(
    "with --web, serves for Excel on the web and trusts the CA via the OS (%s)",
    (platform) => {
      for (const excelInstalled of [true, false]) {
        expect(plan({ platform, excelInstalled, portFree: true, web: true })).toEqual({
          kind: "web",
          certificates: "install",
          trustHint: false,
        });
      }
    }
  );

  it("with --web on Linux only generates certificates, and asks the user to trust the CA", () => {
    expect(plan({ platform: "linux", excelInstalled: false, portFree: true, web: true })).toEqual({
      kind: "web",
      certificates: "generate",
      trustHint: true,
    });
  });

  it("never drives Excel on Linux, whatever the detection said", () => {
    expect(plan({ platform: "linux", excelInstalled: true, portFree: true }).kind).toBe(
      "playground"
    );
  });

  it("does not open Excel or prompt for trust in CI", () => {
    expect(plan({ platform: "win32", excelInstalled: true, portFree: true, ci: true })).toEqual({
      kind: "playground",
    });
    expect(
      plan({ platform: "win32", excelInstalled: true, portFree: true, ci: true, web: true })
    ).toEqual({ kind: "web", certificates: "generate", trustHint: true });
  });

  it("reads --web from the command line", () => {
    expect(evaluate<boolean>(`m.wantsWeb(["--web"])`)).toBe(true);
    expect(evaluate<boolean>(`m.wantsWeb([])`)).toBe(false);
  });
});

describe("isExcelInstalled", () => {
  const detect = (
    platform: string,
    env: Record<string, string>,
    found: { files?: string[]; keys?: string[]; onPath?: boolean }
  ) =>
    evaluate<boolean>(
      `m.isExcelInstalled(${json(platform)}, ${json(env)}, {
        exists: (f) => ${json(found.files ?? [])}.includes(f),
        registryHas: (k) => ${json(found.keys ?? [])}.includes(k),
        onPath: () => ${json(found.onPath ?? false)},
      })`
    );

  it("finds Excel in /Applications or ~/Applications on macOS", () => {
    expect(
      detect("darwin", { HOME: "/Users/anna" }, { files: ["/Applications/Microsoft Excel.app"] })
    ).toBe(true);
    expect(
      detect(
        "darwin",
        { HOME: "/Users/anna" },
        { files: ["/Users/anna/Applications/Microsoft Excel.app"] }
      )
    ).toBe(true);
    expect(detect("darwin", { HOME: "/Users/anna" }, {})).toBe(false);
  });

  it("finds Excel on Windows through App Paths, the Office folder or PATH", () => {
    const env = {
      ProgramFiles: "C:\\Program Files",
      "ProgramFiles(x86)": "C:\\Program Files (x86)",
    };
    const appPaths = "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe";
    expect(detect("win32", env, { keys: [appPaths] })).toBe(true);
    expect(
      detect("win32", env, {
        files: ["C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE"],
      })
    ).toBe(true);
    expect(
      detect("win32", env, {
        files: ["C:\\Program Files (x86)\\Microsoft Office\\Office16\\EXCEL.EXE"],
      })
    ).toBe(true);
    expect(detect("win32", env, { onPath: true })).toBe(true);
    expect(detect("win32", env, {})).toBe(false);
  });

  it("never reports Excel on Linux", () => {
    expect(
      detect("linux", {}, { files: ["/Applications/Microsoft Excel.app"], onPath: true })
    ).toBe(false);
  });
});

describe("isCi", () => {
  it.each([
    [{ CI: "true" }, true],
    [{ CI: "1" }, true],
    [{ TF_BUILD: "True" }, true],
    [{ CI: "false" }, false],
    [{ CI: "0" }, false],
    [{ CI: "" }, false],
    [{}, false],
  ])("%p -> %p", (env, expected) => {
    expect(evaluate<boolean>(`m.isCi(${json(env)})`)).toBe(expected);
  });
});

describe("certificateProblem", () => {
  let dir: string;
  const pair = (name: string) => ({
    ca: path.join(dir, name, "ca.crt"),
    cert: path.join(dir, name, "localhost.crt"),
    key: path.join(dir, name, "localhost.key"),
  });
  const problem = (files: { ca: string; cert: string; key: string }, now?: string) =>
    evaluate<string | null>(
      `m.certificateProblem({ ca: fs.readFileSync(${json(files.ca)}), cert: fs.readFileSync(${json(files.cert)}), key: fs.readFileSync(${json(files.key)}) }${now ? `, new Date(${json(now)})` : ""})`
    );

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "si-start-certs-"));
    const quiet = jest.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      for (const name of ["a", "b"]) {
        const files = pair(name);
        await generateCertificates(files.ca, files.cert, files.key, 30);
      }
    } finally {
      quiet.mockRestore();
    }
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("accepts what office-addin-dev-certs generates", () => {
    expect(problem(pair("a"))).toBeNull();
  });

  it("rejects certificates about to expire", () => {
    const in29Days = new Date(Date.now() + 29.5 * 24 * 3600 * 1000).toISOString();
    expect(problem(pair("a"), in29Days)).toBe("expired or about to expire");
  });

  it("rejects a localhost certificate from another CA", () => {
    expect(problem({ ...pair("a"), ca: pair("b").ca })).toBe("not issued by the CA beside it");
  });

  it("rejects a key that belongs to another certificate", () => {
    expect(problem({ ...pair("a"), key: pair("b").key })).toBe("key does not match");
  });

  it("rejects files that are not certificates", () => {
    const junk = path.join(dir, "junk.crt");
    fs.writeFileSync(junk, "not a certificate");
    expect(problem({ ...pair("a"), cert: junk })).toBe("unreadable certificate");
  });
});

describe("messages", () => {
  it("web instructions say how to sideload, and mention the CA only when asked", () => {
    const args = {
      port: 3000,
      manifestPath: "/repo/manifest.xml",
      caPath: "~/.office-addin-dev-certs/ca.crt",
    };
    const withTrust = evaluate<string[]>(
      `m.webInstructions(${json({ ...args, trustHint: true })})`
    );
    const without = evaluate<string[]>(`m.webInstructions(${json({ ...args, trustHint: false })})`);
    expect(withTrust.join("\n")).toContain(
      "Home → Add-ins → More add-ins → My add-ins → Upload my add-in → choose /repo/manifest.xml"
    );
    expect(withTrust.join("\n")).toContain("https://localhost:3000/taskpane.html");
    expect(withTrust.join("\n")).toContain("~/.office-addin-dev-certs/ca.crt");
    expect(withTrust.join("\n")).toContain("playground");
    expect(without.join("\n")).not.toContain("ca.crt");
    expect(withTrust.length).toBeLessThanOrEqual(4);
  });

  it("oneLine joins a tool's message and drops stack frames", () => {
    const text =
      "Unable to install.\n/bin/sh: sudo: not found\n    at execSync (node:child_process:1:2)\n";
    expect(evaluate<string>(`m.oneLine(${json(text)})`)).toBe(
      "Unable to install. /bin/sh: sudo: not found"
    );
  });

  it("the stderr filter keeps messages and drops stack traces, require stacks and error dumps", () => {
    const stderr = [
      "[webpack-cli] Error: Cannot find module 'x'",
      "Require stack:",
      "- /repo/node_modules/a.js",
      "- /repo/webpack.config.js",
      "    at Module._resolveFilename (node:internal/modules/cjs/loader:1207:15)",
      "    at new Promise (<anonymous>)",
      "    at async Promise.all (index 0)",
      "    at file:///repo/scripts/x.mjs:3:9",
      "    at Module.require (node:internal/modules/cjs/loader:1289:19) {",
      "  code: 'MODULE_NOT_FOUND',",
      "  requireStack: [",
      "    '/repo/node_modules/a.js'",
      "  ]",
      "}",
      "webpack compiled with 1 error",
      "look at line 3",
    ];
    const kept = evaluate<string[]>(
      `(() => { const keep = m.createStackTraceFilter(); return ${json(stderr)}.filter(keep); })()`
    );
    expect(kept).toEqual([
      "[webpack-cli] Error: Cannot find module 'x'",
      "webpack compiled with 1 error",
      "look at line 3",
    ]);
  });

  it("shows paths under the home directory with ~", () => {
    expect(
      evaluate<string>(`m.tildePath("/home/a/.office-addin-dev-certs/ca.crt", "/home/a")`)
    ).toBe("~/.office-addin-dev-certs/ca.crt");
    expect(evaluate<string>(`m.tildePath("/etc/ca.crt", "/home/a")`)).toBe("/etc/ca.crt");
  });
});

describe("configuration", () => {
  it("reads the dev-server port from package.json, defaulting to 3000", () => {
    expect(
      evaluate<number>(
        `m.readDevServerPort(${json(JSON.stringify({ config: { dev_server_port: 3100 } }))})`
      )
    ).toBe(3100);
    expect(evaluate<number>(`m.readDevServerPort(${json(JSON.stringify({ config: {} }))})`)).toBe(
      3000
    );
    expect(
      evaluate<number>(
        `m.readDevServerPort(${json(JSON.stringify({ config: { dev_server_port: "x" } }))})`
      )
    ).toBe(3000);
    expect(evaluate<number>(`m.readDevServerPort("not json")`)).toBe(3000);
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "../../package.json"), "utf8")) as {
      config: { dev_server_port: number };
    };
    expect(pkg.config.dev_server_port).toBe(3000);
  });

  it("runs npm through the npm that started it when there is one", () => {
    expect(
      evaluate<{ args: string[] }>(
        `m.npmInvocation({ npm_execpath: "/usr/lib/npm/bin/npm-cli.js" }, "linux")`
      ).args
    ).toEqual(["/usr/lib/npm/bin/npm-cli.js"]);
    expect(evaluate<{ command: string }>(`m.npmInvocation({}, "linux")`).command).toBe("npm");
    expect(
      evaluate<{ command: string; shell: boolean }>(`m.npmInvocation({}, "win32")`)
    ).toMatchObject({ command: "npm.cmd", shell: true });
  });

  it("importing the script runs nothing", () => {
    // evaluate() parses the child's whole stdout as JSON, so any output from main() would fail here.
    expect(evaluate<string[]>(`Object.keys(m).filter((k) => k === "planStart")`)).toEqual([
      "planStart",
    ]);
  });
});
