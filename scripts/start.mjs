#!/usr/bin/env node
// `npm start` for SI Kalkyl.
//
// With Excel desktop (Windows/macOS) this hands over to office-addin-debugging, which trusts the dev
// certificates, starts `npm run dev-server` and sideloads manifest.xml into Excel. Everywhere else
// (Linux, CI, no Excel) it builds and serves the browser playground (scripts/playground.mjs): the
// real task pane beside a grid over the headless engine, on plain http://localhost. `npm start --
// --web` instead makes sure the dev certificates exist, runs `npm run dev-server` itself and
// explains how to sideload into Excel on the web.
//
// Every failure ends in one line on stderr and exit code 1: people run this who never touched webpack,
// and a stack trace tells them nothing. The decisions live in small exported functions so that
// test/start can check them without starting servers; the side effects only run when this file is
// executed directly.

import { spawn, spawnSync } from "node:child_process";
import { X509Certificate, createPrivateKey } from "node:crypto";
import fs from "node:fs";
import https from "node:https";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  DEFAULT_PORT,
  executedDirectly,
  isCi,
  readDevServerPort,
  runPlayground,
} from "./playground.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const requireFromHere = createRequire(import.meta.url);

export { DEFAULT_PORT, isCi, readDevServerPort };
export const MANIFEST = "manifest.xml";
/** Where office-addin-dev-certs keeps its files (its defaults module is not exported). */
export const CERT_DIR_NAME = ".office-addin-dev-certs";
// Longer than office-addin-dev-certs' 30 days because on Linux the CA is trusted by hand in the
// browser, and every renewal makes a new CA the user has to import again.
export const GENERATED_CERT_DAYS = 365;

/** A failure the user can act on: its message is printed as the only output. */
export class StartError extends Error {}

/** Collapses a (possibly multi-line) tool message into one line. */
export function oneLine(text) {
  return String(text)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !isStackFrame(line))
    .join(" ");
}

const FRAME = /^\s*at\s.*(?::\d+:\d+\)?|\((?:native|<anonymous>|index \d+)\))\s*(\{)?\s*$/;

/** True for the "    at fn (file:1:2)" lines of a Node stack trace. */
export function isStackFrame(line) {
  return FRAME.test(line);
}

/**
 * A line filter for a child's stderr that keeps its messages but drops what Node appends to a
 * crash: stack frames, the "Require stack:" list and the error's property dump ("at … {" … "}").
 */
export function createStackTraceFilter() {
  let inPropertyDump = false;
  let inRequireStack = false;
  return (line) => {
    if (inPropertyDump) {
      if (/^\}\s*$/.test(line)) inPropertyDump = false;
      return false;
    }
    if (inRequireStack) {
      if (/^\s*- \S/.test(line)) return false;
      inRequireStack = false;
    }
    if (/^Require stack:\s*$/.test(line)) {
      inRequireStack = true;
      return false;
    }
    const frame = FRAME.exec(line);
    if (frame) {
      inPropertyDump = frame[1] === "{";
      return false;
    }
    return true;
  };
}

export function portInUseMessage(port) {
  return `Port ${port} is already in use — stop the other server (npm stop) or free the port.`;
}

export function hasDesktopExcelPlatform(platform) {
  return platform === "win32" || platform === "darwin";
}

/** `npm start -- --web` asks for the add-in served for Excel on the web instead of the playground. */
export function wantsWeb(argv) {
  return argv.includes("--web");
}

/** Whether `npm start` will drive Excel (desktop, or Excel on the web when asked): it then needs the port. */
export function drivesExcel({ platform, excelInstalled, ci = false, web = false }) {
  return web || (hasDesktopExcelPlatform(platform) && !ci && excelInstalled);
}

/**
 * What `npm start` does, decided from facts gathered beforehand.
 * - fail:       print `message`, exit 1 (the manifest's port is taken).
 * - desktop:    run office-addin-debugging with `args` (it starts the dev server and sideloads).
 * - web:        (`--web`) prepare certificates (`install` into the OS trust store where
 *               office-addin-dev-certs can, `generate` files only elsewhere), run `npm run
 *               dev-server`, print sideloading help.
 * - playground: no Excel desktop here: build and serve the browser playground over plain http
 *               (scripts/playground.mjs picks the next free port itself: it has no manifest).
 */
