import "server-only";
import { mediaSrc } from "@/lib/media/formats";
import { listMediaSchema, type MediaItem } from "@/lib/media/schemas";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import { NotFoundError, parseInput } from "../errors";
import { assertCan, can } from "../permissions";
import { containsText } from "../database/like";

export const mediaSelect = {
  id: true,
  storageKey: true,
  originalName: true,
  mimeType: true,
  size: true,
  width: true,
  height: true,
  credit: true,
  createdAt: true,
  alts: { select: { locale: true, alt: true } },
} as const satisfies Prisma.MediaSelect;

type MediaRow = Prisma.MediaGetPayload<{ select: typeof mediaSelect }>;

export function toMediaItem(row: MediaRow): MediaItem {
  return {
    id: row.id,
    storageKey: row.storageKey,
    src: mediaSrc(row.storageKey),
    originalName: row.originalName,
    mimeType: row.mimeType,
    size: row.size,
    width: row.width,
    height: row.height,
    credit: row.credit,
    createdAt: row.createdAt.toISOString(),
    alts: Object.fromEntries(row.alts.map((a) => [a.locale, a.alt])),
  };
}

/**
 * The library, newest first, for staff: searched by original name, credit or
 * alt text in any language; paged by cursor (the last item's id).
 */
export async function listMedia(actor: Actor | null, input: unknown = {}): Promise<{ items: MediaItem[]; nextCursor: string | null }> {
  assertCan(actor, "dashboard.access");
  const { query, cursor, take } = parseInput(listMediaSchema, input);
  const where: Prisma.MediaWhereInput = query
    ? { OR: [{ originalName: containsText(query) }, { credit: containsText(query) }, { alts: { some: { alt: containsText(query) } } }] }
    : {};
  const rows = await db.media.findMany({
    where,
    select: mediaSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, take);
  return { items: page.map(toMediaItem), nextCursor: rows.length > take ? page[page.length - 1]!.id : null };
}

/** One item with where it is used (hero images, author photos), for its detail page. */
export async function getMediaForStaff(actor: Actor | null, mediaId: string) {
  if (!can(actor, "dashboard.access")) throw new NotFoundError("media");
  const row = await db.media.findUnique({
    where: { id: mediaId },
    select: { ...mediaSelect, _count: { select: { articles: true, debates: true, authors: true } } },
  });
  if (!row) throw new NotFoundError("media");
  const { _count, ...rest } = row;
  return { ...toMediaItem(rest), usage: { articles: _count.articles, debates: _count.debates, authors: _count.authors } };
}
