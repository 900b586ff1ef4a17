import { beforeAll, describe, expect, it } from "vitest";
import { paragraphsToDocument } from "@/lib/rich-text/document";
import { createArticle, saveVariant } from "../articles/mutations";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import { ForbiddenError } from "../errors";
import { makeActor, uid } from "../../../test/support/actors";
import { checkBlocks, containsTerm } from "@/lib/translations/glossary-match";
import { deleteGlossaryTerm, glossaryMisses, listGlossary, saveGlossaryTerm } from "./glossary";
import { startTranslation } from "./translate";

let editor: Actor;
let translatorAr: Actor;
let translatorHe: Actor;
beforeAll(async () => {
  editor = await makeActor("EDITOR");
  translatorAr = await makeActor("TRANSLATOR", { locales: ["ar"] });
  translatorHe = await makeActor("TRANSLATOR", { locales: ["he"] });
});

describe("glossary", () => {
  it("matches whole words in any script, case-insensitively", () => {
    expect(containsTerm("The Sovereignty of states", "sovereignty")).toBe(true);
    expect(containsTerm("Sovereignty-wise", "sovereignty")).toBe(true);
    expect(containsTerm("sovereignties", "sovereignty")).toBe(false);
    expect(containsTerm("منظمات حقوق الإنسان المحلية", "حقوق الإنسان")).toBe(true);
  });

  it("is kept by editors and the target language's translators only, and names duplicates", async () => {
    const term = `accountability ${uid()}`;
    const { id } = await saveGlossaryTerm(translatorAr, { sourceLocale: "en", targetLocale: "ar", term, translation: "المساءلة", note: "Not مسؤولية." });
    await expect(saveGlossaryTerm(translatorHe, { sourceLocale: "en", targetLocale: "ar", term: `x ${uid()}`, translation: "س" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveGlossaryTerm(editor, { sourceLocale: "en", targetLocale: "ar", term, translation: "شيء آخر" })).rejects.toMatchObject({ reason: "glossaryTermTaken" });
    expect((await listGlossary(translatorHe, { sourceLocale: "en", targetLocale: "ar" })).find((t) => t.id === id)).toMatchObject({ translation: "المساءلة", note: "Not مسؤولية." });
    await expect(deleteGlossaryTerm(translatorHe, { id })).rejects.toBeInstanceOf(ForbiddenError);
    await deleteGlossaryTerm(editor, { id });
    expect((await listGlossary(editor, { sourceLocale: "en", targetLocale: "ar" })).some((t) => t.id === id)).toBe(false);
  });

  it("flags a translated block that misses a term's required rendering, tolerating attached prefixes", async () => {
    const token = uid();
    const term = `sovereignty${token}`;
    await saveGlossaryTerm(editor, { sourceLocale: "en", targetLocale: "ar", term, translation: `السيادة${token}` });
    await saveGlossaryTerm(editor, { sourceLocale: "en", targetLocale: "ar", term: `Polyglot${token}`, translation: "", doNotTranslate: true });
    const author = await db.author.create({ data: { name: "W", slug: `w-${token}` } });
    const { variantId } = await createArticle(editor, { locale: "en", title: "Title", authorIds: [author.id] });
    await saveVariant(editor, { variantId, baseVersion: 1, title: "Title", slug: "", summary: "", body: paragraphsToDocument([`The ${term} of states.`, `Published by Polyglot${token}.`, `Again ${term}.`]) });
    const { variantId: ar } = await startTranslation(editor, { sourceVariantId: variantId, locale: "ar" });
    await saveVariant(editor, { variantId: ar, baseVersion: 1, title: "عنوان", slug: "", summary: "", body: paragraphsToDocument([`بالسيادة${token} للدول.`, `نشرته بوليغلوت.`, `مرة أخرى.`]) });
    expect(await glossaryMisses(editor, { variantId: ar })).toEqual([
      { block: 2, term: `Polyglot${token}`, translation: `Polyglot${token}` },
      { block: 3, term, translation: `السيادة${token}` },
    ]);
    // An untranslated block is not a miss yet.
    expect(checkBlocks([{ id: "x", term: "rights", translation: "حقوق", note: "", doNotTranslate: false }], [{ source: "rights", target: null }])[0]![0]!.missing).toBe(false);
  });
});
