#!/usr/bin/env node
// `npm run playground` (and `npm start` where there is no Excel desktop): builds the playground
// page (build/playground/) in development mode with webpack's filesystem cache, serves it over
// plain http on localhost, prints the address and tries to open a browser.
//
// The port: package.json's config.dev_server_port (3000), or the next free one after it — the
// playground has no manifest pinning its address, and a port taken by another dev server should
// not stop someone trying the add-in. Every failure is one line on stderr and exit code 1.

import { spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serveDirectory } from "./playground-server.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const requireFromHere = createRequire(import.meta.url);

// A development build of its own (webpack.config.js): never over the production build in
// dist/playground, which the browser tests and bundle checks of npm test read.
export const PLAYGROUND_DIR = path.join(root, "build", "playground");
export const PAGE = "playground.html";
/** How many ports after the configured one are tried. */
export const PORT_TRIES = 20;

/** A failure the user can act on: its message is printed as the only output. */
export class PlaygroundError extends Error {}

/** The ports to try, in order: the configured one and the next ones, within the valid range. */
export function candidatePorts(port, tries = PORT_TRIES) {
  return Array.from({ length: tries }, (_, i) => port + i).filter((p) => p > 0 && p < 65536);
}

/** The command that opens a URL in the desktop's browser; null where there is none to try. */
export function browserCommand(platform, url) {
  if (platform === "darwin") return { command: "open", args: [url] };
  if (platform === "win32") return { command: "cmd", args: ["/c", "start", '""', url] };
  return { command: "xdg-open", args: [url] };
}

/** No browser in CI, nor when BROWSER=none (the convention of other dev servers). */
export function shouldOpenBrowser(env, ci) {
  return !ci && (env.BROWSER ?? "").toLowerCase() !== "none";
}

export function readyLines(url, seconds) {
  return [
    `SI Kalkyl playground (not Excel) is served at ${url}${PAGE} (built in ${seconds.toFixed(1)} s).`,
    "Press Ctrl-C to stop.",
  ];
}

export const DEFAULT_PORT = 3000;

/** package.json's config.dev_server_port, or 3000 when it names no valid port. */
export function readDevServerPort(packageJsonText) {
  try {
    const port = Number(JSON.parse(packageJsonText)?.config?.dev_server_port);
    return Number.isInteger(port) && port > 0 && port < 65536 ? port : DEFAULT_PORT;
  } catch {
    return DEFAULT_PORT;
  }
}

function readPort() {
  try {
    return readDevServerPort(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  } catch {
    return DEFAULT_PORT;
  }
}

/**
 * CI services set CI=true (GitHub Actions, GitLab, Azure Pipelines' TF_BUILD): no browser to open
 * there, and no Excel to drive (scripts/start.mjs).
 */
export function isCi(env) {
  const ci = env.CI;
  return (
    (ci !== undefined && ci !== "" && ci !== "0" && ci.toLowerCase() !== "false") ||
    env.TF_BUILD === "True"
  );
}

/** Builds build/playground/ in development mode; resolves with webpack's stats. */
export async function buildPlayground({ mode = "development" } = {}) {
  let webpack;
  let config;
  try {
    webpack = requireFromHere("webpack");
    config = await requireFromHere(path.join(root, "webpack.config.js"))(
      { playground: true },
      { mode }
    );
  } catch (err) {
    throw new PlaygroundError(
      `Could not load webpack or its configuration: ${firstLine(err)} — run npm install.`
    );
  }
  return new Promise((resolve, reject) => {
    const compiler = webpack(config);
    compiler.run((err, stats) => {
      compiler.close(() => {
        if (err) return reject(new PlaygroundError(`webpack failed: ${firstLine(err)}`));
        if (stats.hasErrors()) {
          const first = stats.toJson({ all: false, errors: true }).errors[0];
          return reject(
            new PlaygroundError(
              `The playground did not build: ${firstLine(first?.message ?? "unknown error")}${first?.moduleName ? ` (${first.moduleName})` : ""}`
            )
          );
        }
        resolve(stats);
      });
    });
  });
}

/** Serves dir on the first free port of `ports`. */
export async function serveOnFreePort(dir, ports, host = "127.0.0.1") {
  for (const port of ports) {
    try {
      return await serveDirectory(dir, port, host);
    } catch (err) {
      if (err?.code !== "EADDRINUSE" && err?.code !== "EACCES") throw err;
    }
  }
  throw new PlaygroundError(
    `Ports ${ports[0]}–${ports[ports.length - 1]} are all in use — free one and run it again.`
  );
}

function firstLine(err) {
  const text = err instanceof Error ? err.message : String(err);
  return (
    text
      .split(/\r?\n/)
      .find((line) => line.trim() !== "")
      ?.trim() ?? text
  );
}

function openBrowser(url) {
  const { command, args } = browserCommand(process.platform, url);
  try {
    const child = spawn(command, args, { stdio: "ignore", detached: true, windowsHide: true });
    // No browser, no desktop: the printed address is enough.
    child.once("error", () => {});
    child.unref();
  } catch {
    // Same: nothing to open with.
  }
}

/** Builds, serves and announces the playground; resolves with the server once it answers. */
export async function runPlayground({ env = process.env, ci = false, log = console.log } = {}) {
  const started = performance.now();
  await buildPlayground();
  if (!fs.existsSync(path.join(PLAYGROUND_DIR, PAGE)))
    throw new PlaygroundError(`The build wrote no ${path.join("dist", "playground", PAGE)}.`);
  const server = await serveOnFreePort(PLAYGROUND_DIR, candidatePorts(readPort()));
  const seconds = (performance.now() - started) / 1000;
  for (const line of readyLines(server.url.replace("127.0.0.1", "localhost"), seconds)) log(line);
  if (shouldOpenBrowser(env, ci)) openBrowser(`${server.url}${PAGE}`);
  return server;
}

function fail(err) {
  const message =
    err instanceof PlaygroundError ? err.message : `npm run playground failed: ${firstLine(err)}`;
  process.stderr.write(`${message}\n`, () => process.exit(1));
}

/** True when the module at `moduleUrl` (its import.meta.url) is the script node was given. */
export function executedDirectly(moduleUrl) {
  if (!process.argv[1]) return false;
  try {
    return fs.realpathSync(process.argv[1]) === fs.realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

if (executedDirectly(import.meta.url)) {
  runPlayground({ ci: isCi(process.env) }).then((server) => {
    const stop = () => void server.close().then(() => process.exit(0));
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.once(signal, stop);
  }, fail);
}
