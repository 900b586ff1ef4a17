import { Link } from "@/components/site/site-link";
import { localeInfo, type Locale } from "@/i18n/locales";
import { paths } from "@/lib/urls";

/** "Español | Français | العربية": each version named in its own language, marked with its language. */
export function LanguageLinks({ versions }: { versions: { locale: Locale; slug: string }[] }) {
  return (
    <>
      {versions.map((v, i) => (
        <span key={v.locale}>
          {i > 0 && " | "}
          <Link href={paths.article(v.slug)} locale={v.locale} lang={v.locale} hrefLang={v.locale} dir="auto" prefetch={false} className="language-name">
            {localeInfo(v.locale).label}
          </Link>
        </span>
      ))}
    </>
  );
}
