import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/site/site-link";
import { paths } from "@/lib/urls";
import type { ArticleListItem } from "@/server/debates/queries";
import { AuthorNames } from "./byline";
import { LanguageLinks } from "./language-links";

const TEASER_LENGTH = 110;

/** A teaser cut at a word boundary, ending in "…" when cut (as the debate page shows it). */
export function teaser(summary: string): string {
  if (summary.length <= TEASER_LENGTH) return summary;
  const cut = summary.slice(0, TEASER_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(" ")).trimEnd()} …`;
}

export async function ArticleList({ items, headingLevel = 3 }: { items: ArticleListItem[]; headingLevel?: 2 | 3 }) {
  const t = await getTranslations("ArticleList");
  const format = await getFormatter();
  const Heading = `h${headingLevel}` as const;

  return (
    <ol className="article-list">
      {items.map((item) => {
        // Not in the reader's language: every language it exists in; otherwise the others.
        const languages = item.inReaderLocale ? item.languages.filter((l) => l.locale !== item.locale) : item.languages;
        return (
          <li key={item.articleId} className="article-teaser" data-testid="article-teaser">
            <Heading lang={item.locale} dir="auto">
              <Link href={paths.article(item.slug)} locale={item.locale} hrefLang={item.locale} prefetch={false}>
                {item.title}
              </Link>
            </Heading>
            <p className="meta">
              <time dateTime={item.date.toISOString()}>{format.dateTime(item.date, { dateStyle: "long" })}</time>
              {" · "}
              {t.rich("byline", { authors: () => <AuthorNames authors={item.authors} /> })}
            </p>
            {languages.length > 0 && (
              <p className="languages">
                <span>{item.inReaderLocale ? t("readIn") : t("notInLocale")} </span>
                <LanguageLinks versions={languages} />
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
