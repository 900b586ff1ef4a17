import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { isLocale, type Locale } from "@/i18n/locales";
import { pickTranslation } from "@/lib/translations/pick-translation";
import { absoluteUrl, paths } from "@/lib/urls";
import { visibleDebateWhere } from "../articles/visibility";
import { imageSelect, toImageJson } from "./images";
import type { DebateJson } from "./schemas";
import type { ApiDbClient, SerializeOptions } from "./serialize-variant";

const debateInclude = { translations: true, heroImage: imageSelect } as const satisfies Prisma.DebateInclude;
type DebateRow = Prisma.DebateGetPayload<{ include: typeof debateInclude }>;

/**
 * Debates by id in one language, in the order of `ids`: the texts in `locale`,
 * else in the source language (`locale` of the answer says which), as the
 * debate page shows them. Without `includeUnpublished`, only published debates
 * (the pages' rule); a deleted debate never.
 */
export async function serializeDebates(client: ApiDbClient, ids: string[], locale: Locale, { includeUnpublished = false }: SerializeOptions = {}): Promise<DebateJson[]> {
  if (ids.length === 0) return [];
  const where: Prisma.DebateWhereInput = includeUnpublished ? { id: { in: ids }, deletedAt: null } : { AND: [{ id: { in: ids } }, visibleDebateWhere()] };
  const rows = await client.debate.findMany({ where, include: debateInclude });
  const byId = new Map(rows.flatMap((row) => {
    const json = toDebateJson(row, locale);
    return json ? [[row.id, json] as const] : [];
  }));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** One debate in one language (null: none, or not visible without `includeUnpublished`). */
export async function serializeDebate(client: ApiDbClient, debateId: string, locale: Locale, options: SerializeOptions = {}): Promise<DebateJson | null> {
  return (await serializeDebates(client, [debateId], locale, options))[0] ?? null;
}

function toDebateJson(row: DebateRow, locale: Locale): DebateJson | null {
  const text = pickTranslation(row.translations, locale, row.sourceLocale);
  if (!text || !isLocale(text.locale)) return null;
  const sourceLocale = isLocale(row.sourceLocale) ? row.sourceLocale : text.locale;
  const updatedAt = [row.updatedAt, text.updatedAt].reduce((a, b) => (a > b ? a : b));
  return {
    id: row.id,
    locale: text.locale,
    title: text.title,
    subtitle: text.subtitle,
    intro: text.intro,
    slug: text.slug,
    url: absoluteUrl(text.locale, paths.debate(text.slug)),
    status: row.status,
    publishedAt: row.publishedAt ? row.publishedAt.toISOString() : null,
    updatedAt: updatedAt.toISOString(),
    sourceLocale,
    heroImage: toImageJson(row.heroImage, row.heroCredit, text.locale, sourceLocale),
    alternates: row.translations
      .filter((t) => t.locale !== text.locale && isLocale(t.locale))
      .sort((a, b) => a.locale.localeCompare(b.locale))
      .map((t) => ({ locale: t.locale as Locale, slug: t.slug, url: absoluteUrl(t.locale as Locale, paths.debate(t.slug)) })),
  };
}
