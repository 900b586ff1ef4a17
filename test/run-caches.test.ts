import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { forgetEarlierRuns } from "../scripts/run-caches.mjs";

function file(root: string, relative: string, text = "x") {
  const full = path.join(root, relative);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
  return full;
}

describe("npm start forgets the pages an earlier run cached (they may come from another database)", () => {
  it("removes Next's run-time page and data caches, and nothing of the build", () => {
    const dist = mkdtempSync(path.join(tmpdir(), "dist-"));
    const page = file(dist, "server/route-cache/APP_PAGE/abc/$/ar/debates/x.html", "<h3 lang=ar>twelfth</h3>");
    const data = file(dist, "cache/fetch-cache/sitemap-entry");
    const built = file(dist, "server/app/[locale]/about.html", "built");
    const manifest = file(dist, "server/app-paths-manifest.json", "{}");
    forgetEarlierRuns(dist);
    expect(existsSync(page)).toBe(false);
    expect(existsSync(data)).toBe(false);
    expect(readFileSync(built, "utf8")).toBe("built");
    expect(existsSync(manifest)).toBe(true);
    // A build that never ran: nothing to remove, no error.
    expect(() => forgetEarlierRuns(mkdtempSync(path.join(tmpdir(), "dist-")))).not.toThrow();
  });
});
