import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getStaffFormatter } from "@/server/dashboard/time-zone";
import { asLocale } from "@/lib/route-params";
import { Link } from "@/i18n/navigation";
import { LOCALES, localeDir } from "@/i18n/locales";
import { VariantStatus } from "@/generated/prisma/enums";
import { requireActor } from "@/server/auth/actor";
import { listDashboardArticles, listDebateChoices } from "@/server/articles/dashboard-queries";
import { NotFoundError } from "@/server/errors";
import { can } from "@/server/permissions";
import { DebateOptions } from "@/components/dashboard/debate-options";
import { FilterForm, FilterSelect, FilterText } from "@/components/dashboard/list-filters";
import { STAFF_DATE_TIME } from "@/lib/staff-time";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "Articles" });
  return { title: t("title") };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

/** The cursor is "updatedAt|id" of the last row shown. */
function parseCursor(raw: string | undefined) {
  const [at, id] = raw?.split("|") ?? [];
  const updatedAt = at ? new Date(at) : null;
  return updatedAt && !Number.isNaN(updatedAt.getTime()) && id ? { updatedAt, id } : undefined;
}

export default async function ArticlesPage({ params, searchParams }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const sp = await searchParams;
  const status = one(sp.status);
  const filter = {
    locale: LOCALES.some((l) => l.code === one(sp.lang)) ? one(sp.lang) : undefined,
    status: status && status in VariantStatus ? (status as VariantStatus) : undefined,
    debateId: one(sp.debate),
    q: one(sp.q)?.slice(0, 200),
    author: one(sp.author)?.slice(0, 100),
    trashed: one(sp.trash) === "1",
    after: parseCursor(one(sp.after)),
  };
  const [list, debates] = await Promise.all([listDashboardArticles(actor, filter), listDebateChoices(actor, locale)]).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("Articles");
  const statuses = await getTranslations("Statuses");
  const format = await getStaffFormatter();
  const query = (extra: Record<string, string | undefined>) => {
    const q = new URLSearchParams();
    const current = { q: filter.q, lang: filter.locale, status: filter.status, debate: filter.debateId, author: filter.author, trash: filter.trashed ? "1" : undefined };
    for (const [k, v] of Object.entries({ ...current, ...extra })) if (v) q.set(k, v);
    return q.toString();
  };

  return (
    <>
      <div className="page-heading">
        <h1>{t("title")}</h1>
        {can(actor, "article.create") && (
          <Link href="/dashboard/articles/new" className="button" data-testid="new-article">
            {t("new")}
          </Link>
        )}
      </div>
      <FilterForm className="filters" label={t("filters")} keep={{ trash: filter.trashed && "1" }} submitLabel={t("apply")}>
        <FilterText label={t("search")} value={filter.q} />
        <FilterSelect label={t("language")} name="lang" value={filter.locale} allLabel={t("all")}>
          {LOCALES.map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.label}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect label={t("status")} name="status" value={filter.status} allLabel={t("all")}>
          {Object.keys(VariantStatus).map((s) => (
            <option key={s} value={s}>
              {statuses(s as "DRAFT")}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect label={t("debate")} name="debate" value={filter.debateId} allLabel={t("all")}>
          <DebateOptions debates={debates} />
        </FilterSelect>
        <FilterText label={t("authors")} name="author" value={filter.author} />
      </FilterForm>
      <p>
        {filter.trashed ? (
          <Link href="/dashboard/articles">{t("showLive")}</Link>
        ) : (
          <Link href="/dashboard/articles?trash=1" data-testid="show-trash">
            {t("showTrash")}
          </Link>
        )}
        {" · "}
        <Link href="/dashboard/articles/schedule">{t("scheduleList")}</Link>
      </p>
      {list.rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="dashboard-table" data-testid="articles-table">
          <thead>
            <tr>
              <th scope="col">{t("articleTitle")}</th>
              <th scope="col">{t("language")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("authors")}</th>
              <th scope="col">{t("debate")}</th>
              <th scope="col">{t("updated")}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => (
              <tr key={row.variantId} data-testid="article-row">
                <td lang={row.locale} dir={localeDir(row.locale)}>
                  <Link href={`/dashboard/articles/${row.variantId}`}>{row.title || t("untitled")}</Link>
                </td>
                <td>{LOCALES.find((l) => l.code === row.locale)?.label}</td>
                <td>
                  {statuses(row.status)}
                  {row.status === "SCHEDULED" && row.publishAt && (
                    <> · {format.dateTime(row.publishAt, STAFF_DATE_TIME)}</>
                  )}
                </td>
                <td>
                  <bdi>{row.authors.join(", ")}</bdi>
                </td>
                <td>
                  <bdi>{row.debateTitle}</bdi>
                </td>
                <td>{format.dateTime(row.updatedAt, STAFF_DATE_TIME)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className="pagination" aria-label={t("pages")}>
        {filter.after && <Link href={`/dashboard/articles?${query({})}`}>{t("first")}</Link>}
        {list.next && (
          <Link href={`/dashboard/articles?${query({ after: `${list.next.updatedAt.toISOString()}|${list.next.id}` })}`} rel="next" data-testid="next-page">
            {t("next")}
          </Link>
        )}
      </nav>
    </>
  );
}
