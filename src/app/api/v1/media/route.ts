// The content API (README "Content API"): thin — parse, key, call src/server/api.
import { listMedia } from "@/server/api/content";
import { apiGet, preflight } from "@/server/api/http";
import { listMediaQuery, parseQuery } from "@/server/api/params";

export const dynamic = "force-dynamic";
export const GET = apiGet(({ client, url }) => listMedia(client, parseQuery(listMediaQuery, url.searchParams)));
export const OPTIONS = preflight;
