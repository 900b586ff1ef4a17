import type { MediaFormat } from "./formats";

// How large an image may be, in pixels — decided by what decoding it costs.
// Every image is resized by Next's image optimizer (sharp/libvips), once per
// width and format a browser asks for; what one resize allocates depends on
// the format far more than on the file's size (a 1 KB AVIF of 6000×6000 takes
// 650 MB). The upload check and the media route hold every image to these
// figures, so that no request can make one resize allocate more than
// DECODE_BUDGET_BYTES (the optimizer's own pixel limit, next.config.ts, is the
// second wall).

/** The most one decode (one optimizer request) may allocate. */
const DECODE_BUDGET_BYTES = 256 * 1024 * 1024;

/** Pixels in one frame, whatever the format: 100 megapixels (e.g. 12 000 × 8 300). */
export const MAX_FRAME_PIXELS = 100_000_000;

/**
 * Pixels in all the frames of an animation together. The optimizer serves
 * animations as they are (it decodes only still images), but a browser shows
 * every frame and anything that decodes them all must stay bounded.
 */
const MAX_ANIMATION_PIXELS = 500_000_000;

/**
 * Peak memory per pixel of one frame while sharp 0.35 (libvips 8.18) resizes it
 * as the optimizer does (`sharp(buf).rotate().resize(w).webp()`), measured on
 * 4000×4000 and 9900×9900 images and rounded up. Baseline JPEG shrinks while it
 * decodes and plain PNG and WebP stream, so their cost is small; progressive
 * JPEG and interlaced PNG need the whole image; GIF and AVIF decode whole frames
 * (AVIF at 16 bits per sample, in several copies).
 */
function decodeBytesPerPixel(format: MediaFormat, progressive: boolean): number {
  switch (format) {
    case "jpeg":
      return progressive ? 4 : 1;
    case "png":
      return progressive ? 6 : 3;
    case "webp":
      return 2;
    case "gif":
      return 5;
    case "avif":
      return 20;
  }
}

/** The largest frame (in pixels) of this format that stays within the budget and the frame limit. */
export function maxFramePixels(format: MediaFormat, progressive: boolean): number {
  return Math.min(MAX_FRAME_PIXELS, Math.floor(DECODE_BUDGET_BYTES / decodeBytesPerPixel(format, progressive)));
}

/** What measuring an image found: its frame size and how many frames. */
export interface ImageGeometry {
  format: MediaFormat;
  width: number;
  /** One frame's height (the whole image's for a still). */
  height: number;
  frames: number;
  /** Progressive JPEG or interlaced PNG. */
  progressive: boolean;
}

/** Why the geometry is refused, with the figures a person needs to fix it (in megapixels); null when it is fine. */
export function pixelProblem(image: ImageGeometry): { problem: "tooManyPixels" | "tooManyFrames"; megapixels: number; maxMegapixels: number } | null {
  const frame = image.width * image.height;
  const maxFrame = maxFramePixels(image.format, image.progressive);
  if (frame > maxFrame) return { problem: "tooManyPixels", megapixels: megapixels(frame), maxMegapixels: megapixels(maxFrame, "floor") };
  const total = frame * image.frames;
  if (total > MAX_ANIMATION_PIXELS) return { problem: "tooManyFrames", megapixels: megapixels(total), maxMegapixels: megapixels(MAX_ANIMATION_PIXELS, "floor") };
  return null;
}

/** Pixels as megapixels with one decimal (rounded up for a size, down for a limit, so "12.9 > 12.8" always reads true). */
function megapixels(pixels: number, round: "ceil" | "floor" = "ceil"): number {
  return Math[round](pixels / 100_000) / 10;
}
