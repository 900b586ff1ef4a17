import "server-only";
import type { z } from "zod";
import type { MediaFileProblem } from "@/lib/media/formats";
import { mediaSrc } from "@/lib/media/formats";
import { deleteMediaSchema, type MediaItem, updateMediaTextsSchema, uploadMediaSchema } from "@/lib/media/schemas";
import { inspectImage } from "@/lib/media/sniff";
import { measureImage } from "./measure";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor-type";
import type { ChangedContent } from "../cache/revalidate";
import { db, type Tx } from "../db";
import { ConflictError, ForbiddenError, NotFoundError, parseInput, ValidationError } from "../errors";
import { assertCan, can } from "../permissions";
import { holdAlts, mustWaitForReview } from "../pending/hold";
import type { ReaderChanges } from "../publishing/after-change";
import { mediaSelect, toMediaItem } from "./queries";
import { mediaMaxBytes, newStorageKey, removeMediaFile, storeWithRow } from "./storage";
import { sanitizeOriginalName } from "./original-name";

// The media library's writes: validated, permission-checked here (server
// actions are public endpoints), each with its audit event in the same
// transaction. A file and its row exist together or not at all.

/** A refusal of the file; `params` are the figures its message shows (megapixels and the limit). */
function fileRefused(problem: MediaFileProblem, params?: Record<string, number>): ValidationError {
  return new ValidationError([{ code: "custom", path: ["file"], message: problem, input: undefined, ...(params ? { params } : {}) } as z.core.$ZodIssue]);
}

/** Empty alt texts are dropped (an image with no alt in a locale falls back to another's). */
const nonEmptyAlts = (alts: Record<string, string>) => Object.entries(alts).filter(([, alt]) => alt.length > 0);

export async function uploadMedia(actor: Actor | null, input: unknown): Promise<MediaItem> {
  assertCan(actor, "media.upload");
  const data = parseInput(uploadMediaSchema, input);
  const { file } = data;
  // The declared size first: nothing larger is read at all.
  if (file.size > mediaMaxBytes()) throw fileRefused("fileTooLarge");
  if (file.size === 0) throw fileRefused("fileEmpty");
  // The content decides the type; a cheap look at the head refuses most non-images before reading the rest.
  const head = inspectHead(new Uint8Array(await file.slice(0, 32).arrayBuffer()));
  if (head) throw fileRefused(head);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length > mediaMaxBytes()) throw fileRefused("fileTooLarge");
  // Measured by the decoder that will resize it (sharp, every frame), never by the header alone.
  const measured = await measureImage(bytes);
  if (!measured.ok) {
    const { problem, megapixels, maxMegapixels } = measured;
    throw fileRefused(problem, maxMegapixels === undefined ? undefined : { ...(megapixels === undefined ? {} : { megapixels }), maxMegapixels });
  }
  const { image } = measured;

  const storageKey = newStorageKey(image.extension);
  const originalName = sanitizeOriginalName(typeof File !== "undefined" && file instanceof File ? file.name : "", image.extension);
  const credit = data.credit ? data.credit : null;
  const alts = nonEmptyAlts(data.alts);

  return storeWithRow(storageKey, bytes, () =>
    db.$transaction(async (tx) => {
      const created = await tx.media.create({
        data: {
          storageKey,
          originalName,
          mimeType: image.mimeType,
          size: bytes.length,
          width: image.width,
          height: image.height,
          credit,
          uploadedById: actor.id,
          alts: { create: alts.map(([locale, alt]) => ({ locale, alt })) },
        },
        select: mediaSelect,
      });
      await recordAudit(tx, {
        actor,
        action: "media.upload",
        entityType: "Media",
        entityId: created.id,
        data: { storageKey, originalName, mimeType: image.mimeType, size: bytes.length, width: image.width, height: image.height },
      });
      return toMediaItem(created);
    }),
  ).catch((error: unknown) => {
    // The disk is full, read-only or not ours to write: the uploader is told so clearly.
    if (STORAGE_ERRORS.has((error as NodeJS.ErrnoException)?.code ?? "")) throw fileRefused("storageFailed");
    throw error;
  });
}

/** File-system errors that mean the media folder cannot take the file (not a fault of the request's). */
const STORAGE_ERRORS = new Set(["ENOSPC", "EDQUOT", "EROFS", "EACCES", "EPERM", "ENOTDIR"]);

/** Refusals visible in the first bytes already (empty, SVG/HTML text); the full check follows. */
function inspectHead(head: Uint8Array): MediaFileProblem | null {
  const result = inspectImage(head);
  if (result.ok) return null;
  // A real image's header may need more than the head to read its size: only refuse what cannot be an image.
  return result.problem === "svgRefused" ? "svgRefused" : null;
}

/**
 * Credit (editors: "media.upload") and alt text per locale (translators in
 * their own locales: "media.translateAlt"). The whole change is refused when
 * any part of it is not the actor's to make.
 */
