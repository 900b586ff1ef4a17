import "server-only";
import type { RichTextNode } from "@/lib/rich-text/document";
import { isSafeHref, isSafeImageSrc } from "@/lib/rich-text/safe-url";
import type { BodyNotes } from "./body-notes";
import { type HtmlElement, type HtmlNode, parseHtmlFragment } from "./html-tree";

// HTML (a classic post, or a Gutenberg block's saved markup) → our Tiptap JSON.
// Only what the body schema (src/lib/rich-text/schema.ts) holds is produced:
// paragraphs, headings 2–4, lists, quotes, links, bold/italic, images, rules.
// The rest becomes readable text or a link, and every such change is noted.

type Mark = NonNullable<RichTextNode["marks"]>[number];

export interface ConvertOptions {
  notes: BodyNotes;
  /** Our URL for a body image's source (its media), or null when it is not imported. */
  resolveImage: (src: string) => string | null;
  /** Classic posts: blank lines separate paragraphs and a newline is a line break (WordPress's wpautop). */
  autoParagraphs?: boolean;
}

const HOSTILE = new Set(["script", "style", "object", "applet", "form", "input", "button", "select", "textarea", "meta", "link", "base", "frame", "frameset", "noscript", "template", "svg", "math"]);
const EMBEDS = new Set(["iframe", "embed", "video", "audio", "source", "track", "canvas", "noembed", "noframes"]);
const TRANSPARENT_INLINE = new Set(["span", "u", "ins", "del", "s", "strike", "small", "big", "sub", "sup", "mark", "abbr", "cite", "q", "time", "kbd", "var", "samp", "code", "font", "bdi", "bdo", "label", "wbr", "data", "dfn", "tt"]);
const BLOCKISH = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "hr", "figure", "figcaption", "pre", "table", "div", "section", "article", "aside", "header", "footer", "main", "nav", "address", "dl", "dt", "dd", "details", "summary", "center", "img", "picture", "caption", "thead", "tbody", "tfoot", "tr", "td", "th"]);
const HEADING_LEVEL: Record<string, number> = { h1: 2, h2: 2, h3: 3, h4: 4, h5: 4, h6: 4 };

const dirOf = (el: HtmlElement): "ltr" | "rtl" | "auto" | undefined => {
  const d = el.attrs.dir?.toLowerCase();
  return d === "rtl" || d === "ltr" || d === "auto" ? d : undefined;
};

/** Event handlers and script URLs on any element: never copied, always reported. */
function noteHostileAttributes(el: HtmlElement, notes: BodyNotes) {
  for (const [name, value] of Object.entries(el.attrs)) {
    if (name.startsWith("on")) notes.add("hostile", `${name} attribute on <${el.name}>`);
    else if (/^\s*(javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u0020]/g, "")) && (name === "href" || name === "src" || name === "action" || name === "formaction" || name === "xlink:href")) {
      notes.add("hostile", `${value.trim().split(":")[0]!.toLowerCase()}: URL in <${el.name} ${name}>`);
    }
  }
}

class Builder {
  readonly blocks: RichTextNode[] = [];
  /** The paragraph being filled with inline content, if any. */
  private inline: RichTextNode[] | null = null;
  private inlineDir: string | undefined;

  constructor(private readonly o: ConvertOptions) {}

  private flushInline() {
    if (!this.inline) return;
    const content = trimInline(this.inline);
    if (content.length) this.blocks.push({ type: "paragraph", ...(this.inlineDir ? { attrs: { dir: this.inlineDir } } : {}), content });
    this.inline = null;
    this.inlineDir = undefined;
  }

  private pushInline(node: RichTextNode, dir?: string) {
    if (!this.inline) {
      this.inline = [];
      this.inlineDir = dir;
    }
    this.inline.push(node);
  }

  finish(): RichTextNode[] {
    this.flushInline();
    return this.blocks;
  }

  /** Block-level content of a container (doc, quote, list item). */
  blocksOf(nodes: HtmlNode[], dir?: string) {
    for (const node of nodes) this.block(node, dir);
  }

