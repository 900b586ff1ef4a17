import { beforeAll, describe, expect, it } from "vitest";
import { paragraphsToDocument } from "@/lib/rich-text/document";
import { db } from "@/server/db";
import { uid } from "../../../../test/support/actors";
import { apiKeysFixture, call, contentFixture, type Handler, json, past } from "../../../../test/support/content-api";
import { GET as getArticle } from "./articles/[id]/route";
import { GET as getArticleBySlug } from "./articles/by-slug/[locale]/[slug]/route";
import { GET as listArticles, OPTIONS as articlesPreflight } from "./articles/route";
import { GET as getDebate } from "./debates/[id]/route";
import { GET as listDebates } from "./debates/route";
import { GET as getMedia } from "./media/[id]/route";
import { GET as listMedia } from "./media/route";
import { GET as unknown } from "./[...rest]/route";
import { GET as search } from "./search/route";

// The content API through its route handlers, on the real database: who sees
// what, pages, conditional requests, errors. (Keys: api-keys.test.ts; the
// OpenAPI document: openapi.test.ts.)

const word = `zebrafinch${uid()}`;
let fx: Awaited<ReturnType<typeof contentFixture>>;
let keys: Awaited<ReturnType<typeof apiKeysFixture>>["keys"];
beforeAll(async () => {
  fx = await contentFixture(word);
  ({ keys } = await apiKeysFixture());
});

