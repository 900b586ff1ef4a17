import "@/components/dashboard/debate-author-audit.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/route-params";
import { Link } from "@/i18n/navigation";
import { localeInfo } from "@/i18n/locales";
import { requireActor } from "@/server/auth/actor";
import { listAuthorsForDashboard } from "@/server/authors/dashboard-queries";
import { NotFoundError } from "@/server/errors";
import { can } from "@/server/permissions";
import { FilterForm, FilterText, TrashToggle } from "@/components/dashboard/list-filters";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "Authors" });
  return { title: t("title") };
}

export default async function AuthorsPage({ params, searchParams }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const query = await searchParams;
  const filters = { q: one(query.q), trashed: one(query.trash) === "1", page: one(query.page) };
  const list = await listAuthorsForDashboard(actor, filters as Parameters<typeof listAuthorsForDashboard>[1]).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("Authors");
  const pageHref = (page: number) => ({
    pathname: "/dashboard/authors",
    query: { ...(filters.q ? { q: filters.q } : {}), ...(filters.trashed ? { trash: "1" } : {}), page: String(page) },
  });

  return (
    <>
      <h1>{filters.trashed ? `${t("title")} · ${t("showTrash")}` : t("title")}</h1>
      <p>{t("intro")}</p>
      {can(actor, "author.create") && (
        <p>
          <Link href="/dashboard/authors/new" className="records-button-link">
            {t("newAuthor")}
          </Link>
        </p>
      )}
      <FilterForm
        className="records-filters"
        keep={{ trash: filters.trashed && "1" }}
        submitLabel={t("filter")}
        after={<TrashToggle pathname="/dashboard/authors" trashed={filters.trashed} labels={{ showActive: t("showActive"), showTrash: t("showTrash") }} />}
      >
        <FilterText label={t("filterText")} value={filters.q} maxLength={200} />
      </FilterForm>
      {list.rows.length === 0 ? (
        <p className="hint">{t("empty")}</p>
      ) : (
        <table className="dashboard-table" data-testid="authors-table">
          <thead>
            <tr>
              <th scope="col">{t("colName")}</th>
              <th scope="col">{t("colSlug")}</th>
              <th scope="col">{t("colBios")}</th>
              <th scope="col">{t("colArticles")}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => (
              <tr key={row.id} data-testid="author-row">
                <td>
                  <Link href={`/dashboard/authors/${row.id}`}>
                    <bdi>{row.name}</bdi>
                  </Link>
                </td>
                <td>
                  <bdi>{row.slug}</bdi>
                </td>
                <td>
                  <ul className="locale-states">
                    {row.bios.map((b) => (
                      <li key={b.locale} className={`state-badge state-${b.state}`} title={`${localeInfo(b.locale).label}: ${t(`state.${b.state}`)}`}>
                        <span lang={b.locale}>{b.locale.toUpperCase()}</span> <span className="visually-hidden">{t(`state.${b.state}`)}</span>
                      </li>
                    ))}
                  </ul>
                </td>
                <td>{t("articleCount", { count: row.articleCount })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.pageCount > 1 && (
        <nav className="records-pagination" aria-label={t("pageOf", { page: list.page, count: list.pageCount })}>
          {list.page > 1 && <Link href={pageHref(list.page - 1)}>{t("previous")}</Link>}
          <span>{t("pageOf", { page: list.page, count: list.pageCount })}</span>
          {list.page < list.pageCount && <Link href={pageHref(list.page + 1)}>{t("next")}</Link>}
        </nav>
      )}
    </>
  );
}
