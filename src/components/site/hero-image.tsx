import { getLocale, getTranslations } from "next-intl/server";
import type { HeroImage as Hero } from "@/server/media/hero";

/**
 * A debate's or an article's hero image with its credit line. A plain <img>
 * with its intrinsic size (the box is reserved before it loads: no layout
 * shift) rather than next/image: the stored file is already web-sized, and
 * the page then needs no client runtime for it. Eagerly loaded, high
 * priority: it is the page's largest paint.
 */
export async function HeroImage({ hero, namespace }: { hero: Hero; namespace: "Article" | "ArticleList" }) {
  const t = await getTranslations(namespace);
  // The credit line is the page's text, inside a header that may be in the debate's own language.
  const locale = await getLocale();
  return (
    <figure className="hero">
      {/* eslint-disable-next-line @next/next/no-img-element -- see above */}
      <img
        src={hero.src}
        alt={hero.alt}
        lang={hero.altLocale ?? undefined}
        width={hero.width ?? undefined}
        height={hero.height ?? undefined}
        fetchPriority="high"
        decoding="async"
        data-testid="hero-image"
      />
      {hero.credit && <figcaption className="credit" lang={locale}>{t("heroCredit", { credit: hero.credit })}</figcaption>}
    </figure>
  );
}
