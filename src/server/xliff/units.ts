import { type RichTextDocument, type RichTextNode, textBlocks } from "@/lib/rich-text/document";

export { textBlocks };

// What a translation file is made of, whatever its XLIFF version: per record (an
// article's language version, a debate's texts) a list of units — one per field
// and per text block of the body, in reading order — each with its source as
// inline content: text, paired codes (bold, italic, a link: `<pc>` in XLIFF 2.0,
// `<g>` in 1.2) and placeholders (a line break: `<ph>`/`<x>`). A link's URL is a
// code's data, never translatable text.

export type Code = { kind: "bold" } | { kind: "italic" } | { kind: "link"; href: string; target?: string | null; rel?: string | null; title?: string | null } | { kind: "lb" };

export type Inline = { kind: "text"; text: string } | { kind: "pc"; id: string; code: Code; children: Inline[] } | { kind: "ph"; id: string; code: Code };

export interface Unit {
  /** Stable within its record: `title`, `summary`, `slug`, `b<n>` (the n-th text block), `alt<n>` (the n-th image's alt text), `subtitle`, `intro`. */
  id: string;
  /** What the translator is told about it (XLIFF notes). */
  field: string;
  maxLength?: number;
  source: Inline[];
}

export interface RecordUnits {
  kind: "variant" | "debate";
  /** The source record: the variant's or the debate's id. */
  id: string;
  /** The source text's version the file was made from. */
  sourceVersion: number;
  /** For a variant: the revision holding that text (what a translation follows). */
  sourceRevisionId?: string;
  /** Shown to the translator: the article or debate title, its public URL. */
  label: string;
  url: string;
  units: Unit[];
}

export const plain = (text: string): Inline[] => (text ? [{ kind: "text", text }] : []);

const MARK_ORDER = ["link", "bold", "italic"];
type Mark = NonNullable<RichTextNode["marks"]>[number];
const sameMark = (a: Mark, b: Mark) => a.type === b.type && JSON.stringify(a.attrs ?? {}) === JSON.stringify(b.attrs ?? {});

function codeOfMark(mark: Mark): Code {
  if (mark.type === "link") {
    const attrs = mark.attrs ?? {};
    return { kind: "link", href: String(attrs.href ?? ""), target: (attrs.target as string | null) ?? null, rel: (attrs.rel as string | null) ?? null, title: (attrs.title as string | null) ?? null };
  }
  return { kind: mark.type === "bold" ? "bold" : "italic" };
}

function markOfCode(code: Code): Mark | null {
  if (code.kind === "bold" || code.kind === "italic") return { type: code.kind };
  if (code.kind === "link") {
    const attrs: Record<string, string | null> = { href: code.href };
    if (code.target) attrs.target = code.target;
    if (code.rel) attrs.rel = code.rel;
    if (code.title) attrs.title = code.title;
    return { type: "link", attrs };
  }
  return null;
}

/** A text block's inline content as units see it: runs that share a mark become one paired code. */
export function inlineOf(block: RichTextNode): Inline[] {
  let next = 1;
  const items = (block.content ?? []).map((node) => ({
    node,
    marks: [...(node.marks ?? [])].sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type)),
  }));
  const group = (run: typeof items): Inline[] => {
    const out: Inline[] = [];
    for (let i = 0; i < run.length; ) {
      const item = run[i]!;
      if (!item.marks.length) {
        out.push(item.node.type === "hardBreak" ? { kind: "ph", id: String(next++), code: { kind: "lb" } } : { kind: "text", text: item.node.text ?? "" });
        i++;
        continue;
      }
      const first = item.marks[0]!;
      let j = i;
      while (j < run.length && run[j]!.marks[0] && sameMark(run[j]!.marks[0]!, first)) j++;
      const id = String(next++);
      out.push({ kind: "pc", id, code: codeOfMark(first), children: group(run.slice(i, j).map((r) => ({ node: r.node, marks: r.marks.slice(1) }))) });
      i = j;
    }
    return out;
  };
  return group(items);
}

/** Inline content back to Tiptap's: text nodes with their marks (adjacent ones merged), line breaks. */
export function nodesOf(inline: Inline[]): RichTextNode[] {
  const out: RichTextNode[] = [];
  const walk = (items: Inline[], marks: Mark[]) => {
    for (const item of items) {
      if (item.kind === "text") {
        if (!item.text) continue;
        const last = out[out.length - 1];
        if (last?.type === "text" && JSON.stringify(last.marks ?? []) === JSON.stringify(marks)) last.text += item.text;
        else out.push({ type: "text", text: item.text, ...(marks.length ? { marks: [...marks] } : {}) });
      } else if (item.kind === "ph") {
        out.push({ type: "hardBreak" });
      } else {
        const mark = markOfCode(item.code);
        walk(item.children, mark ? [...marks, mark] : marks);
      }
    }
  };
  walk(inline, []);
  return out;
}

