// Validation of stored article bodies (Tiptap JSON). Allow-list only: any node,
// mark or attribute not named here is refused, as are unsafe URLs, deep nesting
// and oversized documents. The server renderer is the second wall, not the first.
import { z } from "zod";
import { HEADING_LEVELS } from "./extensions";
import type { RichTextDocument, RichTextNode } from "./document";
import { isSafeHref, isSafeImageSrc } from "./safe-url";

export const MAX_DEPTH = 12;
export const MAX_DOCUMENT_BYTES = 512 * 1024;

const dir = z.enum(["ltr", "rtl", "auto"]).nullable().optional();
const blockAttrs = z.strictObject({ dir }).optional();

const linkMark = z.strictObject({
  type: z.literal("link"),
  attrs: z.strictObject({
    href: z.string().refine(isSafeHref, { message: "unsafeLink" }),
    target: z.enum(["_blank"]).nullable().optional(),
    rel: z.string().max(100).nullable().optional(),
    class: z.null().optional(),
    title: z.string().max(300).nullable().optional(),
  }),
});
const mark = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("bold") }),
  z.strictObject({ type: z.literal("italic") }),
  linkMark,
]);

const text = z.strictObject({
  type: z.literal("text"),
  text: z.string().min(1).max(100_000),
  marks: z.array(mark).max(10).optional(),
});

// Children are validated recursively by `validateNode` (zod recursion through
// unions gets slow and unreadable for a dozen node types).
const children = z.array(z.unknown()).max(10_000).optional();

const nodeShapes = {
  paragraph: z.strictObject({ type: z.literal("paragraph"), attrs: blockAttrs, content: children }),
  heading: z.strictObject({
    type: z.literal("heading"),
    attrs: z.strictObject({ level: z.union(HEADING_LEVELS.map((l) => z.literal(l))), dir }),
    content: children,
  }),
  blockquote: z.strictObject({ type: z.literal("blockquote"), attrs: blockAttrs, content: children }),
  bulletList: z.strictObject({ type: z.literal("bulletList"), attrs: blockAttrs, content: children }),
  orderedList: z.strictObject({
    type: z.literal("orderedList"),
    attrs: z.strictObject({ start: z.number().int().min(0).max(100_000).optional(), type: z.string().max(2).nullable().optional(), dir }).optional(),
    content: children,
  }),
  listItem: z.strictObject({ type: z.literal("listItem"), attrs: blockAttrs, content: children }),
  horizontalRule: z.strictObject({ type: z.literal("horizontalRule"), attrs: blockAttrs }),
  hardBreak: z.strictObject({ type: z.literal("hardBreak"), attrs: blockAttrs, marks: z.array(mark).max(10).optional() }),
  image: z.strictObject({
    type: z.literal("image"),
    attrs: z.strictObject({
      src: z.string().refine(isSafeImageSrc, { message: "unsafeImage" }),
      alt: z.string().max(1000).nullable().optional(),
      title: z.string().max(1000).nullable().optional(),
      width: z.number().int().positive().nullable().optional(),
      height: z.number().int().positive().nullable().optional(),
      dir,
    }),
  }),
  text,
} as const;

/** Which children each node may hold (ProseMirror's content expressions, simplified). */
const allowedChildren: Record<string, readonly string[]> = {
  doc: ["paragraph", "heading", "blockquote", "bulletList", "orderedList", "horizontalRule", "image"],
  paragraph: ["text", "hardBreak"],
  heading: ["text", "hardBreak"],
  blockquote: ["paragraph", "heading", "bulletList", "orderedList", "horizontalRule"],
  bulletList: ["listItem"],
  orderedList: ["listItem"],
  listItem: ["paragraph", "bulletList", "orderedList", "blockquote"],
};

export interface RichTextIssue {
  path: string;
  message: string;
}

export class RichTextValidationError extends Error {
  constructor(readonly issues: RichTextIssue[]) {
    super(`Invalid rich text: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`);
  }
}

function validateNode(node: unknown, parent: string, path: string, depth: number, issues: RichTextIssue[]): void {
  if (issues.length >= 20) return;
  if (depth > MAX_DEPTH) {
    issues.push({ path, message: "tooDeep" });
    return;
  }
  const type = (node as { type?: unknown } | null)?.type;
  if (typeof type !== "string" || !(type in nodeShapes)) {
    issues.push({ path, message: `unknownNode:${String(type).slice(0, 40)}` });
    return;
  }
  if (!allowedChildren[parent]?.includes(type)) {
    issues.push({ path, message: `notAllowedIn:${type}>${parent}` });
    return;
  }
  const result = nodeShapes[type as keyof typeof nodeShapes].safeParse(node);
  if (!result.success) {
    for (const issue of result.error.issues.slice(0, 5)) {
      issues.push({ path: [path, ...issue.path].join("."), message: issue.message });
    }
    return;
  }
  const content = (node as RichTextNode).content;
  content?.forEach((child, i) => validateNode(child, type, `${path}.content.${i}`, depth + 1, issues));
}

/** Returns the document if it is allowed, or the list of problems. */
export function validateRichText(input: unknown): { ok: true; document: RichTextDocument } | { ok: false; issues: RichTextIssue[] } {
  let size: number;
  try {
    size = Buffer.byteLength(JSON.stringify(input) ?? "", "utf8");
  } catch {
    return { ok: false, issues: [{ path: "", message: "notJson" }] };
  }
  if (size > MAX_DOCUMENT_BYTES) return { ok: false, issues: [{ path: "", message: "tooLarge" }] };
  const doc = input as RichTextDocument | null;
  if (!doc || typeof doc !== "object" || doc.type !== "doc" || !Array.isArray(doc.content)) {
    return { ok: false, issues: [{ path: "", message: "notADocument" }] };
  }
  const extraKeys = Object.keys(doc).filter((k) => k !== "type" && k !== "content" && k !== "attrs");
  if (extraKeys.length) return { ok: false, issues: [{ path: "", message: `unknownKeys:${extraKeys.join(",")}` }] };
  if (!blockAttrs.safeParse(doc.attrs).success) return { ok: false, issues: [{ path: "attrs", message: "unknownAttributes" }] };
  const issues: RichTextIssue[] = [];
  doc.content.forEach((child, i) => validateNode(child, "doc", `content.${i}`, 1, issues));
  return issues.length ? { ok: false, issues } : { ok: true, document: doc };
}

/** A zod schema for action inputs: bodies are validated with the rules above. */
export const richTextDocumentSchema = z.unknown().transform((value, ctx) => {
  const result = validateRichText(value);
  if (result.ok) return result.document;
  for (const issue of result.issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path ? issue.path.split(".") : [] });
  return z.NEVER;
});
