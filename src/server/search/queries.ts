import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { isLocale, localeCodes, type Locale } from "@/i18n/locales";
import { visibleVariantSql } from "../articles/visibility";
import { createMemo, type Memo } from "../cache/memo";
import { SEARCH_MEMO_MAX_ENTRIES, SEARCH_SECONDS } from "../cache/policy.mjs";
import { db } from "../db";
import { MATCH_END, MATCH_START, parseHighlight, type HighlightSegment } from "./highlight";

export type { HighlightSegment } from "./highlight";

export const SEARCH_QUERY_MAX_LENGTH = 200;
export const SEARCH_MAX_PAGE = 1000;
export const SEARCH_PAGE_SIZE = 10;

export const searchArticlesSchema = z.object({
  locale: z.enum(localeCodes as [Locale, ...Locale[]]),
  // Postgres refuses a NUL character in text: it separates words like a space.
  query: z
    .string()
    .trim()
    .max(SEARCH_QUERY_MAX_LENGTH)
    .transform((q) => q.replaceAll("\u0000", " ").trim()),
  page: z.number().int().min(1).max(SEARCH_MAX_PAGE).default(1),
  pageSize: z.number().int().min(1).max(50).default(SEARCH_PAGE_SIZE),
});

export type SearchArticlesInput = z.input<typeof searchArticlesSchema>;

export interface SearchResult {
  articleId: string;
  locale: Locale;
  title: string;
  slug: string;
  summary: string;
  date: Date;
  authors: { name: string; slug: string }[];
  /** The title with the matched words marked (all of them). */
  titleHighlight: HighlightSegment[];
  /** An excerpt around the best match: of the body, or the summary when the body has none. */
  highlight: HighlightSegment[];
}

export interface SearchResults {
  total: number;
  page: number;
  pageCount: number;
  results: SearchResult[];
}

