import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import type { ReaderChanges } from "../publishing/after-change";
import { recordEvents } from "../webhooks/outbox";
import { rememberTranslations } from "../translations/memory";

/**
 * Scheduled language versions whose time has come become published: their
 * status says so (the editor and the lists stop saying "Scheduled"), the first
 * publication date is the scheduled time, subscribers get `version.published`
 * and the caller re-renders their pages. Readers could already see them (the
 * visibility rule needs no cron: publishAt <= now), so this only makes the rest
 * of the world catch up — at their time, not at the next cache expiry. The rows
 * are locked with SKIP LOCKED: two instances never announce the same version.
 * The worker (src/server/jobs/worker.ts) runs it every second.
 */
export async function publishDueVersions(now = new Date(), limit = 100): Promise<{ variantIds: string[] } & ReaderChanges> {
  return db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string; locale: string; deleted: boolean }[]>`
      SELECT v."id", v."locale", a."deletedAt" IS NOT NULL AS "deleted"
      FROM "ArticleVariant" v JOIN "Article" a ON a."id" = v."articleId"
      WHERE v."status" = 'SCHEDULED' AND v."publishAt" <= ${now}
      ORDER BY v."publishAt" LIMIT ${limit}
      FOR UPDATE OF v SKIP LOCKED`;
    if (!due.length) return { variantIds: [], readerChanges: null };
    const ids = due.map((d) => d.id);
    await tx.$executeRaw`
      UPDATE "ArticleVariant" SET "status" = 'PUBLISHED', "publishedAt" = COALESCE("publishedAt", "publishAt"), "updatedAt" = ${now}
      WHERE "id" IN (${Prisma.join(ids)})`;
    for (const d of due) {
      await recordAudit(tx, { actor: null, action: "variant.publish", entityType: "ArticleVariant", entityId: d.id, data: { locale: d.locale, from: "SCHEDULED", scheduled: true } });
    }
    // A version in the trash stays unseen: nothing to announce.
    await recordEvents(tx, due.filter((d) => !d.deleted).map((d) => ({ type: "version.published" as const, variantId: d.id })), now);
    await rememberTranslations(tx, due.filter((d) => !d.deleted).map((d) => d.id));
    return { variantIds: ids, readerChanges: { variantIds: ids } };
  });
}
