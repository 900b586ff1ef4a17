import { documentToPlainText, type RichTextNode } from "@/lib/rich-text/document";

const normalize = (text: string) => text.replace(/\s+/g, " ").replace(/\s*…$/, "").trim();

/**
 * True when the body says nothing the standfirst does not: empty, or the
 * summary again (an import that filled both with the teaser). The page then
 * shows the summary once, never twice.
 */
export function bodyRepeatsSummary(body: unknown, summary: string): boolean {
  if (!body || typeof body !== "object") return true;
  const text = normalize(documentToPlainText(body as RichTextNode));
  return text === "" || text === normalize(summary);
}
