import "server-only";
import { parseFragment } from "parse5";

// Post bodies as a tree, parsed by parse5 — the WHATWG HTML parsing algorithm,
// as browsers do it (entities, implied end tags, misnested markup, raw-text
// elements) — then reduced to elements and text for html-to-doc.ts.

export interface HtmlElement {
  type: "element";
  name: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}
export interface HtmlText {
  type: "text";
  text: string;
}
export type HtmlNode = HtmlElement | HtmlText;

interface Parse5Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Parse5Node[];
  /** A <template>'s content. */
  content?: Parse5Node;
}

function convert(node: Parse5Node): HtmlNode | null {
  if (node.nodeName === "#text") return { type: "text", text: node.value ?? "" };
  if (!node.tagName) return null; // comments, doctypes
  const children = (node.tagName === "template" ? (node.content?.childNodes ?? []) : (node.childNodes ?? [])).map(convert).filter((n): n is HtmlNode => n !== null);
  return { type: "element", name: node.tagName.toLowerCase(), attrs: Object.fromEntries((node.attrs ?? []).map((a) => [a.name.toLowerCase(), a.value])), children };
}

/** A body's HTML as the browser would build it, as a fragment of the page's <body>. */
export function parseHtmlFragment(html: string): HtmlNode[] {
  const fragment = parseFragment(html) as unknown as Parse5Node;
  return (fragment.childNodes ?? []).map(convert).filter((n): n is HtmlNode => n !== null);
}
