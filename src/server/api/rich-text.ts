import "server-only";
import { renderRichText } from "@/lib/rich-text/render";
import type { z } from "zod";
import type { bodySchema } from "./schemas";

/**
 * A stored body as the API gives it: the Tiptap JSON, and the HTML the site's
 * own server renderer makes of it (validated against the allow-list again,
 * then escaped by Tiptap's static renderer — never the stored text as it is).
 * A body that fails validation has no HTML (null), and the rest of the answer
 * still goes out.
 */
export function toBodyJson(body: unknown): z.infer<typeof bodySchema> {
  const json = (body && typeof body === "object" ? body : { type: "doc", content: [] }) as z.infer<typeof bodySchema>["json"];
  try {
    return { json, html: renderRichText(body) };
  } catch {
    return { json, html: null };
  }
}
