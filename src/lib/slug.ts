// Unicode-aware slugs: Arabic and Hebrew titles keep their own letters.

const MAX_SLUG_LENGTH = 96;

export function slugify(input: string): string {
  const slug = input
    .normalize("NFKC")
    .toLocaleLowerCase("en")
    // Drop bidi controls and zero-width characters before anything else.
    .replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu, "")
    .replace(/['’‘`´]/gu, "")
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return truncateAtHyphen(slug, MAX_SLUG_LENGTH);
}

function truncateAtHyphen(slug: string, max: number): string {
  const chars = Array.from(slug);
  if (chars.length <= max) return slug;
  const cut = chars.slice(0, max).join("");
  const lastHyphen = cut.lastIndexOf("-");
  return lastHyphen > max / 2 ? cut.slice(0, lastHyphen) : cut;
}

/** A slug as it must look when stored: what slugify() would keep of it. */
export function isValidSlug(slug: string): boolean {
  return slug.length > 0 && slugify(slug) === slug;
}
