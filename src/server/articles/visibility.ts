import "server-only";
import { Prisma as PrismaSql, type Prisma } from "@/generated/prisma/client";

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

/**
 * The same rule as visibleVariantWhere, for raw SQL (full-text search): `variant`
 * and `article` are the aliases of "ArticleVariant" and "Article" in the query.
 */
export function visibleVariantSql(variant = "v", article = "a"): Prisma.Sql {
  for (const alias of [variant, article]) {
    if (!/^[a-z_][a-z0-9_]*$/i.test(alias)) throw new Error(`Bad SQL alias: ${alias}`);
  }
  return PrismaSql.raw(
    `${variant}."status" IN ('SCHEDULED', 'PUBLISHED') AND ${variant}."publishAt" <= now() AND ${article}."deletedAt" IS NULL`,
  );
}
