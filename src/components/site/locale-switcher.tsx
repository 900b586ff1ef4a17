import { getTranslations } from "next-intl/server";
import { Link } from "@/components/site/site-link";
import { LOCALES, localeCodes, type Locale } from "@/i18n/locales";
import type { PageVersions } from "@/lib/seo";

/** A page's counterpart in each language it exists in: locale-less paths (query included), as `paths` builds them. */
export type LanguageVersions = Partial<Record<Locale, string>>;

/** A page that exists alike in every language (home, about, search, a 404's way home). */
export function inEveryLanguage(path: string): LanguageVersions {
  return Object.fromEntries(localeCodes.map((code) => [code, path]));
}

/** The versions hreflang names (`articleVersions`, `debateVersions`, `authorVersions`): the switcher offers the same. */
export function switcherVersions(page: PageVersions): LanguageVersions {
  return Object.fromEntries(page.versions.map((v) => [v.locale, v.path]));
}

/**
 * THE language switcher of readers' pages: each language the page exists in,
 * named in itself, linking to *this* page there (the article's version in that
 * language, the debate's translation, the same search). Languages the page is
 * not in are left out, so no link leads to a "not available" page. Pages render
 * it because only they know their counterparts (an article's slug differs per
 * language). Plain links: it works without JavaScript. The current language is
 * shown, unlinked, even where the page is only a notice (an article's "not
 * available" page).
 */
export async function LocaleSwitcher({ current, versions }: { current: Locale; versions: LanguageVersions }) {
  const t = await getTranslations("LocaleSwitcher");
  const shown = LOCALES.filter(({ code }) => code === current || versions[code] !== undefined);
  return (
    <nav aria-label={t("label")} className="locale-switcher" data-testid="locale-switcher">
      <ul>
        {shown.map(({ code, label }) => (
          <li key={code}>
            {code === current ? (
              <span aria-current="true" lang={code} dir="auto" className="language-name">
                {label}
              </span>
            ) : (
              <Link href={versions[code]!} locale={code} lang={code} hrefLang={code} dir="auto" prefetch={false} className="language-name">
                {label}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
