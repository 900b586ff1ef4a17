// The fonts' faces and their metric-matched fallbacks (src/components/site/fonts/generate.py writes them).
import "@/components/site/fonts/fonts.css";
import "../globals.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { preload } from "react-dom";
import { FONT_PRELOADS } from "@/components/site/fonts/preloads";
import { localeDir } from "@/i18n/locales";
import { routing } from "@/i18n/routing";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

// Nothing is prerendered at build time (the build never touches a database):
// pages render on their first request and are then cached (see `revalidate`).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    title: { default: t("siteName"), template: `%s — ${t("siteName")}` },
    description: t("tagline"),
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  // The page's own script's fonts, fetched with the HTML rather than once the CSS
  // is parsed: there for the first paint (they are font-display: optional), no swap.
  for (const href of FONT_PRELOADS[locale === "ar" ? "arabic" : locale === "he" ? "hebrew" : "latin"]) {
    preload(href, { as: "font", type: "font/woff2", crossOrigin: "anonymous" });
  }

  return (
    <html lang={locale} dir={localeDir(locale)}>
      {/* No NextIntlClientProvider here: readers' pages render their text on
          the server and ship neither messages nor the message formatter (the
          provider alone pulls intl-messageformat into every page; their links
          are components/site/site-link). The dashboard provides its own. */}
      <body>{children}</body>
    </html>
  );
}
