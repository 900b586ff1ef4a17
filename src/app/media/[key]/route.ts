import { MIME_BY_EXTENSION, type MediaExtension, STORAGE_KEY_PATTERN } from "@/lib/media/formats";
import { openMediaFile } from "@/server/media/storage";

// Serves uploaded images by storage key only. The key is ours (random id +
// the extension we assigned after sniffing the content), so the type is
// known; the headers make sure a browser never treats the bytes as anything
// but an image, even if someone managed to store a polyglot.

export const dynamic = "force-dynamic";

const SAFE_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
  "Content-Disposition": "inline",
} as const;

export async function GET(_request: Request, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  const file = STORAGE_KEY_PATTERN.test(key) ? await openMediaFile(key) : null;
  if (!file) {
    return new Response("Not found", { status: 404, headers: { ...SAFE_HEADERS, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
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
