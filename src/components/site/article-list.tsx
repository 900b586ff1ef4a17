import { getFormatter, getTranslations } from "next-intl/server";
import { localeInfo } from "@/i18n/locales";
import type { ArticleListItem } from "@/server/debates/queries";

const TEASER_LENGTH = 110;

/** A teaser cut at a word boundary, ending in "…" when cut (as the debate page shows it). */
function teaser(summary: string): string {
  if (summary.length <= TEASER_LENGTH) return summary;
  const cut = summary.slice(0, TEASER_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(" ")).trimEnd()} …`;
}

export async function ArticleList({ items }: { items: ArticleListItem[] }) {
  const t = await getTranslations("ArticleList");
  const format = await getFormatter();

  return (
    <ol className="article-list">
      {items.map((item) => {
        // Not in the reader's language: every language it exists in; otherwise the others.
        const languages = item.inReaderLocale ? item.languages.filter((l) => l.locale !== item.locale) : item.languages;
        return (
          <li key={item.articleId} className="article-teaser" data-testid="article-teaser">
            <h3 lang={item.locale} dir="auto">
              {item.title}
            </h3>
            <p className="meta">
              <time dateTime={item.date.toISOString()}>{format.dateTime(item.date, { dateStyle: "long" })}</time>
              {" · "}
              {t.rich("byline", {
                // Names may be in another script than the page: <bdi> keeps each one's direction.
                authors: () => (
                  <>
                    {format.list(
                      item.authors.map((a) => <bdi key={a.slug}>{a.name}</bdi>),
                      { type: "conjunction" },
                    )}
                  </>
                ),
              })}
            </p>
            {languages.length > 0 && (
              <p className="languages">
                <span>{item.inReaderLocale ? t("readIn") : t("notInLocale")} </span>
                {languages.map((l, i) => (
                  <span key={l.locale}>
                    {i > 0 && " | "}
                    <span lang={l.locale} dir="auto">
                      {localeInfo(l.locale).label}
                    </span>
                  </span>
                ))}
              </p>
            )}
            <p className="summary" lang={item.locale} dir="auto">
              {teaser(item.summary)}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
