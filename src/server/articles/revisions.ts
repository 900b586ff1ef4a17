import "server-only";
import type { ArticleVariant, Prisma } from "@/generated/prisma/client";
import type { Actor } from "../auth/actor-type";
import type { Tx } from "../db";

/** Autosaves by the same person within this window coalesce into one revision. */
export const COALESCE_WINDOW_MS = 5 * 60_000;

/**
 * Records the variant as it now is. A plain save by the same person within a
 * few minutes of their previous plain save updates that revision instead of
 * adding one (typing produces a save every few seconds); every other event —
 * create, a status change, a restore, another person's save — starts a new one.
 */
export async function writeRevision(
  tx: Tx,
  variant: Pick<ArticleVariant, "id" | "version" | "title" | "slug" | "summary" | "body">,
  actor: Actor | null,
  event: string,
  extra: { restoredFromId?: string; now?: Date; minorEdit?: boolean } = {},
): Promise<void> {
  const now = extra.now ?? new Date();
  const minorEdit = extra.minorEdit ?? false;
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
      head.createdById === (actor?.id ?? null) &&
      now.getTime() - head.createdAt.getTime() < COALESCE_WINDOW_MS &&
      // A revision a translation follows is that translation's reference text: never rewritten.
      !(await tx.articleVariant.findFirst({ where: { sourceRevisionId: head.id }, select: { id: true } }))
    ) {
      await tx.revision.update({ where: { id: head.id }, data: { ...snapshot, savedAt: now } });
      return;
    }
  }
  await tx.revision.create({
    data: { variantId: variant.id, ...snapshot, event, minorEdit, createdById: actor?.id ?? null, restoredFromId: extra.restoredFromId, createdAt: now, savedAt: now },
  });
}
