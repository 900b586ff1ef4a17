import { z } from "zod";

// Linking language versions: shared by the "Language versions" page and the
// domain functions in server/translations/link.ts.

const id = z.string().trim().min(1).max(40);

/** Merge the work of `otherVariantId` into the work of `variantId`. */
export const linkArticlesSchema = z.object({ variantId: id, otherVariantId: id });

/** Split one language version off into a work of its own. */
export const unlinkVariantSchema = z.object({ variantId: id });

export const LINK_SEARCH_MIN = 2;
export const LINK_SEARCH_MAX_RESULTS = 20;

/** Works to link, found by a title in any language (the current work left out). */
export const searchLinkCandidatesSchema = z.object({
  query: z.string().trim().max(200),
  excludeArticleId: id.optional(),
});
