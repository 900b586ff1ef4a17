import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { inEveryLanguage, LocaleSwitcher } from "@/components/site/locale-switcher";
import { Link } from "@/components/site/site-link";
import type { Locale } from "@/i18n/locales";
import { localizedPath, paths } from "@/lib/urls";
import {
  type HighlightSegment,
  searchArticlesForReaders,
  SEARCH_MAX_PAGE,
  SEARCH_PAGE_SIZE,
  SEARCH_QUERY_MAX_LENGTH,
} from "@/server/search/queries";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Every query is its own page, rendered per request; its results come from a
// 30-second cache of readers' searches (src/server/search/queries.ts).
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "Search" });
  return { title: t("title"), robots: { index: false, follow: true } };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/** ?page= as readers and crawlers send it: anything odd is page 1, never an error. */
function pageNumber(value: string): number {
  const page = /^\d{1,4}$/.test(value) ? Number(value) : 1;
  return Math.min(Math.max(page, 1), SEARCH_MAX_PAGE);
}

function Highlighted({ segments }: { segments: HighlightSegment[] }) {
  // Plain strings: React escapes them; only <mark> is ours.
  return segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : s.text));
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const query = first((await searchParams).q).trim();
  const page = pageNumber(first((await searchParams).page));
  const t = await getTranslations("Search");
  const format = await getFormatter();

  const tooLong = query.length > SEARCH_QUERY_MAX_LENGTH;
  const found = query && !tooLong ? await searchArticlesForReaders({ locale, query, page, pageSize: SEARCH_PAGE_SIZE }) : null;
  // The reader's own words, kept in their own direction inside the sentence.
  const quoted = () => <bdi className="search-query">{query}</bdi>;

  return (
    <>
      {/* The same search in each language (its results are that language's articles). */}
      <LocaleSwitcher current={locale} versions={inEveryLanguage(paths.search(query || undefined))} />
      <div className="search-page">
        <h1>{t("heading")}</h1>
        <form role="search" method="get" action={localizedPath(locale, paths.search())} className="search-form">
          <label htmlFor="search-q">{t("label")}</label>
          <div className="search-form-row">
            <input
              id="search-q"
              type="search"
              name="q"
              defaultValue={query}
              maxLength={SEARCH_QUERY_MAX_LENGTH}
              required
              dir="auto"
              autoComplete="off"
            />
            <button type="submit">{t("submit")}</button>
          </div>
        </form>

        {!query && <p className="search-status">{t("intro")}</p>}
        {tooLong && (
          <p className="search-status" role="alert">
            {t("tooLong", { max: SEARCH_QUERY_MAX_LENGTH })}
          </p>
        )}

        {found && found.total === 0 && (
          <p className="search-status" role="status">
            {t.rich("noResults", { query: quoted })}
          </p>
        )}

        {found && found.total > 0 && (
          <>
            <p className="search-status" role="status">
              {t.rich("resultCount", { count: found.total, query: quoted })}
            </p>
            <ol className="search-results" start={(found.page - 1) * SEARCH_PAGE_SIZE + 1}>
              {found.results.map((result) => (
                <li key={result.articleId} className="search-result" data-testid="search-result" lang={result.locale}>
                  <h2 dir="auto">
                    <Link href={paths.article(result.slug)}>
                      <Highlighted segments={result.titleHighlight} />
                    </Link>
                  </h2>
                  <p className="meta">
                    <time dateTime={result.date.toISOString()}>{format.dateTime(result.date, { dateStyle: "long" })}</time>
                    {result.authors.length > 0 && (
                      <>
                        {" · "}
                        {t.rich("byline", {
                          authors: () => (
                            <>
                              {format.list(
                                result.authors.map((a) => <bdi key={a.slug}>{a.name}</bdi>),
                                { type: "conjunction" },
                              )}
                            </>
                          ),
                        })}
                      </>
                    )}
                  </p>
                  {result.highlight.length > 0 && (
                    <p className="snippet" dir="auto">
                      <Highlighted segments={result.highlight} />
                    </p>
                  )}
                </li>
              ))}
            </ol>
            {found.pageCount > 1 && (
              <nav className="search-pagination" aria-label={t("pagination")}>
                {found.page > 1 && (
                  <Link href={paths.search(query, Math.min(found.page - 1, found.pageCount))} rel="prev">
                    {t("previous")}
                  </Link>
                )}
                <span>{t("pageOf", { page: found.page, pageCount: found.pageCount })}</span>
                {found.page < found.pageCount && (
                  <Link href={paths.search(query, found.page + 1)} rel="next">
                    {t("next")}
                  </Link>
                )}
              </nav>
            )}
          </>
        )}
      </div>
    </>
  );
}