// Weights of D, C, B, A: title (A) above summary (B). Ranked on rankVector (title
// and summary only): a match in the body finds an article but does not rank it,
// so body-only matches come newest first. Ranking on the whole searchVector read
// every match's large (TOASTed) vector: 120 ms for a word in 2,000 Arabic articles
// at 100k versions, against 30 ms (npm run bench).
const RANK_WEIGHTS = "{0.05, 0.2, 0.4, 1.0}";
const SNIPPET_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MinWords=12, MaxWords=30, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, HighlightAll=true`;

type Row = {
  variantId: string;
  articleId: string;
  locale: string;
  title: string;
  slug: string;
  summary: string;
  date: Date;
  total: bigint;
  titleMarked: string;
  snippetMarked: string;
};

/**
 * Full-text search over the variants readers can see in `locale`, best match first
 * (in the title, then the summary; then newest, then by id, so pages are stable). The query is the reader's own
 * syntax (words, "a phrase", -not, or), parsed by websearch_to_tsquery, which never
 * fails on odd input. An empty query finds nothing without asking the database.
 */
export async function searchArticles(input: SearchArticlesInput): Promise<SearchResults> {
  const { locale, query, page, pageSize } = searchArticlesSchema.parse(input);
  if (!query) return { total: 0, page, pageCount: 0, results: [] };

  const offset = (page - 1) * pageSize;
  const strip = (expr: Prisma.Sql) => Prisma.sql`translate(${expr}, ${MATCH_START + MATCH_END}, '')`;

  // Headlines are costly: they are computed for the page's rows only, after LIMIT.
  const rows = await db.$queryRaw<Row[]>`
    WITH q AS (
      SELECT cms_search_config(${locale}) AS cfg, websearch_to_tsquery(cms_search_config(${locale}), ${query}) AS tsq
    ),
    hits AS (
      SELECT v.id AS "variantId", v."articleId", v.locale, v.title, v.slug, v.summary, v.body,
             v."publishAt" AS date,
             ts_rank_cd(${RANK_WEIGHTS}::real[], v."rankVector", q.tsq) AS rank,
             count(*) OVER () AS total
      FROM "ArticleVariant" v
      JOIN "Article" a ON a.id = v."articleId"
      CROSS JOIN q
      WHERE v.locale = ${locale}
        AND v."searchVector" @@ q.tsq
        AND ${visibleVariantSql("v", "a")}
      ORDER BY rank DESC, v."publishAt" DESC, v.id ASC
      LIMIT ${pageSize} OFFSET ${offset}
    ),
    texts AS (
      SELECT h.*,
             ${strip(Prisma.sql`h.title`)} AS clean_title,
             ${strip(Prisma.sql`h.summary`)} AS clean_summary,
             ${strip(Prisma.sql`coalesce((SELECT string_agg(t #>> '{}', ' ') FROM jsonb_path_query(h.body, 'strict $.**.text') AS t), '')`)} AS clean_body
      FROM hits h
    ),
    -- The body's excerpt when it has a match, else the summary's, parsing as little
    -- of the body as it can (the costly part for long Arabic texts): cms_search_excerpt.
    marked AS (
      SELECT x.*,
             ts_headline(q.cfg, x.clean_title, q.tsq, ${TITLE_OPTIONS}) AS "titleMarked",
             cms_search_excerpt(q.cfg, x.clean_body, x.clean_summary, q.tsq, ${SNIPPET_OPTIONS}, ${MATCH_START}) AS "snippetMarked"
      FROM texts x CROSS JOIN q
    )
    SELECT m."variantId", m."articleId", m.locale, m.title, m.slug, m.summary, m.date, m.total, m."titleMarked", m."snippetMarked"
    FROM marked m
    ORDER BY m.rank DESC, m.date DESC, m."variantId" ASC
  `;

  let total = rows.length > 0 ? Number(rows[0]!.total) : 0;
  if (rows.length === 0 && page > 1) {
    // Past the last page: the window count has no row to ride on.
    const [count] = await db.$queryRaw<{ total: bigint }[]>`
      SELECT count(*) AS total
      FROM "ArticleVariant" v JOIN "Article" a ON a.id = v."articleId"
      WHERE v.locale = ${locale}
        AND v."searchVector" @@ websearch_to_tsquery(cms_search_config(${locale}), ${query})
        AND ${visibleVariantSql("v", "a")}
    `;
    total = Number(count?.total ?? 0);
  }

  const authors = await getAuthors(rows.map((r) => r.articleId));

  return {
    total,
    page,
    pageCount: Math.ceil(total / pageSize),
    results: rows.flatMap((row): SearchResult[] =>
      isLocale(row.locale)
        ? [
            {
              articleId: row.articleId,
              locale: row.locale,
              title: row.title,
              slug: row.slug,
              summary: row.summary,
              date: row.date,
              authors: authors.get(row.articleId) ?? [],
              titleHighlight: parseHighlight(row.titleMarked),
              highlight: parseHighlight(row.snippetMarked),
            },
          ]
        : [],
    ),
  };
}

// Readers' searches, kept 30 s in this process (500 at most): a shared debate
// sends many readers after the same words, and each search's excerpts are the
// costliest query readers can cause. Forgotten at once when this process
// publishes a change (revalidatePublicPages); other instances within 30 s, as
// their pages refresh. On globalThis: Next's module graphs (pages, server
// actions) must share one, or a publish would not clear the page's copy.
const globalForSearch = globalThis as unknown as { readersSearches?: Memo<SearchResults> };
const readersSearches = (globalForSearch.readersSearches ??= createMemo<SearchResults>({ maxEntries: SEARCH_MEMO_MAX_ENTRIES, ttlMs: SEARCH_SECONDS * 1000 }));

/** searchArticles for the public search page, through the short-lived cache above. */
export async function searchArticlesForReaders(input: SearchArticlesInput): Promise<SearchResults> {
  const parsed = searchArticlesSchema.parse(input);
  const key = JSON.stringify([parsed.locale, parsed.query, parsed.page, parsed.pageSize]);
  return readersSearches.get(key, () => searchArticles(parsed));
}

/** After a change readers can see: no search answers from before it. */
export function forgetReadersSearches(): void {
  readersSearches.clear();
}

/** The ordered authors of the given articles, in one query. */
async function getAuthors(articleIds: string[]): Promise<Map<string, { name: string; slug: string }[]>> {
  const byArticle = new Map<string, { name: string; slug: string }[]>();
  if (articleIds.length === 0) return byArticle;
  const links = await db.articleAuthor.findMany({
    where: { articleId: { in: articleIds } },
    orderBy: [{ articleId: "asc" }, { position: "asc" }],
    select: { articleId: true, author: { select: { name: true, slug: true } } },
  });
  for (const link of links) {
    const list = byArticle.get(link.articleId) ?? [];
    list.push(link.author);
    byArticle.set(link.articleId, list);
  }
  return byArticle;
}