export function planStart({
  platform,
  excelInstalled,
  portFree,
  ci = false,
  port = DEFAULT_PORT,
  web = false,
}) {
  if (!drivesExcel({ platform, excelInstalled, ci, web })) return { kind: "playground" };
  if (!portFree) return { kind: "fail", message: portInUseMessage(port) };
  const desktopCapable = hasDesktopExcelPlatform(platform) && !ci;
  if (desktopCapable && excelInstalled && !web) {
    return {
      kind: "desktop",
      args: [
        "start",
        MANIFEST,
        "desktop",
        "--app",
        "excel",
        // `npm run` rather than the script text, so pre-scripts (metadata generation) run too.
        "--dev-server",
        "npm run dev-server",
        "--dev-server-port",
        String(port),
      ],
    };
  }
  // office-addin-dev-certs can only fill a trust store on Windows and macOS without sudo; on Linux
  // browsers keep their own store anyway (NSS), and CI has nobody to answer a prompt.
  return {
    kind: "web",
    certificates: desktopCapable ? "install" : "generate",
    trustHint: !desktopCapable,
  };
}

/** Places where Excel desktop shows up when installed (registry keys are Windows-only). */
export function excelLocations(platform, env) {
  if (platform === "darwin") {
    const home = env.HOME || os.homedir();
    return {
      files: [
        "/Applications/Microsoft Excel.app",
        path.posix.join(home, "Applications", "Microsoft Excel.app"),
      ],
      registryKeys: [],
      whereCommand: false,
    };
  }
  if (platform === "win32") {
    const programDirs = [env.ProgramFiles, env["ProgramFiles(x86)"], env.ProgramW6432].filter(
      Boolean
    );
    const files = [];
    for (const dir of [...new Set(programDirs)]) {
      for (const office of ["root\\Office16", "Office16", "root\\Office15", "Office15"]) {
        files.push(path.win32.join(dir, "Microsoft Office", office, "EXCEL.EXE"));
      }
    }
    const appPath = "\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe";
    return { files, registryKeys: [`HKLM${appPath}`, `HKCU${appPath}`], whereCommand: true };
  }
  return { files: [], registryKeys: [], whereCommand: false };
}

/** `probe` abstracts the file system and registry so the decision can be tested anywhere. */
export function isExcelInstalled(platform, env, probe) {
  const where = excelLocations(platform, env);
  return (
    where.files.some((file) => probe.exists(file)) ||
    where.registryKeys.some((key) => probe.registryHas(key)) ||
    (where.whereCommand && probe.onPath("excel"))
  );
}

const systemProbe = {
  exists: (file) => fs.existsSync(file),
  registryHas: (key) =>
    spawnSync("reg", ["query", key, "/ve"], { stdio: "ignore", windowsHide: true }).status === 0,
  onPath: (program) =>
    spawnSync("where", [program], { stdio: "ignore", windowsHide: true }).status === 0,
};

export function certificatePaths(home) {
  const dir = path.join(home, CERT_DIR_NAME);
  return {
    dir,
    ca: path.join(dir, "ca.crt"),
    cert: path.join(dir, "localhost.crt"),
    key: path.join(dir, "localhost.key"),
  };
}

/**
 * Why the certificate files cannot serve https://localhost (null when they can): unreadable,
 * expiring within a day, not signed by the CA next to them, or not matching the key.
 */
export function certificateProblem({ ca, cert, key }, now = new Date()) {
  let caCert;
  let localhost;
  try {
    caCert = new X509Certificate(ca);
    localhost = new X509Certificate(cert);
  } catch {
    return "unreadable certificate";
  }
  const soon = now.getTime() + 24 * 60 * 60 * 1000;
  if (Date.parse(caCert.validTo) < soon || Date.parse(localhost.validTo) < soon)
    return "expired or about to expire";
  if (Date.parse(localhost.validFrom) > now.getTime()) return "not valid yet";
  if (!localhost.checkIssued(caCert) || !localhost.verify(caCert.publicKey))
    return "not issued by the CA beside it";
  if (localhost.checkHost("localhost") === undefined) return "not issued for localhost";
  try {
    if (!localhost.checkPrivateKey(createPrivateKey(key))) return "key does not match";
  } catch {
    return "unreadable key";
  }
  return null;
}

