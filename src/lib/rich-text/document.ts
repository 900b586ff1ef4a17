// Tiptap documents as stored (ProseMirror JSON). Validation against the allowed
// nodes and marks, and rendering to HTML, live beside this file.

// Type aliases, not interfaces, so that a document is assignable to Prisma's JSON input.
export type RichTextNode = {
  type: string;
  attrs?: Record<string, string | number | boolean | null>;
  content?: RichTextNode[];
  marks?: { type: string; attrs?: Record<string, string | number | boolean | null> }[];
  text?: string;
};

export type RichTextDocument = RichTextNode & {
  type: "doc";
  content: RichTextNode[];
};

/** A document of plain paragraphs, e.g. for imported or seeded text. */
export function paragraphsToDocument(paragraphs: string[]): RichTextDocument {
  return {
    type: "doc",
    content: paragraphs
      .map((p) => p.trim())
      .filter(Boolean)
      .map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
  };
}

/** The text of a document, block by block (for search, teasers and diffs). */
export function documentToPlainText(node: RichTextNode): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  const inner = (node.content ?? []).map(documentToPlainText);
  const isBlockContainer = node.type === "doc" || node.type === "blockquote" || node.type.endsWith("List") || node.type === "listItem";
  return isBlockContainer ? inner.join("\n\n") : inner.join("");
}

/** The images of a document, in reading order (their source and alt text). */
export function documentImages(doc: RichTextNode): { src: string; alt: string }[] {
  const found: { src: string; alt: string }[] = [];
  const walk = (node: RichTextNode) => {
    if (node.type === "image") found.push({ src: String(node.attrs?.src ?? ""), alt: String(node.attrs?.alt ?? "") });
    node.content?.forEach(walk);
  };
  walk(doc);
  return found;
}

/** The document with the alt text of its `index`-th image (reading order) replaced. */
export function withImageAlt<T extends RichTextNode>(doc: T, index: number, alt: string): T {
  let seen = -1;
  const walk = (node: RichTextNode): RichTextNode => {
    if (node.type === "image" && ++seen === index) return { ...node, attrs: { ...node.attrs, alt } };
    return node.content ? { ...node, content: node.content.map(walk) } : node;
  };
  return walk(doc) as T;
}

/** Paragraphs and headings — the blocks holding text — in reading order (how a source and its translation line up). */
export function textBlocks(doc: RichTextNode): RichTextNode[] {
  const found: RichTextNode[] = [];
  const walk = (node: RichTextNode) => {
    if (node.type === "paragraph" || node.type === "heading") found.push(node);
    else node.content?.forEach(walk);
  };
  walk(doc);
  return found;
}
