import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/components/site/site-link";
import { asLocale } from "@/lib/route-params";
import { paths } from "@/lib/urls";

export default async function SiteLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations("Layout");
  const meta = await getTranslations("Metadata");

  return (
    <>
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <header className="site-header">
        <Link href={paths.home()} className="site-name">
          {meta("siteName")}
        </Link>
        <nav aria-label={t("mainNavigation")} className="site-nav">
          <Link href={paths.search()}>{t("search")}</Link>
          <Link href={paths.about()}>{t("about")}</Link>
        </nav>
      </header>
      <main id="main" className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <p>{t("footer")}</p>
        <p>
          <a href={`/${locale}${paths.feed()}`} type="application/rss+xml">
            {t("feed")}
          </a>
        </p>
      </footer>
    </>
  );
}
