import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/**
 * The one "visible to readers" filter: a variant is public when it is scheduled
 * or published and its publishAt has passed (scheduling needs no cron to be
 * correct), and its work is not in the trash. Every public read goes through it.
 */
export function visibleVariantWhere(now: Date = new Date()): Prisma.ArticleVariantWhereInput {
  return {
    status: { in: ["SCHEDULED", "PUBLISHED"] },
    publishAt: { lte: now },
    article: { deletedAt: null },
  };
}

export function visibleDebateWhere(): Prisma.DebateWhereInput {
  return { status: "PUBLISHED", deletedAt: null };
}
