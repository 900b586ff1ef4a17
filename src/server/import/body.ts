import "server-only";
import { parse } from "@wordpress/block-serialization-default-parser";
import type { RichTextDocument, RichTextNode } from "@/lib/rich-text/document";
import { validateRichText } from "@/lib/rich-text/schema";
import type { BodyNotes } from "./body-notes";
import { htmlToBlocks } from "./html-to-doc";

// A post's content (classic HTML or Gutenberg block markup) → a body our editor
// accepts. Whatever comes out passes the same validation as an editor save
// (validateRichText); a document it refuses is replaced by its plain text, noted.

type ParsedBlock = ReturnType<typeof parse>[number];

interface BodyOptions {
  notes: BodyNotes;
  resolveImage: (src: string) => string | null;
}

/** Blocks rendered by PHP at view time: their markup is not in the export. */
const DYNAMIC = /^core\/(latest-posts|latest-comments|archives|categories|calendar|tag-cloud|rss|search|page-list|query|post-\w+|navigation|site-\w+|loginout|widget-group|legacy-widget|shortcode|more|nextpage|read-more|comments.*)$/;

export function convertBody(content: string, options: BodyOptions): RichTextDocument {
  const gutenberg = content.includes("<!-- wp:");
  const blocks = gutenberg ? convertBlocks(parse(content), options) : convertHtml(content, options, true);
  const doc: RichTextDocument = { type: "doc", content: blocks };
  const checked = validateRichText(doc);
  if (checked.ok) return checked.document;
  options.notes.add("converted", `body refused by the editor's rules (${checked.issues[0]?.message}) → plain paragraphs`);
  const text = blocks.map(plain).filter(Boolean);
  const fallback: RichTextDocument = { type: "doc", content: text.map((t) => ({ type: "paragraph", content: [{ type: "text", text: t }] })) };
  const again = validateRichText(fallback);
  if (again.ok) return again.document;
  options.notes.add("dropped", `body: even as plain text it is refused (${again.issues[0]?.message}); imported empty`);
  return { type: "doc", content: [] };
}

function plain(node: RichTextNode): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return " ";
  return (node.content ?? []).map(plain).join(node.type.endsWith("List") || node.type === "blockquote" ? " " : "").trim();
}

function convertBlocks(blocks: ParsedBlock[], options: BodyOptions): RichTextNode[] {
  const out: RichTextNode[] = [];
  for (const block of blocks) {
    const name = block.blockName;
    if (name === null) {
      // Markup between blocks (a classic post turned into blocks keeps some): as classic HTML.
      if (block.innerHTML.trim()) out.push(...convertHtml(block.innerHTML, options, true));
      continue;
    }
    if (name === "core/embed" || name.startsWith("core-embed/")) {
      const url = typeof block.attrs?.url === "string" ? block.attrs.url : null;
      options.notes.add("converted", `block ${name} → link`);
      out.push(...convertHtml(url ? `<p><a href="${escapeAttr(url)}">${escapeText(url)}</a></p>` : block.innerHTML, options, false));
      continue;
    }
    if (name === "core/shortcode") {
      out.push(...convertHtml(innerHtml(block), options, true));
      continue;
    }
    if (name === "core/more" || name === "core/nextpage") {
      options.notes.add("dropped", `block ${name}`);
      continue;
    }
    if (DYNAMIC.test(name) || !innerHtml(block).trim()) {
      options.notes.add("dropped", `block ${name} (rendered by WordPress, no content in the export)`);
      continue;
    }
    if (name === "core/gallery") options.notes.add("converted", "block core/gallery → its images");
    else if (name === "core/table") {
      // The table's own note is added by the HTML conversion.
    } else if (!KNOWN.has(name)) options.notes.add("converted", `block ${name} → its content`);
    out.push(...convertHtml(innerHtml(block), options, false));
  }
  return out;
}

const KNOWN = new Set([
  "core/paragraph", "core/heading", "core/list", "core/list-item", "core/quote", "core/pullquote", "core/image", "core/separator",
  "core/group", "core/columns", "core/column", "core/html", "core/freeform", "core/preformatted", "core/code", "core/verse", "core/spacer", "core/buttons", "core/button",
]);

/** A block's markup with its inner blocks' markup put back in their places. */
function innerHtml(block: ParsedBlock): string {
  let next = 0;
  return block.innerContent.map((part) => part ?? innerHtml(block.innerBlocks[next++]!)).join("");
}

/** Shortcodes WordPress expands at view time: caption and embed become markup, others stay readable. */
function expandShortcodes(html: string, notes: BodyNotes): string {
  return html
    .replace(/\[(caption|wp_caption)\b[^\]]*\]([\s\S]*?)\[\/\1\]/g, (_, name: string, inner: string) => {
      notes.add("converted", `shortcode [${name}] → image and caption`);
      return `<figure>${inner.replace(/(<img\b[^>]*>|<\/a>)\s*/i, "$1<figcaption>")}</figcaption></figure>`;
    })
    .replace(/\[embed\b[^\]]*\]\s*(https?:\/\/[^\s[\]<]+)\s*\[\/embed\]/g, (_, url: string) => {
      notes.add("converted", "shortcode [embed] → link");
      return `<p><a href="${escapeAttr(url)}">${escapeText(url)}</a></p>`;
    })
    .replace(/\[(\/?)([a-z][\w-]*)(\s[^\]]*)?\]/g, (whole, closing: string, name: string) => {
      if (!closing) notes.add("converted", `shortcode [${name}] kept as text`);
      return whole;
    });
}

function convertHtml(html: string, options: BodyOptions, autoParagraphs: boolean): RichTextNode[] {
  return htmlToBlocks(expandShortcodes(html, options.notes), { ...options, autoParagraphs });
}

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, "&quot;");
