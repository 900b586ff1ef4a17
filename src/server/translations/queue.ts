import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { LOCALES, type Locale } from "@/i18n/locales";
import type { RichTextDocument } from "@/lib/rich-text/document";
import { changedFields, type TranslatableField } from "@/lib/translations/changes";
import { visibleVariantSql } from "../articles/visibility";
import type { Actor } from "../auth/actor-type";
import { BIO_SOURCE_LOCALE } from "../authors/mutations";
import { db } from "../db";
import { ForbiddenError } from "../errors";
import { assertCan } from "../permissions";

// The translator's queue, per locale (the rule for "outdated" is described in
// ./translate.ts). Every language version of a work other than its source is
// in exactly one state:
// - in progress: readers do not see it — draft, in review, scheduled for
//   later, or unpublished (it still says what changed in its source);
// - outdated: readers see it, and its source changed (not by a minor edit)
//   since the text it follows;
// - up to date: readers see it and it follows its source's current text (in
//   no queue).
// And a language with no version is missing when the work's source version is
// visible to readers. Debates' texts and author bios are tracked the same way
// (their source is the debate's source locale, and the English bio).

export const QUEUE_TABS = ["missing", "outdated", "inProgress"] as const;
export type QueueTab = (typeof QUEUE_TABS)[number];
export const QUEUE_PAGE_SIZE = 50;

/** The locales whose queue the actor sees: a translator's own, everyone else's all. */
export function queueLocales(actor: Actor): Locale[] {
  const all = LOCALES.map((l) => l.code);
  return actor.role === "TRANSLATOR" ? all.filter((code) => actor.locales.includes(code)) : all;
}

function assertQueueLocale(actor: Actor | null, locale: string): asserts actor is Actor {
  assertCan(actor, "draft.read");
  if (!queueLocales(actor).includes(locale as Locale)) throw new ForbiddenError("draft.read");
}

export interface QueueCounts {
  locale: Locale;
  missing: number;
  outdated: number;
  inProgress: number;
  /** Debates' texts and author bios missing or outdated in this locale. */
  texts: number;
}

/** A language version other than its work's source (`t` in `a`): the versions a queue is about. */
const isTranslation = Prisma.sql`t.locale <> a."sourceLocale"`;
/** Its source (`s`) changed since the text it follows (see ./translate.ts). */
const sourceChanged = Prisma.sql`s."contentVersion" > COALESCE(t."sourceVersion", 0)`;

const byLocale = (rows: { locale: string; n: bigint | number }[]) => new Map(rows.map((r) => [r.locale, Number(r.n)]));

/** Counts of every queue, for each locale the actor works in (the dashboard home). */
export async function translationCounts(actor: Actor | null): Promise<QueueCounts[]> {
  assertCan(actor, "draft.read");
  const locales = queueLocales(actor);
  if (!locales.length) return [];
  const [missing, outdated, inProgress, texts] = await Promise.all([
    db.$queryRaw<{ locale: string; n: bigint }[]>`
      SELECT l.locale, count(*) AS n
      FROM unnest(${locales}::text[]) AS l(locale)
      JOIN "ArticleVariant" v ON v.locale <> l.locale
      JOIN "Article" a ON a.id = v."articleId" AND v.locale = a."sourceLocale"
      WHERE ${visibleVariantSql("v", "a")}
        AND NOT EXISTS (SELECT 1 FROM "ArticleVariant" x WHERE x."articleId" = a.id AND x.locale = l.locale)
      GROUP BY l.locale`,
    db.$queryRaw<{ locale: string; n: bigint }[]>`
      SELECT t.locale, count(*) AS n
      FROM "ArticleVariant" t
      JOIN "Article" a ON a.id = t."articleId" AND a."deletedAt" IS NULL
      JOIN "Revision" r ON r.id = t."sourceRevisionId"
      JOIN "ArticleVariant" s ON s.id = r."variantId" AND s."articleId" = t."articleId"
      WHERE t.locale = ANY(${locales}::text[]) AND ${isTranslation} AND ${visibleVariantSql("t", "a")} AND ${sourceChanged}
      GROUP BY t.locale`,
    db.$queryRaw<{ locale: string; n: bigint }[]>`
      SELECT t.locale, count(*) AS n
      FROM "ArticleVariant" t
      JOIN "Article" a ON a.id = t."articleId" AND a."deletedAt" IS NULL
      WHERE t.locale = ANY(${locales}::text[]) AND ${isTranslation} AND NOT (${visibleVariantSql("t", "a")})
      GROUP BY t.locale`,
    // Counted in the database, not fetched and counted here.
    db.$queryRaw<{ locale: string; n: bigint }[]>`
      SELECT locale, count(*) AS n FROM ((${debateTexts(locales)}) UNION ALL (${bioTexts(locales)})) AS texts GROUP BY locale`,
  ]);
  const [m, o, p, x] = [byLocale(missing), byLocale(outdated), byLocale(inProgress), byLocale(texts)];
  return locales.map((locale) => ({
    locale,
    missing: m.get(locale) ?? 0,
    outdated: o.get(locale) ?? 0,
    inProgress: p.get(locale) ?? 0,
    texts: x.get(locale) ?? 0,
  }));
}

