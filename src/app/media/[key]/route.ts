import { MIME_BY_EXTENSION, type MediaExtension, STORAGE_KEY_PATTERN } from "@/lib/media/formats";
import { storedImageIsSafe } from "@/server/media/stored-check";
import { mediaFileExists, openMediaFile } from "@/server/media/storage";

// Serves uploaded images by storage key only. The key is ours (random id +
// the extension we assigned after sniffing the content), so the type is
// known; the headers make sure a browser never treats the bytes as anything
// but an image, even if someone managed to store a polyglot. A file stored
// before uploads were measured by the decoder is served only if it passes
// that measure now (server/media/stored-check.ts): the image optimizer fetches
// it here before decoding it.

export const dynamic = "force-dynamic";

const SAFE_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
  "Content-Disposition": "inline",
} as const;

const refusal = (status: number, text: string) => new Response(text, { status, headers: { ...SAFE_HEADERS, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function GET(_request: Request, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  if (!STORAGE_KEY_PATTERN.test(key) || !(await mediaFileExists(key))) return refusal(404, "Not found");
  // 410: the file is there but too costly to decode; it will not be served again.
  if (!(await storedImageIsSafe(key))) return refusal(410, "Gone: this image is too large to decode safely.");
  const file = await openMediaFile(key);
  if (!file) return refusal(404, "Not found");
  const extension = key.slice(key.lastIndexOf(".") + 1) as MediaExtension;
  return new Response(file.stream, {
    status: 200,
    headers: {
      ...SAFE_HEADERS,
      "Content-Type": MIME_BY_EXTENSION[extension],
      "Content-Length": String(file.size),
      // A key never changes content: a new upload is a new key.
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}
