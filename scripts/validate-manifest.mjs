// Offline manifest validation: `node scripts/validate-manifest.mjs manifest.xml [--assets dir]`.
// 1. XSD validation against the maintained schema copies in test/schemas (nothing is fetched).
// 2. Project rules the XSD cannot express: resource references, https-only URLs under the
//    build's rewritable prefix, icon files and sizes, the custom-functions namespace, the
//    shared-runtime wiring and the permission level.
// Exit codes: 0 valid, 1 invalid, 2 usage error (missing argument, unreadable file) or a broken schema copy.
import { readdirSync, readFileSync, realpathSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import xmllint from "xmllint-wasm";

const SCHEMA_DIR = fileURLToPath(new URL("../test/schemas/", import.meta.url));
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";
/** The production build rewrites exactly this prefix (webpack.config.js), so every URL must use it. */
export const DEV_PREFIX = "https://localhost:3000/";
const ASSET_PREFIX = `${DEV_PREFIX}assets/`;
const NAMESPACE = "SI";
const PERMISSIONS = "ReadWriteDocument";

/** Thrown for problems with the invocation rather than with the manifest (exit code 2). */
export class UsageError extends Error {}

// Which resource list a resid must point into, by the referring element's local name.
const RESID_KIND = {
  Image: "image",
  SourceLocation: "url",
  FunctionFile: "url",
  LearnMoreUrl: "url",
  Runtime: "url",
  Label: "short string",
  Title: "short string",
  Namespace: "short string",
  Description: "long string",
};
const RESOURCE_KIND = {
  Images: "image",
  Urls: "url",
  ShortStrings: "short string",
  LongStrings: "long string",
};
// Elements whose DefaultValue (and Override Value) is a URL; the rest are display strings.
const URL_ELEMENTS = new Set([
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "SourceLocation",
  "Image",
  "Url",
]);

const localName = (name) => name.slice(name.indexOf(":") + 1);
/** The xsi:type of an element, whatever prefix the manifest binds to the XSI namespace. */
const xsiType = (el) => Object.entries(el.attrs).find(([k]) => k.endsWith(":type"))?.[1] ?? "";

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e) =>
    e[0] === "#"
      ? String.fromCodePoint(Number(e[1] === "x" || e[1] === "X" ? `0${e.slice(1)}` : e.slice(1)))
      : (ENTITIES[e] ?? m)
  );

/**
 * A minimal element tree (name, attrs, children, text, line). Well-formedness is left to xmllint,
 * which runs first; this only has to be good enough to walk a document that xmllint accepted.
 */
