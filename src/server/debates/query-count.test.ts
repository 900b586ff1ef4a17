import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { paragraphsToDocument } from "@/lib/rich-text/document";
import { getArticleBySlug } from "../articles/queries";
import { db } from "../db";
import { getDebateArticles, getDebateBySlug } from "./queries";

// No N+1: the SQL a public page sends must not grow with what it lists. Counted
// where it leaves the app — every statement the pg driver sends (Prisma's adapter
// runs on it) — while loading exactly the data the debate and article pages load.

let statements: string[] = [];
beforeEach(() => {
  statements = [];
  const original = pg.Client.prototype.query;
  vi.spyOn(pg.Client.prototype, "query").mockImplementation(function (this: pg.Client, ...args: unknown[]) {
    const first = args[0];
    statements.push(typeof first === "string" ? first : String((first as { text?: string })?.text ?? ""));
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original);
});
afterEach(() => vi.restoreAllMocks());

async function counted<T>(load: () => Promise<T>): Promise<{ result: T; queries: number }> {
  statements = [];
  const result = await load();
  return { result, queries: statements.filter((s) => s.trim() !== "").length };
}

const unique = () => randomUUID().slice(0, 8);

async function createDebate() {
  const id = unique();
  const debate = await db.debate.create({
    data: {
      status: "PUBLISHED",
      sourceLocale: "en",
      publishedAt: new Date(),
      translations: { create: [{ locale: "en", title: `Debate ${id}`, slug: `debate-${id}` }, { locale: "ar", title: `نقاش ${id}`, slug: `نقاش-${id}` }] },
    },
  });
  return { id: debate.id, slug: `debate-${id}` };
}

/** `n` more published articles in the debate, each in English and Arabic, by two authors. */
async function addArticles(debateId: string, n: number): Promise<string[]> {
  const slugs: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = unique();
    const authors = await Promise.all(
      [0, 1].map((k) => db.author.create({ data: { name: `Author ${id}-${k}`, slug: `author-${id}-${k}` } })),
    );
    await db.article.create({
      data: {
        debateId,
        sourceLocale: "en",
        authors: { create: authors.map((a, position) => ({ authorId: a.id, position })) },
        variants: {
          create: ["en", "ar"].map((locale) => ({
            locale,
            title: `${locale} ${id}`,
            slug: `${locale}-${id}`,
            summary: "summary",
            body: paragraphsToDocument([`Text ${id}`]),
            status: "PUBLISHED" as const,
            publishAt: new Date(Date.now() - 60_000),
          })),
        },
      },
    });
    slugs.push(`en-${id}`);
  }
  return slugs;
}

describe("public pages send as many queries for 100 articles as for 10 (no N+1)", () => {
  it("the debate page's data", async () => {
    const debate = await createDebate();
    await addArticles(debate.id, 10);
    const loadPage = async () => {
      const lookup = await getDebateBySlug("en", debate.slug);
      if (lookup?.kind !== "found") throw new Error("debate not found");
      return getDebateArticles(lookup.debate.id, "en");
    };
    const ten = await counted(loadPage);
    expect(ten.result).toHaveLength(10);
    expect(ten.result.every((item) => item.authors.length === 2 && item.languages.length === 2)).toBe(true);

    await addArticles(debate.id, 90);
    const hundred = await counted(loadPage);
    expect(hundred.result).toHaveLength(100);
    expect(hundred.queries).toBe(ten.queries);
    expect(ten.queries).toBeGreaterThan(0);
  });

  it("an article page's data, whatever the size of its debate", async () => {
    const debate = await createDebate();
    const [slug] = await addArticles(debate.id, 10);
    const loadPage = () => getArticleBySlug("en", slug!);
    const ten = await counted(loadPage);
    expect(ten.result?.kind).toBe("found");

    await addArticles(debate.id, 90);
    const hundred = await counted(loadPage);
    expect(hundred.result?.kind).toBe("found");
    expect(hundred.queries).toBe(ten.queries);
    expect(ten.queries).toBeGreaterThan(0);
  });
});
