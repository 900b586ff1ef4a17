import "server-only";
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import { renderRichText } from "@/lib/rich-text/render";
import type { z } from "zod";
import type { bodySchema } from "./schemas";

// Rendering costs ≈1 ms even for a short body (Tiptap's static renderer builds
// its schema each time): 100 ms for a page of 100. The HTML depends on the JSON
// alone, so it is kept by the JSON's hash — a changed body is a new key, and
// nothing has to be purged. At most 16 MB of HTML per process.
const rendered = new LRUCache<string, string>({ maxSize: 16 * 1024 * 1024, sizeCalculation: (html) => html.length * 2 + 64 });

/**
 * A stored body as the API gives it: the Tiptap JSON, and the HTML the site's
 * own server renderer makes of it (validated against the allow-list again,
 * then escaped by Tiptap's static renderer — never the stored text as it is).
 * A body that fails validation has no HTML (null), and the rest of the answer
 * still goes out.
 */
export function toBodyJson(body: unknown): z.infer<typeof bodySchema> {
  const json = (body && typeof body === "object" ? body : { type: "doc", content: [] }) as z.infer<typeof bodySchema>["json"];
  const key = createHash("sha256").update(JSON.stringify(body ?? null)).digest("base64url");
  const cached = rendered.get(key);
  if (cached !== undefined) return { json, html: cached };
  try {
    const html = renderRichText(body);
    rendered.set(key, html);
    return { json, html };
  } catch {
    return { json, html: null };
  }
}