  private block(node: HtmlNode, dir?: string) {
    if (node.type === "text") {
      this.text(node.text, [], dir);
      return;
    }
    const el = node;
    const name = el.name;
    const ownDir = dirOf(el) ?? dir;
    if (!BLOCKISH.has(name) && !HOSTILE.has(name) && !EMBEDS.has(name)) {
      this.inlineNode(el, [], ownDir);
      return;
    }
    noteHostileAttributes(el, this.o.notes);
    if (HOSTILE.has(name)) {
      this.o.notes.add(name === "script" || name === "object" || name === "applet" || name === "base" || name === "meta" || name === "link" || name === "svg" || name === "template" ? "hostile" : "dropped", `<${name}>`);
      return;
    }
    if (EMBEDS.has(name)) {
      this.embed(el);
      return;
    }
    if (name === "img") {
      this.image(el);
      return;
    }
    this.flushInline();
    const attrs = ownDir ? { dir: ownDir } : undefined;
    switch (name) {
      case "p":
      case "dt":
      case "dd":
      case "summary":
      case "figcaption":
      case "caption": {
        const sub = this.child();
        sub.inlineRun(el.children, ownDir);
        this.blocks.push(...sub.finish());
        return;
      }
      case "h1":
      case "h2":
      case "h3":
      case "h4":
      case "h5":
      case "h6": {
        if (name === "h1" || name === "h5" || name === "h6") this.o.notes.add("converted", `<${name}> → heading ${HEADING_LEVEL[name]}`);
        const content = trimInline(this.inlineContent(el.children));
        if (content.length) this.blocks.push({ type: "heading", attrs: { level: HEADING_LEVEL[name]!, ...(ownDir ? { dir: ownDir } : {}) }, content });
        return;
      }
      case "hr":
        this.blocks.push({ type: "horizontalRule" });
        return;
      case "ul":
      case "ol": {
        const items: RichTextNode[] = [];
        for (const child of el.children) {
          if (child.type === "text" && !child.text.trim()) continue;
          const liEl = child.type === "element" && child.name === "li" ? child : { type: "element" as const, name: "li", attrs: {}, children: [child] };
          noteHostileAttributes(liEl, this.o.notes);
          const sub = this.child();
          sub.blocksOf(liEl.children, dirOf(liEl) ?? ownDir);
          const content = sub.finish().filter((b) => ["paragraph", "bulletList", "orderedList", "blockquote"].includes(b.type));
          items.push({ type: "listItem", ...(dirOf(liEl) ? { attrs: { dir: dirOf(liEl)! } } : {}), content: content.length ? content : [{ type: "paragraph" }] });
        }
        if (!items.length) return;
        const start = Number(el.attrs.start);
        const listAttrs = name === "ol" && Number.isInteger(start) && start > 1 && start <= 100_000 ? { start, ...(ownDir ? { dir: ownDir } : {}) } : attrs;
        this.blocks.push({ type: name === "ul" ? "bulletList" : "orderedList", ...(listAttrs ? { attrs: listAttrs } : {}), content: items });
        return;
      }
      case "li": {
        // An item outside any list: a list of one.
        this.block({ type: "element", name: "ul", attrs: {}, children: [el] }, dir);
        return;
      }
      case "blockquote": {
        const sub = this.child();
        sub.blocksOf(el.children, ownDir);
        const inner = sub.finish();
        const allowed = inner.filter((b) => ["paragraph", "heading", "bulletList", "orderedList", "horizontalRule"].includes(b.type));
        if (allowed.length) this.blocks.push({ type: "blockquote", ...(attrs ? { attrs } : {}), content: allowed });
        // Images inside a quote cannot stay there: they follow it.
        this.blocks.push(...inner.filter((b) => b.type === "image"));
        return;
      }
      case "pre": {
        this.o.notes.add("converted", "<pre> → paragraph");
        const lines = textOf(el).replace(/\r\n?/g, "\n").replace(/^\n/, "").replace(/\n+$/, "").split("\n");
        const content: RichTextNode[] = [];
        lines.forEach((line, i) => {
          if (i > 0) content.push({ type: "hardBreak" });
          if (line) content.push({ type: "text", text: line });
        });
        if (content.some((c) => c.type === "text")) this.blocks.push({ type: "paragraph", ...(attrs ? { attrs } : {}), content });
        return;
      }
      case "table":
        this.table(el, ownDir);
        return;
      case "thead":
      case "tbody":
      case "tfoot":
      case "tr":
      case "td":
      case "th":
        this.table({ ...el, name: "table", children: [el] }, ownDir);
        return;
      default:
        // figure, div, section, picture, details…: their content, in place.
        if (el.attrs.class?.includes("wp-block-embed")) {
          this.embed(el);
          return;
        }
        this.blocksOf(el.children, ownDir);
        this.flushInline();
    }
  }

  private child(): Builder {
    return new Builder({ ...this.o, autoParagraphs: false });
  }

