import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { isLocale, type Locale } from "@/i18n/locales";
import { pickTranslation } from "@/lib/translations/pick-translation";
import { absoluteUrl, paths } from "@/lib/urls";
import { visibleVariantWhere } from "../articles/visibility";
import type { Tx } from "../db";
import { imageSelect, toImageJson } from "./images";
import { toBodyJson } from "./rich-text";
import type { ArticleVersionJson } from "./schemas";

/** `db`, or the client of a transaction (`db.$transaction(async (tx) => …)`): webhooks serialize inside the change's own transaction. */
export type ApiDbClient = Tx;

export interface SerializeOptions {
  /**
   * Also drafts, versions in review, scheduled for later or unpublished, and a
   * live version's pending changes (a `drafts:read` key). Without it, only
   * what readers may see: the one visibility rule (articles/visibility.ts).
   */
  includeUnpublished?: boolean;
  /** The moment visibility is judged at (default: now). */
  now?: Date;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function variantInclude(now: Date) {
  return {
    sourceRevision: { select: { variant: { select: { locale: true, articleId: true } } } },
    article: {
      select: {
        id: true,
        sourceLocale: true,
        heroCredit: true,
        heroImage: imageSelect,
        authors: { orderBy: { position: "asc" }, select: { author: { select: { id: true, name: true, slug: true } } } },
        debate: {
          select: { id: true, status: true, deletedAt: true, sourceLocale: true, translations: { select: { locale: true, title: true, slug: true } } },
        },
        // The alternates: the work's versions readers can see.
        variants: { where: visibleVariantWhere(now), orderBy: { locale: "asc" }, select: { id: true, locale: true, slug: true } },
      },
    },
  } as const satisfies Prisma.ArticleVariantInclude;
}

type VariantRow = Prisma.ArticleVariantGetPayload<{ include: ReturnType<typeof variantInclude> }>;

/**
 * Language versions by id, as the API and the webhooks show them, in the order
 * of `ids`; ids not found (or not visible, without `includeUnpublished`) are
 * left out. A work in the trash is never shown. Four queries, however many ids.
 */
export async function serializeVariants(client: ApiDbClient, ids: string[], { includeUnpublished = false, now = new Date() }: SerializeOptions = {}): Promise<ArticleVersionJson[]> {
  if (ids.length === 0) return [];
  const where: Prisma.ArticleVariantWhereInput = includeUnpublished
    ? { id: { in: ids }, article: { deletedAt: null } }
    : { AND: [{ id: { in: ids } }, visibleVariantWhere(now)] };
  const rows = await client.articleVariant.findMany({ where, include: variantInclude(now) });
  const pending = includeUnpublished
    ? await client.pendingChange.findMany({ where: { kind: "VARIANT", recordId: { in: rows.map((r) => r.id) } } })
    : [];
  const pendingBy = new Map(pending.map((p) => [p.recordId, p]));
  const byId = new Map(rows.flatMap((row) => {
    const json = toVariantJson(row, includeUnpublished, pendingBy.get(row.id));
    return json ? [[row.id, json] as const] : [];
  }));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** One language version by id (null: none, or not visible without `includeUnpublished`). */
export async function serializeVariant(client: ApiDbClient, variantId: string, options: SerializeOptions = {}): Promise<ArticleVersionJson | null> {
  return (await serializeVariants(client, [variantId], options))[0] ?? null;
}

type PendingRow = { data: Prisma.JsonValue; needsReview: boolean; updatedAt: Date };

function toVariantJson(row: VariantRow, includeUnpublished: boolean, pending: PendingRow | undefined): ArticleVersionJson | null {
  const locale = row.locale;
  const work = row.article;
  if (!isLocale(locale)) return null;
  const sourceLocale: Locale = isLocale(work.sourceLocale) ? work.sourceLocale : locale;
  const debate = work.debate;
  const debateShown = debate && !debate.deletedAt && (debate.status === "PUBLISHED" || includeUnpublished);
  const debateText = debateShown ? pickTranslation(debate.translations, locale, debate.sourceLocale) : undefined;
  const source = row.sourceRevision?.variant;
  const translatedFrom = source && source.articleId === work.id && source.locale !== locale && isLocale(source.locale) ? source.locale : null;
  return {
    id: row.id,
    articleId: work.id,
    locale,
    title: row.title,
    slug: row.slug,
    url: absoluteUrl(locale, paths.article(row.slug)),
    summary: row.summary,
    body: toBodyJson(row.body),
    status: row.status,
    publishAt: iso(row.publishAt),
    publishedAt: iso(row.publishedAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    sourceLocale,
    translatedFrom,
    translators: row.translators,
    authors: work.authors.map(({ author }) => ({ id: author.id, name: author.name, slug: author.slug, url: absoluteUrl(locale, paths.author(author.slug)) })),
    debate:
      debate && debateText && isLocale(debateText.locale)
        ? { id: debate.id, locale: debateText.locale, title: debateText.title, slug: debateText.slug, url: absoluteUrl(debateText.locale, paths.debate(debateText.slug)) }
        : null,
    heroImage: toImageJson(work.heroImage, work.heroCredit, locale, sourceLocale),
    alternates: work.variants.flatMap((v) =>
      v.id !== row.id && isLocale(v.locale) ? [{ locale: v.locale, slug: v.slug, url: absoluteUrl(v.locale, paths.article(v.slug)) }] : [],
    ),
    ...(includeUnpublished ? { pendingChanges: pending ? toPendingJson(pending, row) : null } : {}),
  };
}

function toPendingJson(pending: PendingRow, row: VariantRow): NonNullable<ArticleVersionJson["pendingChanges"]> {
  const data = (pending.data && typeof pending.data === "object" && !Array.isArray(pending.data) ? pending.data : {}) as Record<string, unknown>;
  const text = (key: string, fallback: string) => (typeof data[key] === "string" ? (data[key] as string) : fallback);
  return {
    title: text("title", row.title),
    slug: text("slug", row.slug),
    summary: text("summary", row.summary),
    body: toBodyJson(data.body ?? row.body),
    needsReview: pending.needsReview,
    updatedAt: pending.updatedAt.toISOString(),
  };
}