function parseXml(text) {
  const root = { name: "#document", attrs: {}, children: [], text: "", line: 1 };
  const stack = [root];
  const token =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<(\/?)([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  let line = 1;
  let last = 0;
  for (let m; (m = token.exec(text));) {
    line += (text.slice(last, m.index).match(/\n/g) || []).length;
    last = m.index;
    const top = stack[stack.length - 1];
    if (m[1] !== undefined || m[6] !== undefined) {
      top.text += m[1] ?? decode(m[6]);
    } else if (m[3] !== undefined && m[2] === "/") {
      if (stack.length > 1) stack.pop();
    } else if (m[3] !== undefined) {
      const attrs = {};
      for (const a of m[4].matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
        attrs[a[1]] = decode(a[2] ?? a[3]);
      const el = { name: localName(m[3]), attrs, children: [], text: "", line, parent: top };
      top.children.push(el);
      if (m[5] !== "/") stack.push(el);
    }
  }
  return root;
}

function* walk(el) {
  for (const child of el.children) {
    yield child;
    yield* walk(child);
  }
}

const find = (el, name) => {
  for (const e of walk(el)) if (e.name === name) return e;
  return undefined;
};

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes) {
  const signature = "89504e470d0a1a0a";
  if (bytes.length < 24 || bytes.subarray(0, 8).toString("hex") !== signature) return null;
  if (bytes.subarray(12, 16).toString("ascii") !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// Schema messages name elements as {namespace}Local; the prefixes used in the manifest read better.
const NS_PREFIX = {
  "http://schemas.microsoft.com/office/appforoffice/1.1": "",
  "http://schemas.microsoft.com/office/taskpaneappversionoverrides": "",
  "http://schemas.microsoft.com/office/officeappbasictypes/1.0": "bt:",
};
const tidySchemaMessage = (msg) =>
  msg
    .replace(/^.*?Schemas validity error : /, "")
    .replace(/\{([^}]*)\}/g, (m, ns) => NS_PREFIX[ns] ?? m)
    .trim();

async function schemaProblems(xml) {
  const files = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".xsd"));
  const load = (f) => ({ fileName: f, contents: readFileSync(path.join(SCHEMA_DIR, f), "utf8") });
  const result = await xmllint.validateXML({
    // A fixed in-memory name: xmllint-wasm rejects names that look like options, and only line numbers matter.
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [load(MAIN_SCHEMA)],
    preload: files.filter((f) => f !== MAIN_SCHEMA).map(load),
  });
  // xmllint also echoes the offending source line and a caret; only located messages are problems.
  const errors = result.errors.filter((e) => e.loc !== null && e.message.trim() !== "");
  const isParserError = (e) => /parser error : /.test(e.message);
  return {
    wellFormed: !errors.some(isParserError),
    problems: errors.map((e) =>
      isParserError(e)
        ? `line ${e.loc.lineNumber}: not well-formed XML: ${e.message.replace(/^.*?parser error : /, "").trim()}`
        : `line ${e.loc.lineNumber}: schema: ${tidySchemaMessage(e.message)}`
    ),
  };
}

function projectProblems(doc, assetsDir) {
  const problems = [];
  const at = (el, msg) => problems.push(`line ${el.line}: ${msg}`);

  const resources = new Map();
  const resourcesEl = find(doc, "Resources");
  for (const list of resourcesEl ? resourcesEl.children : []) {
    const kind = RESOURCE_KIND[list.name];
    for (const res of list.children) {
      const id = res.attrs.id;
      if (id === undefined || kind === undefined) continue;
      if (resources.has(id))
        at(
          res,
          `resource id "${id}" is defined more than once (first on line ${resources.get(id).el.line})`
        );
      else resources.set(id, { kind, el: res });
    }
  }

  for (const el of walk(doc)) {
    const id = el.attrs.resid;
    if (id === undefined) continue;
    const want = RESID_KIND[el.name];
    const res = resources.get(id);
    if (!res)
      at(
        el,
        `<${el.name} resid="${id}">: no ${want ? `${want} ` : ""}resource with id "${id}" in <Resources>`
      );
    else if (want && res.kind !== want)
      at(el, `<${el.name} resid="${id}"> refers to a ${res.kind} resource; expected a ${want}`);
  }

  const imageSizes = new Map(); // resource id -> actual PNG size, for the <bt:Image size> check below
  /** owner: the URL-bearing element (its name and id); where: the element whose line is reported. */
  const checkUrl = (owner, where, attr, url) => {
    const what = `${owner.name}${owner.attrs.id ? ` "${owner.attrs.id}"` : ""} ${attr} "${url}"`;
    if (!/^https:\/\//.test(url)) return at(where, `${what} must use https://`);
    if (!url.startsWith(DEV_PREFIX))
      return at(where, `${what} must start with ${DEV_PREFIX} (the build rewrites that prefix)`);
    if (!url.startsWith(ASSET_PREFIX)) return;
    const rel = decodeURIComponent(url.slice(ASSET_PREFIX.length).split(/[?#]/)[0]);
    let bytes;
    try {
      bytes = readFileSync(path.join(assetsDir, rel));
    } catch {
      return at(
        where,
        `${what}: icon file ${path.join(path.basename(assetsDir), rel)} does not exist`
      );
    }
    const size = pngSize(bytes);
    if (!size) return at(where, `${what}: ${rel} is not a PNG file`);
    // The expected size is stated by the resource id (Icon.32x32) or else by the file name (icon-32.png).
    const stated = /(\d+)x(\d+)/.exec(owner.attrs.id ?? "") || /-(\d+)\.png$/i.exec(rel);
    const [w, h] = stated
      ? [Number(stated[1]), Number(stated[2] ?? stated[1])]
      : [size.width, size.height];
    if (size.width !== w || size.height !== h)
      at(where, `${what}: ${rel} is ${size.width}x${size.height} pixels, expected ${w}x${h}`);
    if (owner.name === "Image" && owner.attrs.id && where === owner)
      imageSizes.set(owner.attrs.id, size);
  };

  const checked = new Set();
  for (const el of walk(doc)) {
    if (URL_ELEMENTS.has(el.name) && el.attrs.DefaultValue !== undefined) {
      checkUrl(el, el, "DefaultValue", el.attrs.DefaultValue);
      checked.add(el);
      for (const o of el.children.filter(
        (c) => c.name === "Override" && c.attrs.Value !== undefined
      )) {
        checkUrl(el, o, `Override ${o.attrs.Locale}`, o.attrs.Value);
        checked.add(o);
      }
    }
    if (el.name === "AppDomain" && !/^https:\/\//.test(el.text.trim()))
      at(el, `AppDomain "${el.text.trim()}" must use https://`);
    if (checked.has(el)) continue;
    for (const [name, value] of Object.entries(el.attrs)) {
      // A catch-all so a plain-http URL anywhere else is reported too.
      if (/^http:\/\/\S+$/i.test(value) && !name.startsWith("xmlns"))
        at(el, `${el.name} ${name} "${value}" must use https://`);
    }
  }

  for (const el of walk(doc)) {
    if (el.name !== "Image" || el.attrs.size === undefined || !imageSizes.has(el.attrs.resid))
      continue;
    const { width, height } = imageSizes.get(el.attrs.resid);
    if (width !== Number(el.attrs.size) || height !== Number(el.attrs.size))
      at(
        el,
        `<bt:Image size="${el.attrs.size}" resid="${el.attrs.resid}"> points at a ${width}x${height} image`
      );
  }

  const customFunctions = [...walk(doc)].find(
    (e) => e.name === "ExtensionPoint" && xsiType(e) === "CustomFunctions"
  );
  const nsEl = customFunctions && find(customFunctions, "Namespace");
  if (!nsEl)
    problems.push(
      "no <Namespace> in the CustomFunctions extension point; the functions need the SI namespace"
    );
  else {
    // Formulas are saved with the namespace, so it must not vary by locale either.
    const res = resources.get(nsEl.attrs.resid)?.el;
    const values = res ? [res.attrs.DefaultValue, ...res.children.map((o) => o.attrs.Value)] : [];
    for (const value of values.filter((v) => v !== undefined && v !== NAMESPACE))
      at(nsEl, `custom functions Namespace is "${value}", expected "${NAMESPACE}"`);
  }

  // A shared runtime only works when the runtime, the functions page, the function file and the
  // task pane all load the same page (Microsoft's "Configure your Office Add-in to use a shared runtime").
  const runtime = find(doc, "Runtime");
  if (runtime) {
    const page = customFunctions && find(customFunctions, "Page");
    const users = [page && find(page, "SourceLocation"), find(doc, "FunctionFile")];
    for (const e of walk(doc))
      if (e.name === "Action" && xsiType(e) === "ShowTaskpane")
        users.push(find(e, "SourceLocation"));
    for (const u of users.filter(Boolean)) {
      if (u.attrs.resid !== runtime.attrs.resid)
        at(
          u,
          `<${u.name} resid="${u.attrs.resid}"> must use the shared runtime's resid "${runtime.attrs.resid}"`
        );
    }
  }

  const permissions = find(doc, "Permissions");
  const granted = permissions?.text.trim();
  if (granted !== PERMISSIONS) {
    const msg = `Permissions must be exactly ${PERMISSIONS} (found ${granted ?? "none"})`;
    if (permissions) at(permissions, msg);
    else problems.push(msg);
  }

  const lineOf = (p) => Number(/^line (\d+):/.exec(p)?.[1] ?? Infinity);
  return problems.sort((a, b) => lineOf(a) - lineOf(b));
}

/**
 * Validates an add-in manifest; icon URLs under https://localhost:3000/assets/ are resolved in
 * assetsDir (default: "assets" next to the manifest). Throws UsageError when the file cannot be read.
 */
export async function validateManifest(manifestPath, { assetsDir } = {}) {
  let xml;
  try {
    xml = readFileSync(manifestPath, "utf8");
  } catch (e) {
    throw new UsageError(`cannot read ${manifestPath} (${e.code ?? e.message})`);
  }
  const dir = assetsDir ?? path.join(path.dirname(manifestPath), "assets");
  const schema = await schemaProblems(xml);
  const problems = schema.wellFormed
    ? [...schema.problems, ...projectProblems(parseXml(xml), dir)]
    : schema.problems;
  return { ok: problems.length === 0, problems };
}

const USAGE = "usage: node scripts/validate-manifest.mjs <manifest.xml> [--assets <dir>]";

async function main(args) {
  const assetsAt = args.indexOf("--assets");
  const assetsDir = assetsAt >= 0 ? args[assetsAt + 1] : undefined;
  const files = args.filter((_, i) => assetsAt < 0 || (i !== assetsAt && i !== assetsAt + 1));
  if (files.length !== 1 || (assetsAt >= 0 && !assetsDir) || files[0].startsWith("-")) {
    console.error(USAGE);
    return 2;
  }
  const file = files[0];
  try {
    const { ok, problems } = await validateManifest(file, { assetsDir });
    for (const p of problems) console.log(`${file}: ${p}`);
    console.log(
      ok
        ? `${file}: valid (schema and project checks)`
        : `${file}: ${problems.length} problem${problems.length === 1 ? "" : "s"}`
    );
    return ok ? 0 : 1;
  } catch (e) {
    console.error(
      `${file}: ${e instanceof UsageError ? e.message : `validator failed: ${e.message}`}`
    );
    return 2;
  }
}

const invokedDirectly =
  process.argv[1] && pathToFileURL(realpathSync(process.argv[1])).href === import.meta.url;
if (invokedDirectly) process.exitCode = await main(process.argv.slice(2));
