import type { RichTextDocument, RichTextNode } from "@/lib/rich-text/document";
import { mediaSrc } from "@/lib/media/formats";
import { editorsNote, originalUrl } from "../../../prisma/seed/data/demo-notes";
import type { SeedLocale } from "../../../prisma/seed/data/internationalizing-human-rights";

// The demo's article bodies as rich-text documents (the editor's JSON).

type Mark = { type: "bold" } | { type: "italic" } | { type: "link"; attrs: { href: string; target: null; rel: string } };
const text = (value: string, marks?: Mark[]): RichTextNode => ({ type: "text", text: value, ...(marks?.length ? { marks } : {}) });
const link = (href: string): Mark => ({ type: "link", attrs: { href, target: null, rel: "noopener noreferrer nofollow" } });
const paragraph = (content: RichTextNode[]): RichTextNode => ({ type: "paragraph", content });

/** Inline text: [label](https://…) links and _italics_. */
function inline(source: string): RichTextNode[] {
  const nodes: RichTextNode[] = [];
  const pattern = /\[([^\]]+)\]\((https:\/\/[^)\s]+)\)|_([^_]+)_/g;
  let last = 0;
  for (const match of source.matchAll(pattern)) {
    if (match.index > last) nodes.push(text(source.slice(last, match.index)));
    nodes.push(match[1] ? text(match[1], [link(match[2]!)]) : text(match[3]!, [{ type: "italic" }]));
    last = match.index + match[0].length;
  }
  if (last < source.length) nodes.push(text(source.slice(last)));
  return nodes;
}

export interface Figure {
  storageKey: string;
  alt: string;
  width: number;
  height: number;
}

/**
 * The small Markdown subset the demo article is written in: blocks separated
 * by blank lines; "## " a heading, "> " a quotation, "- " list items,
 * "![…](figure)" the figure; links and italics inline.
 */
export function markdownToDocument(source: string, figure: Figure): RichTextDocument {
  const content = source.split(/\n\s*\n/).map((block): RichTextNode => {
    const trimmed = block.trim();
    if (trimmed.startsWith("## ")) return { type: "heading", attrs: { level: 2 }, content: inline(trimmed.slice(3)) };
    if (trimmed.startsWith("> ")) return { type: "blockquote", content: [paragraph(inline(trimmed.slice(2)))] };
    if (trimmed.startsWith("![")) {
      return { type: "image", attrs: { src: mediaSrc(figure.storageKey), alt: figure.alt, title: null, width: figure.width, height: figure.height } };
    }
    if (trimmed.startsWith("- ")) {
      return {
        type: "bulletList",
        content: trimmed.split("\n").map((line) => ({ type: "listItem", content: [paragraph(inline(line.replace(/^- /, "")))] })),
      };
    }
    return paragraph(inline(trimmed.replace(/\n/g, " ")));
  });
  return { type: "doc", content } as RichTextDocument;
}

/**
 * The body of a transcribed demo article: an editor's note, in the variant's
 * language, saying what it is and where the full text is (we have its teaser
 * only, and put no invented words under a real author's name).
 */
export function editorsNoteDocument(locale: SeedLocale, authors: string[], englishSlug: string): RichTextDocument {
  const note = editorsNote[locale];
  const names = new Intl.ListFormat(locale, { type: "conjunction" }).format(authors);
  const url = originalUrl(englishSlug);
  return {
    type: "doc",
    content: [
      paragraph([text(note.label, [{ type: "bold" }]), text(` ${note.text.replace("{authors}", names)}`)]),
      paragraph([text(url, [link(url)])]),
    ],
  } as RichTextDocument;
}
