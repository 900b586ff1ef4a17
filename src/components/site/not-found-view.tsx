import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import type { Locale } from "@/i18n/locales";
import { paths } from "@/lib/urls";
import { inEveryLanguage, LocaleSwitcher } from "./locale-switcher";
import { Link } from "./site-link";

/** The metadata of a 404: a localized title (the layout's template adds the site's name), not indexed. */
export async function notFoundMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "NotFound" });
  return { title: t("title"), robots: { index: false } };
}

/** The whole <title> of a 404, for the not-found boundary (which has no metadata of its own). */
export async function notFoundMetadataTitle(locale: Locale): Promise<string> {
  const t = await getTranslations({ locale, namespace: "NotFound" });
  const meta = await getTranslations({ locale, namespace: "Metadata" });
  return `${t("title")} — ${meta("siteName")}`;
}

/** The 404 text, in the page's language. */
export async function NotFoundView({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "NotFound" });
  return (
    <>
      <LocaleSwitcher current={locale} versions={inEveryLanguage(paths.home())} />
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
    </>
  );
}

function Missing(): never {
  notFound();
}

/**
 * A page's "not found": the text rendered on the server inside the page's own
 * layout (so it has <html lang dir>, the header and the switcher without
 * JavaScript), and notFound() for the 404 status. Next 16 renders a notFound()
 * thrown outside any Suspense boundary as an empty error document (<html
 * id="__next_error__">) that only the client fills in; thrown inside one while
 * a page is prerendered (ISR: the route has generateStaticParams), it sets the
 * status and keeps the rest of the page as rendered (app-render.js,
 * "preserving the prerendered content outside the boundary"). The pages'
 * generateMetadata gives it notFoundMetadata.
 */
export function PageNotFound({ locale }: { locale: Locale }) {
  return (
    <>
      <NotFoundView locale={locale} />
      <Suspense fallback={null}>
        <Missing />
      </Suspense>
    </>
  );
}
