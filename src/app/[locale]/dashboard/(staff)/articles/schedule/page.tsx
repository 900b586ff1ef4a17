import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getStaffFormatter, getStaffTimeZone } from "@/server/dashboard/time-zone";
import { asLocale } from "@/lib/route-params";
import { Link } from "@/i18n/navigation";
import { isLocale, localeDir, localeInfo } from "@/i18n/locales";
import { requireActor } from "@/server/auth/actor";
import { listSchedule } from "@/server/articles/dashboard-queries";
import { NotFoundError } from "@/server/errors";
import { STAFF_TIME } from "@/lib/staff-time";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "Articles" });
  return { title: t("scheduleList") };
}

/** What goes live when, day by day, in the staff member's time zone (or the site's, as chosen). */
export default async function SchedulePage({ params }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const items = await listSchedule(actor).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("Articles");
  const format = await getStaffFormatter();
  const staffZone = await getStaffTimeZone();
  const days = new Map<string, typeof items>();
  for (const item of items) {
    const day = format.dateTime(item.publishAt!, { dateStyle: "full" });
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return (
    <>
      <h1>{t("scheduleList")}</h1>
      <p className="hint">{staffZone.mode === "site" ? t("scheduleZone", { zone: staffZone.zone }) : t("scheduleZoneYours", { zone: staffZone.zone })}</p>
      {items.length === 0 && <p>{t("scheduleEmpty")}</p>}
      {[...days].map(([day, list]) => (
        <section key={day} aria-label={day}>
          <h2>{day}</h2>
          <ul className="schedule-list" data-testid="schedule-list">
            {list.map((item) => (
              <li key={item.id}>
                <time dateTime={item.publishAt!.toISOString()}>{format.dateTime(item.publishAt!, STAFF_TIME)}</time>{" "}
                <Link href={`/dashboard/articles/${item.id}`} lang={item.locale} dir={isLocale(item.locale) ? localeDir(item.locale) : "auto"}>
                  {item.title}
                </Link>{" "}
                <small>({isLocale(item.locale) ? localeInfo(item.locale).label : item.locale})</small>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
