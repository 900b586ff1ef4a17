// The image formats the media library accepts, recognised by their content
// (magic bytes), never by the file's name or the type the browser declared.
// SVG is refused: it is a document that can carry scripts, not a picture.

export const MEDIA_FORMATS = {
  jpeg: { mimeType: "image/jpeg", extension: "jpg" },
  png: { mimeType: "image/png", extension: "png" },
  webp: { mimeType: "image/webp", extension: "webp" },
  gif: { mimeType: "image/gif", extension: "gif" },
  avif: { mimeType: "image/avif", extension: "avif" },
} as const;

export type MediaFormat = keyof typeof MEDIA_FORMATS;
export type MediaExtension = (typeof MEDIA_FORMATS)[MediaFormat]["extension"];

/** Storage keys are ours alone: a random id and the canonical extension. Nothing else is ever served. */
export const STORAGE_KEY_PATTERN = /^[a-z0-9]+\.(jpg|png|webp|gif|avif)$/;

export const MIME_BY_EXTENSION: Record<MediaExtension, string> = Object.fromEntries(
  Object.values(MEDIA_FORMATS).map((f) => [f.extension, f.mimeType]),
) as Record<MediaExtension, string>;

/** Where a stored image is served, and how article bodies reference it. */
export function mediaSrc(storageKey: string): string {
  return `/media/${storageKey}`;
}

export const DEFAULT_MEDIA_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Why a file is refused; keys of the "Media.errors" messages. tooManyPixels: one
 * frame is too large to decode safely (src/lib/media/limits.ts); tooManyFrames:
 * all the frames of an animation together are. storageFailed: the server could
 * not write the file (disk full, read-only, no permission).
 */
export type MediaFileProblem = "fileEmpty" | "fileTooLarge" | "svgRefused" | "notAnImage" | "tooManyPixels" | "tooManyFrames" | "storageFailed";

/** The problems about the file itself (shown beside the file field). */
export const MEDIA_FILE_PROBLEMS: readonly MediaFileProblem[] = ["fileEmpty", "fileTooLarge", "svgRefused", "notAnImage", "tooManyPixels", "tooManyFrames", "storageFailed"];

/** A byte count for people ("10 MB"), in their language. */
export function formatBytes(bytes: number, locale: string): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), "megabyte"] : bytes >= 1024 ? [bytes / 1024, "kilobyte"] : [bytes, "byte"];
  return new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "short", maximumFractionDigits: 1 }).format(value as number);
}
