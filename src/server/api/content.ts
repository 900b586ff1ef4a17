import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { Locale } from "@/i18n/locales";
import { isValidSlug } from "@/lib/slug";
import { absoluteUrl, paths } from "@/lib/urls";
import { mayReadDrafts, mayReadLocale, type ApiClient } from "../api-keys/authenticate";
import { visibleDebateWhere, visibleVariantWhere } from "../articles/visibility";
import { db } from "../db";
import { searchArticlesForReaders } from "../search/queries";
import { afterCursor, decodeCursor, encodeCursor } from "./cursor";
import type { listArticlesQuery, listAuthorsQuery, listDebatesQuery, listMediaQuery, searchQuery } from "./params";
import { ApiProblem } from "./problem";
import type { ArticleVersionJson, AuthorJson, DebateJson, MediaJson } from "./schemas";
import { serializeAuthors } from "./serialize-author";
import { serializeDebates } from "./serialize-debate";
import { publicMediaWhere, serializeMediaItems } from "./serialize-media";
import { serializeVariants } from "./serialize-variant";

// What each endpoint of /api/v1 answers, for a client (a reader, or a key):
// the rows it may see, a page at a time, serialized by the same functions the
// webhooks use. The route handlers only parse and call these.

type Page<T> = { data: T[]; nextCursor: string | null };

function assertLocale(client: ApiClient, locale: Locale) {
  if (!mayReadLocale(client, locale)) throw new ApiProblem("locale_forbidden", `This key may not read ${locale}.`);
}

/** The locales a listing without ?locale= covers: a key limited to some sees only those. */
function localeFilter(client: ApiClient, locale: Locale | undefined): Prisma.StringFilter | string | undefined {
  if (locale) return locale;
  return client.kind === "key" && client.locales.length > 0 ? { in: client.locales } : undefined;
}

/** The page and the cursor to the next: rows were fetched one more than `limit`. */
function paginate<R extends { id: string }>(rows: R[], limit: number, time: (row: R) => Date) {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { ids: page.map((r) => r.id), nextCursor: rows.length > limit && last ? encodeCursor({ time: time(last), id: last.id }) : null };
}

export async function listArticleVersions(client: ApiClient, q: z.output<typeof listArticlesQuery>): Promise<Page<ArticleVersionJson>> {
  if (q.locale) assertLocale(client, q.locale);
  const drafts = mayReadDrafts(client);
  const now = new Date();
  const cursor = q.cursor ? decodeCursor(q.cursor) : undefined;
  const since = q.updatedSince ? new Date(q.updatedSince) : undefined;
  const locale = localeFilter(client, q.locale);
  const where: Prisma.ArticleVariantWhereInput = {
    AND: [
      drafts ? { article: { deletedAt: null } } : visibleVariantWhere(now),
      locale ? { locale } : {},
      q.debate ? { article: { debateId: q.debate } } : {},
      q.author ? { article: { authors: { some: { authorId: q.author } } } } : {},
      // Its work's shared fields (authors, debate, image) changing counts, and so does a scheduled
      // version becoming visible at its publishAt (neither changes the version's own row).
      since ? { OR: [{ updatedAt: { gte: since } }, { article: { updatedAt: { gte: since } } }, { publishAt: { gte: since, lte: now } }] } : {},
      afterCursor("updatedAt", cursor),
    ],
  };
  const rows = await db.articleVariant.findMany({ where, select: { id: true, updatedAt: true }, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], take: q.limit + 1 });
  const { ids, nextCursor } = paginate(rows, q.limit, (r) => r.updatedAt);
  return { data: await serializeVariants(db, ids, { includeUnpublished: drafts, now }), nextCursor };
}

async function oneVersion(client: ApiClient, where: Prisma.ArticleVariantWhereInput): Promise<ArticleVersionJson> {
  const drafts = mayReadDrafts(client);
  const now = new Date();
  const row = await db.articleVariant.findFirst({ where: { AND: [where, drafts ? { article: { deletedAt: null } } : visibleVariantWhere(now)] }, select: { id: true, locale: true } });
  // A version in a locale the key may not read is as good as absent… unless asked for by locale, which says so.
  if (!row || !mayReadLocale(client, row.locale)) throw new ApiProblem("not_found", "No such article version.");
  const [json] = await serializeVariants(db, [row.id], { includeUnpublished: drafts, now });
  if (!json) throw new ApiProblem("not_found", "No such article version.");
  return json;
}

export const getArticleVersion = (client: ApiClient, id: string) => oneVersion(client, { id });

export function getArticleVersionBySlug(client: ApiClient, locale: Locale, slug: string) {
  assertLocale(client, locale);
  if (!isValidSlug(slug)) throw new ApiProblem("not_found", "No such article version.");
  return oneVersion(client, { locale, slug });
}

