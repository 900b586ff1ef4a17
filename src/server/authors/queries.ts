import "server-only";
import type { Locale } from "@/i18n/locales";
import { isLocale } from "@/i18n/locales";
import { db } from "../db";
import { pickTranslation } from "@/lib/translations/pick-translation";
import { isValidSlug } from "@/lib/slug";

export interface AuthorPage {
  id: string;
  name: string;
  slug: string;
  /** The bio in the reader's locale, or in another (bioLocale says which); null if none. */
  bio: string | null;
  bioLocale: Locale | null;
}

export async function getAuthorBySlug(locale: Locale, slug: string): Promise<AuthorPage | null> {
  if (!isValidSlug(slug)) return null;
  const author = await db.author.findFirst({ where: { slug, deletedAt: null }, include: { bios: true } });
  if (!author) return null;
  const bio = pickTranslation(author.bios, locale, "en");
  return {
    id: author.id,
    name: author.name,
    slug: author.slug,
    bio: bio?.bio ?? null,
    bioLocale: bio && isLocale(bio.locale) ? bio.locale : null,
  };
}
