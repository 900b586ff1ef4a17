// Request body limits that fit each endpoint, checked before Next reads a byte
// (called by scripts/serve.mjs, so `npm start` only).
//
// Server actions and every other POST carry small JSON or forms: the largest
// legitimate one is an article's autosave, whose body is at most 512 KB of
// Tiptap JSON (MAX_DOCUMENT_BYTES in src/lib/rich-text/schema.ts) plus title
// and summary; 1 MB leaves room. Next enforces the same limit itself
// (serverActions.bodySizeLimit in next.config.ts), but only while decoding,
// and then answers 500; here the answer is 413 before the body is read.
// Uploads go to their own route handler (src/app/api/media/route.ts), which
// checks the session and the permission first and then streams the body
// against its own, larger limit: it is left alone here.

/** Bytes any request body but an upload may have. next.config.ts states the same figure (test/body-limit.test.ts checks). */
export const ACTION_BODY_LIMIT = 1024 * 1024;

/** Paths whose route handler applies its own limit, after authentication. */
const OWN_LIMIT = /^\/api\/media(?:[/?]|$)/;

/**
 * Answers 413 (body over the limit) or 411 (a body of unknown length: chunked)
 * and returns true; false when the request may go on to Next.
 */
export function refuseOversizedBody(req, res, limit = ACTION_BODY_LIMIT) {
  if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return false;
  if (OWN_LIMIT.test(req.url ?? "/")) return false;
  const declared = req.headers["content-length"];
  if (declared === undefined) {
    if (req.headers["transfer-encoding"] === undefined) return false; // no body at all
    answer(req, res, 411, "Length Required: send Content-Length.");
    return true;
  }
  if (!/^\d+$/.test(declared)) {
    answer(req, res, 400, "Bad Request: invalid Content-Length.");
    return true;
  }
  if (Number(declared) <= limit) return false;
  answer(req, res, 413, `Payload Too Large: at most ${limit} bytes.`);
  return true;
}

/** Bytes of a refused body read and dropped before the connection is cut. */
const DISCARD_MAX = 16 * 1024 * 1024;

// The answer goes out once the client has sent its body (read and dropped, never
// kept): a client that writes the whole body before it reads (Node's fetch does)
// would otherwise see the connection cut under it ("fetch failed") instead of the
// 413. Past DISCARD_MAX, or on a stalled upload, the connection is cut anyway; the
// connection is never reused.
function answer(req, res, status, text) {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", Connection: "close" });
  let done = false;
  let discarded = 0;
  const finish = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    res.end(text);
  };
  const timer = setTimeout(() => {
    finish();
    req.destroy();
  }, 10_000);
  req.on("data", (chunk) => {
    discarded += chunk.length;
    if (discarded > DISCARD_MAX) {
      finish();
      req.destroy();
    }
  });
  req.on("end", finish);
  req.on("error", finish);
}
