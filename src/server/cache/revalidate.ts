import "server-only";
import { revalidatePath } from "next/cache";
import { forgetReadersSearches } from "../search/queries";

/**
 * After a change readers can see (publish, unpublish, a live text, a slug, a
 * translation link, a debate or author text): every public page, feed and the
 * sitemap are re-rendered on their next request, and no search answers from
 * before the change are kept. Cheap — nothing is rebuilt
 * until asked — and never wrong, unlike guessing which pages show what.
 * Called by server actions; domain functions stay free of Next's cache.
 */
export function revalidatePublicPages(): void {
  revalidatePath("/", "layout");
  forgetReadersSearches();
}
