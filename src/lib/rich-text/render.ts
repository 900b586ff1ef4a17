import { renderToHTMLString } from "@tiptap/static-renderer/pm/html-string";
import { richTextExtensions } from "./extensions";
import { RichTextValidationError, validateRichText } from "./schema";

/**
 * Stored body → HTML, on the server. The document is validated again before
 * rendering (a row written by an older version or by hand gets no free pass);
 * the static renderer escapes text and attributes.
 */
export function renderRichText(body: unknown): string {
  const result = validateRichText(body);
  if (!result.ok) throw new RichTextValidationError(result.issues);
  return renderToHTMLString({ content: result.document, extensions: richTextExtensions });
}
