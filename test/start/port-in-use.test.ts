import { spawn } from "child_process";
import fs from "fs";
import net from "net";
import path from "path";
import { repoRoot, startScript } from "./run-start-module";

// End to end: `node scripts/start.mjs --web` (the add-in for Excel on the web, whose manifest
// names the port) with its port taken must stop with one readable line, before touching
// certificates, webpack or Excel. Without --web and without Excel, npm start serves the
// playground on the next free port instead (test/start/playground-start.test.ts).

const port = (
  JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as {
    config: { dev_server_port: number };
  }
).config.dev_server_port;

function occupy(): Promise<net.Server | null> {
  return new Promise((resolve, reject) => {
    const server = net.createServer((socket) => socket.destroy());
    server.once("error", (err: NodeJS.ErrnoException) => {
      // Something else already holds the port, which is just as good for this test.
      if (err.code === "EADDRINUSE") resolve(null);
      else reject(err);
    });
    server.listen(port, () => resolve(server));
  });
}

function runStart(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    delete env.CI;
    const child = spawn(process.execPath, [startScript, "--web"], {
      cwd: repoRoot,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("npm start -- --web with the dev-server port taken", () => {
  let server: net.Server | null = null;

  beforeAll(async () => {
    server = await occupy();
  });

  afterAll(async () => {
    const s = server;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  });

  it("exits 1 with a single line and no stack trace", async () => {
    const { code, stdout, stderr } = await runStart();
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      `Port ${port} is already in use — stop the other server (npm stop) or free the port.\n`
    );
    expect(stderr).not.toMatch(/^\s+at /m);
  });
});
