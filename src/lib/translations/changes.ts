// What changed in a source since the text a translation follows: which fields,
// the word diff of each, and which blocks (paragraphs, headings…) of the
// current source are new or edited — for the translator's side-by-side view.
// Pure code: the dashboard renders it, the queue and tests compute it.

import { documentToPlainText, type RichTextDocument, type RichTextNode } from "@/lib/rich-text/document";
import { diffText, lcs, type DiffPart } from "@/lib/text-diff";

export const TRANSLATABLE_FIELDS = ["title", "summary", "body"] as const;
export type TranslatableField = (typeof TRANSLATABLE_FIELDS)[number];

export interface TranslatableText {
  title: string;
  summary: string;
  body: RichTextDocument;
}

/** The translatable part of a variant or a revision (its body as stored). */
export function translatableText(v: { title: string; summary: string; body: unknown }): TranslatableText {
  return { title: v.title, summary: v.summary, body: v.body as RichTextDocument };
}

export interface FieldChange {
  field: TranslatableField;
  parts: DiffPart[];
}

/** JSON with its object keys sorted: stored documents (jsonb) reorder keys. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** Two documents are the same when their structure, text, marks and attributes are. */
export function sameDocument(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** The translatable fields whose value differs between two texts. */
export function changedFields(before: TranslatableText, after: TranslatableText): TranslatableField[] {
  return TRANSLATABLE_FIELDS.filter((field) =>
    field === "body" ? !sameDocument(before.body, after.body) : before[field].trim() !== after[field].trim(),
  );
}

/** The fields that changed, each with its word diff (body as plain text, paragraph by paragraph). */
export function fieldChanges(before: TranslatableText, after: TranslatableText): FieldChange[] {
  return changedFields(before, after).map((field) => ({
    field,
    parts:
      field === "body"
        ? diffText(documentToPlainText(before.body), documentToPlainText(after.body))
        : diffText(before[field], after[field]),
  }));
}

/** A block's identity for matching: its kind and its text (images by source). */
function blockKey(node: RichTextNode): string {
  return `${node.type}\u0000${node.type === "image" ? String(node.attrs?.src ?? "") : documentToPlainText(node)}`;
}

/**
 * Indexes of the top-level blocks of `after` that are not in `before`
 * unchanged (new or edited), matched in order.
 */
export function changedBlocks(before: RichTextDocument, after: RichTextDocument): number[] {
  const ops = lcs(before.content.map(blockKey), after.content.map(blockKey));
  const changed: number[] = [];
  let index = 0;
  for (const op of ops) {
    if (op.kind === "removed") continue;
    if (op.kind === "added") changed.push(index);
    index++;
  }
  return changed;
}

/**
 * The starting point of a translation: the source's structure — the same
 * headings, paragraphs, lists, quotes, rules and images, in the same order —
 * with the text left for the translator. Blocks line up one to one with the
 * source in the side-by-side view. Images keep their source, with the alt text
 * in the target language when the media library has one.
 */
export function translationSkeleton(source: RichTextDocument, altFor: (src: string) => string | undefined = () => undefined): RichTextDocument {
  const strip = (node: RichTextNode): RichTextNode | null => {
    if (node.type === "text" || node.type === "hardBreak") return null;
    if (node.type === "image") {
      const src = String(node.attrs?.src ?? "");
      return { ...node, attrs: { ...withoutDir(node.attrs), alt: altFor(src) ?? String(node.attrs?.alt ?? "") } };
    }
    const content = (node.content ?? []).map(strip).filter((n): n is RichTextNode => n !== null);
    const kept = withoutDir(node.attrs);
    const rest: RichTextNode = { type: node.type, ...(node.marks ? { marks: node.marks } : {}), ...(Object.keys(kept).length ? { attrs: kept } : {}) };
    // Containers (lists, quotes) must hold at least one block to be valid.
    if (node.type.endsWith("List") || node.type === "listItem" || node.type === "blockquote") {
      return { ...rest, content: content.length ? content : [{ type: "paragraph" }] };
    }
    return content.length ? { ...rest, content } : rest;
  };
  const blocks = source.content.map(strip).filter((n): n is RichTextNode => n !== null);
  return { type: "doc", content: blocks.length ? blocks : [{ type: "paragraph" }] };
}

/** The source's explicit writing direction does not carry over to another language. */
function withoutDir(attrs: RichTextNode["attrs"]): NonNullable<RichTextNode["attrs"]> {
  const copy = { ...attrs };
  delete copy.dir;
  return copy;
}