function readCertificateFiles(paths) {
  try {
    return {
      ca: fs.readFileSync(paths.ca),
      cert: fs.readFileSync(paths.cert),
      key: fs.readFileSync(paths.key),
    };
  } catch {
    return null;
  }
}

/** "~/.office-addin-dev-certs/ca.crt" rather than the full home path, as users would type it. */
export function tildePath(file, home) {
  const relative = path.relative(home, file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative)
    ? `~/${relative.split(path.sep).join("/")}`
    : file;
}

/** What to print once the dev server answers, for sideloading into Excel on the web. */
export function webInstructions({ port, manifestPath, caPath, trustHint }) {
  const lines = [
    `SI Kalkyl is served at https://localhost:${port}/taskpane.html`,
    `To try it in Excel on the web: Home → Add-ins → More add-ins → My add-ins → Upload my add-in → choose ${manifestPath}`,
  ];
  if (trustHint) {
    lines.push(
      `Your browser must trust the developer CA ${caPath}: import it as a certificate authority in the browser's certificate settings.`
    );
  }
  lines.push(
    "(Without --web, npm start serves the browser playground instead.) Press Ctrl-C to stop."
  );
  return lines;
}

/** How to run npm: the npm that launched us when there is one, so versions and config match. */
export function npmInvocation(env, platform) {
  const execPath = env.npm_execpath;
  if (execPath && /\.[cm]?js$/.test(execPath))
    return { command: process.execPath, args: [execPath], shell: false };
  return platform === "win32"
    ? { command: "npm.cmd", args: [], shell: true }
    : { command: "npm", args: [], shell: false };
}

// ---------------------------------------------------------------------------------------------
// Side effects below: only reached from main().

function resolvePackageFile(specifier, missingMessage) {
  try {
    return requireFromHere.resolve(specifier, { paths: [root] });
  } catch {
    throw new StartError(missingMessage);
  }
}

// The installed office-addin-usage-data versions are no-ops (test/tooling/usage-data.test.ts keeps it
// so), but saying "off" makes the choice explicit should a future version read the setting again.
function turnUsageDataOff() {
  const cli = resolvePackageFile(
    "office-addin-usage-data/cli.js",
    "office-addin-usage-data is not installed, so usage data cannot be turned off — run npm install."
  );
  const result = spawnSync(process.execPath, [cli, "off"], {
    cwd: root,
    stdio: "pipe",
    timeout: 30_000,
    windowsHide: true,
  });
  if (result.error || result.status !== 0) {
    const why = result.error
      ? result.error.message
      : oneLine(result.stderr.toString()) || `exit code ${result.status}`;
    throw new StartError(`Could not turn off usage data for the office-addin tools: ${why}`);
  }
}

