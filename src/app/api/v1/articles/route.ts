// The content API (README "Content API"): thin — parse, key, call src/server/api.
import { listArticleVersions } from "@/server/api/content";
import { apiGet, preflight } from "@/server/api/http";
import { listArticlesQuery, parseQuery } from "@/server/api/params";

export const dynamic = "force-dynamic";
export const GET = apiGet(({ client, url }) => listArticleVersions(client, parseQuery(listArticlesQuery, url.searchParams)));
export const OPTIONS = preflight;
