import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { DashboardNav } from "@/components/dashboard/dashboard-nav";
import { SessionKeepAlive } from "@/components/dashboard/session-keep-alive";
import { SignOutButton } from "@/components/dashboard/sign-out-button";
import { TimeZoneChoice } from "@/components/dashboard/time-zone-choice";
import { SITE_TIME_ZONE } from "@/i18n/locales";
import { getStaffTimeZone } from "@/server/dashboard/time-zone";
import { getPathname, Link } from "@/i18n/navigation";
import { asLocale } from "@/lib/route-params";
import { requireActor } from "@/server/auth/actor";

// Every staff page is behind this; each page and action still checks its own permission.
export default async function StaffLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const t = await getTranslations("Dashboard");
  const roles = await getTranslations("Roles");

  return (
    <div className="dashboard">
      <header className="dashboard-header">
        <Link href="/dashboard" className="dashboard-title">
          {t("title")}
        </Link>
        <DashboardNav actor={actor} />
        <div className="dashboard-user">
          <span data-testid="signed-in-as">
            <bdi>{actor.name}</bdi> · {roles(actor.role)}
          </span>
          <Link href="/" prefetch={false}>
            {t("viewSite")}
          </Link>
          <TimeZoneChoice current={await getStaffTimeZone()} siteZone={SITE_TIME_ZONE} />
          <SignOutButton signInHref={`${getPathname({ href: "/dashboard/sign-in", locale })}?reason=signed-out`} />
        </div>
      </header>
      <main className="dashboard-main" id="main">
        {children}
      </main>
      <SessionKeepAlive />
    </div>
  );
}
