// The content API (README "Content API"): thin — parse, key, call src/server/api.
import { getMedia } from "@/server/api/content";
import { apiGet, preflight } from "@/server/api/http";
import { idSegment, noQuery, parseQuery, parseSegment } from "@/server/api/params";

export const dynamic = "force-dynamic";
export const GET = apiGet<{ id: string }>(({ client, url }, { id }) => {
  parseQuery(noQuery, url.searchParams);
  return getMedia(client, parseSegment("id", idSegment, id));
});
export const OPTIONS = preflight;
