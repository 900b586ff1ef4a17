// The content API (README "Content API"): thin — parse, key, call src/server/api.
import { getDebate } from "@/server/api/content";
import { apiGet, preflight } from "@/server/api/http";
import { idSegment, oneDebateQuery, parseQuery, parseSegment } from "@/server/api/params";

export const dynamic = "force-dynamic";
export const GET = apiGet<{ id: string }>(({ client, url }, { id }) =>
  getDebate(client, parseSegment("id", idSegment, id), parseQuery(oneDebateQuery, url.searchParams).locale),
);
export const OPTIONS = preflight;
