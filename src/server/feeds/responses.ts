import "server-only";
import { getTranslations } from "next-intl/server";
import { isLocale } from "@/i18n/locales";
import { absoluteUrl, paths } from "@/lib/urls";
import { getFeedDebate, getFeedItems } from "./queries";
import { FEED_CONTENT_TYPES, renderFeed, type FeedFormat } from "./render-feed";

// The feed routes' whole job, so that the route files stay one line each:
// validate the locale (and debate), query, render, answer with the right type.

/** The path of the Atom version of a locale's feed (the RSS one is paths.feed()). */
export const atomFeedPath = paths.atomFeed;

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

function feedResponse(xml: string, format: FeedFormat): Response {
  return new Response(xml, {
    headers: { "Content-Type": FEED_CONTENT_TYPES[format], "X-Content-Type-Options": "nosniff" },
  });
}

/** Route params arrive decoded or not depending on the runtime; a slug never contains "%" itself. */
function decodeParam(value: string): string {
  try {
    return /%[0-9A-Fa-f]{2}/.test(value) ? decodeURIComponent(value) : value;
  } catch {
    return value;
  }
}

/** /{locale}/feed.xml (RSS) and /{locale}/atom.xml (Atom): the latest articles in that language. */
export async function localeFeedResponse(localeParam: string, format: FeedFormat): Promise<Response> {
  if (!isLocale(localeParam)) return notFound();
  const locale = localeParam;
  const [t, items] = await Promise.all([getTranslations({ locale, namespace: "Metadata" }), getFeedItems(locale)]);
  const xml = renderFeed(
    {
      locale,
      title: t("siteName"),
      description: t("tagline"),
      pageUrl: absoluteUrl(locale, paths.home()),
      selfUrl: absoluteUrl(locale, format === "atom" ? atomFeedPath() : paths.feed()),
      items,
    },
    format,
  );
  return feedResponse(xml, format);
}

/** /{locale}/debates/{slug}/feed.xml: the latest articles of one debate in that language (RSS). */
export async function debateFeedResponse(localeParam: string, slugParam: string): Promise<Response> {
  if (!isLocale(localeParam)) return notFound();
  const locale = localeParam;
  const debate = await getFeedDebate(locale, decodeParam(slugParam));
  if (!debate) return notFound();
  const [t, items] = await Promise.all([
    getTranslations({ locale, namespace: "Metadata" }),
    getFeedItems(locale, { debateId: debate.id }),
  ]);
  const xml = renderFeed(
    {
      locale,
      title: `${debate.title} — ${t("siteName")}`,
      description: debate.subtitle || t("tagline"),
      pageUrl: absoluteUrl(locale, paths.debate(debate.slug)),
      selfUrl: absoluteUrl(locale, paths.debateFeed(debate.slug)),
      items,
    },
    "rss",
  );
  return feedResponse(xml, "rss");
}
