import { setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteChrome } from "@/components/site/site-chrome";
import { asLocale } from "@/lib/route-params";

export default async function SiteLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  return <SiteChrome locale={locale}>{children}</SiteChrome>;
}
