"use server";

// Thin: parse → actor → one domain function (which checks permission itself) → mapped result.
import { z } from "zod";
import { deleteMediaSchema, listMediaSchema, updateMediaTextsSchema } from "@/lib/media/schemas";
import { runAction } from "@/server/actions/run-action";
import { deleteMedia, updateMediaTexts, uploadMedia } from "@/server/media/mutations";
import { listMedia } from "@/server/media/queries";
import { mediaMaxBytes } from "@/server/media/storage";
import { can } from "@/server/permissions";

/** A page of the library, plus what the picker needs to offer an upload (whether allowed, the size limit). */
export async function listMediaAction(input: unknown) {
  return runAction(listMediaSchema, input, async (actor, data) => ({
    ...(await listMedia(actor, data)),
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
  return runAction(z.unknown(), input, (actor, data) => uploadMedia(actor, data));
}

export async function updateMediaTextsAction(input: unknown) {
  return runAction(updateMediaTextsSchema, input, async (actor, data) => {
    const item = await updateMediaTexts(actor, data);
    return { id: item.id };
  });
}

export async function deleteMediaAction(input: unknown) {
  // Nothing public changes: an image in use cannot be deleted.
  return runAction(deleteMediaSchema, input, (actor, data) => deleteMedia(actor, data));
}
