import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticleView } from "@/components/site/article-view";
import { notFoundMetadata, PageNotFound } from "@/components/site/not-found-view";
import { LanguageLinks } from "@/components/site/language-links";
import { LocaleSwitcher, switcherVersions } from "@/components/site/locale-switcher";
import { decodeSlug, asLocale } from "@/lib/route-params";
import { alternatesFor, articleVersions, feedLinks, ogImage, ogLocale, versionsOf } from "@/lib/seo";
import { absoluteUrl, localizedPath, paths } from "@/lib/urls";
import { getArticleBySlug } from "@/server/articles/queries";

// Cached like a static page; rendered on first request (nothing at build time).
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
  return { locale, slug: decodeSlug(params.slug), lookup: await getArticleBySlug(locale, decodeSlug(params.slug)) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, lookup } = await load(props);
  if (lookup?.kind === "unavailable") {
    const t = await getTranslations({ locale, namespace: "Article" });
    return { title: t("unavailableTitle"), robots: { index: false } };
  }
  if (!lookup) return notFoundMetadata(locale);
  if (lookup.kind !== "found") return {};
  const a = lookup.article;
  const debateSlug = a.debate?.locale === locale ? a.debate.slug : undefined;
  return {
    title: a.title,
    description: a.summary,
    alternates: {
      ...alternatesFor({ locale, path: paths.article(a.slug) }, articleVersions(a)),
      types: feedLinks(locale, debateSlug),
    },
    openGraph: {
      type: "article",
      title: a.title,
      description: a.summary,
      url: absoluteUrl(locale, paths.article(a.slug)),
      locale: ogLocale(locale),
      alternateLocale: a.languages.filter((l) => l.locale !== locale).map((l) => ogLocale(l.locale)),
      publishedTime: a.publishAt.toISOString(),
      modifiedTime: a.updatedAt.toISOString(),
      authors: a.authors.map((au) => absoluteUrl(locale, paths.author(au.slug))),
      ...(a.hero ? { images: [ogImage(a.hero)] } : {}),
    },
  };
}

export default async function ArticlePage(props: Props) {
  const { locale, lookup } = await load(props);
  setRequestLocale(locale);
  if (!lookup) return <PageNotFound locale={locale} />;
  if (lookup.kind === "redirect") permanentRedirect(localizedPath(locale, paths.article(lookup.slug)));

  const t = await getTranslations("Article");
  if (lookup.kind === "unavailable") {
    // The language switcher (or an old link) asked for a language this article
    // is not in: say so, in that language, and offer the ones it is in.
    return (
      <>
        <LocaleSwitcher current={locale} versions={switcherVersions(versionsOf(lookup.languages, locale, paths.article))} />
        <article className="unavailable" data-testid="article-unavailable">
          <h1>{t("unavailableTitle")}</h1>
          <p>
            {t.rich("unavailableBody", {
              title: () => (
                <cite lang={lookup.titleLocale} dir="auto">
                  {lookup.title}
                </cite>
              ),
            })}
          </p>
          <p className="languages">
            <LanguageLinks versions={lookup.languages} />
          </p>
        </article>
      </>
    );
  }

  const a = lookup.article;
  return (
    <>
      <LocaleSwitcher current={locale} versions={switcherVersions(articleVersions(a))} />
      <ArticleView article={a} />
    </>
  );
}

