import "server-only";

// The uploader's file name is kept only as a label (search, the library grid):
// never used as a path, stripped of directories, controls and bidi overrides.
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/g;

export function sanitizeOriginalName(raw: string, fallbackExtension: string): string {
  const base = raw.split(/[/\\]/).pop() ?? "";
  const cleaned = base.normalize("NFC").replace(UNSAFE, "").replace(/\s+/g, " ").trim();
  const limited = [...cleaned].slice(0, 200).join("");
  return limited && limited !== "." && limited !== ".." ? limited : `image.${fallbackExtension}`;
}