export interface QueueItem {
  articleId: string;
  debateId: string | null;
  /** The source the translation follows (or would follow). */
  source: { variantId: string; locale: string; title: string };
  /** The translation, when it exists. */
  translation: { variantId: string; title: string; status: string } | null;
  /** For "missing": when the source was published; otherwise when it (outdated) or the translation (in progress) last changed. */
  date: Date;
  /** For "outdated": which fields changed since the followed text. */
  changedFields: TranslatableField[];
}

export interface QueueQuery {
  locale: string;
  tab: QueueTab;
  debateId?: string | null;
  order?: "newest" | "oldest";
  page?: number;
}

/** One page of a queue, newest first (or oldest first). */
export async function translationQueue(actor: Actor | null, query: QueueQuery): Promise<{ items: QueueItem[]; hasMore: boolean }> {
  assertQueueLocale(actor, query.locale);
  const locale = query.locale;
  const debate = query.debateId ? Prisma.sql`AND a."debateId" = ${query.debateId}` : Prisma.empty;
  const direction = query.order === "oldest" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const offset = Math.max(0, (query.page ?? 1) - 1) * QUEUE_PAGE_SIZE;
  const limit = QUEUE_PAGE_SIZE + 1;

  type Row = {
    articleId: string;
    debateId: string | null;
    sourceVariantId: string;
    sourceLocale: string;
    sourceTitle: string;
    variantId: string | null;
    title: string | null;
    status: string | null;
    date: Date;
    followed?: { title: string; summary: string; body: RichTextDocument };
    current?: { title: string; summary: string; body: RichTextDocument };
  };
  let rows: Row[];
  if (query.tab === "missing") {
    rows = await db.$queryRaw<Row[]>`
      SELECT a.id AS "articleId", a."debateId", v.id AS "sourceVariantId", v.locale AS "sourceLocale", v.title AS "sourceTitle",
             NULL AS "variantId", NULL AS title, NULL AS status, v."publishAt" AS date
      FROM "ArticleVariant" v
      JOIN "Article" a ON a.id = v."articleId" AND v.locale = a."sourceLocale"
      WHERE ${visibleVariantSql("v", "a")} AND v.locale <> ${locale} ${debate}
        AND NOT EXISTS (SELECT 1 FROM "ArticleVariant" x WHERE x."articleId" = a.id AND x.locale = ${locale})
      ORDER BY v."publishAt" ${direction}, v.id
      LIMIT ${limit} OFFSET ${offset}`;
  } else if (query.tab === "outdated") {
    rows = await db.$queryRaw<Row[]>`
      SELECT a.id AS "articleId", a."debateId", s.id AS "sourceVariantId", s.locale AS "sourceLocale", s.title AS "sourceTitle",
             t.id AS "variantId", t.title, t.status::text AS status, s."updatedAt" AS date,
             json_build_object('title', r.title, 'summary', r.summary, 'body', r.body) AS followed,
             json_build_object('title', s.title, 'summary', s.summary, 'body', s.body) AS current
      FROM "ArticleVariant" t
      JOIN "Article" a ON a.id = t."articleId" AND a."deletedAt" IS NULL
      JOIN "Revision" r ON r.id = t."sourceRevisionId"
      JOIN "ArticleVariant" s ON s.id = r."variantId" AND s."articleId" = t."articleId"
      WHERE t.locale = ${locale} AND ${isTranslation} AND ${visibleVariantSql("t", "a")} AND ${sourceChanged} ${debate}
      ORDER BY s."updatedAt" ${direction}, t.id
      LIMIT ${limit} OFFSET ${offset}`;
  } else {
    rows = await db.$queryRaw<Row[]>`
      SELECT a.id AS "articleId", a."debateId", COALESCE(s.id, o.id) AS "sourceVariantId", COALESCE(s.locale, o.locale) AS "sourceLocale",
             COALESCE(s.title, o.title) AS "sourceTitle", t.id AS "variantId", t.title, t.status::text AS status, t."updatedAt" AS date,
             CASE WHEN s.id IS NOT NULL AND ${sourceChanged} THEN json_build_object('title', r.title, 'summary', r.summary, 'body', r.body) END AS followed,
             CASE WHEN s.id IS NOT NULL AND ${sourceChanged} THEN json_build_object('title', s.title, 'summary', s.summary, 'body', s.body) END AS current
      FROM "ArticleVariant" t
      JOIN "Article" a ON a.id = t."articleId" AND a."deletedAt" IS NULL
      LEFT JOIN "Revision" r ON r.id = t."sourceRevisionId"
      LEFT JOIN "ArticleVariant" s ON s.id = r."variantId" AND s."articleId" = t."articleId"
      LEFT JOIN "ArticleVariant" o ON o."articleId" = a.id AND o.locale = a."sourceLocale"
      WHERE t.locale = ${locale} AND ${isTranslation} AND NOT (${visibleVariantSql("t", "a")}) ${debate}
      ORDER BY t."updatedAt" ${direction}, t.id
      LIMIT ${limit} OFFSET ${offset}`;
  }
  return {
    hasMore: rows.length > QUEUE_PAGE_SIZE,
    items: rows.slice(0, QUEUE_PAGE_SIZE).map((row) => ({
      articleId: row.articleId,
      debateId: row.debateId,
      source: { variantId: row.sourceVariantId, locale: row.sourceLocale, title: row.sourceTitle },
      translation: row.variantId ? { variantId: row.variantId, title: row.title ?? "", status: row.status ?? "DRAFT" } : null,
      date: row.date,
      changedFields: row.followed && row.current ? changedFields(row.followed, row.current) : [],
    })),
  };
}

