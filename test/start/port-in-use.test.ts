import { configuredPort, holdConfiguredPort } from "./held-port";
import { spawnStart } from "./run-module";

// End to end: `node scripts/start.mjs --web` (the add-in for Excel on the web, whose manifest
// names the port) with its port taken must stop with one readable line, before touching
// certificates, webpack or Excel. Without --web and without Excel, npm start serves the
// playground on the next free port instead (test/start/playground-start.test.ts).

function runStart(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawnStart(["--web"]);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("npm start -- --web with the dev-server port taken", () => {
  holdConfiguredPort();

  it("exits 1 with a single line and no stack trace", async () => {
    const { code, stdout, stderr } = await runStart();
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      `Port ${configuredPort} is already in use — stop the other server (npm stop) or free the port.\n`
    );
    expect(stderr).not.toMatch(/^\s+at /m);
  });
});
