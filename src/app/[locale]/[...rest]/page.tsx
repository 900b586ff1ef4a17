import { notFound, permanentRedirect } from "next/navigation";
import { asLocale, decodeSlug } from "@/lib/route-params";
import { localizedPath, paths } from "@/lib/urls";
import { findVisibleSlug } from "@/server/articles/queries";

type Props = { params: Promise<{ locale: string; rest: string[] }> };

// Any unknown path inside a locale gets that locale's 404 page — except an old
// `/{slug}/` article URL (the proxy prefixes it with the reader's locale).
export default async function CatchAll({ params }: Props) {
  const { locale, rest } = await params;
  if (rest.length === 1) {
    const slug = decodeSlug(rest[0]!);
    if (await findVisibleSlug(slug)) permanentRedirect(localizedPath(asLocale(locale), paths.article(slug)));
  }
  notFound();
}
