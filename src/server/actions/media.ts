"use server";

// Thin: parse → actor → one domain function (which checks permission itself) → mapped result.
// Uploads are not an action: they go to POST /api/media (src/app/api/media/route.ts),
// which checks the session before reading the body and has its own size limit.
import { deleteMediaSchema, listMediaSchema, updateMediaTextsSchema } from "@/lib/media/schemas";
import { runAction } from "@/server/actions/run-action";
import { deleteMedia, updateMediaTexts } from "@/server/media/mutations";
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
