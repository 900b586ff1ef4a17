import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "@/i18n/locales";
import { localizedPath, paths } from "@/lib/urls";
import { Link } from "./site-link";

/**
 * The readers' site around a page: skip link, header with the site's name and
 * navigation, the page, the footer. Shared by the (site) layout and the 404
 * page, which Next renders outside that layout.
 */
export async function SiteChrome({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = await getTranslations({ locale, namespace: "Layout" });
  const meta = await getTranslations({ locale, namespace: "Metadata" });
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <header className="site-header">
        <Link href={paths.home()} locale={locale} className="site-name">
          {meta("siteName")}
        </Link>
        <nav aria-label={t("mainNavigation")} className="site-nav">
          <Link href={paths.search()} locale={locale}>
            {t("search")}
          </Link>
          <Link href={paths.about()} locale={locale}>
            {t("about")}
          </Link>
        </nav>
      </header>
      <main id="main" className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <p>{t("footer")}</p>
        <p>
          <a href={localizedPath(locale, paths.feed())} type="application/rss+xml">
            {t("feed")}
          </a>
        </p>
      </footer>
    </>
  );
}