function canListen(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    // Same address as webpack-dev-server's default (all interfaces), so a clash shows up here first.
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

function answers(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (result) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

// Listening alone is not enough on macOS, where SO_REUSEADDR lets a wildcard bind succeed next to a
// server on 127.0.0.1; a connection attempt catches that case.
async function isPortFree(port) {
  if (!(await canListen(port))) return false;
  const [v4, v6] = await Promise.all([answers("127.0.0.1", port), answers("::1", port)]);
  return !v4 && !v6;
}

function loadDevCerts() {
  return requireFromHere(
    resolvePackageFile(
      "office-addin-dev-certs",
      "office-addin-dev-certs is not installed — run npm install."
    )
  );
}

async function ensureCertificates(mode, home) {
  const devCerts = loadDevCerts();
  if (mode === "install") {
    try {
      await devCerts.ensureCertificatesAreInstalled();
    } catch (err) {
      throw new StartError(
        `Could not create and trust the developer certificates: ${oneLine(messageOf(err))}`
      );
    }
    return;
  }
  const paths = certificatePaths(home);
  const existing = readCertificateFiles(paths);
  const problem = existing ? certificateProblem(existing) : "missing";
  if (problem === null) return;
  if (problem !== "missing") {
    console.log(
      `Renewing the developer certificates in ${tildePath(paths.dir, home)} (${problem}); trust the new CA again.`
    );
  }
  try {
    // generateCertificates leaves existing files alone, so stale ones must go first.
    devCerts.deleteCertificateFiles(paths.dir);
    await devCerts.generateCertificates(paths.ca, paths.cert, paths.key, GENERATED_CERT_DAYS);
  } catch (err) {
    throw new StartError(
      `Could not generate the developer certificates in ${paths.dir}: ${oneLine(messageOf(err))}`
    );
  }
  const fresh = readCertificateFiles(paths);
  const stillWrong = fresh ? certificateProblem(fresh) : "missing";
  if (stillWrong !== null)
    throw new StartError(
      `The generated developer certificates in ${paths.dir} are unusable (${stillWrong}).`
    );
}

function messageOf(err) {
  return err instanceof Error ? err.message : String(err);
}

/** Copies a child's stream to ours line by line, leaving out stack traces. */
function relayWithoutStackFrames(from, to, onLine = () => {}) {
  const keep = createStackTraceFilter();
  let pending = "";
  from.setEncoding("utf8");
  from.on("data", (chunk) => {
    pending += chunk;
    const lines = pending.split("\n");
    pending = lines.pop();
    for (const line of lines) {
      onLine(line);
      if (keep(line)) to.write(`${line}\n`);
    }
  });
  from.on("end", () => {
    if (pending !== "") {
      onLine(pending);
      if (keep(pending)) to.write(pending);
    }
  });
}

// Without a TTY on the pipe, webpack and npm drop their colours; keep them when we have one.
function childEnv() {
  const env = { ...process.env };
  if (process.stderr.isTTY && env.NO_COLOR === undefined && env.FORCE_COLOR === undefined)
    env.FORCE_COLOR = "1";
  return env;
}

function killTree(child, signal, ownGroup) {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  try {
    if (process.platform === "win32") {
      spawnSync("taskkill", ["/pid", String(child.pid), "/T", "/F"], {
        stdio: "ignore",
        windowsHide: true,
      });
    } else if (ownGroup) {
      // The child leads its own process group (detached), so this reaches webpack behind npm and sh.
      process.kill(-child.pid, signal);
    } else {
      child.kill(signal);
    }
  } catch {
    // Already gone.
  }
}

function forwardStopSignals(child, ownGroup, onStop) {
  let stops = 0;
  const stop = (signal) => {
    stops += 1;
    onStop();
    killTree(child, stops > 1 ? "SIGKILL" : signal, ownGroup);
    // A dev server that ignores the signal must not keep the terminal.
    setTimeout(() => killTree(child, "SIGKILL", ownGroup), 5000).unref();
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stop(signal));
}

function runDesktop(args) {
  const cli = resolvePackageFile(
    "office-addin-debugging/cli.js",
    "office-addin-debugging is not installed — run npm install."
  );
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: root,
      stdio: ["inherit", "pipe", "pipe"],
      env: childEnv(),
    });
    let stopping = false;
    // office-addin-debugging reports its failures in text and still exits 0.
    let reportedFailure = false;
    const watch = (line) => {
      if (/^(?:Error: )?Unable to /.test(line.trim())) reportedFailure = true;
    };
    relayWithoutStackFrames(child.stdout, process.stdout, watch);
    relayWithoutStackFrames(child.stderr, process.stderr, watch);
    forwardStopSignals(child, false, () => {
      stopping = true;
    });
    child.once("error", (err) =>
      reject(new StartError(`Could not run office-addin-debugging: ${err.message}`))
    );
    child.once("exit", (code) => {
      if (stopping) return resolve();
      if (code !== 0 || reportedFailure) {
        return reject(
          new StartError(
            "office-addin-debugging could not start Excel with the add-in — see its messages above."
          )
        );
      }
      console.log(
        "Excel opens with SI Kalkyl sideloaded; the dev server keeps running in the background — npm stop ends both."
      );
      resolve();
    });
  });
}

