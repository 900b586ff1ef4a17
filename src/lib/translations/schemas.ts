import { z } from "zod";

// Linking language versions: shared by the "Language versions" page and the
// domain functions in server/translations/link.ts.

const id = z.string().trim().min(1).max(40);

/** The two works to link, each named by one of its versions. */
const linkPairSchema = z.object({ variantId: id, otherVariantId: id });

/** "What changes" before linking; `displayLocale` picks the debate titles' language. */
export const previewLinkSchema = linkPairSchema.extend({ displayLocale: z.string().trim().max(10).optional() });

/**
 * Which work's shared fields (authors, debate, hero image and credit) survive a
 * link: "this" is the work of `variantId`, "other" that of `otherVariantId`.
 * Required: the other work's are dropped, so someone must have chosen.
 */
const LINK_KEEP = ["this", "other"] as const;
export type LinkKeep = (typeof LINK_KEEP)[number];

/** Merge the works of `variantId` and `otherVariantId` into one, keeping the shared fields of the one chosen. */
export const linkArticlesSchema = linkPairSchema.extend({ keep: z.enum(LINK_KEEP) });

/** Split one language version off into a work of its own. */
export const unlinkVariantSchema = z.object({ variantId: id });

export const LINK_SEARCH_MIN = 2;
export const LINK_SEARCH_MAX_RESULTS = 20;

/** Works to link, found by a title in any language (the current work left out). */
export const searchLinkCandidatesSchema = z.object({
  query: z.string().trim().max(200),
  excludeArticleId: id.optional(),
  /** The version linking from: its work is left out and each result says whether the actor may link it. */
  variantId: id.optional(),
});
