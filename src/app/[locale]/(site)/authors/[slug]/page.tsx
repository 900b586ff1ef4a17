import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticleList } from "@/components/site/article-list";
import { notFoundMetadata, PageNotFound } from "@/components/site/not-found-view";
import { JsonLd } from "@/components/site/json-ld";
import { LocaleSwitcher, switcherVersions } from "@/components/site/locale-switcher";
import { asLocale, decodeSlug } from "@/lib/route-params";
import { alternatesFor, authorVersions, feedLinks, isVersion, ogLocale } from "@/lib/seo";
import { absoluteUrl, paths } from "@/lib/urls";
import { getAuthorBySlug } from "@/server/authors/queries";
import { listArticles } from "@/server/debates/queries";

// 20 s: with a caching proxy in front (deploy/nginx honours s-maxage=20), an edit reaches the
// readers of every instance within 60 s: ≤ 20 s for the instances that did not make it, then
// ≤ 20 s in the proxy, which may have refreshed from one of them just before (measured ≈ 40 s).
export const revalidate = 20;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

/** An author is public once one of their articles is. */
async function load(props: Props) {
  const params = await props.params;
  const locale = asLocale(params.locale);
  const author = await getAuthorBySlug(locale, decodeSlug(params.slug));
  const items = author ? await listArticles({ authorId: author.id }, locale) : [];
  return { locale, author: items.length ? author : null, items };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, author, items } = await load(props);
  if (!author) return notFoundMetadata(locale);
  const path = paths.author(author.slug);
  const page = authorVersions(author.slug, items);
  // A locale none of the author's articles is in: a thin page, neither indexed nor advertised.
  const indexable = isVersion(page, locale);
  return {
    title: author.name,
    description: author.bio?.slice(0, 200),
    alternates: { ...alternatesFor({ locale, path }, page), types: feedLinks(locale) },
    ...(indexable ? {} : { robots: { index: false } }),
    openGraph: { type: "profile", title: author.name, url: absoluteUrl(locale, path), locale: ogLocale(locale) },
  };
}

export default async function AuthorPage(props: Props) {
  const { locale, author, items } = await load(props);
  setRequestLocale(locale);
  if (!author) return <PageNotFound locale={locale} />;
  const t = await getTranslations("Author");
  const language = author.bioLocale && new Intl.DisplayNames([locale], { type: "language" }).of(author.bioLocale);

  return (
    <>
      <LocaleSwitcher current={locale} versions={switcherVersions(authorVersions(author.slug, items))} />
      <article className="author">
        <h1 dir="auto">{author.name}</h1>
        {author.bio && (
          <>
            {author.bioLocale !== locale && <p className="notice">{t("bioInOtherLanguage", { language: language ?? "" })}</p>}
            <p className="bio" lang={author.bioLocale ?? undefined} dir="auto">
              {author.bio}
            </p>
          </>
        )}
        <section aria-labelledby="author-articles">
          <h2 id="author-articles" className="section-title">
            {t("articles")}
          </h2>
          <ArticleList items={items} />
        </section>
      </article>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "Person",
          name: author.name,
          url: absoluteUrl(locale, paths.author(author.slug)),
          ...(author.bio ? { description: author.bio } : {}),
        }}
      />
    </>
  );
}
