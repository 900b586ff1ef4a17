import { permanentRedirect } from "next/navigation";
import type { Metadata } from "next";
import { notFoundMetadata, PageNotFound } from "@/components/site/not-found-view";
import { SiteChrome } from "@/components/site/site-chrome";
import { asLocale, decodeSlug } from "@/lib/route-params";
import { localizedPath, paths } from "@/lib/urls";
import { findVisibleSlug } from "@/server/articles/queries";

type Props = { params: Promise<{ locale: string; rest: string[] }> };

// Rendered like the other public pages (on demand, then kept): only a
// prerender can answer 404 with the page around it (see PageNotFound).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return notFoundMetadata(asLocale((await params).locale));
}

// Any unknown path inside a locale gets that locale's 404 page — except an old
// `/{slug}/` article URL (the proxy prefixes it with the reader's locale).
export default async function CatchAll({ params }: Props) {
  const { locale, rest } = await params;
  if (rest.length === 1) {
    const slug = decodeSlug(rest[0]!);
    if (await findVisibleSlug(slug)) permanentRedirect(localizedPath(asLocale(locale), paths.article(slug)));
  }
  return (
    <SiteChrome locale={asLocale(locale)}>
      <PageNotFound locale={asLocale(locale)} />
    </SiteChrome>
  );
}
