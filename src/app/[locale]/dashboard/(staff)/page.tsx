import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LOCALES } from "@/i18n/locales";
import { dashboardLocale as asLocale } from "@/components/dashboard/dashboard-locale";
import { requireActor } from "@/server/auth/actor";
import { sessionLimits } from "@/server/auth/settings";

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
      <p className="hint">{t("sessionNote", { idle: Math.round(limits.idleSeconds / 60), max: Math.round(limits.maxSeconds / 3600) })}</p>
    </>
  );
}
