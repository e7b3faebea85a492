import { spawn, type ChildProcess } from "child_process";
import fs from "fs";
import http from "http";
import os from "os";
import path from "path";
import { evaluateIn, repoRoot } from "./run-module";

// scripts/playground-server.mjs, the static server of `npm run playground` and the browser tests:
// content types, directory indexes, and no way out of the served directory.

let dir: string;
let child: ChildProcess;
let base: URL;

/** Serves `dir/site` from a child process (the script is an ES module), on a free port. */
function serve(site: string): Promise<URL> {
  const program = `import(${JSON.stringify(path.join(repoRoot, "scripts", "playground-server.mjs"))}).then((m) => m.serveDirectory(${JSON.stringify(site)}, 0)).then((s) => console.log(s.url))`;
  child = spawn(process.execPath, ["-e", program], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.stdout!.once("data", (chunk: Buffer) => resolve(new URL(chunk.toString().trim())));
    child.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
}

/** A raw GET: the path goes out exactly as given (fetch would normalise "/../"). */
function get(
  rawPath: string,
  method = "GET"
): Promise<{ status: number; type?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: base.hostname, port: base.port, path: rawPath, method },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            type: response.headers["content-type"],
            body,
          })
        );
      }
    );
    request.once("error", reject);
    request.end();
  });
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "si-playground-server-"));
  const site = path.join(dir, "site");
  fs.mkdirSync(path.join(site, "samples"), { recursive: true });
  fs.writeFileSync(path.join(site, "index.html"), "<p>index</p>");
  fs.writeFileSync(path.join(site, "playground.js"), "void 0;");
  fs.writeFileSync(path.join(site, "engine.wasm"), Buffer.from([0, 97, 115, 109]));
  fs.writeFileSync(path.join(site, "functions.json"), "{}");
  fs.writeFileSync(path.join(site, "samples", "a b.xlsx"), "PK");
  fs.writeFileSync(path.join(dir, "secret.txt"), "secret");
  fs.symlinkSync(path.join(dir, "secret.txt"), path.join(site, "link.txt"));
  base = await serve(site);
});

afterAll(() => {
  child?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("serveDirectory", () => {
  it("listens on the loopback interface, on a free port when given 0", () => {
    expect(base.hostname).toBe("127.0.0.1");
    expect(Number(base.port)).toBeGreaterThan(0);
  });

  it.each([
    ["/", "text/html; charset=utf-8", "<p>index</p>"],
    ["/playground.js", "text/javascript; charset=utf-8", "void 0;"],
    ["/functions.json", "application/json; charset=utf-8", "{}"],
    ["/engine.wasm", "application/wasm", undefined],
    [
      "/samples/a%20b.xlsx",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "PK",
    ],
    ["/playground.js?v=1", "text/javascript; charset=utf-8", "void 0;"],
  ])("serves %s as %s", async (p, type, body) => {
    const r = await get(p);
    expect(r.status).toBe(200);
    expect(r.type).toBe(type);
    if (body !== undefined) expect(r.body).toBe(body);
  });

  it.each([
    "/../secret.txt",
    "/samples/../../secret.txt",
    "/%2e%2e/secret.txt",
    "/..%2fsecret.txt",
    "/..%5csecret.txt",
    "/link.txt",
    "/nothing.html",
    "/samples/",
    "/%E0%A4%A",
    "/index.html%00.js",
  ])("answers 404 to %s and never leaves the directory", async (p) => {
    const r = await get(p);
    expect(r.status).toBe(404);
    expect(r.body).not.toContain("secret");
  });

  it("answers HEAD without a body and refuses other methods", async () => {
    expect(await get("/", "HEAD")).toMatchObject({ status: 200, body: "" });
    expect((await get("/", "POST")).status).toBe(405);
  });

  it("rejects when the port is taken", () => {
    const code = evaluateIn<string>(
      "scripts/playground-server.mjs",
      `m.serveDirectory(".", 0).then((a) => m.serveDirectory(".", Number(new URL(a.url).port)).then(() => "listened twice", (e) => e.code).finally(() => a.close()))`
    );
    expect(code).toBe("EADDRINUSE");
  });
});

describe("scripts/playground.mjs", () => {
  it("tries the configured port and the next ones", () => {
    expect(evaluateIn<number[]>("scripts/playground.mjs", "m.candidatePorts(3000, 3)")).toEqual([
      3000, 3001, 3002,
    ]);
    expect(evaluateIn<number[]>("scripts/playground.mjs", "m.candidatePorts(65534, 4)")).toEqual([
      65534, 65535,
    ]);
  });

  it("opens the desktop's browser, but not in CI nor with BROWSER=none", () => {
    const url = "http://localhost:3000/playground.html";
    expect(
      evaluateIn("scripts/playground.mjs", `m.browserCommand("linux", ${JSON.stringify(url)})`)
    ).toEqual({
      command: "xdg-open",
      args: [url],
    });
    expect(
      evaluateIn("scripts/playground.mjs", `m.browserCommand("darwin", ${JSON.stringify(url)})`)
    ).toEqual({
      command: "open",
      args: [url],
    });
    expect(
      evaluateIn<{ command: string }>("scripts/playground.mjs", `m.browserCommand("win32", "x")`)
        .command
    ).toBe("cmd");
    expect(evaluateIn<boolean>("scripts/playground.mjs", `m.shouldOpenBrowser({}, false)`)).toBe(
      true
    );
    expect(evaluateIn<boolean>("scripts/playground.mjs", `m.shouldOpenBrowser({}, true)`)).toBe(
      false
    );
    expect(
      evaluateIn<boolean>(
        "scripts/playground.mjs",
        `m.shouldOpenBrowser({ BROWSER: "none" }, false)`
      )
    ).toBe(false);
  });

  it("says it is a playground, not Excel, and where it is", () => {
    const lines = evaluateIn<string[]>(
      "scripts/playground.mjs",
      `m.readyLines("http://localhost:3001/", 12.34)`
    );
    expect(lines[0]).toBe(
      "SI Kalkyl playground (not Excel) is served at http://localhost:3001/playground.html (built in 12.3 s)."
    );
  });
});
