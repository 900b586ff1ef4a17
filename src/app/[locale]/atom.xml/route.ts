import { localeFeedResponse } from "@/server/feeds/responses";

// Atom 1.0 of the latest articles in this locale: the same items as ../feed.xml.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return localeFeedResponse((await params).locale, "atom");
}
