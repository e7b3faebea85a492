import fs from "fs";
import net from "net";
import path from "path";
import { repoRoot } from "./run-module";

/** package.json's config.dev_server_port, the port npm start and the playground begin with. */
export const configuredPort = (
  JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as {
    config: { dev_server_port: number };
  }
).config.dev_server_port;

/** A server on the port that answers nothing; null when something else holds it already. */
function occupy(host?: string): Promise<net.Server | null> {
  return new Promise((resolve, reject) => {
    const server = net.createServer((socket) => socket.destroy());
    server.once("error", (err: NodeJS.ErrnoException) =>
      // Something else already holds the port, which is just as good for these tests.
      err.code === "EADDRINUSE" ? resolve(null) : reject(err)
    );
    server.listen(configuredPort, host, () => resolve(server));
  });
}

/** Holds the configured port while the tests of the enclosing describe run (on `host`, or all). */
export function holdConfiguredPort(host?: string): void {
  let server: net.Server | null = null;
  beforeAll(async () => {
    server = await occupy(host);
  });
  afterAll(async () => {
    const s = server;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  });
}