describe("visibility: drafts never leak without a key", () => {
  it("lists only the versions readers see, with their alternates, rendered HTML and debate", async () => {
    const response = await call(listArticles, `/articles?debate=${fx.debate.id}`);
    expect(response.status).toBe(200);
    const { data } = await json(response);
    expect(data.map((d) => d.locale).sort()).toEqual(["ar", "en", "pt"]);
    const en = data.find((d) => d.locale === "en")!;
    expect(en).toMatchObject({
      id: fx.v.en!.id,
      url: `http://localhost:3000/en/articles/en-${fx.key}`,
      status: "PUBLISHED",
      authors: [{ id: fx.author.id, name: fx.author.name }],
      debate: { id: fx.debate.id, locale: "en", title: `Debate ${fx.key}` },
      heroImage: { id: fx.media.id, alt: "A hero", width: 4, height: 3 },
    });
    expect((en.alternates as { locale: string }[]).map((a) => a.locale)).toEqual(["ar", "pt"]);
    // The body as the site renders it: escaped, never the stored text as HTML.
    const body = en.body as { html: string; json: { type: string } };
    expect(body.json.type).toBe("doc");
    expect(body.html).toContain("&lt;script&gt;");
    expect(body.html).not.toContain("<script>");
    // A reader is not shown pending changes (not even that there are some).
    expect(data.find((d) => d.locale === "pt")).not.toHaveProperty("pendingChanges");
    expect(JSON.stringify(data)).not.toContain(word);
  });

  it("answers 404 for a draft or a scheduled version, by id and by slug, and search does not find them", async () => {
    for (const locale of ["fr", "es"]) {
      expect((await call(getArticle, `/articles/${fx.v[locale]!.id}`, { params: { id: fx.v[locale]!.id } })).status).toBe(404);
      const bySlug = await call(getArticleBySlug, `/articles/by-slug/${locale}/${fx.v[locale]!.slug}`, { params: { locale, slug: fx.v[locale]!.slug } });
      expect(bySlug.status).toBe(404);
      expect(bySlug.headers.get("content-type")).toBe("application/problem+json");
      expect(await bySlug.json()).toMatchObject({ status: 404, code: "not_found" });
    }
    for (const locale of ["fr", "es"]) {
      const found = await json(await call(search, `/search?locale=${locale}&q=${word}`));
      expect(found.data).toEqual([]);
    }
    // A key that may read content, but not drafts, sees what readers see.
    expect((await call(getArticle, `/articles/${fx.v.fr!.id}`, { params: { id: fx.v.fr!.id }, key: keys.content })).status).toBe(404);
    // So do debates and media.
    expect((await call(getDebate, `/debates/${fx.draftDebate.id}?locale=en`, { params: { id: fx.draftDebate.id } })).status).toBe(404);
    expect((await call(getMedia, `/media/${fx.hidden.id}`, { params: { id: fx.hidden.id } })).status).toBe(404);
    expect((await call(getMedia, `/media/${fx.media.id}`, { params: { id: fx.media.id } })).status).toBe(200);
  });

  it("leaves unpublished debates, unused images and hidden versions out of every list, on every page", async () => {
    const all = async <P extends object>(handler: Handler<P>, path: string, key?: string) => {
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await json(await call(handler, `${path}${path.includes("?") ? "&" : "?"}limit=100${cursor ? `&cursor=${cursor}` : ""}`, { key }));
        ids.push(...page.data.map((d) => d.id as string));
        cursor = page.nextCursor as string | null;
      } while (cursor);
      return ids;
    };
    const articles = await all(listArticles, "/articles");
    expect(articles).toContain(fx.v.en!.id);
    for (const locale of ["fr", "es"]) expect(articles).not.toContain(fx.v[locale]!.id);
    const debates = await all(listDebates, "/debates?locale=en");
    expect(debates).toContain(fx.debate.id);
    expect(debates).not.toContain(fx.draftDebate.id);
    const media = await all(listMedia, "/media");
    expect(media).toContain(fx.media.id);
    expect(media).not.toContain(fx.hidden.id);
    // The same lists with a content:read key: the same rows.
    expect((await all(listArticles, "/articles", keys.content)).sort()).toEqual([...articles].sort());
    // And with drafts:read, the rest.
    expect(await all(listDebates, "/debates?locale=en", keys.drafts)).toContain(fx.draftDebate.id);
    expect(await all(listMedia, "/media", keys.drafts)).toContain(fx.hidden.id);
  });

  it("shows drafts, scheduled versions and pending changes to a drafts:read key, never to be stored by a cache", async () => {
    const response = await call(listArticles, `/articles?debate=${fx.debate.id}`, { key: keys.drafts });
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const { data } = await json(response);
    expect(data.map((d) => d.locale).sort()).toEqual(["ar", "en", "es", "fr", "pt"]);
    expect(data.find((d) => d.locale === "pt")!.pendingChanges).toMatchObject({ title: `Pending ${word}`, needsReview: true });
    expect(data.find((d) => d.locale === "en")!.pendingChanges).toBeNull();
    const fr = await call(getArticle, `/articles/${fx.v.fr!.id}`, { params: { id: fx.v.fr!.id }, key: keys.drafts });
    expect(await fr.json()).toMatchObject({ status: "DRAFT", publishAt: null });
    expect((await call(getDebate, `/debates/${fx.draftDebate.id}?locale=en`, { params: { id: fx.draftDebate.id }, key: keys.drafts })).status).toBe(200);
  });

  it("keeps a key limited to some languages to those", async () => {
    const { data } = await json(await call(listArticles, `/articles?debate=${fx.debate.id}`, { key: keys.arabic }));
    expect(data.map((d) => d.locale)).toEqual(["ar"]);
    const refused = await call(listArticles, `/articles?locale=fr`, { key: keys.arabic });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: "locale_forbidden" });
    expect((await call(getArticle, `/articles/${fx.v.fr!.id}`, { params: { id: fx.v.fr!.id }, key: keys.arabic })).status).toBe(404);
  });
});

