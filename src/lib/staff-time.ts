import type { DateTimeFormatOptions } from "next-intl";

// The time zone staff see times in: their browser's (the default) or the
// site's, as they choose. The choice travels in a cookie so that the server
// renders times in the same zone the browser then hydrates with (a zone
// computed during render on one side only is a hydration error, #418).

export const STAFF_TIME_ZONE_COOKIE = "pp-staff-tz";

/** The cookie's value meaning "the site's zone"; any other value is the browser's zone, as last seen. */
export const SITE_ZONE_CHOICE = "site";

export type StaffTimeZone = { zone: string; mode: "browser" | "site" };

export function isTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** From the cookie's value: no cookie yet means the browser's zone, which the page then tells the server. */
export function resolveStaffTimeZone(cookie: string | undefined, siteZone: string): StaffTimeZone {
  if (cookie === SITE_ZONE_CHOICE) return { zone: siteZone, mode: "site" };
  const zone = cookie ? decodeURIComponent(cookie) : "";
  return { zone: isTimeZone(zone) ? zone : siteZone, mode: "browser" };
}

/** Written by the browser (the dashboard's time-zone choice); read by the server on the next render. */
export function staffTimeZoneCookie(value: string): string {
  return `${STAFF_TIME_ZONE_COOKIE}=${encodeURIComponent(value)}; path=/; max-age=31536000; samesite=lax`;
}

// Every time shown to staff says which zone it is in ("Dec 4, 2026, 9:02 AM GMT-3").
// (Intl refuses timeZoneName beside dateStyle/timeStyle: the fields are spelled out.)

/** A date and a time. */
export const STAFF_DATE_TIME: DateTimeFormatOptions = {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  timeZoneName: "short",
};

/** A date and a time to the second (the audit log). */
export const STAFF_DATE_TIME_SECONDS: DateTimeFormatOptions = { ...STAFF_DATE_TIME, second: "2-digit" };

/** A time of today ("Saved at"). */
export const STAFF_TIME: DateTimeFormatOptions = { hour: "numeric", minute: "2-digit", timeZoneName: "short" };
