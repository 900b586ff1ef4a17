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
  const languages = LOCALES.filter((l) => actor.locales.includes(l.code)).map((l) => l.label);

  return (
    <>
      <h1>{t("title")}</h1>
      <p data-testid="dashboard-identity">
        {t("signedInAs", { name: actor.name })} ({roles(actor.role)})
      </p>
      {actor.role === "TRANSLATOR" && (
        <>
          <p>{t("yourLocales", { locales: new Intl.ListFormat(locale, { type: "conjunction" }).format(languages) })}</p>
          {actor.canPublish && <p>{t("canPublish")}</p>}
        </>
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