describe("pagination", () => {
  it("walks every version once while new ones are added between pages", async () => {
    const debate = await db.debate.create({ data: { status: "PUBLISHED", publishedAt: past, translations: { create: [{ locale: "en", title: "Paged", slug: `paged-${uid()}` }] } } });
    const add = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const k = uid();
        await db.article.create({
          data: { sourceLocale: "en", debateId: debate.id, variants: { create: [{ locale: "en", title: k, slug: `p-${k}`, body: paragraphsToDocument(["x"]), status: "PUBLISHED", publishAt: past }] } },
        });
      }
    };
    await add(7);
    const before = (await db.articleVariant.findMany({ where: { article: { debateId: debate.id } }, select: { id: true } })).map((r) => r.id).sort();
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await json(await call(listArticles, `/articles?debate=${debate.id}&limit=3${cursor ? `&cursor=${cursor}` : ""}`));
      seen.push(...page.data.map((d) => d.id as string));
      cursor = page.nextCursor as string | null;
      pages++;
      // Content added while a client pages through: it comes first (newest), so it never shifts the pages ahead.
      await add(2);
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(new Set(seen).size);
    expect(seen.sort()).toEqual(before);
  });

  it("filters by author and by updatedSince", async () => {
    const byAuthor = await json(await call(listArticles, `/articles?author=${fx.author.id}`));
    expect(byAuthor.data.map((d) => d.articleId)).toEqual(expect.arrayContaining([fx.article.id]));
    expect(byAuthor.data.every((d) => d.articleId === fx.article.id)).toBe(true);
    const since = new Date();
    await db.articleVariant.update({ where: { id: fx.v.ar!.id }, data: { summary: "Changed" } });
    const changed = await json(await call(listArticles, `/articles?updatedSince=${encodeURIComponent(since.toISOString())}&debate=${fx.debate.id}`));
    expect(changed.data.map((d) => d.id)).toEqual([fx.v.ar!.id]);
    // A change of the work's shared fields changes every version's JSON: all are found.
    const later = new Date();
    await db.article.update({ where: { id: fx.article.id }, data: { heroCredit: "Photo: someone" } });
    const shared = await json(await call(listArticles, `/articles?updatedSince=${encodeURIComponent(later.toISOString())}&debate=${fx.debate.id}`));
    expect(shared.data.map((d) => d.locale).sort()).toEqual(["ar", "en", "pt"]);
    expect(shared.data[0]!.heroImage).toMatchObject({ credit: "Photo: someone" });
  });
});

describe("conditional requests", () => {
  it("answers 304 to If-None-Match with the current ETag, and 200 with a new one after a change", async () => {
    const path = `/articles/${fx.v.en!.id}`;
    const params = { id: fx.v.en!.id };
    const first = await call(getArticle, path, { params });
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=20, stale-while-revalidate=20");
    expect(first.headers.get("vary")).toBe("Authorization");
    const again = await call(getArticle, path, { params, headers: { "if-none-match": `W/${etag}, "other"` } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    await db.articleVariant.update({ where: { id: fx.v.en!.id }, data: { title: `en title ${fx.key} (updated)` } });
    const changed = await call(getArticle, path, { params, headers: { "if-none-match": etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });
});

describe("errors and CORS", () => {
  it("names the bad parameter in a 400 problem", async () => {
    for (const [query, parameter] of [
      ["limit=0", "limit"],
      ["limit=abc", "limit"],
      ["locale=xx", "locale"],
      ["colour=red", "colour"],
      ["cursor=nonsense", "cursor"],
      ["updatedSince=yesterday", "updatedSince"],
      ["locale=en&locale=ar", "locale"],
    ]) {
      const response = await call(listArticles, `/articles?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(await response.json()).toMatchObject({ status: 400, code: "bad_parameter", parameter });
    }
    expect(await (await call(listDebates, "/debates")).json()).toMatchObject({ code: "bad_parameter", parameter: "locale" });
    expect(await (await call(getArticleBySlug, "/articles/by-slug/xx/a", { params: { locale: "xx", slug: "a" } })).json()).toMatchObject({ parameter: "locale" });
  });

  it("answers any other path with a 404 problem", async () => {
    const response = unknown();
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ code: "not_found" });
  });

  it("refuses a malformed or unknown key with 401", async () => {
    for (const authorization of ["Bearer nope", "Basic abc", `Bearer ppk_${"a".repeat(43)}`]) {
      const response = await listArticles(new Request("http://localhost/api/v1/articles", { headers: { authorization } }), { params: Promise.resolve({}) });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ code: "invalid_key" });
    }
  });

  it("allows GET from any origin, with a key", async () => {
    const preflight = await articlesPreflight();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-headers")).toContain("Authorization");
    expect((await call(listArticles, "/articles?limit=1")).headers.get("access-control-allow-origin")).toBe("*");
  });
});
