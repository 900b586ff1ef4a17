import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { isLocale } from "@/i18n/locales";
import { mediaSrc } from "@/lib/media/formats";
import { absoluteSiteUrl } from "@/lib/urls";
import { visibleDebateWhere, visibleVariantWhere } from "../articles/visibility";
import type { MediaJson } from "./schemas";
import type { ApiDbClient, SerializeOptions } from "./serialize-variant";

const mediaSelect = {
  id: true,
  storageKey: true,
  mimeType: true,
  size: true,
  width: true,
  height: true,
  credit: true,
  createdAt: true,
  alts: { select: { locale: true, alt: true }, orderBy: { locale: "asc" } },
} as const satisfies Prisma.MediaSelect;

/**
 * The images readers can see: the hero image of a work with a visible version
 * or of a published debate, or an author's photo. (An image only inside an
 * article's text is not listed: readers reach it through that text.) The rest
 * of the library — uploads for drafts among them — needs `drafts:read`.
 */
export function publicMediaWhere(now: Date = new Date()): Prisma.MediaWhereInput {
  return {
    OR: [
      { articles: { some: { deletedAt: null, variants: { some: visibleVariantWhere(now) } } } },
      { debates: { some: visibleDebateWhere() } },
      { authors: { some: { deletedAt: null } } },
    ],
  };
}

/** Media metadata by id, in the order of `ids`; without `includeUnpublished`, only images readers can see. */
export async function serializeMediaItems(client: ApiDbClient, ids: string[], { includeUnpublished = false, now = new Date() }: SerializeOptions = {}): Promise<MediaJson[]> {
  if (ids.length === 0) return [];
  const where: Prisma.MediaWhereInput = includeUnpublished ? { id: { in: ids } } : { AND: [{ id: { in: ids } }, publicMediaWhere(now)] };
  const rows = await client.media.findMany({ where, select: mediaSelect });
  const byId = new Map(
    rows.map((row): [string, MediaJson] => [
      row.id,
      {
        id: row.id,
        url: absoluteSiteUrl(mediaSrc(row.storageKey)),
        mimeType: row.mimeType,
        size: row.size,
        width: row.width,
        height: row.height,
        credit: row.credit,
        alts: row.alts.flatMap((a) => (isLocale(a.locale) ? [{ locale: a.locale, alt: a.alt }] : [])),
        createdAt: row.createdAt.toISOString(),
      },
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function serializeMedia(client: ApiDbClient, mediaId: string, options: SerializeOptions = {}): Promise<MediaJson | null> {
  return (await serializeMediaItems(client, [mediaId], options))[0] ?? null;
}
