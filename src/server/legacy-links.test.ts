import { describe, expect, it } from "vitest";
import { localizedPath, paths } from "@/lib/urls";
import { createArticle, createAuthors, unique } from "../../test/support/feed-fixtures";
import { legacyRedirectPath } from "./legacy-links";

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
