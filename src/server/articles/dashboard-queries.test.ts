import { describe, expect, it } from "vitest";
import { paragraphsToDocument } from "@/lib/rich-text/document";
import { makeActor, uid } from "../../../test/support/actors";
import { db } from "../db";
import { listDashboardArticles } from "./dashboard-queries";

const body = paragraphsToDocument(["Body."]);

/** One work per title (English), updated in the order given: the last is the newest change. */
async function works(titles: string[], { trashed = false } = {}) {
  const ids: string[] = [];
  for (const [i, title] of titles.entries()) {
    const article = await db.article.create({
      data: {
        sourceLocale: "en",
        deletedAt: trashed ? new Date() : null,
        variants: { create: { locale: "en", title, slug: `t-${uid()}`, body, updatedAt: new Date(Date.now() + i * 1000) } },
      },
      select: { variants: { select: { id: true } } },
    });
    ids.push(article.variants[0]!.id);
  }
  return ids;
}

describe("the articles list's title search (dashboard)", () => {
  it("takes % and _ as the characters typed, not as wildcards", async () => {
    const editor = await makeActor("EDITOR");
    const key = uid();
    await works([`Rates ${key}50% higher`, `Rates ${key}50 higher`, `snake ${key}_case`, `snake ${key}Xcase`]);
    const titles = async (q: string) => (await listDashboardArticles(editor, { q })).rows.map((r) => r.title);
    expect(await titles(`${key}50% higher`)).toEqual([`Rates ${key}50% higher`]);
    expect(await titles(`${key}_case`)).toEqual([`snake ${key}_case`]);
    // A backslash is a character too (it used to escape the closing %: "50\\" found "50%").
    expect(await titles(`${key}50\\`)).toEqual([]);
  });

  it("lists every match, newest change first, page after page, and none from the trash", async () => {
    const editor = await makeActor("EDITOR");
    const key = uid();
    const live = await works(Array.from({ length: 30 }, (_, i) => `Debate ${key} part ${i}`));
    await works([`Debate ${key} trashed`], { trashed: true });
    const first = await listDashboardArticles(editor, { q: key.toUpperCase() });
    expect(first.rows.map((r) => r.variantId)).toEqual([...live].reverse().slice(0, 25));
    const second = await listDashboardArticles(editor, { q: key, after: first.next! });
    expect(second.rows.map((r) => r.variantId)).toEqual([...live].reverse().slice(25));
    expect(second.next).toBeNull();
    // Two letters (too short for the title index) find the same way.
    const short = await listDashboardArticles(editor, { q: "29", take: 100 });
    expect(short.rows.map((r) => r.variantId)).toContain(live[29]);
    expect(short.rows.every((r) => r.title.includes("29"))).toBe(true);
    const trash = await listDashboardArticles(editor, { q: key, trashed: true });
    expect(trash.rows.map((r) => r.title)).toEqual([`Debate ${key} trashed`]);
  });
});
