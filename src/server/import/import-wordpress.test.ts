import { copyFile, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { documentToPlainText, type RichTextNode } from "@/lib/rich-text/document";
import { validateRichText } from "@/lib/rich-text/schema";
import { pngBytes } from "../../../test/support/test-images";
import { getArticleBySlug } from "../articles/queries";
import { db } from "../db";
import { legacyRedirectPath } from "../legacy-links";
import { importWordpress, WxrFormatError } from "./import-wordpress";
import { unserializeStringIntMap } from "./php-unserialize";

const fixture = (name: string) => path.join(import.meta.dirname, "../../../test/fixtures/wordpress", name);

async function uploadsFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "wp-uploads-"));
  await mkdir(path.join(dir, "2024/05"), { recursive: true });
  await writeFile(path.join(dir, "2024/05/flood.png"), pngBytes(40, 20));
  return dir;
}

async function variantByWpId(site: string, wpId: number) {
  const item = await db.wordpressImportItem.findUniqueOrThrow({ where: { site_kind_wpId: { site, kind: "post", wpId } } });
  return db.articleVariant.findUniqueOrThrow({ where: { id: item.targetId }, include: { article: { include: { authors: { include: { author: true }, orderBy: { position: "asc" } }, debate: { include: { translations: true } }, heroImage: { include: { alts: true } } } } } });
}

const hasMark = (node: RichTextNode, type: string): boolean => !!node.marks?.some((m) => m.type === type) || !!node.content?.some((c) => hasMark(c, type));

describe("PHP unserialize (Polylang groups)", () => {
  it("reads arrays of string → integer, byte lengths in UTF-8", () => {
    expect([...unserializeStringIntMap('a:2:{s:2:"en";i:10;s:5:"pt-br";i:-3;}')]).toEqual([["en", 10], ["pt-br", -3]]);
    expect([...unserializeStringIntMap('a:1:{s:4:"עב";i:1;}')]).toEqual([["עב", 1]]);
  });
  it("refuses anything else", () => {
    for (const bad of ['a:1:{s:2:"en";s:1:"x";}', 'O:8:"stdClass":0:{}', 'a:2:{s:2:"en";i:1;}', 'a:1:{s:3:"en";i:1;}', 'a:1:{s:2:"en";i:1;}x']) {
      expect(() => unserializeStringIntMap(bad), bad).toThrow();
    }
  });
});

