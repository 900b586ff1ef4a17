import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticleList } from "@/components/site/article-list";
import { notFoundMetadata, PageNotFound } from "@/components/site/not-found-view";
import { HeroImage } from "@/components/site/hero-image";
import { JsonLd } from "@/components/site/json-ld";
import { LocaleSwitcher, switcherVersions } from "@/components/site/locale-switcher";
import { localeDir } from "@/i18n/locales";
import { asLocale, decodeSlug } from "@/lib/route-params";
import { alternatesFor, debateVersions, feedLinks, ogImage, ogLocale } from "@/lib/seo";
import { absoluteSiteUrl, absoluteUrl, localizedPath, paths } from "@/lib/urls";
import { getDebateArticles, getDebateBySlug } from "@/server/debates/queries";

// 20 s: with a caching proxy in front (deploy/nginx honours s-maxage=20), an edit reaches the
// readers of every instance within 60 s: ≤ 20 s for the instances that did not make it, then
// ≤ 20 s in the proxy, which may have refreshed from one of them just before (measured ≈ 40 s).
export const revalidate = 20;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

async function load(props: Props) {
  const params = await props.params;
  const locale = asLocale(params.locale);
  return { locale, lookup: await getDebateBySlug(locale, decodeSlug(params.slug)) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, lookup } = await load(props);
  if (!lookup) return notFoundMetadata(locale);
  if (lookup.kind !== "found") return {};
  const d = lookup.debate;
  // Not translated into this locale: shown in its own language, a page not to index (nor to advertise).
  const translated = d.locale === locale;
  return {
    title: d.title,
    description: d.subtitle || d.intro.slice(0, 200),
    alternates: {
      ...alternatesFor({ locale, path: paths.debate(d.slug) }, debateVersions(d)),
      types: feedLinks(locale, translated ? d.slug : undefined),
    },
    ...(translated ? {} : { robots: { index: false } }),
    openGraph: {
      type: "website",
      title: d.title,
      description: d.subtitle,
      url: absoluteUrl(locale, paths.debate(d.slug)),
      locale: ogLocale(locale),
      ...(d.hero ? { images: [ogImage(d.hero)] } : {}),
    },
  };
}

export default async function DebatePage(props: Props) {
  const { locale, lookup } = await load(props);
  setRequestLocale(locale);
  if (!lookup) return <PageNotFound locale={locale} />;
  if (lookup.kind === "redirect") permanentRedirect(localizedPath(locale, paths.debate(lookup.slug)));

  const d = lookup.debate;
  const t = await getTranslations("Debate");
  const tList = await getTranslations("ArticleList");
  const items = await getDebateArticles(d.id, locale);

  return (
    <>
      <LocaleSwitcher current={locale} versions={switcherVersions(debateVersions(d))} />
      <article className="debate">
        <header className="debate-header" lang={d.locale} dir={localeDir(d.locale)}>
          {d.locale !== locale && (
            <p className="notice" lang={locale} dir={localeDir(locale)}>
              {t("notTranslated")}
            </p>
          )}
          <h1>{d.title}</h1>
          {d.subtitle && <p className="debate-subtitle">{d.subtitle}</p>}
          {d.hero ? (
            <HeroImage hero={d.hero} namespace="ArticleList" />
          ) : (
            d.heroCredit && (
              <p className="credit" lang={locale}>
                {tList("heroCredit", { credit: d.heroCredit })}
              </p>
            )
          )}
          {d.intro && <p className="debate-intro">{d.intro}</p>}
          <p className="meta">
            <a href={localizedPath(locale, paths.debateFeed(d.slug))} type="application/rss+xml">
              {t("feed")}
            </a>
          </p>
        </header>
        <section aria-labelledby="debate-articles">
          <h2 id="debate-articles" className="section-title">
            {t("articles")}
          </h2>
          <ArticleList items={items} />
        </section>
      </article>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "CreativeWorkSeries",
          name: d.title,
          description: d.subtitle,
          inLanguage: d.locale,
          url: absoluteUrl(locale, paths.debate(d.slug)),
          ...(d.hero ? { image: absoluteSiteUrl(d.hero.src) } : {}),
          hasPart: items.map((i) => ({ "@type": "Article", headline: i.title, url: absoluteUrl(i.locale, paths.article(i.slug)) })),
        }}
      />
    </>
  );
}
