import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { isLocale } from "@/i18n/locales";
import { serializeAuthor } from "../api/serialize-author";
import { serializeDebate } from "../api/serialize-debate";
import { serializeVariant } from "../api/serialize-variant";
import type { Tx } from "../db";
import type { EventSubject } from "./outbox";

/**
 * An event's `data`: the record as the content API shapes it (the same
 * schemas, src/server/api/schemas.ts — ArticleVersion, Debate, Author), as the
 * transaction sees it; null when the record is gone, so no event is sent
 * about nothing. A version's unpublished state is included (an unpublish or a
 * schedule is about one), its pending changes never: they are unreviewed text.
 */
export async function eventData(tx: Tx, subject: EventSubject): Promise<Prisma.InputJsonValue | null> {
  if ("variantId" in subject) {
    const version = await serializeVariant(tx, subject.variantId, { includeUnpublished: true });
    if (!version) return null;
    const shown: Partial<typeof version> = { ...version };
    delete shown.pendingChanges;
    return shown as unknown as Prisma.InputJsonValue;
  }
  if ("debateId" in subject) {
    const debate = await tx.debate.findUnique({ where: { id: subject.debateId }, select: { sourceLocale: true } });
    if (!debate || !isLocale(debate.sourceLocale)) return null;
    return (await serializeDebate(tx, subject.debateId, debate.sourceLocale, { includeUnpublished: true })) as unknown as Prisma.InputJsonValue | null;
  }
  return (await serializeAuthor(tx, subject.authorId)) as unknown as Prisma.InputJsonValue | null;
}
