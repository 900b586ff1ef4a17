import { localeFeedResponse } from "@/server/feeds/responses";

// Atom 1.0 of the latest articles in this locale: the same items as ../feed.xml.
// A scheduled article must appear within a minute of its time, feeds included.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return localeFeedResponse((await params).locale, "atom");
}
