import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { AuthorNames } from "@/components/site/byline";
import { JsonLd } from "@/components/site/json-ld";
import { LanguageLinks } from "@/components/site/language-links";
import { LocaleSwitcher } from "@/components/site/locale-switcher";
import { Link } from "@/i18n/navigation";
import { LOCALES, localeDir, type Locale } from "@/i18n/locales";
import { renderRichText } from "@/lib/rich-text/render";
import { decodeSlug, asLocale } from "@/lib/route-params";
import { alternatesFor } from "@/lib/seo";
import { absoluteUrl, localizedPath, paths } from "@/lib/urls";
import { getArticleBySlug } from "@/server/articles/queries";

// Cached like a static page; rendered on first request (nothing at build time).
export const revalidate = 60;
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
  if (lookup?.kind !== "found") return {};
  const a = lookup.article;
  const versions = a.languages.map((l) => ({ locale: l.locale, path: paths.article(l.slug) }));
  return {
    title: a.title,
    description: a.summary,
    alternates: alternatesFor({ locale, path: paths.article(a.slug) }, versions, versions.find((v) => v.locale === a.sourceLocale)),
    openGraph: {
      type: "article",
      title: a.title,
      description: a.summary,
      url: absoluteUrl(locale, paths.article(a.slug)),
      locale,
      alternateLocale: a.languages.filter((l) => l.locale !== locale).map((l) => l.locale),
      publishedTime: a.publishAt.toISOString(),
      modifiedTime: a.updatedAt.toISOString(),
      authors: a.authors.map((au) => absoluteUrl(locale, paths.author(au.slug))),
    },
  };
}

export default async function ArticlePage(props: Props) {
  const { locale, slug, lookup } = await load(props);
  setRequestLocale(locale);
  if (!lookup) notFound();
  if (lookup.kind === "redirect") permanentRedirect(localizedPath(locale, paths.article(lookup.slug)));

  const t = await getTranslations("Article");
  if (lookup.kind === "unavailable") {
    // The language switcher (or an old link) asked for a language this article
    // is not in: say so, in that language, and offer the ones it is in.
    const hrefs = Object.fromEntries(lookup.languages.map((l) => [l.locale, paths.article(l.slug)]));
    return (
      <>
        <LocaleSwitcher current={locale} hrefs={{ ...fallbackHrefs(slug), ...hrefs }} />
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
  const format = await getFormatter();
  const html = renderRichText(a.body);
  const translated = a.locale !== a.sourceLocale;
  const others = a.languages.filter((l) => l.locale !== locale);
  const hrefs = Object.fromEntries(a.languages.map((l) => [l.locale, paths.article(l.slug)]));
  const sourceLanguage = new Intl.DisplayNames([locale], { type: "language" }).of(a.sourceLocale) ?? a.sourceLocale;

  return (
    <>
      <LocaleSwitcher current={locale} hrefs={{ ...fallbackHrefs(a.slug), ...hrefs }} />
      <article className="article" lang={locale} dir={localeDir(locale)}>
        <header>
          {a.debate && (
            <p className="kicker">
              {t.rich("partOf", {
                debate: () => (
                  <Link href={paths.debate(a.debate!.slug)} locale={a.debate!.locale} lang={a.debate!.locale} dir="auto">
                    {a.debate!.title}
                  </Link>
                ),
              })}
            </p>
          )}
          <h1>{a.title}</h1>
          {a.summary && <p className="standfirst">{a.summary}</p>}
          <p className="meta">
            {t.rich("byline", { authors: () => <AuthorNames authors={a.authors} link /> })}
            {" · "}
            <time dateTime={a.publishAt.toISOString()}>{format.dateTime(a.publishAt, { dateStyle: "long" })}</time>
          </p>
          {translated && (
            <p className="meta translator-credit" data-testid="translator-credit">
              {a.translators.length > 0
                ? t.rich("translatedBy", {
                    names: () => <AuthorNames authors={a.translators.map((name) => ({ name, slug: name }))} />,
                  })
                : t("translatedFrom", { language: sourceLanguage })}
            </p>
          )}
          {others.length > 0 && (
            <p className="meta languages">
              {t("readIn")} <LanguageLinks versions={others} />
            </p>
          )}
          {a.heroCredit && <p className="credit">{t("heroCredit", { credit: a.heroCredit })}</p>}
        </header>
        <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />
      </article>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "Article",
          headline: a.title,
          description: a.summary,
          inLanguage: locale,
          datePublished: a.publishAt.toISOString(),
          dateModified: a.updatedAt.toISOString(),
          url: absoluteUrl(locale, paths.article(a.slug)),
          author: a.authors.map((au) => ({ "@type": "Person", name: au.name, url: absoluteUrl(locale, paths.author(au.slug)) })),
          ...(translated && a.translators.length ? { translator: a.translators.map((name) => ({ "@type": "Person", name })) } : {}),
          ...(a.debate ? { isPartOf: { "@type": "CreativeWorkSeries", name: a.debate.title } } : {}),
        }}
      />
    </>
  );
}

/** Languages without a version still get a link: the article URL there explains, in that language. */
function fallbackHrefs(slug: string): Partial<Record<Locale, string>> {
  return Object.fromEntries(LOCALES.map((l) => [l.code, paths.article(slug)]));
}
