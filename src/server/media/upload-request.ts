import "server-only";
import type { MediaItem } from "@/lib/media/schemas";
import type { ActionResult } from "@/lib/action-result";
import { toErrorResult } from "../actions/run-action";
import type { Actor } from "../auth/actor-type";
import { ValidationError } from "../errors";
import { can } from "../permissions";
import { uploadMedia } from "./mutations";
import { mediaMaxBytes } from "./storage";

// An upload as an HTTP request (POST /api/media, multipart/form-data: `file`,
// optional `credit`, alt texts as `alt.<locale>`). Not a server action: those
// parse their whole body before any code of ours runs, so their limit must be
// small (scripts/body-limit.mjs). Here, in this order: the request must come
// from our own pages (the Origin check server actions have), the session must
// be someone's, and that someone may upload — all before one byte of the body
// is read; then the body is streamed against its own limit.

/** Room in the form beside the file: boundaries, the credit, alt texts in every language. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

const STATUS_OF: Record<string, number> = { validation: 400, unauthenticated: 401, forbidden: 403, notFound: 404, rateLimited: 429, unexpected: 500 };

type UploadFailure = Extract<ActionResult<never>, { ok: false }> & { issues?: { field: string; message: string; params?: Record<string, number> }[] };

const json = (status: number, body: ActionResult<MediaItem> | UploadFailure) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });

const tooLarge = () => json(413, { ok: false, error: "validation", fields: ["file"], issues: [{ field: "file", message: "fileTooLarge" }] });

/**
 * The answer to an upload request by `actor` (null: nobody signed in). JSON in
 * the shape of an action's result: `{ ok: true, data: MediaItem }` (201), or
 * `{ ok: false, error, issues }` with the matching status (413 for a body over
 * the limit). Nothing is stored unless the whole upload is accepted.
 */
export async function uploadFromRequest(actor: Actor | null, request: Request): Promise<Response> {
  if (!fromOwnPage(request)) return json(403, { ok: false, error: "forbidden" });
  if (!actor) return json(401, { ok: false, error: "unauthenticated" });
  // Checked again by uploadMedia; here so that a refused body is never read.
  if (!can(actor, "media.upload")) return json(403, { ok: false, error: "forbidden" });
  if (!/^multipart\/form-data;/i.test(request.headers.get("content-type") ?? "")) return json(415, { ok: false, error: "validation", fields: ["file"], issues: [{ field: "file", message: "notAnImage" }] });

  const limit = mediaMaxBytes() + FORM_OVERHEAD_BYTES;
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declared > limit) return tooLarge();
  if (!request.body) return json(400, { ok: false, error: "validation", fields: ["file"], issues: [{ field: "file", message: "notAnImage" }] });

  // Whatever Content-Length says (or when it says nothing), the stream stops at the limit.
  let received = 0;
  const bounded = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        if (received > limit) controller.error(new RangeError("body over the limit"));
        else controller.enqueue(chunk);
      },
    }),
  );
  let form: FormData;
  try {
    form = await new Response(bounded, { headers: { "content-type": request.headers.get("content-type")! } }).formData();
  } catch {
    if (received > limit) return tooLarge();
    return json(400, { ok: false, error: "validation", fields: ["file"], issues: [{ field: "file", message: "notAnImage" }] });
  }

  try {
    const item = await uploadMedia(actor, {
      file: form.get("file"),
      ...(typeof form.get("credit") === "string" ? { credit: form.get("credit") } : {}),
      alts: Object.fromEntries([...form.entries()].filter(([name, value]) => name.startsWith("alt.") && typeof value === "string").map(([name, value]) => [name.slice(4), value])),
    });
    return json(201, { ok: true, data: item });
  } catch (error) {
    const result: UploadFailure = toErrorResult(error);
    // The figures a refused image's message shows (its megapixels and the limit).
    if (error instanceof ValidationError && result.issues) {
      result.issues = result.issues.map((issue, i) => {
        const params = (error.issues[i] as { params?: Record<string, number> }).params;
        return params ? { ...issue, params } : issue;
      });
    }
    return json(STATUS_OF[result.error] ?? 409, result);
  }
}

/**
 * The CSRF check server actions have (Next compares Origin with the host the
 * request was sent to): a browser always sends Origin on a POST, and a page
 * of another site cannot make it ours. X-Forwarded-Host first, as Next does
 * behind a proxy: a cross-site page cannot set that header without a CORS
 * preflight, which nothing here answers.
 */
function fromOwnPage(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
