import { z } from "zod";
import { isOwnJobsKey } from "@/server/jobs/in-app";
import { afterPublicChange } from "@/server/publishing/after-change";

// Re-renders the public pages of a change the job queue made (a scheduled
// version whose time came): called by this process's own worker only, with the
// key it made at start (src/server/jobs/in-app.ts); anyone else gets 404.

const ids = z.array(z.string().max(64)).max(1000).optional();
const slugs = z.array(z.object({ locale: z.string().max(16), slug: z.string().max(300) })).max(1000).optional();
const changedSchema = z.object({
  variantIds: ids,
  articleIds: ids,
  debateIds: ids,
  authorIds: ids,
  listedBy: z.object({ debateIds: ids, authorIds: ids }).optional(),
  previousSlugs: z.object({ articles: slugs, debates: slugs, authors: z.array(z.string().max(300)).max(1000).optional() }).optional(),
});

export async function POST(request: Request): Promise<Response> {
  if (!isOwnJobsKey(request.headers.get("x-jobs-key"))) return new Response("Not Found", { status: 404 });
  const parsed = changedSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "invalid" }, { status: 400 });
  await afterPublicChange(parsed.data);
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
