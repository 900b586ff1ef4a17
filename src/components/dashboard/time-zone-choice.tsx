"use client";

import { useTranslations } from "next-intl";
import { useEffect, useSyncExternalStore } from "react";
import { useRouter } from "@/i18n/navigation";
import { SITE_ZONE_CHOICE, type StaffTimeZone, staffTimeZoneCookie } from "@/lib/staff-time";

const subscribeNothing = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The browser's zone, known only once hydrated (null on the server and during
 * hydration): reading it while rendering on both sides is what made #418.
 */
export function useBrowserTimeZone(): string | null {
  return useSyncExternalStore(subscribeNothing, browserZone, () => null);
}

/**
 * Tells the server the browser's zone (a cookie) when staff see times in it
 * and the server rendered another — the first visit, or after travelling —
 * then renders the page again in it.
 */
export function TimeZoneSync({ current }: { current: StaffTimeZone }) {
  const router = useRouter();
  useEffect(() => {
    if (current.mode !== "browser") return;
    const zone = browserZone();
    if (!zone || zone === current.zone) return;
    document.cookie = staffTimeZoneCookie(zone);
    router.refresh();
  }, [current.mode, current.zone, router]);
  return null;
}

/** The dashboard header's choice: times in my own zone, or in the site's. */
export function TimeZoneChoice({ current, siteZone }: { current: StaffTimeZone; siteZone: string }) {
  const t = useTranslations("Dashboard");
  const router = useRouter();
  const browser = useBrowserTimeZone();
  const choose = (mode: string) => {
    document.cookie = staffTimeZoneCookie(mode === SITE_ZONE_CHOICE ? SITE_ZONE_CHOICE : browserZone());
    router.refresh();
  };
  return (
    <label className="time-zone-choice">
      <span>{t("timesIn")}</span>{" "}
      <select value={current.mode} onChange={(e) => choose(e.target.value)} data-testid="time-zone-choice">
        <option value="browser">{browser ? t("timeZoneBrowser", { zone: browser }) : t("timeZoneBrowserUnknown")}</option>
        <option value={SITE_ZONE_CHOICE}>{t("timeZoneSite", { zone: siteZone })}</option>
      </select>
    </label>
  );
}