export async function listDebates(client: ApiClient, q: z.output<typeof listDebatesQuery>): Promise<Page<DebateJson>> {
  assertLocale(client, q.locale);
  const drafts = mayReadDrafts(client);
  const cursor = q.cursor ? decodeCursor(q.cursor) : undefined;
  const since = q.updatedSince ? new Date(q.updatedSince) : undefined;
  const where: Prisma.DebateWhereInput = {
    AND: [
      drafts ? { deletedAt: null } : visibleDebateWhere(),
      since ? { OR: [{ updatedAt: { gte: since } }, { translations: { some: { updatedAt: { gte: since } } } }] } : {},
      afterCursor("updatedAt", cursor),
    ],
  };
  const rows = await db.debate.findMany({ where, select: { id: true, updatedAt: true }, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], take: q.limit + 1 });
  const { ids, nextCursor } = paginate(rows, q.limit, (r) => r.updatedAt);
  return { data: await serializeDebates(db, ids, q.locale, { includeUnpublished: drafts }), nextCursor };
}

export async function getDebate(client: ApiClient, id: string, locale: Locale): Promise<DebateJson> {
  assertLocale(client, locale);
  const [json] = await serializeDebates(db, [id], locale, { includeUnpublished: mayReadDrafts(client) });
  if (!json) throw new ApiProblem("not_found", "No such debate.");
  return json;
}

export async function listAuthors(client: ApiClient, q: z.output<typeof listAuthorsQuery>): Promise<Page<AuthorJson>> {
  if (q.locale) assertLocale(client, q.locale);
  const cursor = q.cursor ? decodeCursor(q.cursor) : undefined;
  const since = q.updatedSince ? new Date(q.updatedSince) : undefined;
  const where: Prisma.AuthorWhereInput = {
    AND: [
      { deletedAt: null },
      since ? { OR: [{ updatedAt: { gte: since } }, { bios: { some: { updatedAt: { gte: since } } } }] } : {},
      afterCursor("updatedAt", cursor),
    ],
  };
  const rows = await db.author.findMany({ where, select: { id: true, updatedAt: true }, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], take: q.limit + 1 });
  const { ids, nextCursor } = paginate(rows, q.limit, (r) => r.updatedAt);
  return { data: await serializeAuthors(db, ids, { locale: q.locale }), nextCursor };
}

export async function getAuthor(client: ApiClient, id: string, locale: Locale | undefined): Promise<AuthorJson> {
  if (locale) assertLocale(client, locale);
  const [json] = await serializeAuthors(db, [id], { locale });
  if (!json) throw new ApiProblem("not_found", "No such author.");
  return json;
}

export async function listMedia(client: ApiClient, q: z.output<typeof listMediaQuery>): Promise<Page<MediaJson>> {
  const drafts = mayReadDrafts(client);
  const now = new Date();
  const cursor = q.cursor ? decodeCursor(q.cursor) : undefined;
  const where: Prisma.MediaWhereInput = { AND: [drafts ? {} : publicMediaWhere(now), afterCursor("createdAt", cursor)] };
  const rows = await db.media.findMany({ where, select: { id: true, createdAt: true }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: q.limit + 1 });
  const { ids, nextCursor } = paginate(rows, q.limit, (r) => r.createdAt);
  return { data: await serializeMediaItems(db, ids, { includeUnpublished: drafts, now }), nextCursor };
}

export async function getMedia(client: ApiClient, id: string): Promise<MediaJson> {
  const [json] = await serializeMediaItems(db, [id], { includeUnpublished: mayReadDrafts(client) });
  if (!json) throw new ApiProblem("not_found", "No such image.");
  return json;
}

/** Readers' search (src/server/search, its 30 s memo included): visible versions only, whatever the key. */
export async function search(client: ApiClient, q: z.output<typeof searchQuery>) {
  assertLocale(client, q.locale);
  const found = await searchArticlesForReaders({ locale: q.locale, query: q.q, page: q.page, pageSize: q.pageSize });
  const variants = await db.articleVariant.findMany({
    where: { articleId: { in: found.results.map((r) => r.articleId) }, locale: q.locale },
    select: { id: true, articleId: true },
  });
  const idOf = new Map(variants.map((v) => [v.articleId, v.id]));
  return {
    data: found.results.map((r) => ({
      id: idOf.get(r.articleId) ?? "",
      articleId: r.articleId,
      locale: r.locale,
      title: r.title,
      slug: r.slug,
      url: absoluteUrl(r.locale, paths.article(r.slug)),
      summary: r.summary,
      publishAt: r.date.toISOString(),
      authors: r.authors,
      excerpt: r.highlight.map((s) => s.text).join(""),
    })),
    total: found.total,
    page: found.page,
    pageCount: found.pageCount,
  };
}