describe("WordPress import", () => {
  it("imports a Polylang site: one work per group, bylines, debates, media, bodies, old URLs", async () => {
    const uploads = await uploadsFolder();
    const report = await importWordpress({ file: fixture("polylang.xml"), uploads });
    const site = "https://rights.example.org";
    console.log(report.format());

    const en = await variantByWpId(site, 101);
    const fr = await variantByWpId(site, 102);
    const ar = await variantByWpId(site, 103);
    // One work, three language versions, the earliest (English) as the source; translations follow it.
    expect(new Set([en.articleId, fr.articleId, ar.articleId]).size).toBe(1);
    expect(en.article.sourceLocale).toBe("en");
    expect([fr.sourceVersion, ar.sourceVersion]).toEqual([en.version, en.version]);
    expect(fr.sourceRevisionId).toBeTruthy();
    expect(en.status).toBe("PUBLISHED");
    expect(en.summary).toBe("A night of floods, and what came after.");
    // Co-Authors Plus: ordered bylines, display names from the author list.
    // The Arabic version adds a Co-Authors Plus guest author (no account): after the source's bylines.
    expect(en.article.authors.map((a) => a.author.name)).toEqual(["Jane Doe", "Amal Haddad", "Samir Khalil"]);
    // Categories translated with term_translations: one debate with three names.
    expect(en.article.debate!.translations.map((t) => [t.locale, t.title]).sort()).toEqual([["ar", "العدالة المناخية"], ["en", "Climate justice"], ["fr", "Justice climatique"]]);
    // Featured image → hero, one medium for both language copies of the attachment, alt per language.
    expect(en.article.heroImage!.alts.map((a) => [a.locale, a.alt]).sort()).toEqual([["en", "A flooded street"], ["fr", "Une rue inondée"]]);
    expect(en.article.heroCredit).toBe("Photo: R. Example");

    // Gutenberg body: blocks converted, the body image rewritten to our media, embed → link, table → text.
    for (const v of [en, fr, ar]) expect(validateRichText(v.body).ok).toBe(true);
    const enBody = en.body as RichTextNode;
    const types = enBody.content!.map((n) => n.type);
    expect(types).toEqual(expect.arrayContaining(["paragraph", "heading", "bulletList", "image", "blockquote", "horizontalRule"]));
    const image = enBody.content!.find((n) => n.type === "image")!;
    expect(image.attrs!.src).toBe(`/media/${en.article.heroImage!.storageKey}`);
    expect(documentToPlainText(enBody)).toContain("https://www.youtube.com/watch?v=abc123");
    expect(documentToPlainText(enBody)).toContain("Riverside | 120");
    expect(hasMark(enBody, "bold") && hasMark(enBody, "link")).toBe(true);

    // Classic body with hostile HTML: script, javascript: link and handlers gone, and reported.
    const frText = documentToPlainText(fr.body as RichTextNode);
    expect(frText).toContain("deux mètres");
    expect(frText).toContain("Cliquez ici");
    expect(frText).not.toContain("pwned");
    expect(JSON.stringify(fr.body)).not.toMatch(/javascript|onclick|onerror/i);
    expect((fr.body as RichTextNode).content!.length).toBeGreaterThanOrEqual(2);
    const hostile = report.notesOf("hostile").map((n) => n.what).join("\n");
    expect(hostile).toMatch(/<script>/);
    expect(hostile).toMatch(/javascript: URL/);
    expect(hostile).toMatch(/onclick attribute/);
    expect(hostile).toMatch(/onerror attribute/);
    const converted = report.notesOf("converted").map((n) => n.what);
    expect(converted).toEqual(expect.arrayContaining(["shortcode [gallery] kept as text", "block core/embed → link", "table → one paragraph per row"]));
    expect(report.notesOf("dropped").map((n) => n.what).join()).toContain("core/latest-posts");

    // RTL: the Arabic version keeps its direction and its Arabic slug.
    expect(ar.slug).toBe("عندما-جاء-النهر");
    expect((ar.body as RichTextNode).content![0]!.attrs).toEqual({ dir: "rtl" });

    // Scheduled post keeps its time; an unmapped language is reported and not imported.
    const scheduled = await variantByWpId(site, 104);
    expect(scheduled.status).toBe("SCHEDULED");
    expect(scheduled.publishAt!.toISOString()).toBe("2099-01-01T08:00:00.000Z");
    expect([...report.unknownLanguages.keys()]).toEqual(["de"]);
    expect(await db.wordpressImportItem.count({ where: { site, kind: "post", wpId: 105 } })).toBe(0);

    // Round trip: the public query shows the work with its language versions linked…
    const page = await getArticleBySlug("fr", fr.slug);
    expect(page?.kind).toBe("found");
    if (page?.kind === "found") expect(page.article.languages.map((l) => l.locale).sort()).toEqual(["ar", "en", "fr"]);
    // …and old permalinks redirect once to the new URLs (also the ?lang= and /{lang}/ forms, and ?p=).
    expect(await legacyRedirectPath("/2024/05/when-the-river-came/", null, new URLSearchParams())).toBe(`/en/articles/${en.slug}`);
    expect(await legacyRedirectPath("/fr/2024/05/quand-la-riviere-est-venue", null, new URLSearchParams())).toBe(`/fr/articles/${fr.slug}`);
    expect(await legacyRedirectPath("/2024/05/quand-la-riviere-est-venue/", "fr", new URLSearchParams("lang=fr"))).toBe(`/fr/articles/${fr.slug}`);
    expect(await legacyRedirectPath("/", null, new URLSearchParams("p=103"))).toBe(`/ar/articles/${encodeURIComponent(ar.slug)}`);
    expect(await legacyRedirectPath("/ar/2024/05/%d8%b9%d9%86%d8%af%d9%85%d8%a7-%d8%ac%d8%a7%d8%a1-%d8%a7%d9%84%d9%86%d9%87%d8%b1/", null, new URLSearchParams())).toBe(
      `/ar/articles/${encodeURIComponent(ar.slug)}`,
    );
    expect(await legacyRedirectPath("/ar/2024/05/%D8%B9%D9%86%D8%AF%D9%85%D8%A7-%D8%AC%D8%A7%D8%A1-%D8%A7%D9%84%D9%86%D9%87%D8%B1", null, new URLSearchParams())).toBe(
      `/ar/articles/${encodeURIComponent(ar.slug)}`,
    );
    expect(await legacyRedirectPath("/2024/05/no-such-post/", null, new URLSearchParams())).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "wordpress.import", entityId: site } })).toBe(1);

    // Importing the same file again changes nothing.
    const counts = async () => [await db.article.count(), await db.articleVariant.count(), await db.revision.count(), await db.media.count(), await db.author.count(), await db.debate.count(), await db.legacyRedirect.count()];
    const before = await counts();
    const again = await importWordpress({ file: fixture("polylang.xml"), uploads });
    expect(await counts()).toEqual(before);
    expect(again.total("versions", "created") + again.total("versions", "updated")).toBe(0);
    expect(again.total("versions", "unchanged")).toBe(4);
    expect((await variantByWpId(site, 101)).version).toBe(en.version);

    // A newer export: the French title changed. Only that version is updated, and the report says what.
    const newer = path.join(uploads, "newer.xml");
    await writeFile(newer, (await readFile(fixture("polylang.xml"), "utf8")).replace("Quand la rivière est venue", "Quand la rivière a débordé").replaceAll("Justice climatique", "Climat et justice"));
    const updated = await importWordpress({ file: newer, uploads });
    expect(updated.total("versions", "updated")).toBe(1);
    expect(updated.changes).toEqual(['debate "Climat et justice" (fr): renamed', "post 102 (fr): title"]);
    expect((await db.debateTranslation.findFirstOrThrow({ where: { debateId: en.article.debateId!, locale: "fr" } })).title).toBe("Climat et justice");
    const frAfter = await variantByWpId(site, 102);
    expect(frAfter.title).toBe("Quand la rivière a débordé");
    expect(frAfter.version).toBe(fr.version + 1);
    expect(await db.article.count()).toBe(before[0]);
  });

  it("imports WPML groups with the source WPML names, tags as debates", async () => {
    const report = await importWordpress({ file: fixture("wpml.xml"), taxonomy: "tag" });
    const site = "https://wpml.example.org";
    const en = await variantByWpId(site, 11);
    const he = await variantByWpId(site, 12);
    expect(he.articleId).toBe(en.articleId);
    expect(en.article.sourceLocale).toBe("en");
    expect(he.sourceVersion).toBe(en.version);
    expect(en.status).toBe("IN_REVIEW");
    expect(he.status).toBe("DRAFT");
    expect(documentToPlainText(he.body as RichTextNode)).toBe("הזכות למים היא זכות אדם.");
    // A tag without term translations: named in the default locale when a post there uses it.
    expect(en.article.debate!.translations.map((t) => [t.locale, t.title])).toEqual([["en", "Water"]]);
    expect(en.article.authors.map((a) => a.author.name)).toEqual(["Noa Levi"]);
    expect(report.groupSizes.get(2)).toBe(1);
  });

  it("imports a single-language export with --locale; classic paragraphs, captions and tables", async () => {
    const uploads = await uploadsFolder();
    const report = await importWordpress({ file: fixture("single-language.xml"), locale: "es", uploads });
    expect(report.skipped).toContain('post 7: its status is "trash"');
    expect(report.brokenReferences.join()).toContain("attachment 8: no file path");
    const v = await variantByWpId("https://uno.example.org", 5);
    expect(v.locale).toBe("es");
    expect(v.title).toBe("Hola & adiós");
    expect(v.summary).toBe("Un resumen.");
    expect(v.status).toBe("ARCHIVED");
    const body = v.body as RichTextNode;
    expect(body.content![0]).toEqual({ type: "paragraph", content: [{ type: "text", text: "Primera línea" }, { type: "hardBreak" }, { type: "text", text: "segunda línea." }] });
    // An image from outside the uploads folder cannot be a library image (images come from the media library only): a link to it, reported.
    expect(JSON.stringify(body)).toContain('"href":"https://cdn.example.org/foto.jpg"');
    expect(body.content!.some((n) => n.type === "image")).toBe(false);
    expect(documentToPlainText(body)).toContain("La leyenda");
    expect(documentToPlainText(body)).toContain("A | B");
    expect(body.content!.some((n) => n.type === "heading" && n.attrs!.level === 2)).toBe(true);
    expect(report.notesOf("converted").map((n) => n.what)).toEqual(expect.arrayContaining(["shortcode [caption] → image and caption", "<iframe> embed → link", "<h1> → heading 2"]));
    expect(report.items.get("page")).toBe(1);
  });

  it("refuses malformed XML with a clear error and writes nothing", async () => {
    const before = [await db.article.count(), await db.author.count(), await db.wordpressImportItem.count(), await db.auditEvent.count()];
    await expect(importWordpress({ file: fixture("malformed.xml") })).rejects.toThrow(WxrFormatError);
    await expect(importWordpress({ file: fixture("malformed.xml") })).rejects.toThrow(/not well-formed XML.*\d+:\d+/);
    expect(await db.author.findUnique({ where: { slug: "broken-author" } })).toBeNull();
    expect([await db.article.count(), await db.author.count(), await db.wordpressImportItem.count(), await db.auditEvent.count()]).toEqual(before);
  });

  it("writes nothing on a dry run, and reports what it would do", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "wp-dry-"));
    const file = path.join(dir, "dry.xml");
    await copyFile(fixture("wpml.xml"), file);
    await writeFile(file, (await readFile(file, "utf8")).replaceAll("wpml.example.org", "dry.example.org").replaceAll("noa", "dry-noa"));
    const before = [await db.article.count(), await db.articleVariant.count(), await db.author.count(), await db.debate.count(), await db.wordpressImportItem.count(), await db.auditEvent.count()];
    const report = await importWordpress({ file, dryRun: true, taxonomy: "tag" });
    expect(report.total("versions", "created")).toBe(2);
    expect(report.format()).toMatch(/^Dry run/);
    expect([await db.article.count(), await db.articleVariant.count(), await db.author.count(), await db.debate.count(), await db.wordpressImportItem.count(), await db.auditEvent.count()]).toEqual(before);
  });
});
