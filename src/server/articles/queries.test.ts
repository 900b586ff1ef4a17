import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { paragraphsToDocument } from "@/lib/rich-text/document";
import { db } from "../db";
import { getArticleBySlug } from "./queries";

const id = () => randomUUID().slice(0, 8);
const body = paragraphsToDocument(["Body."]);
const past = new Date(Date.now() - 3600_000);

async function work(variants: { locale: string; status?: "DRAFT" | "PUBLISHED" | "SCHEDULED"; publishAt?: Date; translators?: string[] }[]) {
  const key = id();
  const article = await db.article.create({
    data: {
      sourceLocale: "en",
      variants: {
        create: variants.map((v) => ({
          locale: v.locale,
          title: `${v.locale} title ${key}`,
          slug: `${v.locale}-slug-${key}`,
          body,
          status: v.status ?? "PUBLISHED",
          publishAt: v.publishAt ?? past,
          translators: v.translators ?? [],
        })),
      },
    },
  });
  return { article, slug: (locale: string) => `${locale}-slug-${key}` };
}

describe("what the language switcher and article URLs resolve to", () => {
  it("finds the variant of the reader's locale by its own slug", async () => {
    const { slug } = await work([{ locale: "en" }, { locale: "ar", translators: ["Layla Haddad"] }]);
    const result = await getArticleBySlug("ar", slug("ar"));
    expect(result).toMatchObject({ kind: "found", article: { locale: "ar", translators: ["Layla Haddad"], sourceLocale: "en" } });
    if (result?.kind === "found") expect(result.article.languages.map((l) => l.locale)).toEqual(["ar", "en"]);
  });

  it("sends another locale's slug to this locale's own version", async () => {
    const { slug } = await work([{ locale: "en" }, { locale: "es" }]);
    expect(await getArticleBySlug("es", slug("en"))).toEqual({ kind: "redirect", slug: slug("es") });
  });

  it("explains, with the languages it exists in, when there is no version in this locale", async () => {
    const { slug } = await work([{ locale: "en" }, { locale: "fr" }, { locale: "he", status: "DRAFT" }]);
    const result = await getArticleBySlug("he", slug("en"));
    expect(result).toMatchObject({ kind: "unavailable", titleLocale: "en" });
    // The Hebrew draft is not a language readers can switch to.
    if (result?.kind === "unavailable") expect(result.languages.map((l) => l.locale)).toEqual(["en", "fr"]);
  });

  it("treats drafts and future-scheduled variants as absent", async () => {
    const future = new Date(Date.now() + 3600_000);
    const { slug } = await work([
      { locale: "en", status: "DRAFT" },
      { locale: "es", status: "SCHEDULED", publishAt: future },
    ]);
    expect(await getArticleBySlug("en", slug("en"))).toBeNull();
    expect(await getArticleBySlug("es", slug("es"))).toBeNull();
    expect(await getArticleBySlug("fr", slug("es"))).toBeNull();
  });

  it("shows a scheduled variant once its time has passed, with no job to run", async () => {
    const { article, slug } = await work([{ locale: "en", status: "SCHEDULED", publishAt: new Date(Date.now() + 60_000) }]);
    expect(await getArticleBySlug("en", slug("en"))).toBeNull();
    await db.articleVariant.updateMany({ where: { articleId: article.id }, data: { publishAt: new Date(Date.now() - 1000) } });
    expect(await getArticleBySlug("en", slug("en"))).toMatchObject({ kind: "found" });
  });
});
