import { getLocale, getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "@/components/site/locale-switcher";
import { SiteChrome } from "@/components/site/site-chrome";
import { Link } from "@/components/site/site-link";
import { isLocale, defaultLocale } from "@/i18n/locales";
import { paths } from "@/lib/urls";

// A 404 inside a locale: the whole site around it, in that language, rendered
// on the server (readable without JavaScript). React puts the <title> and the
// robots meta into <head>.
export default async function LocaleNotFound() {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : defaultLocale;
  const t = await getTranslations({ locale, namespace: "NotFound" });
  const meta = await getTranslations({ locale, namespace: "Metadata" });
  return (
    <SiteChrome locale={locale}>
      <title>{`${t("title")} — ${meta("siteName")}`}</title>
      <meta name="robots" content="noindex" />
      <LocaleSwitcher current={locale} path={paths.home()} />
      <article className="not-found" data-testid="not-found">
        <h1>{t("title")}</h1>
        <p>{t("description")}</p>
        <p>
          <Link href={paths.home()} locale={locale}>
            {t("backHome")}
          </Link>
          {" · "}
          <Link href={paths.search()} locale={locale}>
            {t("search")}
          </Link>
        </p>
      </article>
    </SiteChrome>
  );
}
