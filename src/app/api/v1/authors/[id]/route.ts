// The content API (README "Content API"): thin — parse, key, call src/server/api.
import { getAuthor } from "@/server/api/content";
import { apiGet, preflight } from "@/server/api/http";
import { idSegment, oneAuthorQuery, parseQuery, parseSegment } from "@/server/api/params";

export const dynamic = "force-dynamic";
export const GET = apiGet<{ id: string }>(({ client, url }, { id }) =>
  getAuthor(client, parseSegment("id", idSegment, id), parseQuery(oneAuthorQuery, url.searchParams).locale),
);
export const OPTIONS = preflight;
