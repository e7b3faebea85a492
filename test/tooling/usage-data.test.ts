import { execFileSync } from "child_process";
import dns from "dns";
import fs from "fs";
import http from "http";
import https from "https";
import net from "net";
import os from "os";
import path from "path";

// The office-addin-* tools (dev certs, debugging, lint, manifest) all pull in office-addin-usage-data,
// which used to send telemetry to Application Insights. The installed versions are no-ops. This suite
// pins that: an upgrade that brings reporting back, or a second copy that still reports, fails here
// before anyone runs npm start with it.

const repoRoot = path.resolve(__dirname, "../..");
const nodeModules = path.join(repoRoot, "node_modules");

interface UsageDataInstance {
  isUsageDataOn(): boolean;
  getUsageDataLevel(): string;
  reportEvent(name: string, data: object): Promise<void>;
  reportError(name: string, err: Error): Promise<void>;
  reportException(method: string, err: Error, data?: object): void;
  reportSuccess(method: string, data?: object): void;
  sendUsageDataEvent(data: object): void;
}

interface UsageDataModule {
  OfficeAddinUsageData: new (options: object) => UsageDataInstance;
  UsageDataLevel: { off: string; on: string };
  groupName: string;
  readUsageDataLevel(groupName: string): string;
  modifyUsageDataJsonData(groupName: string, property: string, value: unknown): void;
  writeUsageDataJsonData(groupName: string, level: string): void;
}

/** Every installed copy of the (unscoped) package `name`, at any depth of node_modules. */
function findPackages(name: string, dir = nodeModules, found: string[] = []): string[] {
  const subdirs = (parent: string): string[] => {
    try {
      return fs
        .readdirSync(parent, { withFileTypes: true })
        .filter((e) => e.isDirectory() && !e.name.startsWith("."))
        .map((e) => path.join(parent, e.name));
    } catch {
      return [];
    }
  };
  for (const entry of subdirs(dir)) {
    const packageDirs = path.basename(entry).startsWith("@") ? subdirs(entry) : [entry];
    for (const packageDir of packageDirs) {
      if (
        path.basename(packageDir) === name &&
        fs.existsSync(path.join(packageDir, "package.json"))
      )
        found.push(packageDir);
      findPackages(name, path.join(packageDir, "node_modules"), found);
    }
  }
  return found;
}

function version(packageDir: string): string {
  return (
    JSON.parse(fs.readFileSync(path.join(packageDir, "package.json"), "utf8")) as {
      version: string;
    }
  ).version;
}

const copies = findPackages("office-addin-usage-data");

describe("office-addin-usage-data", () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "si-usage-home-"));
  const savedHome = { HOME: process.env.HOME, USERPROFILE: process.env.USERPROFILE };
  const network: string[] = [];

  beforeAll(() => {
    // Settings files would land in the home directory; point it somewhere empty to see if any appear.
    process.env.HOME = home;
    process.env.USERPROFILE = home;
    const deny =
      (what: string) =>
      (...args: unknown[]): never => {
        network.push(`${what} ${JSON.stringify(args[0] ?? "")}`);
        throw new Error(`usage data tried to reach the network (${what})`);
      };
    jest.spyOn(http, "request").mockImplementation(deny("http.request"));
    jest.spyOn(https, "request").mockImplementation(deny("https.request"));
    jest.spyOn(net, "connect").mockImplementation(deny("net.connect"));
    jest.spyOn(dns, "lookup").mockImplementation(deny("dns.lookup"));
    jest.spyOn(globalThis, "fetch").mockImplementation(deny("fetch"));
  });

  afterAll(() => {
    jest.restoreAllMocks();
    for (const [key, value] of Object.entries(savedHome)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    fs.rmSync(home, { recursive: true, force: true });
  });

  it("is found where the office-addin tools load it from", () => {
    // Today there are two copies, 3.0.0 at the top and 2.1.1 under office-addin-lint; each is checked below.
    expect(copies).toContain(path.join(nodeModules, "office-addin-usage-data"));
  });

  it("has no Application Insights client anywhere in node_modules", () => {
    expect(findPackages("applicationinsights")).toEqual([]);
  });

  describe.each(copies.map((dir) => [`${path.relative(nodeModules, dir)}@${version(dir)}`, dir]))(
    "%s",
    (_label, dir) => {
      let lib: UsageDataModule;

      beforeAll(async () => {
        lib = (await import(dir)) as UsageDataModule;
      });

      it("reports the level off even when asked for on", () => {
        const usage = new lib.OfficeAddinUsageData({
          projectName: "si-kalkyl-test",
          connectionString: "InstrumentationKey=00000000-0000-0000-0000-000000000000",
          usageDataLevel: lib.UsageDataLevel.on,
          raisePrompt: false,
        });
        expect(usage.getUsageDataLevel()).toBe("off");
        expect(usage.isUsageDataOn()).toBe(false);
        expect(lib.readUsageDataLevel(lib.groupName)).toBe("off");
      });

      it("sends nothing and writes no settings when used", async () => {
        const usage = new lib.OfficeAddinUsageData({
          projectName: "si-kalkyl-test",
          usageDataLevel: lib.UsageDataLevel.on,
          raisePrompt: false,
        });
        await usage.reportEvent("event", { a: 1 });
        await usage.reportError("error", new Error("e"));
        usage.reportException("method", new Error("e"));
        usage.reportSuccess("method");
        usage.sendUsageDataEvent({ a: 1 });
        lib.modifyUsageDataJsonData(lib.groupName, "usageDataLevel", "on");
        lib.writeUsageDataJsonData(lib.groupName, "on");
        // Give any fire-and-forget request a moment to start.
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(network).toEqual([]);
        expect(fs.readdirSync(home)).toEqual([]);
      });

      it("accepts `off` from its command line, as npm start runs it", () => {
        const out = execFileSync(process.execPath, [path.join(dir, "cli.js"), "off"], {
          encoding: "utf8",
          env: { ...process.env, HOME: home, USERPROFILE: home },
        });
        expect(out).toContain("Usage data has been turned off.");
        expect(fs.readdirSync(home)).toEqual([]);
      });
    }
  );
});
