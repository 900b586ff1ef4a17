import "server-only";
import type { ArticleVariant, Prisma } from "@/generated/prisma/client";
import type { Actor } from "../auth/actor-type";
import type { Tx } from "../db";

/** Autosaves by the same person within this window coalesce into one revision. */
export const COALESCE_WINDOW_MS = 5 * 60_000;

/**
 * Records the variant's text at its new version: its live text, or (`pending`)
 * the unpublished change it now has. A plain save by the same person, in the
 * same editor window, within a few minutes of their previous plain save (of the
 * same kind, live or pending) updates that revision instead of adding one
 * (typing produces a save every few seconds); every other event — create, a
 * status change, a restore, another person's save, a save from another window
 * (a conflict resolved by keeping one's own text) — starts a new one, so every
 * text a window was told is saved stays in the history.
 */
export async function writeRevision(
  tx: Tx,
  variant: Pick<ArticleVariant, "id" | "version" | "title" | "slug" | "summary" | "body">,
  actor: Actor | null,
  event: string,
  extra: { restoredFromId?: string; now?: Date; minorEdit?: boolean; editSession?: string; pending?: boolean } = {},
): Promise<void> {
  const now = extra.now ?? new Date();
  const minorEdit = extra.minorEdit ?? false;
  const editSession = extra.editSession ?? null;
  const pending = extra.pending ?? false;
  const snapshot = {
    version: variant.version,
    title: variant.title,
    slug: variant.slug,
    summary: variant.summary,
    body: variant.body as Prisma.InputJsonValue,
  };
  if (event === "save") {
    const head = await tx.revision.findFirst({ where: { variantId: variant.id }, orderBy: { version: "desc" } });
    if (
      head &&
      head.event === "save" &&
      head.minorEdit === minorEdit &&
      head.pending === pending &&
      head.createdById === (actor?.id ?? null) &&
      head.editSession === editSession &&
      now.getTime() - head.createdAt.getTime() < COALESCE_WINDOW_MS &&
      // A revision a translation follows is that translation's reference text: never rewritten.
      !(await tx.articleVariant.findFirst({ where: { sourceRevisionId: head.id }, select: { id: true } }))
    ) {
      await tx.revision.update({ where: { id: head.id }, data: { ...snapshot, savedAt: now } });
      return;
    }
  }
  await tx.revision.create({
    data: { variantId: variant.id, ...snapshot, event, minorEdit, pending, editSession, createdById: actor?.id ?? null, restoredFromId: extra.restoredFromId, createdAt: now, savedAt: now },
  });
}