export interface TextQueueItem {
  kind: "debate" | "bio";
  /** The debate's or the author's id. */
  id: string;
  locale: string;
  /** The language the translation is made from. */
  sourceLocale: string;
  /** The debate's title or the author's name, in the source. */
  name: string;
  state: "missing" | "outdated";
  /** For outdated texts: the source as the translation followed it, and as it is now. */
  followed: Record<string, string> | null;
  current: Record<string, string>;
}

/** Debates whose texts are missing or outdated in `locales` (one row per debate and locale). */
function debateTexts(locales: string[]): Prisma.Sql {
  return Prisma.sql`
    SELECT 'debate' AS kind, d.id, l.locale, d."sourceLocale", s.title AS name,
           CASE WHEN t.id IS NULL THEN 'missing' ELSE 'outdated' END AS state,
           t."sourceSnapshot" AS followed,
           json_build_object('title', s.title, 'subtitle', s.subtitle, 'intro', s.intro) AS current
    FROM unnest(${locales}::text[]) AS l(locale)
    JOIN "Debate" d ON d."sourceLocale" <> l.locale AND d."deletedAt" IS NULL AND d.status = 'PUBLISHED'
    JOIN "DebateTranslation" s ON s."debateId" = d.id AND s.locale = d."sourceLocale"
    LEFT JOIN "DebateTranslation" t ON t."debateId" = d.id AND t.locale = l.locale
    WHERE t.id IS NULL OR s.version > COALESCE(t."sourceVersion", 0)
    ORDER BY d."publishedAt" DESC NULLS LAST, d.id`;
}

/** Author bios missing or outdated in `locales` (one row per author and locale). */
function bioTexts(locales: string[]): Prisma.Sql {
  return Prisma.sql`
    SELECT 'bio' AS kind, au.id, l.locale, s.locale AS "sourceLocale", au.name,
           CASE WHEN t."authorId" IS NULL THEN 'missing' ELSE 'outdated' END AS state,
           t."sourceSnapshot" AS followed,
           json_build_object('bio', s.bio) AS current
    FROM unnest(${locales}::text[]) AS l(locale)
    JOIN "AuthorBio" s ON s.locale = ${BIO_SOURCE_LOCALE} AND s.locale <> l.locale
    JOIN "Author" au ON au.id = s."authorId" AND au."deletedAt" IS NULL
    LEFT JOIN "AuthorBio" t ON t."authorId" = au.id AND t.locale = l.locale
    WHERE t."authorId" IS NULL OR s.version > COALESCE(t."sourceVersion", 0)
    ORDER BY au.name, au.id`;
}

/** Debates' texts and author bios missing or outdated in one locale. */
export async function textQueue(actor: Actor | null, locale: string): Promise<TextQueueItem[]> {
  assertQueueLocale(actor, locale);
  const [debates, bios] = await Promise.all([debateTexts([locale]), bioTexts([locale])].map((query) => db.$queryRaw<TextQueueItem[]>(query)));
  return [...debates!, ...bios!];
}
