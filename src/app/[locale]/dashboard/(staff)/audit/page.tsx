import "@/components/dashboard/debate-author-audit.css";
import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getStaffFormatter, getStaffTimeZone } from "@/server/dashboard/time-zone";
import { AuditFilters } from "@/components/dashboard/audit-filters";
import { asLocale } from "@/lib/route-params";
import { Link } from "@/i18n/navigation";
import { requireActor } from "@/server/auth/actor";
import { auditFilterOptions, searchAuditEvents } from "@/server/audit/search";
import { summarizeAuditData } from "@/server/audit/summary";
import { can } from "@/server/permissions";
import { STAFF_DATE_TIME_SECONDS } from "@/lib/staff-time";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
const FILTER_KEYS = ["action", "entityType", "entityId", "actorId", "from", "to"] as const;

/** Where a record is edited in the dashboard, when it has a page there. */
const recordHref: Record<string, (id: string) => string> = {
  Debate: (id) => `/dashboard/debates/${id}`,
  Author: (id) => `/dashboard/authors/${id}`,
  User: (id) => `/dashboard/users/${id}`,
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "Audit" });
  return { title: t("title") };
}

export default async function AuditPage({ params, searchParams }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  // Admins only; anyone else is told so, inside the dashboard.
  if (!can(actor, "audit.read")) forbidden();
  const query = await searchParams;
  const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, one(query[k])]).filter(([, v]) => v)) as Partial<Record<(typeof FILTER_KEYS)[number], string>>;
  const [page, options] = await Promise.all([searchAuditEvents(actor, { ...filters, after: one(query.after) }), auditFilterOptions(actor)]);
  const t = await getTranslations("Audit");
  const actions = await getTranslations("AuditActions");
  const format = await getStaffFormatter();
  const actionLabel = (action: string) => {
    const key = action as Parameters<typeof actions>[0];
    return actions.has(key) ? actions(key) : action;
  };
  const typeLabel = (type: string) => {
    const key = `entityTypes.${type}` as Parameters<typeof t>[0];
    return t.has(key) ? t(key) : type;
  };

  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <AuditFilters
        values={filters}
        actions={options.actions.map((a) => ({ value: a, label: actionLabel(a) }))}
        entityTypes={options.entityTypes.map((e) => ({ value: e, label: typeLabel(e) }))}
        actors={options.actors.map((a) => ({ value: a.id, label: a.name }))}
      />
      <p className="hint">{t("timeZone", { zone: (await getStaffTimeZone()).zone })}</p>
      {page.events.length === 0 ? (
        <p className="hint">{t("empty")}</p>
      ) : (
        <table className="dashboard-table audit-table" data-testid="audit-table">
          <thead>
            <tr>
              <th scope="col">{t("colWhen")}</th>
              <th scope="col">{t("colWho")}</th>
              <th scope="col">{t("colWhat")}</th>
              <th scope="col">{t("colRecord")}</th>
              <th scope="col">{t("colDetails")}</th>
            </tr>
          </thead>
          <tbody>
            {page.events.map((event) => {
              const href = recordHref[event.entityType]?.(event.entityId);
              const summary = summarizeAuditData(event.data);
              return (
                <tr key={event.id} data-testid="audit-row" data-action={event.action}>
                  <td>
                    <time dateTime={event.createdAt.toISOString()}>{format.dateTime(event.createdAt, STAFF_DATE_TIME_SECONDS)}</time>
                  </td>
                  <td>{event.actor ? <bdi>{event.actor.name}</bdi> : <span className="hint">{t("commandLine")}</span>}</td>
                  <td>{actionLabel(event.action)}</td>
                  <td>
                    {typeLabel(event.entityType)}{" "}
                    {href ? (
                      <Link href={href} className="hint">
                        <code>{event.entityId.slice(0, 10)}</code>
                      </Link>
                    ) : (
                      <code className="hint">{event.entityId.slice(0, 10)}</code>
                    )}
                  </td>
                  <td>
                    {summary.length > 0 && (
                      <dl className="audit-summary">
                        {summary.map((entry, i) => (
                          <div key={i}>
                            {entry.key && <dt>{entry.key}</dt>}
                            <dd>
                              <bdi>{entry.value}</bdi>
                            </dd>
                          </div>
                        ))}
                      </dl>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <nav className="records-pagination" aria-label={t("title")}>
        {query.after && <Link href={{ pathname: "/dashboard/audit", query: filters }}>{t("newest")}</Link>}
        {page.next && (
          <Link href={{ pathname: "/dashboard/audit", query: { ...filters, after: page.next } }} data-testid="audit-older">
            {t("older")}
          </Link>
        )}
      </nav>
    </>
  );
}
