import ts from "typescript";

// Finds user-visible text written straight into a component's JSX, which belongs in src/i18n/ so
// that it exists in Swedish and English. It reads the TypeScript syntax tree (not a regex), so
// comments, code and strings outside JSX are left alone.
//
// Flagged:
//   - JSX text that is not only whitespace: <p>Hej</p>, {t.a}: {t.b} (the ": " is text too — its
//     spacing and punctuation differ between languages);
//   - a string or template literal, with any text outside its ${…}, as a JSX child: {"Hej"},
//     {`${n} rader`}, also inside a condition: {busy ? "Vänta" : t.go}, {error && "Fel"};
//   - the same as an attribute's value, when the attribute takes any string: aria-label, title,
//     placeholder, label, alt, hint, validationMessage, content, a component's own text props.
// Not flagged:
//   - an attribute value the type checker shows to be a code: the prop's type is a union of string
//     literals (appearance="primary", intent="error", as="h2", a key typed as keyof the strings);
//   - attributes in NOT_USER_FACING (ids, class names, keys, tokens, URLs) and data-*;
//   - whitespace ({" "}), and text built in code outside JSX (a `.join(" · ")` separator): the scan
//     sees only JSX.

/**
 * Attributes typed as any string whose values are never read by a user: ids, keys, tokens, URLs.
 * (Enumerated props such as appearance="primary" need no entry: their type says they are codes.)
 */
export const NOT_USER_FACING: ReadonlySet<string> = new Set([
  // React and DOM identity
  "key",
  "id",
  "className",
  "class",
  "htmlFor",
  "name",
  "form",
  "value",
  "defaultSelectedValue",
  "selectedValue",
  "type",
  "role",
  "lang",
  "dir",
  "tabIndex",
  "href",
  "src",
  "target",
  "rel",
  "method",
  "action",
  "inputMode",
  "autoComplete",
  "pattern",
  "accept",
  "spellCheck",
  "draggable",
  "slot",
  // ARIA attributes that take ids or tokens (not the ones that carry text: aria-label,
  // aria-description, aria-valuetext, aria-roledescription, aria-placeholder)
  "aria-hidden",
  "aria-live",
  "aria-atomic",
  "aria-relevant",
  "aria-busy",
  "aria-current",
  "aria-haspopup",
  "aria-expanded",
  "aria-pressed",
  "aria-checked",
  "aria-selected",
  "aria-disabled",
  "aria-invalid",
  "aria-required",
  "aria-readonly",
  "aria-modal",
  "aria-multiselectable",
  "aria-orientation",
  "aria-sort",
  "aria-autocomplete",
  "aria-controls",
  "aria-labelledby",
  "aria-describedby",
  "aria-details",
  "aria-errormessage",
  "aria-owns",
  "aria-activedescendant",
  "aria-flowto",
  "aria-level",
  "aria-posinset",
  "aria-setsize",
  // Inline SVG geometry
  "viewBox",
  "xmlns",
  "d",
  "fill",
  "stroke",
  "strokeWidth",
  "strokeLinecap",
  "strokeLinejoin",
  "width",
  "height",
  "x",
  "y",
  "cx",
  "cy",
  "r",
  "points",
  "transform",
  "textAnchor",
  "dominantBaseline",
]);

function notUserFacing(attribute: string): boolean {
  return NOT_USER_FACING.has(attribute) || attribute.startsWith("data-");
}

export interface Literal {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** "text", "child" or the attribute's name. */
  readonly where: string;
  /** The literal text as written (template literals with their ${…}). */
  readonly text: string;
}

const hasText = (s: string): boolean => s.trim() !== "";

