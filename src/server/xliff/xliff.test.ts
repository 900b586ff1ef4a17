import { beforeAll, describe, expect, it } from "vitest";
import js2xliff from "xliff/js2xliff";
import xliff2js from "xliff/xliff2js";
import jsToXliff12 from "xliff/jsToXliff12";
import xliff12ToJs from "xliff/xliff12ToJs";
import type { RichTextDocument } from "@/lib/rich-text/document";
import { createArticle, saveVariant, transitionVariant } from "../articles/mutations";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import { ForbiddenError } from "../errors";
import { startTranslation } from "../translations/translate";
import { makeActor, uid } from "../../../test/support/actors";
import { XliffError } from "./format";
import { exportXliff, importXliff } from "./service";

// The agency round trip on the real database: our exports read by a
// third-party XLIFF library, files edited the way CAT tools edit them, and
// imports that refuse a bad file whole.

let editor: Actor;
let authorId: string;

beforeAll(async () => {
  editor = await makeActor("EDITOR", { name: "Edith Editor" });
  authorId = (await db.author.create({ data: { name: "Writer", slug: `writer-${uid()}` } })).id;
});

const BODY: RichTextDocument = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Why it matters" }] },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Rights are " },
        { type: "text", text: "universal", marks: [{ type: "bold" }] },
        { type: "text", text: ", says the " },
        { type: "text", text: "charter", marks: [{ type: "link", attrs: { href: "https://example.org/charter" } }] },
        { type: "text", text: "." },
      ],
    },
    { type: "paragraph", content: [{ type: "text", text: "First line" }, { type: "hardBreak" }, { type: "text", text: "second line, in italics", marks: [{ type: "italic" }] }] },
    { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "A point" }] }] }] },
  ],
};

async function sourceArticle() {
  const { variantId } = await createArticle(editor, { locale: "en", title: `Universal rights ${uid()}`, authorIds: [authorId] });
  const saved = await saveVariant(editor, { variantId, baseVersion: 1, title: "Universal rights", slug: `universal-rights-${uid()}`, summary: "A short standfirst.", body: BODY });
  return { variantId, version: saved.version };
}

/** What a CAT tool does with our file: a <target> per unit (state, reordered attributes, re-indented), the inline codes kept. */
function translate(xml: string, translations: Record<string, string>): string {
  return xml.replace(/<unit id="([^"]+)">([\s\S]*?)<segment><source>([\s\S]*?)<\/source><\/segment>/g, (_all, id: string, middle: string, source: string) => {
    const target = translations[id] ?? null;
    if (target === null) return `<unit id="${id}">${middle}<segment><source>${source}</source></segment>`;
    return `<unit id="${id}">${middle}<segment state="translated">\n        <source>${source}</source>\n        <target xml:lang="ar">${target}</target>\n      </segment>`;
  });
}

const ARABIC = {
  title: "الحقوق العالمية",
  summary: "مقدمة قصيرة.",
  slug: "الحقوق-العالمية",
  b1: "لماذا يهم ذلك",
  b2: 'الحقوق <pc type="fmt" subType="xlf:b" id="1">عالمية</pc>، كما يقول <pc dataRefEnd="d2e" id="2" type="link" dataRefStart="d2">الميثاق</pc>.',
  b3: 'السطر الأول<ph id="1" type="fmt" subType="xlf:lb" canDelete="no"/><pc id="2" type="fmt" subType="xlf:i">والسطر الثاني مائلًا</pc>',
  b4: "نقطة",
};

