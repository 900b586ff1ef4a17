import { debateFeedResponse } from "@/server/feeds/responses";

// RSS 2.0 of one debate's latest articles in this locale; [slug] is the
// debate's slug in this locale. Cached like the locale feeds.
// A scheduled article must appear within a minute of its time, feeds included.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  return debateFeedResponse(locale, slug);
}
