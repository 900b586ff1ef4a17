"use server";

// Thin: actor → one domain function (which parses its input and checks
// permission itself) → mapped result.
import { runAction } from "@/server/actions/run-action";
import { deleteMedia, updateMediaTexts, uploadMedia } from "@/server/media/mutations";
import { listMedia } from "@/server/media/queries";
import { mediaMaxBytes } from "@/server/media/storage";
import { can } from "@/server/permissions";

/** A page of the library, plus what the picker needs to offer an upload (whether allowed, the size limit). */
export async function listMediaAction(input: unknown) {
  return runAction(async (actor) => ({
    ...(await listMedia(actor, input)),
    canUpload: can(actor, "media.upload"),
    maxBytes: mediaMaxBytes(),
  }));
}

/**
 * A FormData with `file`, optional `credit`, and alt texts as `alt.<locale>`.
 * The domain function validates everything; this only reshapes the form.
 */
export async function uploadMediaAction(form: unknown) {
  const input =
    form instanceof FormData
      ? {
          file: form.get("file"),
          ...(typeof form.get("credit") === "string" ? { credit: form.get("credit") } : {}),
          alts: Object.fromEntries(
            [...form.entries()].filter(([name, value]) => name.startsWith("alt.") && typeof value === "string").map(([name, value]) => [name.slice(4), value]),
          ),
        }
      : form;
  // The file itself is checked by the domain function (size before reading, then content).
  return runAction((actor) => uploadMedia(actor, input));
}

export async function updateMediaTextsAction(input: unknown) {
  return runAction(
    (actor) => updateMediaTexts(actor, input),
    (item) => ({ id: item.id }),
  );
}

export async function deleteMediaAction(input: unknown) {
  // Nothing public changes: an image in use cannot be deleted.
  return runAction((actor) => deleteMedia(actor, input));
}
