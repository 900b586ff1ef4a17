import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/site/site-link";
import { localeDir } from "@/i18n/locales";
import { renderRichText } from "@/lib/rich-text/render";
import { absoluteSiteUrl, absoluteUrl, paths } from "@/lib/urls";
import type { ArticlePage } from "@/server/articles/queries";
import { bodyRepeatsSummary } from "./article-body";
import { AuthorNames } from "./byline";
import { HeroImage } from "./hero-image";
import { JsonLd } from "./json-ld";

/** An article as readers see it — on its public page and in the staff preview alike. */
export async function ArticleView({ article: a }: { article: ArticlePage }) {
  const t = await getTranslations("Article");
  const format = await getFormatter();
  const locale = a.locale;
  // A body that only repeats the standfirst is not shown twice.
  const html = bodyRepeatsSummary(a.body, a.summary) ? null : renderRichText(a.body);
  // Only a version really translated from another says so (not one linked in from an article written separately).
  const translated = a.translatedFrom !== null;
  const sourceLanguage = new Intl.DisplayNames([locale], { type: "language" }).of(a.translatedFrom ?? a.sourceLocale) ?? a.sourceLocale;

  return (
    <>
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
          {a.hero ? (
            <HeroImage hero={a.hero} namespace="Article" />
          ) : (
            a.heroCredit && <p className="credit">{t("heroCredit", { credit: a.heroCredit })}</p>
          )}
        </header>
        {html && <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />}
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
          ...(a.hero ? { image: absoluteSiteUrl(a.hero.src) } : {}),
          author: a.authors.map((au) => ({ "@type": "Person", name: au.name, url: absoluteUrl(locale, paths.author(au.slug)) })),
          ...(translated && a.translators.length ? { translator: a.translators.map((name) => ({ "@type": "Person", name })) } : {}),
          ...(a.debate ? { isPartOf: { "@type": "CreativeWorkSeries", name: a.debate.title } } : {}),
        }}
      />
    </>
  );
}