  /** The inline content of a paragraph-like element, as paragraphs (images inside split it). */
  inlineRun(nodes: HtmlNode[], dir?: string) {
    this.inline = [];
    this.inlineDir = dir;
    for (const node of nodes) this.inlineNode(node, [], dir);
    this.flushInline();
  }

  private inlineContent(nodes: HtmlNode[]): RichTextNode[] {
    const sub = this.child();
    sub.inline = [];
    for (const node of nodes) sub.inlineNode(node, [], undefined, true);
    return sub.inline ?? [];
  }

  private text(raw: string, marks: Mark[], dir?: string) {
    if (this.o.autoParagraphs && !this.inlineOnly) {
      // wpautop: a blank line ends a paragraph, a single newline is a line break.
      const paragraphs = raw.replace(/\r\n?/g, "\n").split(/\n\s*\n/);
      paragraphs.forEach((para, i) => {
        if (i > 0) this.flushInline();
        const lines = para.split("\n");
        lines.forEach((line, j) => {
          if (j > 0 && this.inline?.length) this.pushInline({ type: "hardBreak" }, dir);
          this.pushText(line, marks, dir);
        });
      });
      return;
    }
    this.pushText(raw, marks, dir);
  }

  private inlineOnly = false;

  private pushText(raw: string, marks: Mark[], dir?: string) {
    const text = raw.replace(/[\t\n\r\f ]+/g, " ");
    if (!text) return;
    if (!this.inline && !text.trim()) return;
    this.pushInline({ type: "text", text, ...(marks.length ? { marks } : {}) }, dir);
  }

  private inlineNode(node: HtmlNode, marks: Mark[], dir?: string, inlineOnly = false) {
    const previous = this.inlineOnly;
    this.inlineOnly = previous || inlineOnly;
    try {
      if (node.type === "text") {
        this.text(node.text, marks, dir);
        return;
      }
      const el = node;
      noteHostileAttributes(el, this.o.notes);
      const name = el.name;
      if (HOSTILE.has(name)) {
        this.o.notes.add(name === "script" || name === "object" || name === "svg" ? "hostile" : "dropped", `<${name}>`);
        return;
      }
      if (EMBEDS.has(name)) {
        if (this.inlineOnly) {
          const href = embedUrl(el);
          this.o.notes.add("converted", `<${name}> → link`);
          if (href) this.pushInline({ type: "text", text: href, marks: [...marks, linkMark(href)] }, dir);
        } else this.embed(el);
        return;
      }
      if (name === "br") {
        this.pushInline({ type: "hardBreak" }, dir);
        return;
      }
      if (name === "img") {
        if (this.inlineOnly) {
          const alt = el.attrs.alt?.trim();
          this.o.notes.add("converted", "image in a heading → its alt text");
          if (alt) this.pushText(alt, marks, dir);
        } else this.image(el);
        return;
      }
      if (!this.inlineOnly && BLOCKISH.has(name)) {
        this.block(el, dir);
        return;
      }
      let next = marks;
      if (name === "strong" || name === "b") next = withMark(marks, { type: "bold" });
      else if (name === "em" || name === "i") next = withMark(marks, { type: "italic" });
      else if (name === "a") {
        const href = (el.attrs.href ?? "").trim();
        if (href && isSafeHref(href)) next = [...marks.filter((m) => m.type !== "link"), linkMark(href)];
        else if (href && !href.startsWith("#") && !/^(javascript|vbscript|data):/i.test(href.replace(/[\u0000-\u0020]/g, ""))) this.o.notes.add("converted", `link to "${href.slice(0, 80)}" → plain text`);
      } else if (!TRANSPARENT_INLINE.has(name) && !BLOCKISH.has(name)) this.o.notes.add("converted", `<${name}> → its text`);
      for (const child of el.children) this.inlineNode(child, next, dir);
    } finally {
      this.inlineOnly = previous;
    }
  }

  private image(el: HtmlElement) {
    const src = (el.attrs.src ?? "").trim();
    const alt = (el.attrs.alt ?? "").trim();
    const ours = src ? this.o.resolveImage(src) : null;
    const target = ours ?? (isSafeImageSrc(src) ? src : null);
    if (!target) {
      if (/^\s*(javascript|vbscript|data):/i.test(src)) return; // reported as hostile already
      this.o.notes.add("broken", `image ${src.slice(0, 120) || "(no src)"}`);
      if (isSafeHref(src)) this.pushInline({ type: "text", text: alt || src, marks: [linkMark(src)] });
      return;
    }
    this.flushInline();
    const width = Number(el.attrs.width);
    const height = Number(el.attrs.height);
    this.blocks.push({
      type: "image",
      attrs: {
        src: target,
        alt: alt.slice(0, 1000) || null,
        ...(Number.isInteger(width) && width > 0 ? { width } : {}),
        ...(Number.isInteger(height) && height > 0 ? { height } : {}),
      },
    });
  }

