// Links in article bodies may only point to the web or to an e-mail address;
// images only to the media library (/media/<key>): one rule, the one the
// pages' Content-Security-Policy enforces too (an image from another host
// would be saved, then shown broken). Everything else (javascript:, data:,
// vbscript:, protocol-relative tricks, other hosts) is refused.

const CONTROL_OR_SPACE = /[\u0000-\u0020\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]/g;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function isSafeHref(href: unknown): href is string {
  if (typeof href !== "string" || href.length === 0 || href.length > 2048) return false;
  // Browsers ignore embedded whitespace and controls in schemes ("java\tscript:").
  const compact = href.replace(CONTROL_OR_SPACE, "");
  if (compact !== href.trim()) return false;
  const url = parse(href);
  if (!url) return false;
  if (url.protocol === "mailto:") return /^mailto:[^@\s]+@[^@\s]+$/i.test(href);
  return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.length > 0;
}

export function isSafeImageSrc(src: unknown): src is string {
  return typeof src === "string" && src.length <= 2048 && /^\/media\/[A-Za-z0-9._-]+$/.test(src);
}
