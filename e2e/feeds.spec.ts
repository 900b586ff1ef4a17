import { expect, test } from "@playwright/test";
import { e2ePort } from "./support/env";

// What machines read: feeds, the sitemap, robots.txt — on the seeded demo debate.

test.describe("feeds", () => {
  test("/en/feed.xml is RSS 2.0 of English articles, newest first", async ({ request }) => {
    const response = await request.get("/en/feed.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
    const xml = await response.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<rss /);
    expect(xml).toContain("<language>en</language>");
    expect(xml).toMatch(/<atom:link href="[^"]*\/en\/feed\.xml" rel="self" type="application\/rss\+xml"\/>/);
    // Newest first (other tests publish articles too, so the first item is not always the seed's).
    const firstItem = xml.slice(xml.indexOf("<item>"));
    expect(firstItem).toMatch(/^<item>\s*<link>http[^<]*\/en\/articles\/[^<]+<\/link>/);
    const dates = [...xml.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((m) => Date.parse(m[1]!));
    expect(dates.length).toBeGreaterThan(10);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(xml).toContain("<title>The hazards of international NGOs going local</title>");
    expect(xml).toContain("<dc:creator>Mona Younis</dc:creator>");
    expect(xml.match(/<item>/g)!.length).toBeLessThanOrEqual(50);
  });

  test("/ar/feed.xml carries Arabic titles; /ar/atom.xml is the same in Atom", async ({ request }) => {
    const rss = await request.get("/ar/feed.xml");
    expect(rss.status()).toBe(200);
    const xml = await rss.text();
    expect(xml).toContain("<language>ar</language>");
    expect(xml).toContain("مخاطر تحوّل المنظمات غير الحكومية الدولية إلى منظمات محلية");
    expect(xml).not.toContain("The hazards of international NGOs going local");

    const atom = await request.get("/ar/atom.xml");
    expect(atom.status()).toBe(200);
    expect(atom.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const atomXml = await atom.text();
    expect(atomXml).toContain('<feed xml:lang="ar" xmlns="http://www.w3.org/2005/Atom">');
    expect(atomXml).toContain("مخاطر تحوّل المنظمات غير الحكومية الدولية إلى منظمات محلية");
  });

  test("a debate has its own feed in each of its languages", async ({ request }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    const debateUrl = sitemap.match(/<loc>(https?:\/\/[^<]+\/ar\/debates\/[^<]+)<\/loc>/)![1]!;
    const response = await request.get(`${new URL(debateUrl).pathname}/feed.xml`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
    const xml = await response.text();
    expect(xml).toContain("<title>تدويل منظمات حقوق الإنسان — ");
    expect(xml).toContain("مخاطر تحوّل المنظمات غير الحكومية الدولية إلى منظمات محلية");
  });

  test("a request other than GET to a feed is refused and changes nothing readers get", async ({ request }) => {
    // Feeds no other test reads, asked first with another method: Next caches a feed's
    // answer whatever the method (one DELETE made /en/atom.xml a 405 for every reader).
    for (const [path, type] of [
      ["/pt/atom.xml", "application/atom+xml; charset=utf-8"],
      ["/he/atom.xml", "application/atom+xml; charset=utf-8"],
      ["/es/feed.xml", "application/rss+xml; charset=utf-8"],
    ] as const) {
      for (const method of ["DELETE", "POST", "PUT", "PATCH", "OPTIONS"]) {
        const refused = await request.fetch(path, { method, data: method === "OPTIONS" || method === "DELETE" ? undefined : "x" });
        expect(refused.status(), `${method} ${path}`).toBe(405);
        expect(refused.headers()["allow"]).toBe("GET, HEAD");
      }
      const feed = await request.get(path);
      expect(feed.status(), path).toBe(200);
      expect(feed.headers()["content-type"]).toBe(type);
      expect(await feed.text()).toMatch(/^<\?xml /);
    }
  });

  test("an unknown locale or debate has no feed", async ({ request }) => {
    expect((await request.get("/xx/feed.xml")).status()).toBe(404);
    expect((await request.get("/xx/atom.xml")).status()).toBe(404);
    expect((await request.get("/en/debates/no-such-debate/feed.xml")).status()).toBe(404);
  });
});

test.describe("sitemap and robots", () => {
  test("/sitemap.xml lists articles with their hreflang alternates", async ({ request }) => {
    const response = await request.get("/sitemap.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("xml");
    const xml = await response.text();
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    const urls = xml.split("<url>").slice(1);
    const article = urls.find((u) => /<loc>[^<]*\/en\/articles\/[^<]+<\/loc>/.test(u) && u.includes('hreflang="ar"'));
    expect(article, "an English article with an Arabic alternate").toBeDefined();
    expect(article).toMatch(/<xhtml:link rel="alternate" hreflang="en" href="[^"]*\/en\/articles\/[^"]+" \/>/);
    expect(article).toMatch(/<xhtml:link rel="alternate" hreflang="ar" href="[^"]*\/ar\/articles\/[^"]+" \/>/);
    expect(article).toMatch(/<xhtml:link rel="alternate" hreflang="x-default" href="[^"]*\/en\/articles\/[^"]+" \/>/);
    expect(article).toMatch(/<lastmod>\d{4}-\d\d-\d\dT[^<]+<\/lastmod>/);
    // 81 language versions in the demo, each listed once.
    expect(urls.filter((u) => /<loc>[^<]*\/articles\//.test(u)).length).toBeGreaterThanOrEqual(81);
  });

  test("/robots.txt allows the site, keeps crawlers out of the dashboard, and points to the sitemap", async ({ request }) => {
    const response = await request.get("/robots.txt");
    expect(response.status()).toBe(200);
    const text = await response.text();
    // The runtime site URL: by default the address npm start serves on (here the e2e port), not the build's.
    expect(text).toMatch(new RegExp(`^Sitemap: http://localhost:${e2ePort}/sitemap\\.xml$`, "m"));
    expect(text).toContain("Allow: /");
    expect(text).toContain("Disallow: /en/dashboard");
    expect(text).toContain("Disallow: /api/");
  });
});