  private embed(el: HtmlElement) {
    const href = embedUrl(el);
    this.o.notes.add("converted", `<${el.name}> embed → link`);
    this.flushInline();
    if (href) this.blocks.push({ type: "paragraph", content: [{ type: "text", text: href, marks: [linkMark(href)] }] });
    else this.o.notes.add("dropped", `<${el.name}> without a usable URL`);
  }

  private table(el: HtmlElement, dir?: string) {
    this.o.notes.add("converted", "table → one paragraph per row");
    const rows: HtmlElement[] = [];
    const walk = (n: HtmlNode) => {
      if (n.type !== "element") return;
      if (n.name === "tr") rows.push(n);
      else n.children.forEach(walk);
    };
    walk(el);
    for (const row of rows) {
      const cells = row.children.filter((c): c is HtmlElement => c.type === "element" && (c.name === "td" || c.name === "th"));
      const content: RichTextNode[] = [];
      cells.forEach((cell, i) => {
        if (i > 0) content.push({ type: "text", text: " | " });
        content.push(...trimInline(this.inlineContent(cell.children)));
      });
      const trimmed = trimInline(content);
      if (trimmed.some((c) => c.type === "text" && c.text!.trim())) this.blocks.push({ type: "paragraph", ...(dir ? { attrs: { dir } } : {}), content: trimmed });
    }
  }
}

function embedUrl(el: HtmlElement): string | null {
  const candidates = [el.attrs.src, el.attrs["data-src"], el.attrs.href, ...findAll(el, "source").map((s) => s.attrs.src), ...findAll(el, "a").map((a) => a.attrs.href)];
  const text = textOf(el).trim();
  if (/^https?:\/\/\S+$/.test(text)) candidates.push(text);
  return candidates.map((c) => c?.trim()).find((c): c is string => !!c && isSafeHref(c)) ?? null;
}

function findAll(el: HtmlElement, name: string): HtmlElement[] {
  const found: HtmlElement[] = [];
  const walk = (n: HtmlNode) => {
    if (n.type !== "element") return;
    if (n.name === name) found.push(n);
    n.children.forEach(walk);
  };
  el.children.forEach(walk);
  return found;
}

export function textOf(node: HtmlNode): string {
  return node.type === "text" ? node.text : node.children.map(textOf).join("");
}

const linkMark = (href: string): Mark => ({ type: "link", attrs: { href, target: null, rel: "noopener noreferrer nofollow", class: null } });

function withMark(marks: Mark[], mark: Mark): Mark[] {
  return marks.some((m) => m.type === mark.type) ? marks : [...marks, mark];
}

/** Leading/trailing spaces and line breaks of a paragraph go; empty text nodes never exist. */
function trimInline(nodes: RichTextNode[]): RichTextNode[] {
  const out = nodes.slice();
  while (out.length && (out[0]!.type === "hardBreak" || (out[0]!.type === "text" && !out[0]!.text!.trim()))) out.shift();
  while (out.length && (out.at(-1)!.type === "hardBreak" || (out.at(-1)!.type === "text" && !out.at(-1)!.text!.trim()))) out.pop();
  if (out[0]?.type === "text") out[0] = { ...out[0], text: out[0].text!.replace(/^\s+/, "") };
  const last = out.at(-1);
  if (last?.type === "text") out[out.length - 1] = { ...last, text: last.text!.replace(/\s+$/, "") };
  // Adjacent texts with the same marks are one node.
  const merged: RichTextNode[] = [];
  for (const node of out) {
    const prev = merged.at(-1);
    if (node.type === "text" && prev?.type === "text" && JSON.stringify(prev.marks ?? []) === JSON.stringify(node.marks ?? [])) merged[merged.length - 1] = { ...prev, text: prev.text! + node.text! };
    else merged.push(node);
  }
  return merged.filter((n) => n.type !== "text" || n.text!.length > 0);
}

/** Converts an HTML fragment to the blocks of a document. */
export function htmlToBlocks(html: string, options: ConvertOptions): RichTextNode[] {
  const builder = new Builder(options);
  builder.blocksOf(parseHtmlFragment(html));
  return builder.finish();
}

