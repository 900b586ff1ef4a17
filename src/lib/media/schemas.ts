import { z } from "zod";
import { isLocale } from "@/i18n/locales";

// Shared by the media library's forms, the picker and the domain functions in server/media.

export const MAX_CREDIT_LENGTH = 300;
export const MAX_ALT_LENGTH = 500;
export const MEDIA_PAGE_SIZE = 24;

const id = z.string().min(1).max(64);
const credit = z.string().trim().max(MAX_CREDIT_LENGTH);
const alt = z.string().trim().max(MAX_ALT_LENGTH);
/** Alt text per locale; an empty text removes that locale's alt. */
const alts = z.record(z.string().refine((value): boolean => isLocale(value), { message: "unknownLocale" }), alt);

const isBlob = (value: unknown): value is Blob => typeof Blob !== "undefined" && value instanceof Blob;

export const uploadMediaSchema = z
  .object({
    file: z.custom<Blob>(isBlob, { message: "notAnImage" }),
    credit: credit.optional(),
    alts: alts.default({}),
  })
  .strict();

export const updateMediaTextsSchema = z
  .object({
    mediaId: id,
    /** Absent: the credit is left alone (translators send only alts). Empty: removed. */
    credit: credit.optional(),
    alts: alts.default({}),
  })
  .strict();

export const deleteMediaSchema = z.object({ mediaId: id }).strict();

export const listMediaSchema = z
  .object({
    query: z.string().trim().max(200).optional(),
    cursor: id.optional(),
    take: z.number().int().min(1).max(100).default(MEDIA_PAGE_SIZE),
  })
  .strict();

/** One library item as pages and the picker see it. */
export interface MediaItem {
  id: string;
  storageKey: string;
  /** `/media/<storageKey>` */
  src: string;
  originalName: string;
  mimeType: string;
  size: number;
  width: number | null;
  height: number | null;
  credit: string | null;
  createdAt: string;
  alts: Record<string, string>;
}

/** The alt text in `locale`, else English, else any; "" when none. */
export function altIn(item: Pick<MediaItem, "alts">, locale: string): string {
  return item.alts[locale] || item.alts.en || Object.values(item.alts).find(Boolean) || "";
}
