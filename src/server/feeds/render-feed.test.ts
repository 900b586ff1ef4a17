import { describe, expect, it } from "vitest";
import { absoluteUrl, paths } from "@/lib/urls";
import { getFeedItems } from "./queries";
import { feedItemId, renderAtom, renderRss, type FeedChannel } from "./render-feed";
import { createArticle, createAuthors, createDebate, day } from "../../../test/support/feed-fixtures";
import { decodeHtmlText, findAll, findOne, parseXml, textOf } from "../../../test/support/parse-xml";

// What an attacker might put in a title: markup, a CDATA terminator (twice:
// xml-js only splits the first), entities, a bidi override, and characters XML
// forbids (Postgres refuses U+0000 itself; the feed title below carries one).
const HOSTILE = `</script><script>alert(1)</script> ]]> & &amp; < > "q" 'a' ]]><b>x</b> \u202Eevil\u202C \u0001\u0007\u0008 end`;
const CLEAN = HOSTILE.replace(/[\u0000-\u0008]/g, "");

async function hostileChannel(): Promise<FeedChannel> {
  const debate = await createDebate({ locales: ["en"] });
  const [first, second] = await createAuthors([`Ann ]]> <i>&amp;`, "Bob Second"]);
  await createArticle({
    debateId: debate.id,
    authors: [first!, second!],
    variants: [{ locale: "en", title: HOSTILE, summary: `Summary ${HOSTILE}`, publishAt: day("2024-05-05") }],
  });
  const items = await getFeedItems("en", { debateId: debate.id });
  expect(items).toHaveLength(1);
  return {
    locale: "en",
    title: `Site &\u0000 ${HOSTILE}`,
    description: `Tagline ]]> <script>`,
    pageUrl: absoluteUrl("en", paths.debate(debate.translations[0]!.slug)),
    selfUrl: absoluteUrl("en", paths.debateFeed(debate.translations[0]!.slug)),
    items,
  };
}

function expectInert(xml: string) {
  expect(xml).not.toMatch(/<script/i);
  expect(xml).not.toMatch(/<\/script/i);
  expect(xml).not.toMatch(/<b>|<i>/);
  expect(xml).not.toMatch(/[\u0000-\u0008]/);
}

describe("feeds render hostile text as inert, well-formed XML", () => {
  it("RSS 2.0: the title round-trips as text, the description as escaped HTML", async () => {
    const channel = await hostileChannel();
    const xml = renderRss(channel);
    expectInert(xml);
    const rss = parseXml(xml);
    expect(rss.name).toBe("rss");
    expect(rss.attributes.version).toBe("2.0");
    const channelEl = findOne(rss, "channel");
    expect(textOf(findOne(channelEl, "title"))).toBe(`Site & ${CLEAN}`);
    expect(textOf(findOne(channelEl, "language"))).toBe("en");
    const self = findAll(channelEl, "atom:link").find((l) => l.attributes.rel === "self");
    expect(self?.attributes.href).toBe(channel.selfUrl);

    const [item, ...rest] = findAll(rss, "item");
    expect(rest).toHaveLength(0);
    expect(textOf(findOne(item!, "title"))).toBe(CLEAN);
    expect(decodeHtmlText(textOf(findOne(item!, "description")))).toBe(`Summary ${CLEAN}`);
    expect(textOf(findOne(item!, "link"))).toBe(absoluteUrl("en", paths.article(channel.items[0]!.slug)));
    const guid = findOne(item!, "guid");
    expect(textOf(guid)).toBe(feedItemId(channel.items[0]!.id));
    expect(guid.attributes.isPermaLink).toBe("false");
    expect(textOf(findOne(item!, "pubDate"))).toBe(day("2024-05-05").toUTCString());
    expect(findAll(item!, "dc:creator").map(textOf)).toEqual(["Ann ]]> <i>&amp;", "Bob Second"]);
    const category = findOne(item!, "category");
    expect(textOf(category)).toBe(channel.items[0]!.debate!.title);
    expect(category.attributes.domain).toBe(channel.pageUrl);
    expect(rss.attributes["xmlns:dc"]).toBe("http://purl.org/dc/elements/1.1/");
  });

  it("Atom 1.0: type=html titles decode to the original, names and feed title are text", async () => {
    const channel = await hostileChannel();
    const xml = renderAtom({ ...channel, selfUrl: channel.selfUrl.replace("feed.xml", "atom.xml") });
    expectInert(xml);
    const feed = parseXml(xml);
    expect(feed.name).toBe("feed");
    expect(feed.attributes["xml:lang"]).toBe("en");
    expect(textOf(findAll(feed, "title")[0]!)).toBe(`Site & ${CLEAN}`);
    const entry = findOne(feed, "entry");
    const title = findOne(entry, "title");
    expect(title.attributes.type).toBe("html");
    expect(decodeHtmlText(textOf(title))).toBe(CLEAN);
    expect(textOf(findOne(entry, "id"))).toBe(feedItemId(channel.items[0]!.id));
    expect(textOf(findOne(entry, "published"))).toBe(day("2024-05-05").toISOString());
    expect(findAll(entry, "author").map((a) => textOf(findOne(a, "name")))).toEqual(["Ann ]]> <i>&amp;", "Bob Second"]);
  });

  it("keeps the bidi override as a character (legal XML, escaped context) and drops what XML forbids", async () => {
    const xml = renderRss(await hostileChannel());
    expect(xml).toContain("\u202Eevil");
    expect(() => parseXml(xml)).not.toThrow();
    // The checker itself rejects what it should.
    expect(() => parseXml("<a>]]></a>")).toThrow();
    expect(() => parseXml("<a><![CDATA[x]]>]]></a>")).toThrow();
    expect(() => parseXml("<a>\u0000</a>")).toThrow();
    expect(() => parseXml("<a>x & y</a>")).toThrow();
  });
});
