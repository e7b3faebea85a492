/**
 * The little XML the share copy needs, over text: attributes of one start tag, escaping, and the
 * paths of an Office package. The parts are edited in place as text, so everything this module
 * does not touch stays byte for byte as Excel wrote it.
 */

export interface Attribute {
  readonly name: string;
  /** The attribute as written, `name="value"`, to copy it unchanged. */
  readonly raw: string;
  readonly value: string;
}

const NAMED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, e: string) => {
    if (e[0] !== "#") return NAMED[e] ?? whole;
    return String.fromCodePoint(
      e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1))
    );
  });
}

// Control characters are not allowed in XML; Excel writes them as _xHHHH_.
// eslint-disable-next-line no-control-regex -- matching them is the point
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;

export function escapeXml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(CONTROL, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, "0")}_`);
}

/** The attributes of a start tag's inside (`r="A1" s="3"`). */
export function parseAttributes(s: string): Attribute[] {
  return [...s.matchAll(/([\w:.-]+)\s*=\s*("[^"]*"|'[^']*')/g)].map((m) => ({
    name: m[1],
    raw: m[0],
    value: unescapeXml(m[2].slice(1, -1)),
  }));
}

export function attribute(attrs: readonly Attribute[], name: string): string | undefined {
  return attrs.find((a) => a.name === name)?.value;
}

/** The prefix (`x:`) a part's root element is written with, "" for the default namespace. */
export function rootPrefix(xml: string, root: string): string {
  return new RegExp(`<(\\w+:)?${root}\\b`).exec(xml)?.[1] ?? "";
}

/** The namespace URI the root element's prefix (or the default namespace) is bound to. */
export function rootNamespace(xml: string, root: string): string | undefined {
  const prefix = rootPrefix(xml, root);
  const start = new RegExp(`<${prefix}${root}\\b([^>]*)>`).exec(xml)?.[1] ?? "";
  const declared = prefix ? `xmlns:${prefix.slice(0, -1)}` : "xmlns";
  return attribute(parseAttributes(start), declared);
}

/** A relationship's target as a part name ("xl/worksheets/sheet1.xml"), from the source's folder. */
export function resolveTarget(folder: string, target: string): string {
  const parts = target.startsWith("/") ? [] : folder.split("/").filter(Boolean);
  for (const seg of target.replace(/^\//, "").split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

/** "xl/workbook.xml" → "xl"; "workbook.xml" → "". */
export function folderOf(part: string): string {
  const at = part.lastIndexOf("/");
  return at < 0 ? "" : part.slice(0, at);
}

/** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPartOf(part: string): string {
  const folder = folderOf(part);
  const file = part.slice(folder ? folder.length + 1 : 0);
  return `${folder ? `${folder}/` : ""}_rels/${file}.rels`;
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The part it points to, resolved; external targets keep their address. */
  readonly part: string;
  readonly external: boolean;
  /** The element as written. */
  readonly element: string;
}

/** The relationships of a `.rels` part; `folder` is the folder of the part they belong to. */
export function parseRelationships(xml: string, folder: string): Relationship[] {
  return [...xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)].flatMap((m) => {
    const a = parseAttributes(m[1]);
    const id = attribute(a, "Id");
    const target = attribute(a, "Target");
    if (id === undefined || target === undefined) return [];
    const external = attribute(a, "TargetMode") === "External";
    return [
      {
        id,
        type: attribute(a, "Type") ?? "",
        part: external ? target : resolveTarget(folder, target),
        external,
        element: m[0],
      },
    ];
  });
}

/** The last segment of a relationship type ("…/relationships/worksheet" → "worksheet"). */
export function relationshipKind(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}
