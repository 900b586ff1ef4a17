import { getLocale } from "next-intl/server";
import { NotFoundView, notFoundMetadataTitle } from "@/components/site/not-found-view";
import { SiteChrome } from "@/components/site/site-chrome";
import { defaultLocale, isLocale } from "@/i18n/locales";

// Next's not-found boundary of a locale: what the client shows after a
// navigation to a missing page. A first request gets PageNotFound, rendered by
// the page itself on the server (see components/site/not-found-view.tsx).
export default async function LocaleNotFound() {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : defaultLocale;
  return (
    <SiteChrome locale={locale}>
      <title>{await notFoundMetadataTitle(locale)}</title>
      <NotFoundView locale={locale} />
    </SiteChrome>
  );
}