/** The literal text an expression can produce directly, through conditions and fallbacks. */
function literalsIn(expression: ts.Expression, source: ts.SourceFile): ts.Node[] {
  const e = expression;
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e))
    return hasText(e.text) ? [e] : [];
  if (ts.isTemplateExpression(e)) {
    const parts = [e.head.text, ...e.templateSpans.map((span) => span.literal.text)];
    return parts.some(hasText) ? [e] : [];
  }
  if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) {
    return literalsIn(e.expression, source);
  }
  if (ts.isConditionalExpression(e)) {
    return [...literalsIn(e.whenTrue, source), ...literalsIn(e.whenFalse, source)];
  }
  if (ts.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return literalsIn(e.right, source);
    if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) {
      return [...literalsIn(e.left, source), ...literalsIn(e.right, source)];
    }
    // "a" + b: text glued in code.
    if (op === ts.SyntaxKind.PlusToken) {
      return [...literalsIn(e.left, source), ...literalsIn(e.right, source)];
    }
  }
  if (ts.isArrayLiteralExpression(e)) {
    return e.elements.flatMap((element) =>
      ts.isExpression(element) ? literalsIn(element, source) : []
    );
  }
  return [];
}

const CODE_FLAGS =
  ts.TypeFlags.StringLiteral |
  ts.TypeFlags.NumberLiteral |
  ts.TypeFlags.BooleanLiteral |
  ts.TypeFlags.Undefined |
  ts.TypeFlags.Null;

/** True when a value of this type can only be one of some fixed strings: a code, not text. */
function isClosedStringUnion(type: ts.Type | undefined): boolean {
  if (!type) return false;
  const parts = type.isUnion() ? type.types : [type];
  return (
    parts.every((part) => (part.flags & CODE_FLAGS) !== 0) &&
    parts.some((part) => (part.flags & ts.TypeFlags.StringLiteral) !== 0)
  );
}

const OPTIONS: ts.CompilerOptions = {
  jsx: ts.JsxEmit.ReactJSX,
  strict: true,
  target: ts.ScriptTarget.ES2020,
  module: ts.ModuleKind.ES2020,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  esModuleInterop: true,
  skipLibCheck: true,
  noEmit: true,
  types: [],
};

/**
 * Every user-visible literal in the given .tsx files. `virtual` adds files that exist only in
 * memory (absolute paths; put them beside real files so their imports resolve), for testing the
 * scan itself.
 */
export function scanFiles(
  files: readonly string[],
  virtual: ReadonlyMap<string, string> = new Map()
): Literal[] {
  const host = ts.createCompilerHost(OPTIONS, true);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => virtual.has(name) || fileExists.call(host, name);
  host.readFile = (name) => virtual.get(name) ?? readFile.call(host, name);
  host.getSourceFile = (name, languageVersion, ...rest) => {
    const text = virtual.get(name);
    return text === undefined
      ? getSourceFile.call(host, name, languageVersion, ...rest)
      : ts.createSourceFile(name, text, languageVersion, true, ts.ScriptKind.TSX);
  };
  const roots = [...files, ...virtual.keys()];
  const program = ts.createProgram(roots, OPTIONS, host);
  const checker = program.getTypeChecker();
  return roots.flatMap((file) => {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`cannot read ${file}`);
    return scanSource(source, checker);
  });
}

function scanSource(source: ts.SourceFile, checker: ts.TypeChecker): Literal[] {
  const file = source.fileName;
  const found: Literal[] = [];
  const add = (node: ts.Node, where: string, literal: string): void => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push({ file, line: line + 1, where, text: literal });
  };

  const isCode = (literal: ts.Node): boolean =>
    ts.isExpression(literal) && isClosedStringUnion(checker.getContextualType(literal));

  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      if (!node.containsOnlyTriviaWhiteSpaces && hasText(node.text)) {
        add(node, "text", node.text.trim());
      }
    } else if (ts.isJsxExpression(node) && node.expression) {
      const parent = node.parent;
      const attribute = ts.isJsxAttribute(parent) ? parent.name.getText(source) : null;
      if (attribute === null || !notUserFacing(attribute)) {
        for (const literal of literalsIn(node.expression, source)) {
          // In an attribute, a literal the prop's type fixes to a few strings is a code.
          if (attribute !== null && isCode(literal)) continue;
          add(literal, attribute ?? "child", literal.getText(source));
        }
      }
    } else if (
      ts.isJsxAttribute(node) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer)
    ) {
      const attribute = node.name.getText(source);
      if (
        !notUserFacing(attribute) &&
        hasText(node.initializer.text) &&
        !isCode(node.initializer)
      ) {
        add(node.initializer, attribute, node.initializer.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
