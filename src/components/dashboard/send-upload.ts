import type { MediaItem } from "@/lib/media/schemas";
import type { MediaFailure } from "./media-error";

/** Where uploads go (src/app/api/media/route.ts). */
const UPLOAD_URL = "/api/media";

const FILE_TOO_LARGE: MediaFailure = { ok: false, error: "validation", fields: ["file"], issues: [{ field: "file", message: "fileTooLarge" }] };

/**
 * Sends the upload form to the upload route and reports progress (0…1) as the
 * bytes go out — XMLHttpRequest, because fetch cannot report upload progress.
 * Resolves with the route's answer in the shape of an action's result; a
 * refusal by a proxy in front (413 without our JSON) reads as "too large", a
 * network failure as "unexpected".
 */
export function sendUpload(form: FormData, onProgress: (fraction: number) => void): Promise<{ ok: true; data: MediaItem } | MediaFailure> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", UPLOAD_URL);
    request.responseType = "text";
    request.setRequestHeader("Accept", "application/json");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      try {
        const answer = JSON.parse(request.responseText) as { ok: true; data: MediaItem } | MediaFailure;
        if (typeof answer === "object" && answer && "ok" in answer) return resolve(answer);
      } catch {
        // not our JSON: see below
      }
      resolve(request.status === 413 ? FILE_TOO_LARGE : { ok: false, error: request.status === 401 ? "unauthenticated" : request.status === 403 ? "forbidden" : "unexpected" });
    };
    request.onerror = () => resolve({ ok: false, error: "unexpected" });
    request.onabort = () => resolve({ ok: false, error: "unexpected" });
    request.send(form);
  });
}
