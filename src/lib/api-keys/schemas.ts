import { z } from "zod";
import { isLocale } from "@/i18n/locales";

// Shared by the API keys page (src/app/[locale]/dashboard/(staff)/api-keys) and
// the domain functions in server/api-keys.

/** What a key may read: public content (any key), and drafts, scheduled and pending versions. */
export const API_KEY_SCOPES = ["content:read", "drafts:read"] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export const createApiKeySchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    scopes: z
      .array(z.enum(API_KEY_SCOPES))
      .min(1)
      // Reading drafts is reading content: drafts:read implies content:read.
      .transform((list) => [...new Set<ApiKeyScope>(list.includes("drafts:read") ? [...list, "content:read"] : list)].sort()),
    /** Empty: every locale. */
    locales: z
      .array(z.string().refine(isLocale))
      .max(20)
      .default([])
      .transform((list) => [...new Set(list)].sort()),
  })
  .strict();

export const revokeApiKeySchema = z.object({ id: z.string().min(1).max(64) }).strict();
