import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { STORAGE_KEY_PATTERN } from "@/lib/media/formats";
import { gifBytes, htmlBytes, jpegBytes, pngBytes, svgBytes, svgPolyglotBytes } from "../../../test/support/test-images";
import type { Actor } from "../auth/actor-type";
import { db } from "../db";
import { ConflictError, ForbiddenError, ValidationError } from "../errors";
import { deleteMedia, updateMediaTexts, uploadMedia } from "./mutations";
import { getMediaForStaff, listMedia } from "./queries";
import { mediaDir, storeWithRow } from "./storage";
import { makeActor, uid } from "../../../test/support/actors";
import { gifBomb } from "../../../test/support/image-bombs";
import { realImage } from "../../../test/support/real-images";

let dir: string;
let editor: Actor;
let admin: Actor;
let translatorAr: Actor;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "media-test-"));
  process.env.MEDIA_DIR = dir;
  editor = await makeActor("EDITOR");
  admin = await makeActor("ADMIN");
  translatorAr = await makeActor("TRANSLATOR", { locales: ["ar"] });
});

beforeEach(() => {
  delete process.env.MEDIA_MAX_BYTES;
});

afterAll(async () => {
  delete process.env.MEDIA_DIR;
  await rm(dir, { recursive: true, force: true });
});

const file = (bytes: Uint8Array, name: string, type = "image/png") => new File([new Uint8Array(bytes)], name, { type });
const filesOnDisk = () => readdir(dir).catch(() => [] as string[]);

/** Expects a ValidationError whose issue on `file` has this message key. */
async function expectRefused(promise: Promise<unknown>, problem: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  expect((error as ValidationError).issues).toEqual([expect.objectContaining({ path: ["file"], message: problem })]);
}

