// The content API (README "Content API"): thin — parse, key, call src/server/api.
import { search } from "@/server/api/content";
import { API_SEARCH_CACHE_CONTROL, apiGet, preflight } from "@/server/api/http";
import { parseQuery, searchQuery } from "@/server/api/params";

export const dynamic = "force-dynamic";
export const GET = apiGet(({ client, url }) => search(client, parseQuery(searchQuery, url.searchParams)), { cacheControl: API_SEARCH_CACHE_CONTROL });
export const OPTIONS = preflight;
