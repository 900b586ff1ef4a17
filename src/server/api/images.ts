import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { isLocale } from "@/i18n/locales";
import { mediaSrc } from "@/lib/media/formats";
import { absoluteSiteUrl } from "@/lib/urls";
import { toHeroImage } from "../media/hero";
import type { ImageJson } from "./schemas";

/** What an image reference needs of its Media row. */
export const imageSelect = {
  select: { id: true, storageKey: true, width: true, height: true, credit: true, alts: { select: { locale: true, alt: true } } },
} as const satisfies Prisma.MediaDefaultArgs;

type ImageRow = Prisma.MediaGetPayload<typeof imageSelect>;

/** An image as the API shows it: absolute URL, size, alt text in `locale` (else the source's) and credit (the record's own, else the image's). */
export function toImageJson(media: ImageRow | null, credit: string | null, locale: string, sourceLocale: string): ImageJson | null {
  const hero = toHeroImage(media, credit, locale, sourceLocale);
  if (!media || !hero) return null;
  return {
    id: media.id,
    url: absoluteSiteUrl(mediaSrc(media.storageKey)),
    width: hero.width,
    height: hero.height,
    alt: hero.alt,
    altLocale: isLocale(hero.altLocale) ? hero.altLocale : null,
    credit: hero.credit,
  };
}
