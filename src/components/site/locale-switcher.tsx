import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { LOCALES, type Locale } from "@/i18n/locales";

/**
 * Links to the same page in the other locales, each language named in itself.
 * Pages whose URL differs per locale (articles, debates) pass their own hrefs.
 */
export async function LocaleSwitcher({ current, hrefs }: { current: Locale; hrefs?: Partial<Record<Locale, string>> }) {
  const t = await getTranslations("LocaleSwitcher");
  return (
    <nav aria-label={t("label")} className="locale-switcher">
      <ul>
        {LOCALES.map(({ code, label }) => (
          <li key={code}>
            {code === current ? (
              <span aria-current="true" lang={code} dir="auto">
                {label}
              </span>
            ) : (
              <Link href={hrefs?.[code] ?? "/"} locale={code} lang={code} hrefLang={code} dir="auto">
                {label}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