export async function updateMediaTexts(actor: Actor | null, input: unknown): Promise<MediaItem & ReaderChanges> {
  assertCan(actor, "dashboard.access");
  const data = parseInput(updateMediaTextsSchema, input);
  const refused = [
    ...(data.credit !== undefined && !can(actor, "media.upload") ? ["credit"] : []),
    ...Object.keys(data.alts)
      .filter((locale) => !can(actor, "media.translateAlt", { locale }))
      .map((locale) => `alts.${locale}`),
  ];
  if (refused.length > 0) throw new ForbiddenError("media.updateTexts", refused);

  return db.$transaction(async (tx) => {
    const before = await tx.media.findUnique({ where: { id: data.mediaId }, select: mediaSelect });
    if (!before) throw new NotFoundError("media");
    const beforeAlts = Object.fromEntries(before.alts.map((a) => [a.locale, a.alt]));
    // Alt texts are public wherever the image is shown: those of someone who may not publish in their locale wait for review.
    const waiting = Object.fromEntries(Object.entries(data.alts).filter(([locale]) => mustWaitForReview(actor, locale)));
    if (Object.keys(waiting).length > 0) await holdAlts(tx, actor!, data.mediaId, waiting, beforeAlts);
    const changedAlts = Object.entries(data.alts).filter(([locale, alt]) => !(locale in waiting) && (beforeAlts[locale] ?? "") !== alt);
    for (const [locale, alt] of changedAlts) {
      if (alt) {
        await tx.mediaAlt.upsert({ where: { mediaId_locale: { mediaId: data.mediaId, locale } }, create: { mediaId: data.mediaId, locale, alt }, update: { alt } });
      } else {
        await tx.mediaAlt.deleteMany({ where: { mediaId: data.mediaId, locale } });
      }
    }
    const newCredit = data.credit === undefined ? before.credit : data.credit || null;
    if (newCredit !== before.credit) await tx.media.update({ where: { id: data.mediaId }, data: { credit: newCredit } });
    const after = await tx.media.findUniqueOrThrow({ where: { id: data.mediaId }, select: mediaSelect });
    if (changedAlts.length > 0 || newCredit !== before.credit) {
      await recordAudit(tx, {
        actor,
        action: "media.update-texts",
        entityType: "Media",
        entityId: data.mediaId,
        data: {
          ...(newCredit !== before.credit ? { credit: { before: before.credit, after: newCredit } } : {}),
          ...(changedAlts.length ? { alts: Object.fromEntries(changedAlts.map(([locale, alt]) => [locale, { before: beforeAlts[locale] ?? null, after: alt || null }])) } : {}),
        },
      });
    }
    // A hero image's credit and alt text are on readers' pages.
    const readerChanges = changedAlts.length > 0 || newCredit !== before.credit ? await pagesShowingMedia(tx, data.mediaId) : null;
    return { ...toMediaItem(after), readerChanges };
  });
}

/** The pages an image's texts show on: as a hero image of articles and debates, an author's photo. */
async function pagesShowingMedia(tx: Tx, mediaId: string): Promise<ChangedContent> {
  const [articles, debates, authors] = await Promise.all([
    tx.article.findMany({ where: { heroImageId: mediaId }, select: { id: true }, take: 500 }),
    tx.debate.findMany({ where: { heroImageId: mediaId }, select: { id: true }, take: 500 }),
    tx.author.findMany({ where: { photoId: mediaId }, select: { id: true }, take: 500 }),
  ]);
  return { articleIds: articles.map((a) => a.id), debateIds: debates.map((d) => d.id), authorIds: authors.map((a) => a.id) };
}

/**
 * Deletes an image and its file. Refused (ConflictError "conflict") while it
 * is a hero image, an author's photo, or shown in the current text of any
 * article version: deleting it would leave a hole in a page.
 */
export async function deleteMedia(actor: Actor | null, input: unknown): Promise<{ id: string }> {
  assertCan(actor, "media.delete");
  const { mediaId } = parseInput(deleteMediaSchema, input);
  const storageKey = await db.$transaction(async (tx) => {
    const media = await tx.media.findUnique({
      where: { id: mediaId },
      select: { id: true, storageKey: true, originalName: true, _count: { select: { articles: true, debates: true, authors: true } } },
    });
    if (!media) throw new NotFoundError("media");
    const { articles, debates, authors } = media._count;
    if (articles + debates + authors > 0) throw new ConflictError("conflict");
    if (await usedInArticleBodies(tx, media.storageKey)) throw new ConflictError("conflict");
    await tx.media.delete({ where: { id: mediaId } });
    await recordAudit(tx, { actor, action: "media.delete", entityType: "Media", entityId: mediaId, data: { storageKey: media.storageKey, originalName: media.originalName } });
    return media.storageKey;
  });
  // After the commit: a row never points to a missing file. A file left behind is logged, harmless, never served by a row.
  await removeMediaFile(storageKey).catch((error) => console.error("Could not remove a deleted media file", storageKey, error));
  return { id: mediaId };
}

/** Whether any article version's current body shows the image (`/media/<key>` in its JSON). */
async function usedInArticleBodies(tx: Tx, storageKey: string): Promise<boolean> {
  // The key is [a-z0-9.] only: no LIKE wildcard can be in it.
  const needle = `%${JSON.stringify(mediaSrc(storageKey)).slice(1, -1)}%`;
  const rows = await tx.$queryRaw<{ found: number }[]>`SELECT 1 AS found FROM "ArticleVariant" WHERE body::text LIKE ${needle} LIMIT 1`;
  return rows.length > 0;
}
