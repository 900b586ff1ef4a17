import "server-only";
import type { PendingKind } from "@/generated/prisma/enums";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import { can } from "../permissions";
import { mayPublishIn } from "./store";

// What staff see of pending changes: the dashboard's "waiting for review" list
// and each record's own. Never used by public pages.

export interface PendingItem {
  id: string;
  kind: PendingKind;
  recordId: string;
  locale: string;
  needsReview: boolean;
  by: { id: string; name: string } | null;
  updatedAt: Date;
  /** What it is a change of (an article's or debate's title, an author's name, an image's file name). */
  label: string;
  /** Its dashboard page. */
  href: string;
  mayPublish: boolean;
}

/**
 * The pending changes this person may publish (those waiting for review first)
 * and their own; newest first.
 */
export async function listPendingChanges(actor: Actor | null, { take = 50 } = {}): Promise<PendingItem[]> {
  if (!actor || !can(actor, "draft.read")) return [];
  const rows = await db.pendingChange.findMany({
    orderBy: [{ needsReview: "desc" }, { updatedAt: "desc" }],
    take: 500,
    include: { updatedBy: { select: { id: true, name: true } } },
  });
  const mine = rows.filter((r) => mayPublishIn(actor, r.locale) || r.updatedById === actor.id).slice(0, take);
  const ids = (kind: PendingKind) => mine.filter((r) => r.kind === kind).map((r) => r.recordId);
  const [variants, debates, authors, media] = await Promise.all([
    db.articleVariant.findMany({ where: { id: { in: ids("VARIANT") }, article: { deletedAt: null } }, select: { id: true, title: true } }),
    db.debate.findMany({ where: { id: { in: ids("DEBATE_TRANSLATION") }, deletedAt: null }, select: { id: true, sourceLocale: true, translations: { select: { locale: true, title: true } } } }),
    db.author.findMany({ where: { id: { in: ids("AUTHOR_BIO") }, deletedAt: null }, select: { id: true, name: true } }),
    db.media.findMany({ where: { id: { in: ids("MEDIA_ALT") } }, select: { id: true, originalName: true } }),
  ]);
  const labels = new Map<string, { label: string; href: string }>([
    ...variants.map((v) => [`VARIANT:${v.id}`, { label: v.title, href: `/dashboard/articles/${v.id}` }] as const),
    ...debates.map((d) => [`DEBATE_TRANSLATION:${d.id}`, { label: (d.translations.find((t) => t.locale === d.sourceLocale) ?? d.translations[0])?.title ?? d.id, href: `/dashboard/debates/${d.id}` }] as const),
    ...authors.map((a) => [`AUTHOR_BIO:${a.id}`, { label: a.name, href: `/dashboard/authors/${a.id}` }] as const),
    ...media.map((m) => [`MEDIA_ALT:${m.id}`, { label: m.originalName, href: `/dashboard/media/${m.id}` }] as const),
  ]);
  // A record gone (deleted, in the trash) takes its pending change out of the list.
  return mine.flatMap((r) => {
    const found = labels.get(`${r.kind}:${r.recordId}`);
    if (!found) return [];
    return [{ id: r.id, kind: r.kind, recordId: r.recordId, locale: r.locale, needsReview: r.needsReview, by: r.updatedBy, updatedAt: r.updatedAt, ...found, mayPublish: mayPublishIn(actor, r.locale) }];
  });
}

interface RecordPending {
  locale: string;
  data: Record<string, string>;
  needsReview: boolean;
  by: { id: string; name: string } | null;
  updatedAt: Date;
  mayPublish: boolean;
}

/** A debate's, author's or image's pending changes, by locale (for its dashboard form). */
export async function getRecordPending(actor: Actor | null, kind: Exclude<PendingKind, "VARIANT">, recordId: string): Promise<Record<string, RecordPending>> {
  if (!actor || !can(actor, "draft.read")) return {};
  const rows = await db.pendingChange.findMany({ where: { kind, recordId }, include: { updatedBy: { select: { id: true, name: true } } } });
  return Object.fromEntries(
    rows.map((r) => [
      r.locale,
      { locale: r.locale, data: r.data as Record<string, string>, needsReview: r.needsReview, by: r.updatedBy, updatedAt: r.updatedAt, mayPublish: mayPublishIn(actor, r.locale) },
    ]),
  );
}
