import { z } from "zod";
import { localeSchema } from "@/lib/articles/schemas";

// Publishing or discarding a pending change of a debate's texts, a bio or an
// alt text (a language version's has its own, with the version it was based
// on: pendingVariantSchema).

export const PENDING_RECORD_KINDS = ["DEBATE_TRANSLATION", "AUTHOR_BIO", "MEDIA_ALT"] as const;

export const pendingRecordSchema = z
  .object({
    kind: z.enum(PENDING_RECORD_KINDS),
    recordId: z.string().trim().min(1).max(40),
    locale: localeSchema,
  })
  .strict();
