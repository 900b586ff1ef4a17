import { getTranslations } from "next-intl/server";
import { Link } from "@/components/site/site-link";
import { LOCALES, type Locale } from "@/i18n/locales";

/**
 * The language switcher: each language named in itself, linking to *this*
 * page's counterpart there (`hrefs`, locale-less paths; default: the same path).
 * Pages render it because only they know their counterparts (an article's
 * slug differs per language). Following a link records the choice (next-intl's
 * locale cookie), which `/` then honours.
 */
export async function LocaleSwitcher({ current, hrefs, path = "/" }: { current: Locale; hrefs?: Partial<Record<Locale, string>>; path?: string }) {
  const t = await getTranslations("LocaleSwitcher");
  return (
    <nav aria-label={t("label")} className="locale-switcher" data-testid="locale-switcher">
      <ul>
        {LOCALES.map(({ code, label }) => (
          <li key={code}>
            {code === current ? (
              <span aria-current="true" lang={code} dir="auto">
                {label}
              </span>
            ) : (
              <Link href={hrefs?.[code] ?? path} locale={code} lang={code} hrefLang={code} dir="auto" prefetch={false}>
                {label}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
