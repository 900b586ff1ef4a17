import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { LOCALES, localeInfo } from "@/i18n/locales";
import { asLocale } from "@/lib/route-params";
import { requireActor } from "@/server/auth/actor";
import { sessionLimits } from "@/server/auth/settings";
import { translationCounts } from "@/server/translations/queue";
import { PendingList } from "@/components/dashboard/pending-list";
import { listPendingChanges } from "@/server/pending/queries";
import { isLocale, localeDir } from "@/i18n/locales";
import { listMyRecentDrafts, listSchedule } from "@/server/articles/dashboard-queries";
import { getStaffFormatter, getStaffTimeZone } from "@/server/dashboard/time-zone";
import { can } from "@/server/permissions";
import { STAFF_DATE_TIME, STAFF_TIME } from "@/lib/staff-time";
import { dayBounds } from "@/lib/zoned-time";
import { languageList } from "@/components/translations/language-names";
import { MarkReadButton } from "@/components/translations/assignment-forms";
import { myNotices } from "@/server/translations/assignments";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "Dashboard" });
  return { title: t("title") };
}

export default async function DashboardHome({ params }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const t = await getTranslations("Dashboard");
  const roles = await getTranslations("Roles");
  const limits = sessionLimits();
  const tr = await getTranslations("Translations");
  const counts = await translationCounts(actor);
  const pending = await listPendingChanges(actor);
  const pendingT = await getTranslations("Pending");
  const statuses = await getTranslations("Statuses");
  const articlesT = await getTranslations("Articles");
  const format = await getStaffFormatter();
  // "Today" is the staff member's day, in the zone their times are shown in; what
  // already went live today is published, no longer scheduled.
  const today = dayBounds(new Date(), (await getStaffTimeZone()).zone);
  const [drafts, scheduledToday, notices] = await Promise.all([listMyRecentDrafts(actor), listSchedule(actor, { from: new Date(), to: today.end, take: 50 }), myNotices(actor)]);
  const assignmentsT = await getTranslations("Assignments");
  const versionLink = (v: { id: string; locale: string; title: string }) => (
    <Link href={`/dashboard/articles/${v.id}`} lang={v.locale} dir={isLocale(v.locale) ? localeDir(v.locale) : "auto"}>
      {v.title || articlesT("untitled")}
    </Link>
  );
  const languageOf = (code: string) => (isLocale(code) ? localeInfo(code).label : code);

  return (
    <>
      <div className="page-heading">
        <h1>{t("title")}</h1>
        {can(actor, "article.create") && (
          <Link href="/dashboard/articles/new" className="button" data-testid="home-new-article">
            {t("newArticle")}
          </Link>
        )}
      </div>
      <p data-testid="dashboard-identity">
        {t("signedInAs", { name: actor.name })} ({roles(actor.role)})
      </p>
      {actor.role === "TRANSLATOR" && (
        <>
          <p>{t("yourLocales", { locales: languageList(LOCALES.filter((l) => actor.locales.includes(l.code)).map((l) => l.code), locale) })}</p>
          {actor.canPublish && <p>{t("canPublish")}</p>}
        </>
      )}
      {(notices.notifications.length > 0 || notices.dueSoon.length > 0) && (
        <section aria-labelledby="notices-title" data-testid="notices">
          <h2 id="notices-title">{assignmentsT("noticesTitle")}</h2>
          <ul className="home-list">
            {notices.notifications.map((n) => {
              const data = n.data as { locale?: string; title?: string; dueAt?: string | null; by?: string };
              return (
                <li key={n.id} data-testid="notice">
                  {assignmentsT("newAssignment", { title: data.title ?? "", language: languageOf(data.locale ?? ""), by: data.by ?? "" })}
                  {data.dueAt && <> · {assignmentsT("due", { when: format.dateTime(new Date(data.dueAt), STAFF_DATE_TIME) })}</>}
                </li>
              );
            })}
            {notices.dueSoon.map((j) => (
              <li key={`${j.articleId}:${j.locale}`} data-testid="due-soon" className={j.overdue ? "overdue" : undefined}>
                {assignmentsT(j.overdue ? "overdueJob" : "dueSoon", { title: j.title, language: languageOf(j.locale), when: format.dateTime(j.dueAt!, STAFF_DATE_TIME) })}
              </li>
            ))}
          </ul>
          {notices.notifications.length > 0 && <MarkReadButton ids={notices.notifications.map((n) => n.id)} />}
        </section>
      )}
      <section aria-labelledby="my-drafts-title">
        <h2 id="my-drafts-title">{t("myDrafts")}</h2>
        {drafts.length === 0 ? (
          <p className="hint">{t("myDraftsEmpty")}</p>
        ) : (
          <ul className="home-list" data-testid="my-drafts">
            {drafts.map((d) => (
              <li key={d.id}>
                {versionLink(d)} <small>({languageOf(d.locale)} · {statuses(d.status)} · {format.dateTime(d.updatedAt, STAFF_DATE_TIME)})</small>
              </li>
            ))}
          </ul>
        )}
      </section>
      {scheduledToday.length > 0 && (
        <section aria-labelledby="scheduled-today-title">
          <h2 id="scheduled-today-title">{t("scheduledToday")}</h2>
          <ul className="home-list" data-testid="scheduled-today">
            {scheduledToday.map((v) => (
              <li key={v.id}>
                <time dateTime={v.publishAt!.toISOString()}>{format.dateTime(v.publishAt!, STAFF_TIME)}</time> {versionLink(v)} <small>({languageOf(v.locale)})</small>
              </li>
            ))}
          </ul>
        </section>
      )}
      <PendingList id="waiting-for-review" heading={pendingT("homeHeading")} locale={locale} items={pending.filter((p) => p.needsReview && p.mayPublish)} />
      <PendingList id="unpublished-changes" heading={pendingT("homeMine")} locale={locale} items={pending.filter((p) => !(p.needsReview && p.mayPublish))} />
      {counts.length > 0 && (
        <section aria-labelledby="translations-todo">
          <h2 id="translations-todo">{tr("homeHeading")}</h2>
          <table className="dashboard-table" data-testid="translation-counts">
            <thead>
              <tr>
                <th scope="col">{tr("homeLanguage")}</th>
                <th scope="col">{tr("missing")}</th>
                <th scope="col">{tr("outdated")}</th>
                <th scope="col">{tr("inProgress")}</th>
                <th scope="col">{tr("homeTexts")}</th>
              </tr>
            </thead>
            <tbody>
              {counts.map((c) => (
                <tr key={c.locale} data-testid={`translation-counts-${c.locale}`}>
                  <th scope="row" lang={c.locale}>
                    {localeInfo(c.locale).label}
                  </th>
                  {(["missing", "outdated", "inProgress"] as const).map((tab) => (
                    <td key={tab}>
                      <Link href={`/dashboard/translations?lang=${c.locale}&tab=${tab}`} data-testid={`count-${tab}`}>
                        {c[tab]}
                      </Link>
                    </td>
                  ))}
                  <td>
                    <Link href={`/dashboard/translations?lang=${c.locale}#texts-title`}>{c.texts}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <p className="hint">{t("sessionNote", { idle: Math.round(limits.idleSeconds / 60), max: Math.round(limits.maxSeconds / 3600) })}</p>
    </>
  );
}
