// The content API (README "Content API"): thin — parse, key, call src/server/api.
import { listAuthors } from "@/server/api/content";
import { apiGet, preflight } from "@/server/api/http";
import { listAuthorsQuery, parseQuery } from "@/server/api/params";

export const dynamic = "force-dynamic";
export const GET = apiGet(({ client, url }) => listAuthors(client, parseQuery(listAuthorsQuery, url.searchParams)));
export const OPTIONS = preflight;
