import { SaxesParser } from "saxes";

// A small XML tree, enough for XLIFF: elements (with their namespace URI, local
// name and attributes) and text. Parsed by saxes, a conforming streaming parser
// (well-formedness and namespaces checked, no DTD, no external entities).

export interface XmlElement {
  kind: "element";
  /** Namespace URI ("" when none). */
  ns: string;
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  line: number;
}
export type XmlNode = XmlElement | { kind: "text"; text: string };

export class XmlError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line ? `${message} (line ${line})` : message);
  }
}

/** Parses a whole document; throws XmlError on anything not well-formed (or a DOCTYPE). */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let failure: XmlError | null = null;
  parser.on("error", (error) => {
    failure ??= new XmlError(error.message.replace(/^.*?:\d+:\d+: /, ""), parser.line);
  });
  parser.on("doctype", () => {
    failure ??= new XmlError("a DOCTYPE is not allowed", parser.line);
  });
  parser.on("opentag", (tag) => {
    const attrs: Record<string, string> = {};
    for (const attr of Object.values(tag.attributes)) {
      const a = attr as { uri: string; local: string; value: string; prefix: string };
      if (a.prefix === "xmlns" || a.local === "xmlns") continue;
      attrs[a.uri ? `{${a.uri}}${a.local}` : a.local] = a.value;
    }
    const element: XmlElement = { kind: "element", ns: tag.uri ?? "", name: tag.local ?? tag.name, attrs, children: [], line: parser.line };
    if (stack.length) stack[stack.length - 1]!.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on("closetag", () => void stack.pop());
  parser.on("text", (text) => {
    if (stack.length) stack[stack.length - 1]!.children.push({ kind: "text", text });
  });
  parser.on("cdata", (text) => {
    if (stack.length) stack[stack.length - 1]!.children.push({ kind: "text", text });
  });
  try {
    parser.write(text).close();
  } catch (error) {
    failure ??= new XmlError(error instanceof Error ? error.message : String(error), parser.line);
  }
  if (failure) throw failure;
  if (!root) throw new XmlError("the file is empty");
  return root;
}

export const childElements = (el: XmlElement, ns: string, name?: string): XmlElement[] =>
  el.children.filter((c): c is XmlElement => c.kind === "element" && c.ns === ns && (name === undefined || c.name === name));

export const firstChild = (el: XmlElement, ns: string, name: string): XmlElement | undefined => childElements(el, ns, name)[0];

/** All text inside, in order. */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => (c.kind === "text" ? c.text : textOf(c))).join("");
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** `<name a="…">` / `<name a="…"/>` for attributes in the given order (undefined ones left out). */
export function tag(name: string, attrs: Record<string, string | number | undefined>, selfClosing = false): string {
  const rendered = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join("");
  return `<${name}${rendered}${selfClosing ? "/" : ""}>`;
}
