import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticleList } from "@/components/site/article-list";
import { inEveryLanguage, LocaleSwitcher } from "@/components/site/locale-switcher";
import { Link } from "@/components/site/site-link";
import { asLocale } from "@/lib/route-params";
import { alternatesFor, everyLocale, feedLinks, ogLocale } from "@/lib/seo";
import { absoluteUrl, paths } from "@/lib/urls";
import { getLatestArticles, getPublishedDebates } from "@/server/debates/queries";

// Cached like a static page; publishing revalidates it, and the timer bounds
// how late a scheduled article can appear.
// 20 s: with a caching proxy in front (deploy/nginx honours s-maxage=20), an edit reaches the
// readers of every instance within 60 s: ≤ 20 s for the instances that did not make it, then
// ≤ 20 s in the proxy, which may have refreshed from one of them just before (measured ≈ 40 s).
export const revalidate = 20;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const path = paths.home();
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    // The site's name and what it is, in the reader's language (not the layout's template: this is the home page).
    title: { absolute: `${t("siteName")} — ${t("tagline")}` },
    alternates: { ...alternatesFor({ locale, path }, everyLocale(path)), types: feedLinks(locale) },
    openGraph: { type: "website", siteName: t("siteName"), title: t("siteName"), description: t("tagline"), url: absoluteUrl(locale, path), locale: ogLocale(locale) },
  };
}

export default async function HomePage({ params }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations("Home");
  const [debates, latest] = await Promise.all([getPublishedDebates(locale, { take: 6 }), getLatestArticles(locale)]);

  return (
    <>
      <LocaleSwitcher current={locale} versions={inEveryLanguage(paths.home())} />
      <h1 className="visually-hidden">{t("title")}</h1>
      {debates.length === 0 && latest.length === 0 && <p>{t("empty")}</p>}
      <section aria-labelledby="home-debates" className="home-debates">
        <h2 id="home-debates" className="section-title">
          {t("title")}
        </h2>
        {debates.map((debate) => (
          <article key={debate.id} className="debate-card" lang={debate.locale}>
            <h3 dir="auto">
              <Link href={paths.debate(debate.slug)} locale={debate.locale}>
                {debate.title}
              </Link>
            </h3>
            {debate.subtitle && (
              <p className="debate-subtitle" dir="auto">
                {debate.subtitle}
              </p>
            )}
            {debate.intro && (
              <p className="debate-intro" dir="auto">
                {debate.intro}
              </p>
            )}
          </article>
        ))}
      </section>
      {latest.length > 0 && (
        <section aria-labelledby="home-latest">
          <h2 id="home-latest" className="section-title">
            {t("latestArticles")}
          </h2>
          <ArticleList items={latest} />
        </section>
      )}
    </>
  );
}