describe("upload: content, not name, decides", () => {
  it("stores a PNG under a generated name, with its size read from the header, and audits it", async () => {
    const bytes = pngBytes(3, 2);
    const item = await uploadMedia(editor, { file: file(bytes, "../../etc/Le\u202Ephoto\u0000 d'été.png"), credit: "  Photo: A. Person ", alts: { en: "A red square", ar: "مربع أحمر", fr: "" } });
    expect(item.storageKey).toMatch(STORAGE_KEY_PATTERN);
    expect(item.storageKey).toMatch(/\.png$/);
    expect(item.storageKey).not.toContain("photo");
    expect(item.src).toBe(`/media/${item.storageKey}`);
    expect(item).toMatchObject({ mimeType: "image/png", width: 3, height: 2, size: bytes.length, credit: "Photo: A. Person", alts: { en: "A red square", ar: "مربع أحمر" } });
    // Directories, controls and bidi overrides are gone from the label; the name is never a path.
    expect(item.originalName).toBe("Lephoto d'été.png");
    expect(await readFile(path.join(mediaDir(), item.storageKey))).toEqual(bytes);
    const audit = await db.auditEvent.findFirst({ where: { entityType: "Media", entityId: item.id, action: "media.upload" } });
    expect(audit?.actorId).toBe(editor.id);
  });

  it("gives each format its canonical extension whatever the name says", async () => {
    const jpeg = await uploadMedia(editor, { file: file(await realImage("jpeg", 30, 20), "picture.png", "image/png") });
    expect(jpeg).toMatchObject({ mimeType: "image/jpeg", width: 30, height: 20 });
    expect(jpeg.storageKey).toMatch(/\.jpg$/);
    const gif = await uploadMedia(editor, { file: file(gifBomb({ screen: 2, width: 4, height: 5, frames: 3 }), "anim.jpeg", "image/jpeg") });
    // The frame's size, as the decoder sees it (not the 2×2 screen).
    expect(gif).toMatchObject({ mimeType: "image/gif", width: 4, height: 5 });
    expect(gif.storageKey).toMatch(/\.gif$/);
    const webp = await uploadMedia(editor, { file: file(await realImage("webp", 6, 7), "x", "") });
    expect(webp).toMatchObject({ mimeType: "image/webp", width: 6, height: 7, originalName: "x" });
    const blob = await uploadMedia(editor, { file: new Blob([new Uint8Array(pngBytes())]) });
    expect(blob.originalName).toBe("image.png");
  });

  it("refuses SVG, HTML renamed .png, a polyglot starting with <svg, an empty file — storing nothing", async () => {
    const before = await filesOnDisk();
    const rows = await db.media.count();
    await expectRefused(uploadMedia(editor, { file: file(svgBytes(), "logo.svg", "image/svg+xml") }), "svgRefused");
    await expectRefused(uploadMedia(editor, { file: file(svgBytes(), "logo.png", "image/png") }), "svgRefused");
    await expectRefused(uploadMedia(editor, { file: file(htmlBytes(), "photo.png", "image/png") }), "notAnImage");
    await expectRefused(uploadMedia(editor, { file: file(svgPolyglotBytes(), "poly.png", "image/png") }), "svgRefused");
    await expectRefused(uploadMedia(editor, { file: file(new Uint8Array(0), "empty.png") }), "fileEmpty");
    await expectRefused(uploadMedia(editor, { file: "not a file" }), "notAnImage");
    expect(await filesOnDisk()).toEqual(before);
    expect(await db.media.count()).toBe(rows);
  });

  it("refuses a decompression bomb — a GIF whose 1×1 screen hides a 12000×12000 frame — by what the decoder reads, storing nothing", async () => {
    const before = await filesOnDisk();
    const rows = await db.media.count();
    const error = await uploadMedia(editor, { file: file(gifBomb({ screen: 1, width: 12_000, height: 12_000 }), "tiny.gif", "image/gif") }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    // The figures the message shows: this frame's megapixels and the limit for GIF.
    expect((error as ValidationError).issues).toEqual([expect.objectContaining({ path: ["file"], message: "tooManyPixels", params: { megapixels: 144, maxMegapixels: 53.6 } })]);
    await expectRefused(uploadMedia(editor, { file: file(gifBomb({ screen: 10, width: 3000, height: 3000, frames: 60 }), "long.gif", "image/gif") }), "tooManyFrames");
    // A header with nothing decodable behind it is not an image.
    await expectRefused(uploadMedia(editor, { file: file(jpegBytes(30, 20), "header-only.jpg", "image/jpeg") }), "notAnImage");
    await expectRefused(uploadMedia(editor, { file: file(gifBytes(4, 5), "header-only.gif", "image/gif") }), "notAnImage");
    expect(await filesOnDisk()).toEqual(before);
    expect(await db.media.count()).toBe(rows);
  });

  it("refuses a file over MEDIA_MAX_BYTES by its declared size, before reading it", async () => {
    process.env.MEDIA_MAX_BYTES = "100";
    // A Blob that may not be read: the refusal must come from its size alone.
    class Unreadable extends Blob {
      override arrayBuffer(): Promise<ArrayBuffer> {
        throw new Error("read");
      }
      override slice(): Blob {
        throw new Error("read");
      }
      override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
        throw new Error("read");
      }
    }
    await expectRefused(uploadMedia(editor, { file: new Unreadable([new Uint8Array(101)]) }), "fileTooLarge");
    await expectRefused(uploadMedia(editor, { file: file(Buffer.concat([pngBytes(), Buffer.alloc(100)]), "big.png") }), "fileTooLarge");
    // At the limit it passes.
    const exact = pngBytes(1, 1);
    process.env.MEDIA_MAX_BYTES = String(exact.length);
    await expect(uploadMedia(editor, { file: file(exact, "exact.png") })).resolves.toMatchObject({ size: exact.length });
  });

  it("refuses alt text in an unknown locale, and unknown fields", async () => {
    await expect(uploadMedia(editor, { file: file(pngBytes(), "a.png"), alts: { xx: "?" } })).rejects.toBeInstanceOf(ValidationError);
    await expect(uploadMedia(editor, { file: file(pngBytes(), "a.png"), storageKey: "../../x.png" })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("upload: file and row together", () => {
  it("a media folder that cannot be written (full, read-only, not a folder) is a clear refusal, with no row (found by npm run faults)", async () => {
    // A portable stand-in for a full disk (npm run faults uses a 1 MB tmpfs): MEDIA_DIR below a plain file.
    const blocker = path.join(tmpdir(), `media-test-not-a-folder-${uid()}`);
    await writeFile(blocker, "x");
    const rowsBefore = await db.media.count();
    process.env.MEDIA_DIR = path.join(blocker, "media");
    try {
      await expectRefused(uploadMedia(editor, { file: file(pngBytes(), "full.png") }), "storageFailed");
    } finally {
      process.env.MEDIA_DIR = dir;
      await rm(blocker, { force: true });
    }
    expect(await db.media.count()).toBe(rowsBefore);
  });

  it("removes the written file when the database insert fails (no orphan)", async () => {
    const before = await filesOnDisk();
    // An actor whose account vanished: the insert's foreign key fails after the file was written.
    const ghost: Actor = { ...editor, id: `ghost-${uid()}` };
    await expect(uploadMedia(ghost, { file: file(pngBytes(), "orphan.png") })).rejects.toThrow();
    expect(await filesOnDisk()).toEqual(before);
  });

  it("storeWithRow: a duplicate storage key is refused by the database and its new file removed", async () => {
    const existing = await uploadMedia(editor, { file: file(pngBytes(), "first.png") });
    const key = `${uid()}abc.png`.replace(/-/g, "");
    await expect(
      storeWithRow(key, pngBytes(), () =>
        db.media.create({ data: { storageKey: existing.storageKey, originalName: "dup.png", mimeType: "image/png", size: 1 } }),
      ),
    ).rejects.toThrow();
    const files = await filesOnDisk();
    expect(files).not.toContain(key);
    expect(files).toContain(existing.storageKey);
    expect(files.filter((f) => f.startsWith("."))).toEqual([]);
  });

  it("no temporary files are left behind", async () => {
    expect((await filesOnDisk()).filter((f) => !STORAGE_KEY_PATTERN.test(f))).toEqual([]);
  });
});

describe("permissions", () => {
  it("a translator may not upload or delete", async () => {
    await expect(uploadMedia(translatorAr, { file: file(pngBytes(), "t.png") })).rejects.toBeInstanceOf(ForbiddenError);
    const item = await uploadMedia(editor, { file: file(pngBytes(), "t.png") });
    await expect(deleteMedia(translatorAr, { mediaId: item.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(uploadMedia(null, { file: file(pngBytes(), "t.png") })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("a translator edits alt text in their own locale only, never the credit", async () => {
    const item = await uploadMedia(editor, { file: file(pngBytes(), "alt.png"), credit: "Agency", alts: { en: "A square" } });
    // Granted publishing, the alt text is live at once (a non-publisher's waits for review: src/server/pending/review.test.ts).
    const updated = await updateMediaTexts({ ...translatorAr, canPublish: true }, { mediaId: item.id, alts: { ar: "مربع" } });
    expect(updated.alts).toEqual({ en: "A square", ar: "مربع" });

    const refused = await updateMediaTexts(translatorAr, { mediaId: item.id, alts: { ar: "x", en: "Hijacked" } }).catch((e) => e);
    expect(refused).toBeInstanceOf(ForbiddenError);
    expect((refused as ForbiddenError).fields).toEqual(["alts.en"]);
    await expect(updateMediaTexts(translatorAr, { mediaId: item.id, credit: "Me", alts: {} })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateMediaTexts(null, { mediaId: item.id, alts: { ar: "x" } })).rejects.toBeInstanceOf(ForbiddenError);
    // Nothing of the refused changes was applied.
    const stored = await getMediaForStaff(editor, item.id);
    expect(stored).toMatchObject({ credit: "Agency", alts: { en: "A square", ar: "مربع" } });
  });

  it("a hero image's new alt text re-renders the pages that show it", async () => {
    const item = await uploadMedia(editor, { file: file(pngBytes(), "hero.png"), alts: { en: "Before" } });
    const article = await db.article.create({ data: { heroImageId: item.id, sourceLocale: "en" } });
    const updated = await updateMediaTexts(editor, { mediaId: item.id, alts: { en: "After" } });
    expect(updated.readerChanges).toEqual({ articleIds: [article.id], debateIds: [], authorIds: [] });
    // Nothing changed, nothing to re-render.
    expect((await updateMediaTexts(editor, { mediaId: item.id, alts: { en: "After" } })).readerChanges).toBeNull();
  });

  it("an editor edits the credit and every locale; an empty alt removes it; the change is audited", async () => {
    const item = await uploadMedia(editor, { file: file(pngBytes(), "e.png"), alts: { en: "One", he: "אחד" } });
    const updated = await updateMediaTexts(editor, { mediaId: item.id, credit: "New credit", alts: { en: "", es: "Uno" } });
    expect(updated).toMatchObject({ credit: "New credit", alts: { he: "אחד", es: "Uno" } });
    expect(updated.alts.en).toBeUndefined();
    const cleared = await updateMediaTexts(editor, { mediaId: item.id, credit: "" });
    expect(cleared.credit).toBeNull();
    expect(cleared.readerChanges).toEqual({ articleIds: [], debateIds: [], authorIds: [] });
    expect(await db.auditEvent.count({ where: { entityId: item.id, action: "media.update-texts" } })).toBe(2);
  });
});

describe("delete", () => {
  it("is refused while the image is an article's or a debate's hero image or an author's photo", async () => {
    const asHero = await uploadMedia(editor, { file: file(pngBytes(), "hero.png") });
    const article = await db.article.create({ data: { sourceLocale: "en", heroImageId: asHero.id } });
    await expect(deleteMedia(editor, { mediaId: asHero.id })).rejects.toBeInstanceOf(ConflictError);
    expect(await db.media.findUnique({ where: { id: asHero.id } })).not.toBeNull();
    expect(await filesOnDisk()).toContain(asHero.storageKey);

    const asDebateHero = await uploadMedia(editor, { file: file(pngBytes(), "debate.png") });
    await db.debate.create({ data: { heroImageId: asDebateHero.id } });
    await expect(deleteMedia(admin, { mediaId: asDebateHero.id })).rejects.toBeInstanceOf(ConflictError);

    const asPhoto = await uploadMedia(editor, { file: file(pngBytes(), "photo.png") });
    await db.author.create({ data: { name: "Photographed", slug: `photographed-${uid()}`, photoId: asPhoto.id } });
    await expect(deleteMedia(editor, { mediaId: asPhoto.id })).rejects.toBeInstanceOf(ConflictError);

    // Once no longer the hero image, it can go.
    await db.article.update({ where: { id: article.id }, data: { heroImageId: null } });
    await expect(deleteMedia(editor, { mediaId: asHero.id })).resolves.toEqual({ id: asHero.id });
  });

  it("is refused while an article's text shows the image", async () => {
    const inBody = await uploadMedia(editor, { file: file(pngBytes(), "body.png") });
    const article = await db.article.create({ data: { sourceLocale: "en" } });
    await db.articleVariant.create({
      data: {
        articleId: article.id,
        locale: "en",
        title: "With a picture",
        slug: `with-a-picture-${uid()}`,
        body: { type: "doc", content: [{ type: "image", attrs: { src: inBody.src, alt: "" } }] },
      },
    });
    await expect(deleteMedia(editor, { mediaId: inBody.id })).rejects.toBeInstanceOf(ConflictError);
  });

  it("removes the row, its alt texts and the file, and audits it", async () => {
    const item = await uploadMedia(editor, { file: file(pngBytes(), "gone.png"), alts: { en: "Gone" } });
    await deleteMedia(editor, { mediaId: item.id });
    expect(await db.media.findUnique({ where: { id: item.id } })).toBeNull();
    expect(await db.mediaAlt.count({ where: { mediaId: item.id } })).toBe(0);
    expect(await filesOnDisk()).not.toContain(item.storageKey);
    expect(await db.auditEvent.count({ where: { entityId: item.id, action: "media.delete" } })).toBe(1);
    await expect(deleteMedia(editor, { mediaId: item.id })).rejects.toThrow(/Not found/);
  });
});

describe("listing", () => {
  it("searches original name, credit and alt text in any language; pages by cursor; staff only", async () => {
    const tag = uid();
    const byName = await uploadMedia(editor, { file: file(pngBytes(), `harbour-${tag}.png`) });
    const byCredit = await uploadMedia(editor, { file: file(pngBytes(), "x.png"), credit: `Studio ${tag}` });
    const byAlt = await uploadMedia(editor, { file: file(pngBytes(), "y.png"), alts: { ar: `ميناء ${tag}` } });
    const found = await listMedia(translatorAr, { query: tag.toUpperCase(), take: 10 });
    expect(found.items.map((i) => i.id).sort()).toEqual([byName.id, byCredit.id, byAlt.id].sort());

    const first = await listMedia(editor, { query: tag, take: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toBe(first.items[1]!.id);
    const second = await listMedia(editor, { query: tag, take: 2, cursor: first.nextCursor! });
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(3);

    await expect(listMedia(null, {})).rejects.toBeInstanceOf(ForbiddenError);
  });
});
