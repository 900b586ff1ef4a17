import { localeFeedResponse } from "@/server/feeds/responses";

// RSS 2.0 of the latest articles in this locale (Atom: ../atom.xml). Cached and
// rebuilt at most every 5 minutes, which also bounds how late a scheduled
// article shows up. Nothing is built at build time (no database then).
// A scheduled article must appear within a minute of its time, feeds included.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return localeFeedResponse((await params).locale, "rss");
}
