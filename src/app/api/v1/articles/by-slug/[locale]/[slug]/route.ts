// The content API (README "Content API"): thin — parse, key, call src/server/api.
import { decodeSlug } from "@/lib/route-params";
import { getArticleVersionBySlug } from "@/server/api/content";
import { apiGet, preflight } from "@/server/api/http";
import { localeSegment, noQuery, parseQuery, parseSegment } from "@/server/api/params";

export const dynamic = "force-dynamic";
export const GET = apiGet<{ locale: string; slug: string }>(({ client, url }, { locale, slug }) => {
  parseQuery(noQuery, url.searchParams);
  return getArticleVersionBySlug(client, parseSegment("locale", localeSegment, locale), decodeSlug(slug));
});
export const OPTIONS = preflight;
