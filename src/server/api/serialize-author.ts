import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { defaultLocale, isLocale, type Locale } from "@/i18n/locales";
import { imageSelect, toImageJson } from "./images";
import type { AuthorJson } from "./schemas";
import type { ApiDbClient } from "./serialize-variant";

const authorInclude = { bios: { orderBy: { locale: "asc" } }, photo: imageSelect } as const satisfies Prisma.AuthorInclude;
type AuthorRow = Prisma.AuthorGetPayload<{ include: typeof authorInclude }>;

/**
 * Authors by id, in the order of `ids`, with every bio they have (one per
 * language); the photo's alt text in `locale` (default English). A deleted
 * author never. Bios are always public: a bio change awaiting review lives in
 * PendingChange, never in the bio's row.
 */
export async function serializeAuthors(client: ApiDbClient, ids: string[], { locale = defaultLocale }: { locale?: Locale } = {}): Promise<AuthorJson[]> {
  if (ids.length === 0) return [];
  const rows = await client.author.findMany({ where: { id: { in: ids }, deletedAt: null }, include: authorInclude });
  const byId = new Map(rows.map((row) => [row.id, toAuthorJson(row, locale)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** One author (null: none, or deleted). */
export async function serializeAuthor(client: ApiDbClient, authorId: string, options: { locale?: Locale } = {}): Promise<AuthorJson | null> {
  return (await serializeAuthors(client, [authorId], options))[0] ?? null;
}

function toAuthorJson(row: AuthorRow, locale: Locale): AuthorJson {
  const bios = row.bios.flatMap((b) => (isLocale(b.locale) ? [{ locale: b.locale, bio: b.bio, updatedAt: b.updatedAt.toISOString() }] : []));
  const updatedAt = [row.updatedAt, ...row.bios.map((b) => b.updatedAt)].reduce((a, b) => (a > b ? a : b));
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    photo: toImageJson(row.photo, null, locale, defaultLocale),
    bios,
    updatedAt: updatedAt.toISOString(),
  };
}
