import { createApiKey } from "@/server/api-keys/mutations";
import { paragraphsToDocument } from "@/lib/rich-text/document";
import { db } from "@/server/db";
import { makeActor, uid } from "./actors";

// The content API's route handlers, called with a Request as Next calls them,
// and the content its tests read.

export type Handler<P> = (request: Request, route: { params: Promise<P> }) => Promise<Response>;

export const call = <P extends object>(handler: Handler<P>, path: string, { params = {} as P, key, headers = {} }: { params?: P; key?: string; headers?: Record<string, string> } = {}) =>
  handler(new Request(`http://localhost/api/v1${path}`, { headers: { ...headers, ...(key ? { authorization: `Bearer ${key}` } : {}) } }), { params: Promise.resolve(params) });

export const json = async (response: Response) => (await response.json()) as Record<string, unknown> & { data: Record<string, unknown>[] };

export const past = new Date(Date.now() - 3600_000);
const future = new Date(Date.now() + 86_400_000);

/** A published debate (en, ar) with an author, a hero image and one work: en and ar public, fr a draft, es scheduled for tomorrow, pt live with pending changes. */
export async function contentFixture(word: string) {
  const key = uid();
  const media = await db.media.create({
    data: { storageKey: `${key}0000000000000000000000000000.png`.slice(0, 32) + ".png", originalName: "hero.png", mimeType: "image/png", size: 10, width: 4, height: 3, alts: { create: [{ locale: "en", alt: "A hero" }] } },
  });
  const hidden = await db.media.create({ data: { storageKey: `${key}1111111111111111111111111111.png`.slice(0, 32) + ".png", originalName: "draft.png", mimeType: "image/png", size: 10 } });
  const author = await db.author.create({ data: { name: `Author ${key}`, slug: `author-${key}`, bios: { create: [{ locale: "en", bio: "Writes." }, { locale: "ar", bio: "يكتب." }] } } });
  const debate = await db.debate.create({
    data: {
      status: "PUBLISHED",
      publishedAt: past,
      heroImageId: media.id,
      translations: { create: [{ locale: "en", title: `Debate ${key}`, slug: `debate-${key}` }, { locale: "ar", title: `نقاش ${key}`, slug: `نقاش-${key}` }] },
    },
  });
  const draftDebate = await db.debate.create({ data: { status: "DRAFT", translations: { create: [{ locale: "en", title: `Draft debate ${key}`, slug: `draft-debate-${key}` }] } } });
  const version = (locale: string, status: "DRAFT" | "PUBLISHED" | "SCHEDULED", publishAt: Date | null, text = "Body.") => ({
    locale,
    title: `${locale} title ${key}`,
    slug: `${locale}-${key}`,
    summary: `${locale} summary`,
    body: paragraphsToDocument([text, "<script>alert(1)</script>"]),
    status,
    publishAt,
    publishedAt: status === "PUBLISHED" ? publishAt : null,
  });
  const article = await db.article.create({
    data: {
      sourceLocale: "en",
      debateId: debate.id,
      heroImageId: media.id,
      authors: { create: [{ authorId: author.id, position: 0 }] },
      variants: {
        create: [
          version("en", "PUBLISHED", past),
          version("ar", "PUBLISHED", past),
          version("fr", "DRAFT", null, `Secret ${word}`),
          version("es", "SCHEDULED", future, `Embargoed ${word}`),
          version("pt", "PUBLISHED", past),
        ],
      },
    },
    include: { variants: true },
  });
  const v = Object.fromEntries(article.variants.map((x) => [x.locale, x]));
  await db.pendingChange.create({
    data: { kind: "VARIANT", recordId: v.pt!.id, locale: "pt", needsReview: true, data: { title: `Pending ${word}`, slug: v.pt!.slug, summary: "", body: paragraphsToDocument(["Pending."]), translators: [] } },
  });
  return { key, media, hidden, author, debate, draftDebate, article, v };
}

/** An admin and three keys: content:read; drafts:read; drafts:read in Arabic only. */
export async function apiKeysFixture() {
  const admin = await makeActor("ADMIN");
  const keys = {
    content: (await createApiKey(admin, { name: "partner", scopes: ["content:read"] })).secret,
    drafts: (await createApiKey(admin, { name: "preview app", scopes: ["drafts:read"] })).secret,
    arabic: (await createApiKey(admin, { name: "arabic partner", scopes: ["drafts:read"], locales: ["ar"] })).secret,
  };
  return { admin, keys };
}
