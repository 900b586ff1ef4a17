import type { VariantStatus } from "@/generated/prisma/enums";

/**
 * The status staff are shown: a scheduled version whose time has come is
 * published (readers see it; src/server/articles/visibility.ts), though its
 * row still says SCHEDULED — no job flips it.
 */
export function shownStatus(variant: { status: VariantStatus; publishAt: Date | string | null }, now = new Date()): VariantStatus {
  if (variant.status === "SCHEDULED" && variant.publishAt && new Date(variant.publishAt) <= now) return "PUBLISHED";
  return variant.status;
}
