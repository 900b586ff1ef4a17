"use server";

// Thin: actor → one domain function (which parses its input and checks
// permission itself) → mapped result. Uploads are not an action: they go to
// POST /api/media (src/app/api/media/route.ts), which checks the session before
// reading the body and has its own size limit.
import { runAction } from "@/server/actions/run-action";
import { deleteMedia, updateMediaTexts } from "@/server/media/mutations";
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
