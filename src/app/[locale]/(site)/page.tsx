import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticleList } from "@/components/site/article-list";
import type { Locale } from "@/i18n/locales";
import { getDebateArticles, getPublishedDebates } from "@/server/debates/queries";

// Cached like a static page; publishing will revalidate it explicitly, and the
// timer bounds how late a scheduled article can appear.
export const revalidate = 60;

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations("Home");
  const debates = await getPublishedDebates(locale);
  const listings = await Promise.all(debates.map((d) => getDebateArticles(d.id, locale)));

  return (
    <>
      <h1 className="visually-hidden">{t("title")}</h1>
      {debates.length === 0 && <p>{t("empty")}</p>}
      {debates.map((debate, i) => (
        <section key={debate.id} className="debate" aria-labelledby={`debate-${debate.id}`}>
          <header className="debate-header" lang={debate.locale}>
            <h2 id={`debate-${debate.id}`} dir="auto">
              {debate.title}
            </h2>
            {debate.subtitle && (
              <p className="debate-subtitle" dir="auto">
                {debate.subtitle}
              </p>
            )}
            <p className="debate-count">{t("articleCount", { count: listings[i]!.length })}</p>
            {debate.intro && (
              <p className="debate-intro" dir="auto">
                {debate.intro}
              </p>
            )}
          </header>
          <ArticleList items={listings[i]!} />
        </section>
      ))}
    </>
  );
}
