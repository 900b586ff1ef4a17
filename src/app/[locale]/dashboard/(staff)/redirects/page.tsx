import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RedirectAddForm, RedirectDeleteButton } from "@/components/dashboard/redirect-forms";
import { Link } from "@/i18n/navigation";
import { asLocale } from "@/lib/route-params";
import { requireActor } from "@/server/auth/actor";
import { listLegacyRedirects } from "@/server/import/redirect-admin";
import { can } from "@/server/permissions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "Redirects" });
  return { title: t("title") };
}

/** Admins: old URLs (a WordPress import's permalinks, or added here) and where they redirect. */
export default async function RedirectsPage({ params, searchParams }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  if (!can(actor, "redirect.manage")) notFound();
  const query = await searchParams;
  const q = typeof query.q === "string" ? query.q.slice(0, 200) : "";
  const page = Math.max(1, Math.min(100_000, Number(query.page) || 1));
  const { rows, total, pageSize } = await listLegacyRedirects(actor, { page, query: q });
  const t = await getTranslations("Redirects");
  const pages = Math.max(1, Math.ceil(total / pageSize));

  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <form method="get" className="dashboard-filters" role="search">
        <label htmlFor="redirect-q">{t("search")}</label>
        <input id="redirect-q" name="q" defaultValue={q} dir="ltr" />
        <button type="submit">{t("searchButton")}</button>
      </form>
      <p className="hint">{t("count", { count: total })}</p>
      {rows.length > 0 && (
        <table className="dashboard-table" data-testid="redirects">
          <thead>
            <tr>
              <th scope="col">{t("colOld")}</th>
              <th scope="col">{t("colNew")}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.path} data-testid="redirect-row">
                <td>
                  <code dir="ltr">{r.path}</code>
                </td>
                <td>
                  {r.target ? (
                    <a href={r.target}>
                      <bdi dir="auto">{r.title}</bdi>
                    </a>
                  ) : (
                    t("gone")
                  )}
                </td>
                <td>
                  <RedirectDeleteButton path={r.path} text={t("delete")} label={t("deleteLabel", { path: r.path })} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 && (
        <p>
          {page > 1 && <Link href={{ pathname: "/dashboard/redirects", query: { q, page: page - 1 } }}>{t("previous")}</Link>} {t("page", { page, pages })}{" "}
          {page < pages && <Link href={{ pathname: "/dashboard/redirects", query: { q, page: page + 1 } }}>{t("next")}</Link>}
        </p>
      )}
      <RedirectAddForm texts={{ add: t("add"), oldUrl: t("oldUrl"), target: t("target"), addButton: t("addButton"), added: t("added") }} />
    </>
  );
}
