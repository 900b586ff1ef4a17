import { describe, expect, it } from "vitest";
import { findVisibleSlug, getArticleBySlug } from "./articles/queries";
import { getAuthorBySlug } from "./authors/queries";
import { getDebateBySlug } from "./debates/queries";
import { getFeedDebate } from "./feeds/queries";
import { searchArticles } from "./search/queries";

// Readers' URLs reach these lookups with whatever a client typed. Postgres
// cannot hold a NUL character in text and refuses a query carrying one (an
// error, so a 500 page): found by `npm run fuzz`. A slug that could never have
// been stored is simply not found; a search ignores the character.
const hostile = ["nul\u0000byte", "\u0000", "../../etc/passwd", "a/b", "\u202Eevil"];

describe("public lookups with impossible slugs", () => {
  it.each(hostile)("find nothing, without asking the database to compare %j", async (slug) => {
    await expect(getArticleBySlug("en", slug)).resolves.toBeNull();
    await expect(getDebateBySlug("en", slug)).resolves.toBeNull();
    await expect(getAuthorBySlug("en", slug)).resolves.toBeNull();
    await expect(getFeedDebate("en", slug)).resolves.toBeNull();
    await expect(findVisibleSlug(slug)).resolves.toBe(false);
  });

  it("a search with a NUL character answers like the same search without it", async () => {
    await expect(searchArticles({ locale: "en", query: "human\u0000 rights" })).resolves.toMatchObject({ page: 1 });
    await expect(searchArticles({ locale: "en", query: "\u0000" })).resolves.toMatchObject({ total: 0 });
  });
});
