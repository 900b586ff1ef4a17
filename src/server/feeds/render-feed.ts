import "server-only";
import { Feed, type Item } from "feed";
import type { Locale } from "@/i18n/locales";
import { absoluteUrl, paths } from "@/lib/urls";
import type { FeedItem } from "./queries";
import { addRootAttributes, escapeMarkup, xmlJsText } from "./xml";

// RSS 2.0 and Atom 1.0 through the `feed` package, with every piece of
// author-written text made safe before it gets there:
// - RSS <title> is plain text: we write it as an escaped text node (the
//   package would wrap it raw in CDATA, where "<script" stays "<script" and a
//   second "]]>" ends the section early).
// - RSS <description> and Atom type="html" elements are HTML: the plain text
//   is HTML-escaped, so the CDATA holds no "<" and no "]]>" at all.
// - Names and feed titles are text nodes (see xmlJsText).

export type FeedFormat = "rss" | "atom";

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
};

export interface FeedChannel {
  locale: Locale;
  title: string;
  description: string;
  /** The page the feed follows (home or debate page), absolute. */
  pageUrl: string;
  /** This feed's own absolute URL (atom:link rel="self"). */
  selfUrl: string;
  items: FeedItem[];
}

/** A stable id that survives slug changes and moving the site. */
export function feedItemId(variantId: string): string {
  return `urn:polyglot-press:article-variant:${variantId}`;
}

const latest = (a: Date, b: Date) => (a > b ? a : b);

/** The item's last change as readers see it: a scheduled variant changes when it goes live. */
const itemUpdated = (item: FeedItem) => latest(item.updatedAt, item.publishAt);

function channelUpdated(channel: FeedChannel): Date {
  // Stable for an unchanged feed (no "now"), so caches and readers see no spurious change.
  return channel.items.reduce((max, item) => latest(max, itemUpdated(item)), new Date(0));
}

function baseFeed(channel: FeedChannel): Feed {
  return new Feed({
    id: channel.pageUrl,
    title: xmlJsText(channel.title),
    description: xmlJsText(channel.description),
    link: channel.pageUrl,
    feed: channel.selfUrl,
    language: channel.locale,
    updated: channelUpdated(channel),
    generator: false,
  });
}

function itemLink(item: FeedItem): string {
  return absoluteUrl(item.locale, paths.article(item.slug));
}

export function renderRss(channel: FeedChannel): string {
  const feed = baseFeed(channel);
  for (const item of channel.items) {
    const extensions: Item["extensions"] = [{ name: "title", objects: { _text: xmlJsText(item.title) } }];
    if (item.authors.length > 0) {
      // RSS <author> must be an e-mail address; Dublin Core's creator takes a name, one per author, in order.
      // (xml-js writes an array as repeated elements; the package's type only says "object".)
      const creators = item.authors.map((a) => ({ _text: xmlJsText(a.name) }));
      extensions.push({ name: "dc:creator", objects: creators as unknown as Record<string, unknown> });
    }
    if (item.debate) {
      // The debate as the item's category (RSS only: the package writes Atom's category label unescaped).
      extensions.push({
        name: "category",
        objects: { _text: xmlJsText(item.debate.title), _attributes: { domain: absoluteUrl(item.locale, paths.debate(item.debate.slug)) } },
      });
    }
    feed.addItem({
      title: "", // written by the extension above, as text rather than raw CDATA
      link: itemLink(item),
      guid: feedItemId(item.id),
      date: itemUpdated(item),
      published: item.publishAt,
      description: item.summary ? escapeMarkup(item.summary) : undefined,
      extensions,
    });
  }
  return addRootAttributes(feed.rss2(), "rss", { "xmlns:dc": "http://purl.org/dc/elements/1.1/" });
}

export function renderAtom(channel: FeedChannel): string {
  const feed = baseFeed(channel);
  for (const item of channel.items) {
    feed.addItem({
      title: escapeMarkup(item.title), // type="html"
      id: feedItemId(item.id),
      link: itemLink(item),
      date: itemUpdated(item),
      published: item.publishAt,
      description: item.summary ? escapeMarkup(item.summary) : undefined,
      author: item.authors.map((a) => ({ name: xmlJsText(a.name), link: absoluteUrl(item.locale, paths.author(a.slug)) })),
    });
  }
  return addRootAttributes(feed.atom1(), "feed", { "xml:lang": channel.locale });
}

export function renderFeed(channel: FeedChannel, format: FeedFormat): string {
  return format === "atom" ? renderAtom(channel) : renderRss(channel);
}
