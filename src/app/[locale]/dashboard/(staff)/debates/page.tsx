import "@/components/dashboard/debate-author-audit.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getStaffFormatter } from "@/server/dashboard/time-zone";
import { asLocale } from "@/lib/route-params";
import { Link } from "@/i18n/navigation";
import { localeInfo } from "@/i18n/locales";
import { DEBATE_STATUSES } from "@/lib/debates/schemas";
import { requireActor } from "@/server/auth/actor";
import { listDebatesForDashboard } from "@/server/debates/dashboard-queries";
import { NotFoundError } from "@/server/errors";
import { can } from "@/server/permissions";
import { FilterForm, FilterSelect, FilterText, TrashToggle } from "@/components/dashboard/list-filters";
import { STAFF_DATE_TIME } from "@/lib/staff-time";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "Debates" });
  return { title: t("title") };
}

export default async function DebatesPage({ params, searchParams }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const query = await searchParams;
  const filters = { status: one(query.status), q: one(query.q), trashed: one(query.trash) === "1", page: one(query.page) };
  const list = await listDebatesForDashboard(actor, filters as Parameters<typeof listDebatesForDashboard>[1], locale).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("Debates");
  const format = await getStaffFormatter();
  const pageHref = (page: number) => ({
    pathname: "/dashboard/debates",
    query: { ...(filters.status ? { status: filters.status } : {}), ...(filters.q ? { q: filters.q } : {}), ...(filters.trashed ? { trash: "1" } : {}), page: String(page) },
  });

  return (
    <>
      <h1>{filters.trashed ? `${t("title")} · ${t("showTrash")}` : t("title")}</h1>
      <p>{t("intro")}</p>
      {can(actor, "debate.create") && (
        <p>
          <Link href="/dashboard/debates/new" className="records-button-link">
            {t("newDebate")}
          </Link>
        </p>
      )}
      <FilterForm
        className="records-filters"
        keep={{ trash: filters.trashed && "1" }}
        submitLabel={t("filter")}
        after={<TrashToggle pathname="/dashboard/debates" trashed={filters.trashed} labels={{ showActive: t("showActive"), showTrash: t("showTrash") }} />}
      >
        <FilterSelect label={t("filterStatus")} name="status" value={filters.status} allLabel={t("allStatuses")}>
          {DEBATE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterText label={t("filterText")} value={filters.q} maxLength={200} />
      </FilterForm>
      {list.rows.length === 0 ? (
        <p className="hint">{t("empty")}</p>
      ) : (
        <table className="dashboard-table" data-testid="debates-table">
          <thead>
            <tr>
              <th scope="col">{t("colTitle")}</th>
              <th scope="col">{t("colStatus")}</th>
              <th scope="col">{t("colLanguages")}</th>
              <th scope="col">{t("colArticles")}</th>
              <th scope="col">{t("colUpdated")}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => (
              <tr key={row.id} data-testid="debate-row">
                <td>
                  <Link href={`/dashboard/debates/${row.id}`}>
                    <bdi lang={row.titleLocale}>{row.title}</bdi>
                  </Link>
                </td>
                <td>{t(`status.${row.status}`)}</td>
                <td>
                  <ul className="locale-states">
                    {row.translations.map((tr) => (
                      <li key={tr.locale} className={`state-badge state-${tr.state}`} title={`${localeInfo(tr.locale).label}: ${t(`state.${tr.state}`)}`}>
                        <span lang={tr.locale}>{tr.locale.toUpperCase()}</span> <span className="visually-hidden">{t(`state.${tr.state}`)}</span>
                      </li>
                    ))}
                  </ul>
                </td>
                <td>{t("articleCount", { count: row.articleCount })}</td>
                <td>
                  <time dateTime={row.updatedAt.toISOString()}>{format.dateTime(row.updatedAt, STAFF_DATE_TIME)}</time>
                </td>
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
