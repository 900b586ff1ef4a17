import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { firstFreeSlug } from "../slugs";
import { ConflictError, NotFoundError, StaleVersionError } from "../errors";

// The shared steps of every write to a language version (mutations.ts, pending.ts).

type Tx = Prisma.TransactionClient;

export async function loadVariant(tx: Tx, variantId: string) {
  const variant = await tx.articleVariant.findUnique({
    where: { id: variantId },
    include: { article: { select: { id: true, deletedAt: true, _count: { select: { authors: true } } } } },
  });
  if (!variant || variant.article.deletedAt) throw new NotFoundError("variant");
  return variant;
}

export function freeSlug(tx: Tx, locale: string, wanted: string): Promise<string> {
  return firstFreeSlug(wanted, "untitled", async (slug) =>
    Boolean(await tx.articleVariant.findUnique({ where: { locale_slug: { locale, slug } }, select: { id: true } })),
  );
}

/** Refuses a slug another version in the locale has. */
export async function assertSlugFree(tx: Tx, variant: { id: string; locale: string }, slug: string): Promise<void> {
  const taken = await tx.articleVariant.findUnique({ where: { locale_slug: { locale: variant.locale, slug } }, select: { id: true } });
  if (taken && taken.id !== variant.id) throw new ConflictError("slugTaken");
}

/**
 * Bumps the version only if it is still `baseVersion`; otherwise refuses with
 * the text saved last (the head revision: live or pending) and who saved it.
 */
export async function claimVersion(tx: Tx, variantId: string, baseVersion: number, data: Prisma.ArticleVariantUpdateManyMutationInput) {
  const { count } = await tx.articleVariant.updateMany({
    where: { id: variantId, version: baseVersion },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 1) return;
  const current = await tx.articleVariant.findUnique({
    where: { id: variantId },
    include: { revisions: { orderBy: { version: "desc" }, take: 1, include: { createdBy: { select: { id: true, name: true } } } } },
  });
  if (!current) throw new NotFoundError("variant");
  const head = current.revisions[0];
  throw new StaleVersionError({
    version: current.version,
    title: head?.title ?? current.title,
    summary: head?.summary ?? current.summary,
    body: head?.body ?? current.body,
    updatedAt: head?.savedAt ?? current.updatedAt,
    by: head?.createdBy?.name ?? null,
    byId: head?.createdBy?.id ?? null,
  });
}

/** Readers see it now: scheduled or published, and its time has come (visibility.ts's rule, for one row). */
export function isLive(variant: { status: string; publishAt: Date | null }, now = new Date()): boolean {
  return (variant.status === "PUBLISHED" || variant.status === "SCHEDULED") && !!variant.publishAt && variant.publishAt <= now;
}
