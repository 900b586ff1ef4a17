import { beforeAll, describe, expect, it } from "vitest";
import { documentToPlainText, paragraphsToDocument, type RichTextDocument } from "@/lib/rich-text/document";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import { StaleVersionError } from "../errors";
import { createArticle, saveVariant } from "./mutations";
import { makeActor } from "../../../test/support/actors";

// Issue 17.1: two windows of one editor. Whatever coalescing does, a text one
// window was told is saved stays retrievable from the history.

let editor: Actor;
let otherEditor: Actor;

beforeAll(async () => {
  editor = await makeActor("EDITOR", { name: "Dana Editor" });
  otherEditor = await makeActor("EDITOR", { name: "Omar Other" });
});

const text = (s: string) => paragraphsToDocument([s]);
const save = (actor: Actor, variantId: string, baseVersion: number, body: string, editSession?: string) =>
  saveVariant(actor, { variantId, baseVersion, title: "Title", slug: "", summary: "", body: text(body), editSession });

async function historyTexts(variantId: string) {
  const revisions = await db.revision.findMany({ where: { variantId }, orderBy: { version: "asc" } });
  return revisions.map((r) => documentToPlainText(r.body as RichTextDocument).trim());
}

describe("a conflict between two windows of the same person", () => {
  it("keeps window 1's saved text in the history after window 2 keeps its own", async () => {
    const { variantId } = await createArticle(editor, { locale: "en", title: "Two windows" });
    const first = await save(editor, variantId, 1, "Window one's saved words", "window-1");
    const refused = await save(editor, variantId, 1, "Window two's words", "window-2").catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(StaleVersionError);
    // "Keep my text (theirs stays in the history)"
    await save(editor, variantId, first.version, "Window two's words", "window-2");
    const history = await historyTexts(variantId);
    expect(history).toContain("Window one's saved words");
    expect(history.at(-1)).toBe("Window two's words");
  });

  it("still coalesces one window's own autosaves", async () => {
    const { variantId } = await createArticle(editor, { locale: "en", title: "One window" });
    const a = await save(editor, variantId, 1, "draft a", "w");
    const b = await save(editor, variantId, a.version, "draft ab", "w");
    await save(editor, variantId, b.version, "draft abc", "w");
    expect(await historyTexts(variantId)).toEqual(["", "draft abc"]);
  });

  it("says who saved in between: the same person (another window) or someone else, by name", async () => {
    const { variantId } = await createArticle(editor, { locale: "en", title: "Who" });
    await save(editor, variantId, 1, "mine", "window-1");
    const same = (await save(editor, variantId, 1, "again", "window-2").catch((e: unknown) => e)) as StaleVersionError;
    expect(same.current).toMatchObject({ by: "Dana Editor", byId: editor.id });
    await save(otherEditor, variantId, 2, "theirs", "window-3");
    const other = (await save(editor, variantId, 2, "late", "window-1").catch((e: unknown) => e)) as StaleVersionError;
    expect(other.current).toMatchObject({ by: "Omar Other", byId: otherEditor.id });
  });
});
