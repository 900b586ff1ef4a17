import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { mediaSrc } from "@/lib/media/formats";

// The hero image as readers see it: where it is served, its size (so the page
// reserves its box before it loads) and its alt text in the reader's language.

export const heroImageSelect = {
  select: { storageKey: true, width: true, height: true, credit: true, alts: { select: { locale: true, alt: true } } },
} as const satisfies Prisma.MediaDefaultArgs;

type HeroRow = Prisma.MediaGetPayload<typeof heroImageSelect>;

export interface HeroImage {
  /** Site-relative (`/media/…`); absoluteSiteUrl makes it og:image. */
  src: string;
  width: number | null;
  height: number | null;
  /** In the page's locale; else the source language's (`altLocale` says which); "" when none was written. */
  alt: string;
  altLocale: string | null;
  /** The credit line: the work's own, else the image's. */
  credit: string | null;
}

export function toHeroImage(media: HeroRow | null, credit: string | null, locale: string, sourceLocale: string): HeroImage | null {
  if (!media) return null;
  const alt = media.alts.find((a) => a.locale === locale) ?? media.alts.find((a) => a.locale === sourceLocale);
  return {
    src: mediaSrc(media.storageKey),
    width: media.width,
    height: media.height,
    alt: alt?.alt ?? "",
    altLocale: alt?.locale ?? null,
    credit: credit ?? media.credit,
  };
}