describe("XLIFF", () => {
  it("exports 2.0 that a third-party library reads: a unit per field and block, link URLs kept out of the text", async () => {
    const { variantId } = await sourceArticle();
    const { xml, fileName } = await exportXliff(editor, { variantIds: [variantId], targetLocale: "ar" });
    expect(fileName).toMatch(/\.en-ar\.xlf$/);
    const js = (await xliff2js(xml)) as { sourceLanguage: string; targetLanguage: string; resources: Record<string, Record<string, { source: unknown }>> };
    expect([js.sourceLanguage, js.targetLanguage]).toEqual(["en", "ar"]);
    const units = js.resources[`variant:${variantId}`]!;
    expect(Object.keys(units)).toEqual(["title", "summary", "slug", "b1", "b2", "b3", "b4"]);
    expect(JSON.stringify(units.b2!.source)).toContain("universal");
    // The URL is data of the code, never in the source text a translator edits.
    expect(xml).not.toMatch(/<source>[^<]*https:\/\/example\.org/);
    expect(xml).toContain("&lt;a href=&quot;https://example.org/charter&quot;&gt;");
  });

  it("imports a translated file into an Arabic draft with the same inline marks, following the source", async () => {
    const { variantId } = await sourceArticle();
    const { xml } = await exportXliff(editor, { variantIds: [variantId], targetLocale: "ar" });
    const report = await importXliff(editor, translate(xml, ARABIC), { translator: "Agency Translator" });
    expect(report.files).toHaveLength(1);
    expect(report.files[0]).toMatchObject({ kind: "variant", outcome: "created" });
    expect(report.files[0]!.units.filter((u) => u.outcome !== "applied")).toEqual([]);
    const ar = await db.articleVariant.findUniqueOrThrow({ where: { id: report.files[0]!.targetId } });
    const source = await db.articleVariant.findUniqueOrThrow({ where: { id: variantId } });
    expect(ar).toMatchObject({ locale: "ar", status: "DRAFT", title: ARABIC.title, summary: ARABIC.summary, slug: ARABIC.slug, translators: ["Agency Translator"], sourceVersion: source.version });
    const body = ar.body as RichTextDocument;
    expect(body.content[0]).toMatchObject({ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "لماذا يهم ذلك" }] });
    expect(body.content[1]!.content).toEqual([
      { type: "text", text: "الحقوق " },
      { type: "text", text: "عالمية", marks: [{ type: "bold" }] },
      { type: "text", text: "، كما يقول " },
      { type: "text", text: "الميثاق", marks: [{ type: "link", attrs: { href: "https://example.org/charter" } }] },
      { type: "text", text: "." },
    ]);
    expect(body.content[2]!.content).toEqual([{ type: "text", text: "السطر الأول" }, { type: "hardBreak" }, { type: "text", text: "والسطر الثاني مائلًا", marks: [{ type: "italic" }] }]);
    expect(body.content[3]).toMatchObject({ type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ text: "نقطة" }] }] }] });

    // Imported again: the same draft, updated (not a second one).
    const again = await importXliff(editor, translate(xml, { ...ARABIC, b4: "نقطة معدّلة" }));
    expect(again.files[0]).toMatchObject({ outcome: "updated", targetId: ar.id });
  });

  it("flags the units whose source changed since the export, applies the others, and leaves the translation outdated", async () => {
    const { variantId, version } = await sourceArticle();
    const { xml } = await exportXliff(editor, { variantIds: [variantId], targetLocale: "ar" });
    // The author rewrites the last paragraph after the file went out.
    const changed = structuredClone(BODY);
    changed.content[3] = { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "A different point" }] }] }] };
    const current = await db.articleVariant.findUniqueOrThrow({ where: { id: variantId } });
    await saveVariant(editor, { variantId, baseVersion: version, title: current.title, slug: current.slug, summary: current.summary, body: changed });

    const report = await importXliff(editor, translate(xml, ARABIC));
    const outcomes = Object.fromEntries(report.files[0]!.units.map((u) => [u.id, u.outcome]));
    expect(outcomes).toMatchObject({ title: "applied", b2: "applied", b4: "sourceChanged" });
    const ar = await db.articleVariant.findUniqueOrThrow({ where: { id: report.files[0]!.targetId } });
    // Not applied over the new source: the block is left to translate.
    expect(JSON.stringify(ar.body)).not.toContain("نقطة");
    const source = await db.articleVariant.findUniqueOrThrow({ where: { id: variantId } });
    // It follows the version the file was made from: outdated.
    expect(ar.sourceVersion).toBe(version);
    expect(source.contentVersion).toBeGreaterThan(ar.sourceVersion!);
  });

  it("refuses a malformed or foreign file whole: not XML, unknown units, inline codes not in the source", async () => {
    const { variantId } = await sourceArticle();
    const { xml } = await exportXliff(editor, { variantIds: [variantId], targetLocale: "ar" });
    const count = () => db.articleVariant.count({ where: { article: { variants: { some: { id: variantId } } } } });
    const before = await count();
    for (const [bad, problem] of [
      [translate(xml, ARABIC).replace("</xliff>", ""), /not well-formed/],
      [xml.replace('<unit id="b2">', '<unit id="b2"><segment><source>x</source></segment>'), /segments/],
      [xml.replace('<unit id="b4">', '<unit id="script">'), /not a unit of ours/],
      [translate(xml, { ...ARABIC, b2: 'نص <pc id="9" type="fmt" subType="xlf:b">غامق</pc>' }), /inline code 9 is not in the source/],
      ['<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff/>', /DOCTYPE|not well-formed/],
      ["<html><body>not xliff</body></html>", /root element/],
    ] as const) {
      const error = (await importXliff(editor, bad).catch((e) => e)) as XliffError;
      expect(error, String(problem)).toBeInstanceOf(XliffError);
      expect(error.problems.join("\n")).toMatch(problem);
    }
    expect(await count()).toBe(before);
  });

  it("turns a file for a live translation into a pending change, and refuses a translator outside their languages", async () => {
    const { variantId, version } = await sourceArticle();
    await transitionVariant(editor, { variantId, baseVersion: version, transition: "publish" });
    const { variantId: ar } = await startTranslation(editor, { sourceVariantId: variantId, locale: "ar" });
    const arSaved = await saveVariant(editor, { variantId: ar, baseVersion: 1, title: "قديم", slug: "", summary: "", body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "نص قديم" }] }] } });
    await transitionVariant(editor, { variantId: ar, baseVersion: arSaved.version, transition: "publish" });
    const { xml } = await exportXliff(editor, { variantIds: [variantId], targetLocale: "ar" });

    const hebrewTranslator = await makeActor("TRANSLATOR", { locales: ["he"] });
    await expect(importXliff(hebrewTranslator, translate(xml, ARABIC))).rejects.toBeInstanceOf(ForbiddenError);

    const report = await importXliff(editor, translate(xml, ARABIC));
    expect(report.files[0]).toMatchObject({ outcome: "pending", targetId: ar });
    // Readers still get the live text; the file's text waits for "Publish changes".
    expect((await db.articleVariant.findUniqueOrThrow({ where: { id: ar } })).title).toBe("قديم");
    expect(await db.pendingChange.findFirst({ where: { recordId: ar } })).toMatchObject({ data: expect.objectContaining({ title: ARABIC.title }) });
  });

  it("round-trips a whole debate, and XLIFF 1.2 for older tools", async () => {
    const debate = await db.debate.create({
      data: { status: "DRAFT", sourceLocale: "en", translations: { create: { locale: "en", title: "A debate", subtitle: "Its subtitle", intro: "Its introduction.", slug: `a-debate-${uid()}` } } },
    });
    const { variantId } = await sourceArticle();
    await db.article.update({ where: { id: (await db.articleVariant.findUniqueOrThrow({ where: { id: variantId } })).articleId }, data: { debateId: debate.id } });

    const { xml } = await exportXliff(editor, { debateId: debate.id, targetLocale: "ar", version: "1.2" });
    const js = (await xliff12ToJs(xml)) as { resources: Record<string, Record<string, unknown>> };
    expect(Object.keys(js.resources).sort()).toEqual([`debate:${debate.id}`, `variant:${variantId}`].sort());
    // Files written by another tool from its own model (the library's 1.2 and 2.0 writers; plain text here).
    const model: { sourceLanguage: string; targetLanguage: string; resources: Record<string, Record<string, { source: string; target: string }>> } = {
      sourceLanguage: "en",
      targetLanguage: "ar",
      resources: {
        [`debate:${debate.id}`]: { title: { source: "A debate", target: "مناظرة" }, intro: { source: "Its introduction.", target: "مقدمتها." } },
        [`variant:${variantId}`]: { title: { source: "Universal rights", target: "الحقوق العالمية" }, b1: { source: "Why it matters", target: "لماذا يهم ذلك" } },
      },
    };
    const report = await importXliff(editor, (await jsToXliff12(model, {})) as string);
    expect(report.version).toBe("1.2");
    expect(report.files.map((f) => [f.kind, f.outcome])).toEqual([
      ["debate", "created"],
      ["variant", "created"],
    ]);
    const t = await db.debateTranslation.findUniqueOrThrow({ where: { debateId_locale: { debateId: debate.id, locale: "ar" } } });
    expect([t.title, t.intro]).toEqual(["مناظرة", "مقدمتها."]);
    const from20 = await importXliff(editor, (await js2xliff({ ...model, resources: { [`variant:${variantId}`]: { b1: { source: "Why it matters", target: "لماذا يهمّ" } } } }, {})) as string);
    expect([from20.version, from20.files[0]!.outcome]).toEqual(["2.0", "updated"]);

    // And our own 1.2 export, translated in place, imports too.
    const in12 = xml.replace(/(<trans-unit id="title"[^>]*><source>)A debate(<\/source>)/, "$1A debate$2<target state=\"translated\">مناظرة جديدة</target>");
    const report12 = await importXliff(editor, in12);
    expect(report12.version).toBe("1.2");
    expect((await db.debateTranslation.findUniqueOrThrow({ where: { id: t.id } })).title).toBe("مناظرة جديدة");
  });
});
