import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentImages, documentToPlainText, type RichTextNode } from "@/lib/rich-text/document";
import { validateRichText } from "@/lib/rich-text/schema";
import { getArticleBySlug } from "../articles/queries";
import { verifyPassword } from "../auth/password";
import { db } from "../db";
import { getDebateArticles, getPublishedDebates } from "../debates/queries";
import { mediaFileExists } from "../media/storage";
import { slugify } from "@/lib/slug";
import { articles } from "../../../prisma/seed/data/internationalizing-human-rights";
import { seedDemo } from "./demo";

let mediaDir: string;
const previousMediaDir = process.env.MEDIA_DIR;
beforeAll(async () => {
  mediaDir = await mkdtemp(path.join(os.tmpdir(), "demo-media-"));
  process.env.MEDIA_DIR = mediaDir;
});
afterAll(async () => {
  process.env.MEDIA_DIR = previousMediaDir;
  await rm(mediaDir, { recursive: true, force: true });
});

describe("demo seed", () => {
  it("seeds the real debate with its 31 articles, ordered authors and our own complete article, idempotently", async () => {
    const first = await seedDemo(db, { accounts: true, password: "correct horse battery" });
    // 32 on an empty database; 0 when another test file (alternates.test.ts) seeded it first.
    expect([0, 32]).toContain(first.createdArticles);
    expect(first.createdAccounts.map((a) => a.role).sort()).toEqual(["ADMIN", "EDITOR", "TRANSLATOR"]);

    const again = await seedDemo(db, { accounts: true });
    expect(again).toEqual({ createdArticles: 0, createdVariants: 0, createdAccounts: [] });

    const debate = (await getPublishedDebates("en", { take: 1000 })).find((d) => d.title === "Internationalizing Human Rights Organizations");
    expect(debate).toMatchObject({ subtitle: "Why, how, and at what cost?" });
    // Its hero image: ours, generated for the demo, with its credit line and an alt text in every language.
    expect(debate!.hero).toMatchObject({ width: 1600, height: 900, credit: "Polyglot Press (generated illustration, CC0)", altLocale: "en" });
    expect(await mediaFileExists(debate!.hero!.src.replace("/media/", ""))).toBe(true);
    expect((await getPublishedDebates("he", { take: 1000 })).find((d) => d.id === debate!.id)!.hero).toMatchObject({ altLocale: "he", alt: expect.stringContaining("גלובוס") });

    const items = await getDebateArticles(debate!.id, "en");
    expect(items).toHaveLength(32);
    // The newest: the staff article, complete in English, Arabic and Hebrew.
    expect(items[0]!.title).toBe("Regardless of frontiers: reading one debate in six languages");
    expect(items[0]!.languages.map((l) => l.locale).sort()).toEqual(["ar", "en", "he"]);
    expect(items[1]!.title).toBe("The hazards of international NGOs going local");
    expect(items.at(-1)!.authors.map((a) => a.name)).toEqual(["James Ron", "Archana Pandya"]);
    const funding = items.find((i) => i.title === "Addressing systemic inequality in human rights funding")!;
    expect(funding.authors.map((a) => a.name)).toEqual(["Barbara Klugman", "Ravindran Daniel", "Denise Dora", "Maimouna Jallow"]);
    // "Español | Français | العربية" on the page: those language versions exist.
    const stanley = items.find((i) => i.authors[0]?.name === "Stanley Ibe")!;
    expect(stanley.languages.map((l) => l.locale).sort()).toEqual(["ar", "en", "es", "fr"]);

    // In Hebrew, the one Hebrew article is shown in Hebrew, the others are still listed.
    const hebrew = await getDebateArticles(debate!.id, "he");
    expect(hebrew).toHaveLength(32);
    expect(hebrew.filter((i) => i.inReaderLocale).map((i) => i.authors[0]?.name)).toEqual(["Noor Castellanos", "Jessica Montell"]);
  });

  it("gives each transcribed article an editor's note, in its language, pointing at the full text — never the teaser twice", async () => {
    await seedDemo(db);
    const hazards = articles[0]!.variants;
    for (const [locale, title, words] of [
      ["en", hazards.en.title, "Editor’s note"],
      ["ar", hazards.ar!.title, "ملاحظة المحرّر"],
      ["es", hazards.es!.title, "Nota de la redacción"],
    ] as const) {
      const slug = slugify(title);
      const lookup = await getArticleBySlug(locale, slug);
      expect(lookup?.kind, `${locale} ${slug}`).toBe("found");
      const article = lookup!.kind === "found" ? lookup!.article : null!;
      const body = documentToPlainText(article.body as RichTextNode);
      expect(body).toContain(words);
      expect(body).toContain("Mona Younis");
      expect(body).toContain("https://www.openglobalrights.org/the-hazards-of-international-ngos-going-local/");
      expect(body).not.toContain(article.summary.replace(" …", ""));
      expect(validateRichText(article.body)).toMatchObject({ ok: true });
    }
  });

  it("writes one complete article with headings, a quotation, a list, a link and an image, in both directions", async () => {
    await seedDemo(db);
    // Arabic joins articles and prepositions to the word: fewer, longer words for the same text.
    for (const [locale, title, minWords] of [
      ["en", "Regardless of frontiers: reading one debate in six languages", 1000],
      ["ar", "دونما اعتبار للحدود: قراءة نقاش واحد بستّ لغات", 800],
      ["he", "בלי סייגים של גבולות: לקרוא דיון אחד בשש שפות", 800],
    ] as const) {
      // The seed's debate by name: other test files publish debates of their own meanwhile.
      const { debateId } = await db.debateTranslation.findFirstOrThrow({ where: { locale: "en", title: "Internationalizing Human Rights Organizations" } });
      const items = await getDebateArticles(debateId, locale);
      const lookup = await getArticleBySlug(locale, items.find((i) => i.title === title)!.slug);
      const article = lookup!.kind === "found" ? lookup!.article : null!;
      expect(validateRichText(article.body)).toMatchObject({ ok: true });
      const blocks = (article.body as RichTextNode).content!.map((b) => b.type);
      for (const type of ["heading", "blockquote", "bulletList", "image"]) expect(blocks, `${locale} ${type}`).toContain(type);
      expect(JSON.stringify(article.body)).toContain('"type":"link"');
      const [image] = documentImages(article.body as RichTextNode);
      expect(await mediaFileExists(image!.src.replace("/media/", ""))).toBe(true);
      expect(image!.alt.length).toBeGreaterThan(20);
      expect(article.authors).toEqual([{ name: "Noor Castellanos", slug: "noor-castellanos" }]);
      expect(article.hero?.altLocale).toBe(locale);
      const words = documentToPlainText(article.body as RichTextNode).split(/\s+/).length;
      expect(words).toBeGreaterThan(minWords);
    }
  });

  it("stores staff passwords hashed, never in clear", async () => {
    await seedDemo(db, { accounts: true, password: "correct horse battery" });
    const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@example.com" } });
    expect(admin.passwordHash).not.toContain("correct horse battery");
    expect(await verifyPassword(admin.passwordHash, "correct horse battery")).toBe(true);
    expect(await verifyPassword(admin.passwordHash, "wrong")).toBe(false);
  });
});
