import "server-only";
import { cookies } from "next/headers";
import { createFormatter } from "next-intl";
import { getLocale } from "next-intl/server";
import { SITE_TIME_ZONE } from "@/i18n/locales";
import { resolveStaffTimeZone, STAFF_TIME_ZONE_COOKIE, type StaffTimeZone } from "@/lib/staff-time";

/** The zone the signed-in staff member sees times in (src/lib/staff-time.ts). */
export async function getStaffTimeZone(): Promise<StaffTimeZone> {
  return resolveStaffTimeZone((await cookies()).get(STAFF_TIME_ZONE_COOKIE)?.value, SITE_TIME_ZONE);
}

/**
 * next-intl's formatter in the staff member's zone: what dashboard pages use
 * instead of getFormatter() (whose zone is the site's, for readers' pages).
 */
export async function getStaffFormatter() {
  const [{ zone }, locale] = await Promise.all([getStaffTimeZone(), getLocale()]);
  return createFormatter({ locale, timeZone: zone });
}
