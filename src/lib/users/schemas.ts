import { z } from "zod";
import { isLocale } from "@/i18n/locales";

// Shared by the users admin forms and the domain functions in server/users.

export const ROLES = ["ADMIN", "EDITOR", "TRANSLATOR"] as const;
export const MIN_PASSWORD_LENGTH = 12;

export const passwordSchema = z.string().min(MIN_PASSWORD_LENGTH).max(256);
const email = z.string().trim().toLowerCase().pipe(z.email().max(254));
const name = z.string().trim().min(1).max(100);
const locales = z.array(z.string().refine(isLocale)).max(20).transform((list) => [...new Set(list)].sort());

/** Locales and the publishing grant only mean something for translators; a translator needs a locale. */
function translatorFields<T extends { role: (typeof ROLES)[number]; locales: string[]; canPublish: boolean }>(value: T, ctx: z.RefinementCtx) {
  if (value.role === "TRANSLATOR" && value.locales.length === 0) {
    ctx.addIssue({ code: "custom", path: ["locales"], message: "A translator needs at least one locale" });
  }
}
const normalizeRoleFields = <T extends { role: (typeof ROLES)[number]; locales: string[]; canPublish: boolean }>(value: T): T =>
  value.role === "TRANSLATOR" ? value : { ...value, locales: [], canPublish: false };

export const createUserSchema = z
  .object({
    name,
    email,
    role: z.enum(ROLES),
    locales: locales.default([]),
    canPublish: z.boolean().default(false),
    /** Empty or absent: a password is generated and shown once. */
    password: z.union([z.literal(""), passwordSchema]).optional(),
  })
  .strict()
  .superRefine(translatorFields)
  .transform(normalizeRoleFields);

export const updateUserSchema = z
  .object({
    id: z.string().min(1).max(64),
    name,
    role: z.enum(ROLES),
    locales: locales.default([]),
    canPublish: z.boolean().default(false),
  })
  .strict()
  .superRefine(translatorFields)
  .transform(normalizeRoleFields);

export const setUserDisabledSchema = z.object({ id: z.string().min(1).max(64), disabled: z.boolean() }).strict();

export const resetUserPasswordSchema = z
  .object({ id: z.string().min(1).max(64), password: z.union([z.literal(""), passwordSchema]).optional() })
  .strict();
