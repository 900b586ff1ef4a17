// The content API (README "Content API"): thin — parse, key, call src/server/api.
import { listDebates } from "@/server/api/content";
import { apiGet, preflight } from "@/server/api/http";
import { listDebatesQuery, parseQuery } from "@/server/api/params";

export const dynamic = "force-dynamic";
export const GET = apiGet(({ client, url }) => listDebates(client, parseQuery(listDebatesQuery, url.searchParams)));
export const OPTIONS = preflight;