function respondsOk(port) {
  return new Promise((resolve) => {
    // The CA may not be trusted by Node itself; only reachability matters here.
    const request = https.get(
      { host: "localhost", port, path: "/taskpane.html", rejectUnauthorized: false, timeout: 2000 },
      (response) => {
        response.resume();
        resolve(response.statusCode === 200);
      }
    );
    request.once("timeout", () => request.destroy());
    request.once("error", () => resolve(false));
  });
}

function runWebDevServer(port, instructions) {
  const npm = npmInvocation(process.env, process.platform);
  const ownGroup = process.platform !== "win32";
  return new Promise((resolve, reject) => {
    const child = spawn(npm.command, [...npm.args, "run", "--silent", "dev-server"], {
      cwd: root,
      // No stdin: the server runs in its own process group, where reading the terminal would stop it.
      stdio: ["ignore", "inherit", "pipe"],
      env: childEnv(),
      shell: npm.shell,
      detached: ownGroup,
      windowsHide: true,
    });
    let stopping = false;
    let exited = false;
    relayWithoutStackFrames(child.stderr, process.stderr);
    forwardStopSignals(child, ownGroup, () => {
      stopping = true;
    });
    const poll = async () => {
      while (!exited && !stopping) {
        if (await respondsOk(port)) {
          if (!exited && !stopping) console.log(`\n${instructions.join("\n")}\n`);
          return;
        }
        await new Promise((wake) => setTimeout(wake, 1000));
      }
    };
    child.once("spawn", () => void poll());
    child.once("error", (err) => {
      exited = true;
      reject(new StartError(`Could not run npm run dev-server: ${err.message}`));
    });
    child.once("exit", (code, signal) => {
      exited = true;
      if (stopping) {
        console.log("Dev server stopped.");
        return resolve();
      }
      if (code === 0) return resolve();
      const how = code === null ? `signal ${signal}` : `exit code ${code}`;
      reject(
        new StartError(
          `The dev server (npm run dev-server) stopped with ${how} — see the messages above.`
        )
      );
    });
  });
}

/** Serves the playground until a stop signal; its own failures are one line too. */
async function runPlaygroundUntilStopped(ci) {
  let server;
  try {
    server = await runPlayground({ ci });
  } catch (err) {
    throw new StartError(messageOf(err));
  }
  await new Promise((resolve) => {
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.once(signal, resolve);
  });
  await server.close();
}

async function main() {
  const port = readDevServerPort(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  const ci = isCi(process.env);
  const web = wantsWeb(process.argv.slice(2));
  // Detection spawns `reg`/`where` on Windows; skip it when the answer cannot matter.
  const excelInstalled =
    !ci &&
    hasDesktopExcelPlatform(process.platform) &&
    isExcelInstalled(process.platform, process.env, systemProbe);
  if (!drivesExcel({ platform: process.platform, excelInstalled, ci, web }))
    return runPlaygroundUntilStopped(ci);

  turnUsageDataOff();
  const portFree = await isPortFree(port);
  const plan = planStart({ platform: process.platform, excelInstalled, portFree, ci, port, web });
  if (plan.kind === "fail") throw new StartError(plan.message);

  const manifestPath = path.join(root, MANIFEST);
  if (!fs.existsSync(manifestPath))
    throw new StartError(
      `${MANIFEST} is missing in ${root} — it is needed to sideload the add-in.`
    );

  if (plan.kind === "desktop") return runDesktop(plan.args);

  const home = os.homedir();
  await ensureCertificates(plan.certificates, home);
  const instructions = webInstructions({
    port,
    manifestPath,
    caPath: tildePath(certificatePaths(home).ca, home),
    trustHint: plan.trustHint,
  });
  return runWebDevServer(port, instructions);
}

function fail(err) {
  const message =
    err instanceof StartError
      ? err.message
      : `npm start failed unexpectedly: ${oneLine(messageOf(err))}`;
  // Exit only once the line is out: stderr to a pipe can be asynchronous.
  process.stderr.write(`${message}\n`, () => process.exit(1));
}

if (executedDirectly(import.meta.url)) {
  process.on("uncaughtException", fail);
  process.on("unhandledRejection", fail);
  main().then(() => process.exit(0), fail);
}
