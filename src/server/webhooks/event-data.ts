import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { isLocale } from "@/i18n/locales";
import { absoluteUrl, paths } from "@/lib/urls";
import type { Tx } from "../db";
import type { EventSubject } from "./outbox";

/**
 * An event's `data`: what it is about, as the transaction sees it (null when
 * the record is gone, so no event is sent about nothing).
 */
export async function eventData(tx: Tx, subject: EventSubject): Promise<Prisma.InputJsonValue | null> {
  if ("variantId" in subject) {
    const v = await tx.articleVariant.findUnique({
      where: { id: subject.variantId },
      select: { id: true, articleId: true, locale: true, title: true, slug: true, status: true, publishAt: true, publishedAt: true, updatedAt: true },
    });
    if (!v) return null;
    return {
      object: "version",
      ...v,
      publishAt: v.publishAt?.toISOString() ?? null,
      publishedAt: v.publishedAt?.toISOString() ?? null,
      updatedAt: v.updatedAt.toISOString(),
      url: isLocale(v.locale) ? absoluteUrl(v.locale, paths.article(v.slug)) : null,
    };
  }
  if ("debateId" in subject) {
    const d = await tx.debate.findUnique({
      where: { id: subject.debateId },
      select: { id: true, status: true, updatedAt: true, translations: { select: { locale: true, title: true, slug: true }, orderBy: { locale: "asc" } } },
    });
    if (!d) return null;
    return {
      object: "debate",
      id: d.id,
      status: d.status,
      updatedAt: d.updatedAt.toISOString(),
      translations: d.translations.map((t) => ({ ...t, url: isLocale(t.locale) ? absoluteUrl(t.locale, paths.debate(t.slug)) : null })),
    };
  }
  const a = await tx.author.findUnique({
    where: { id: subject.authorId },
    select: { id: true, name: true, slug: true, updatedAt: true, bios: { select: { locale: true, bio: true }, orderBy: { locale: "asc" } } },
  });
  if (!a) return null;
  return { object: "author", ...a, updatedAt: a.updatedAt.toISOString() };
}