/** The plain text of inline content (for comparisons and word counts). */
export function inlineText(inline: Inline[]): string {
  return inline.map((i) => (i.kind === "text" ? i.text : i.kind === "ph" ? "\n" : inlineText(i.children))).join("");
}

/** Whitespace-insensitive equality of two sources, codes included: CAT tools re-indent. */
export function sameSource(a: Inline[], b: Inline[]): boolean {
  const norm = (inline: Inline[]): string =>
    inline
      .map((i) => (i.kind === "text" ? i.text : i.kind === "ph" ? `<ph:${i.code.kind}>` : `<pc:${i.code.kind}${i.code.kind === "link" ? ` ${i.code.href}` : ""}>${norm(i.children)}</pc>`))
      .join("")
      .replace(/\s+/g, " ")
      .trim();
  return norm(a) === norm(b);
}

/** The codes of inline content by id (for checking a target's codes against its source's). */
export function codesOf(inline: Inline[], into = new Map<string, { kind: "pc" | "ph"; code: Code }>()): Map<string, { kind: "pc" | "ph"; code: Code }> {
  for (const i of inline) {
    if (i.kind === "pc") {
      into.set(i.id, { kind: "pc", code: i.code });
      codesOf(i.children, into);
    } else if (i.kind === "ph") into.set(i.id, { kind: "ph", code: i.code });
  }
  return into;
}

/** An article language version's units: title, summary, slug, each text block, each image's alt text. */
export function variantUnits(v: { title: string; summary: string; slug: string; body: RichTextDocument }): Unit[] {
  const images: RichTextNode[] = [];
  const walk = (node: RichTextNode) => {
    if (node.type === "image") images.push(node);
    node.content?.forEach(walk);
  };
  walk(v.body);
  return [
    { id: "title", field: "Title", maxLength: 300, source: plain(v.title) },
    { id: "summary", field: "Summary (standfirst)", maxLength: 1000, source: plain(v.summary) },
    { id: "slug", field: "URL slug: words joined by hyphens, in the target language's script; leave empty to make one from the title", maxLength: 120, source: plain(v.slug) },
    ...textBlocks(v.body).map((block, i) => ({
      id: `b${i + 1}`,
      field: block.type === "heading" ? `Body, heading (level ${String(block.attrs?.level ?? 2)})` : `Body, paragraph ${i + 1}`,
      source: inlineOf(block),
    })),
    ...images.map((image, i) => ({ id: `alt${i + 1}`, field: `Alternative text of image ${i + 1}`, maxLength: 1000, source: plain(String(image.attrs?.alt ?? "")) })),
  ];
}

export function debateUnits(t: { title: string; subtitle: string; intro: string; slug: string }): Unit[] {
  return [
    { id: "title", field: "Debate title", maxLength: 300, source: plain(t.title) },
    { id: "subtitle", field: "Debate subtitle", maxLength: 500, source: plain(t.subtitle) },
    { id: "intro", field: "Debate introduction", maxLength: 10_000, source: plain(t.intro) },
    { id: "slug", field: "URL slug: words joined by hyphens; leave empty to make one from the title", maxLength: 120, source: plain(t.slug) },
  ];
}

/**
 * The target body: the source's blocks (its skeleton) with each text block's
 * content replaced by its translated unit, and images' alt texts.
 */
export function fillBody(skeleton: RichTextDocument, blocks: Map<number, Inline[]>, alts: Map<number, string>): RichTextDocument {
  let block = 0;
  let image = 0;
  const walk = (node: RichTextNode): RichTextNode => {
    if (node.type === "paragraph" || node.type === "heading") {
      const inline = blocks.get(++block);
      if (!inline) return node;
      const content = nodesOf(inline);
      const rest = { ...node };
      delete rest.content;
      return content.length ? { ...rest, content } : rest;
    }
    if (node.type === "image") {
      const alt = alts.get(++image);
      return alt === undefined ? node : { ...node, attrs: { ...node.attrs, alt } };
    }
    return node.content ? { ...node, content: node.content.map(walk) } : node;
  };
  return walk(skeleton) as RichTextDocument;
}
