import { describe, expect, it } from "vitest";
import { localizedPath, paths } from "@/lib/urls";
import { createArticle, createAuthors, unique } from "../../test/support/feed-fixtures";
import { canonicalRedirect, legacyRedirectPath } from "./legacy-links";

describe("old ?lang= links", () => {
  it("go straight to that language's own slug, in one redirect", async () => {
    const [author] = await createAuthors(["Legacy Author"]);
    const id = unique();
    await createArticle({
      sourceLocale: "en",
      authors: [author!],
      variants: [
        { locale: "en", slug: `legacy-en-${id}` },
        { locale: "es", slug: `legado-es-${id}` },
      ],
    });
    expect(await legacyRedirectPath(`/legacy-en-${id}/`, "Spanish")).toBe(localizedPath("es", paths.article(`legado-es-${id}`)));
    expect(await legacyRedirectPath(`/legacy-en-${id}`, "English")).toBe(localizedPath("en", paths.article(`legacy-en-${id}`)));
    // No Hebrew version: its "not available" page, which says so in Hebrew.
    expect(await legacyRedirectPath(`/legacy-en-${id}`, "Hebrew")).toBe(localizedPath("he", paths.article(`legacy-en-${id}`)));
    expect(await legacyRedirectPath(`/legacy-en-${id}`, null)).toBeNull();
  });
});

describe("old and not-quite-right URLs: one redirect, straight to the final URL", () => {
  it("drops a trailing slash and puts in the language's own slug in the same step", async () => {
    const [author] = await createAuthors(["Slash Author"]);
    const id = unique();
    await createArticle({
      sourceLocale: "en",
      authors: [author!],
      variants: [
        { locale: "en", slug: `slash-en-${id}` },
        { locale: "es", slug: `barra-es-${id}` },
      ],
    });
    const none = new URLSearchParams();
    const reader = () => "fr" as const;
    const es = localizedPath("es", paths.article(`barra-es-${id}`));
    expect(await canonicalRedirect(`/slash-en-${id}/`, new URLSearchParams("lang=Spanish"), reader)).toBe(es);
    expect(await canonicalRedirect(`/es/articles/slash-en-${id}/`, none, reader)).toBe(es);
    expect(await canonicalRedirect(`/es/articles/slash-en-${id}`, none, reader)).toBe(es);
    // At its own slug: nothing to do (one indexed lookup).
    expect(await canonicalRedirect(es, none, reader)).toBeNull();
    expect(await canonicalRedirect(`${es}/`, none, reader)).toBe(es);
    // Outside a locale: the reader's language (no French version: its "not available" page, which says so).
    expect(await canonicalRedirect(`/barra-es-${id}/`, none, () => "en")).toBe(localizedPath("en", paths.article(`slash-en-${id}`)));
    expect(await canonicalRedirect(`/slash-en-${id}`, none, reader)).toBe(localizedPath("fr", paths.article(`slash-en-${id}`)));
  });

  it("keeps other paths and their query, without the slash, in the reader's locale when they have none", async () => {
    const reader = () => "ar" as const;
    expect(await canonicalRedirect("/en/search/", new URLSearchParams("q=rights"), reader)).toBe("/en/search?q=rights");
    expect(await canonicalRedirect("/about/", new URLSearchParams(), reader)).toBe("/ar/about");
    expect(await canonicalRedirect("/en/", new URLSearchParams(), reader)).toBe("/en");
    // Nothing to do: left to the locale routing and the pages (one redirect each, or none).
    expect(await canonicalRedirect("/about", new URLSearchParams(), reader)).toBeNull();
    expect(await canonicalRedirect("/en/about", new URLSearchParams(), reader)).toBeNull();
    expect(await canonicalRedirect("/", new URLSearchParams(), reader)).toBeNull();
  });

  it("answers a path with a NUL byte without a database error (found by npm run fuzz: GET /en%00 was a 500)", async () => {
    const reader = () => "en" as const;
    for (const path of ["/en\u0000", "/en/articles/a\u0000/", "/en/debates/a\u0000", "/a\u0000", "/a\u0000/", "/\u0000/"]) {
      await expect(canonicalRedirect(path, new URLSearchParams(), reader), path).resolves.not.toThrow();
    }
  });
});
