import "@/components/dashboard/dashboard.css";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { TimeZoneSync } from "@/components/dashboard/time-zone-choice";
import { getStaffTimeZone } from "@/server/dashboard/time-zone";

// Staff pages: per-user, never cached, never indexed.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  robots: { index: false, follow: false },
};

/** The message namespaces the dashboard's client components use (and only those reach the browser). */
const CLIENT_NAMESPACES = ["Articles", "Authors", "Dashboard", "Debates", "Editor", "Errors", "FieldErrors", "Media", "Revisions", "Roles", "SignIn", "Statuses", "Translations", "Users", "TranslationLinks", "Webhooks", "Xliff", "Glossary", "Assignments"] as const;

export default async function DashboardRootLayout({ children }: { children: ReactNode }) {
  const all = await getMessages();
  const messages = Object.fromEntries(CLIENT_NAMESPACES.filter((ns) => ns in all).map((ns) => [ns, all[ns as keyof typeof all]]));
  // Client components format times in the staff member's zone, as the server does (no hydration mismatch).
  const timeZone = await getStaffTimeZone();
  return (
    <NextIntlClientProvider messages={messages} timeZone={timeZone.zone}>
      <TimeZoneSync current={timeZone} />
      {children}
    </NextIntlClientProvider>
  );
}
