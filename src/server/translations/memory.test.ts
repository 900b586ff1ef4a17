import { beforeAll, describe, expect, it } from "vitest";
import { paragraphsToDocument } from "@/lib/rich-text/document";
import { createArticle, saveVariant, transitionVariant } from "../articles/mutations";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import { ForbiddenError } from "../errors";
import { makeActor, uid } from "../../../test/support/actors";
import { memoryMatches, memoryMatchesForBlocks } from "./memory";
import { startTranslation } from "./translate";

let editor: Actor;
let authorId: string;
beforeAll(async () => {
  editor = await makeActor("EDITOR");
  authorId = (await db.author.create({ data: { name: "Writer", slug: `writer-${uid()}` } })).id;
});

describe("translation memory", () => {
  it("remembers a published translation's aligned blocks and offers exact and fuzzy matches with a score", async () => {
    const token = uid();
    const { variantId } = await createArticle(editor, { locale: "en", title: "Source", authorIds: [authorId] });
    const sourceText = `Human rights organizations must listen to local voices ${token}.`;
    await saveVariant(editor, { variantId, baseVersion: 1, title: "Source", slug: "", summary: "", body: paragraphsToDocument([sourceText, "Short."]) });
    const { variantId: ar } = await startTranslation(editor, { sourceVariantId: variantId, locale: "ar" });
    const arText = `يجب على منظمات حقوق الإنسان أن تصغي إلى الأصوات المحلية ${token}.`;
    const saved = await saveVariant(editor, { variantId: ar, baseVersion: 1, title: "ترجمة", slug: "", summary: "", body: paragraphsToDocument([arText, "قصير."]) });
    // Not published yet: nothing remembered.
    expect(await memoryMatches(editor, { sourceLocale: "en", targetLocale: "ar", text: sourceText })).toEqual([]);
    await transitionVariant(editor, { variantId: ar, baseVersion: saved.version, transition: "publish" });

    const exact = await memoryMatches(editor, { sourceLocale: "en", targetLocale: "ar", text: sourceText });
    expect(exact[0]).toMatchObject({ score: 100, targetText: arText, target: [{ type: "text", text: arText }] });
    const fuzzy = await memoryMatches(editor, { sourceLocale: "en", targetLocale: "ar", text: `Human rights organisations must listen to the local voices ${token}.` });
    expect(fuzzy[0]!.targetText).toBe(arText);
    expect(fuzzy[0]!.score).toBeGreaterThanOrEqual(50);
    expect(fuzzy[0]!.score).toBeLessThan(100);
    // Another language pair, or an unrelated sentence: nothing.
    expect(await memoryMatches(editor, { sourceLocale: "en", targetLocale: "he", text: sourceText })).toEqual([]);
    expect(await memoryMatches(editor, { sourceLocale: "en", targetLocale: "ar", text: "Completely unrelated words about the weather." })).toEqual([]);
    // Too short to be worth remembering.
    expect(await memoryMatches(editor, { sourceLocale: "en", targetLocale: "ar", text: "Short." })).toEqual([]);
  });

  it("is for staff only", async () => {
    await expect(memoryMatches(null, { sourceLocale: "en", targetLocale: "ar", text: "x" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("translation memory for a whole source text", () => {
  it("answers every block in one go, in order, nothing for blocks without a match", async () => {
    const token = uid();
    const { variantId } = await createArticle(editor, { locale: "en", title: "Source", authorIds: [authorId] });
    const first = `Civil society groups shape the global agenda ${token}.`;
    const second = `Funding flows from the north to the south ${token}.`;
    await saveVariant(editor, { variantId, baseVersion: 1, title: "Source", slug: "", summary: "", body: paragraphsToDocument([first, second]) });
    const { variantId: he } = await startTranslation(editor, { sourceVariantId: variantId, locale: "he" });
    const saved = await saveVariant(editor, { variantId: he, baseVersion: 1, title: "מקור", slug: "", summary: "", body: paragraphsToDocument([`קבוצות החברה האזרחית ${token}.`, `המימון זורם מהצפון לדרום ${token}.`]) });
    await transitionVariant(editor, { variantId: he, baseVersion: saved.version, transition: "publish" });
    const answer = await memoryMatchesForBlocks(editor, { sourceLocale: "en", targetLocale: "he", texts: ["Nothing like it at all, really.", second, "", first] });
    expect(answer.map((m) => m.map((x) => x.score))).toEqual([[], [100], [], [100]]);
    expect(answer[1]![0]!.targetText).toBe(`המימון זורם מהצפון לדרום ${token}.`);
  });
});
