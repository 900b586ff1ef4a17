// The cache policy (src/server/cache/policy.mjs) is the one place lifetimes are set.
// Next reads a route's `export const revalidate` statically (a number literal in the
// file itself: an imported constant is not recognised by its build analysis, see
// docs/caching.md), so the route files repeat the number: this holds them to the policy.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FEED_REVALIDATE_SECONDS, PAGE_REVALIDATE_SECONDS, SEARCH_CACHE_CONTROL, SEARCH_SECONDS } from "../src/server/cache/policy.mjs";

const app = path.join(process.cwd(), "src/app");

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return /^(page|route|layout)\.tsx?$/.test(name) ? [full] : [];
  });
}

describe("the cache policy", () => {
  it("every route's revalidate literal is the policy's lifetime for its kind (pages and feeds)", () => {
    const declared = Object.fromEntries(
      routeFiles(app).flatMap((file) => {
        const m = /^export const revalidate = (\d+|false);/m.exec(readFileSync(file, "utf8"));
        return m ? [[path.relative(app, file), m[1]]] : [];
      }),
    );
    const expected = (file: string) => (/\.xml\/route\.ts$/.test(file) ? String(FEED_REVALIDATE_SECONDS) : String(PAGE_REVALIDATE_SECONDS));
    expect(Object.keys(declared).length).toBe(7);
    for (const [file, value] of Object.entries(declared)) expect(value, file).toBe(expected(file));
  });

  it("search pages may be shared as long as their answers are kept in-process", () => {
    expect(SEARCH_CACHE_CONTROL).toBe(`public, s-maxage=${SEARCH_SECONDS}, stale-while-revalidate=${SEARCH_SECONDS}`);
  });
});
