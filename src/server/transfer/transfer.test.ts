import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { createPrismaClient } from "../database/client";
import { startEmbeddedServer } from "../database/embedded-server";
import { applyMigrations } from "../database/schema-engine";
import { seedDemo } from "../seed/demo";
import { exportContent } from "./export";
import { importContent, parseContentExport } from "./import";

// Export the seeded demo (plus media, a photo, a hero image, a translation
// following a revision, a restore, a deleted author), import it into a second
// fresh database, export again: the two exports are equal. Each side is a
// database of its own (a new one on the Postgres server, or a new in-memory
// PGlite), never the shared test database.

const onPostgres = inject("databasePoolSize") > 1;
const cleanups: (() => Promise<void>)[] = [];

async function freshDatabase(): Promise<PrismaClient> {
  let url: string;
  if (onPostgres) {
    const name = `cms_test_transfer_${process.pid}_${Date.now()}_${cleanups.length}`;
    const admin = new pg.Client({ connectionString: inject("databaseUrl") });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    url = Object.assign(new URL(inject("databaseUrl")), { pathname: `/${name}` }).toString();
    cleanups.push(async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    });
  } else {
    const server = await startEmbeddedServer({ dataDir: undefined });
    url = server.url;
    cleanups.push(() => server.close());
  }
  await applyMigrations(url);
  const db = createPrismaClient(url);
  cleanups.unshift(() => db.$disconnect());
  return db;
}

afterAll(async () => {
  for (const cleanup of cleanups) await cleanup().catch(() => undefined);
});

async function seedEverything(db: PrismaClient) {
  await seedDemo(db, { accounts: true, password: "transfer-test-password" });
  const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@example.com" } });
  const translator = await db.user.findUniqueOrThrow({ where: { email: "translator@example.com" } });
  const image = await db.media.create({
    data: { storageKey: "transfertest01.png", originalName: "صورة.png", mimeType: "image/png", size: 1234, width: 40, height: 30, credit: "Photo: someone", uploadedById: editor.id },
  });
  await db.mediaAlt.createMany({ data: [{ mediaId: image.id, locale: "en", alt: "A red square" }, { mediaId: image.id, locale: "ar", alt: "مربع أحمر" }] });
  const author = await db.author.findFirstOrThrow({ orderBy: { id: "asc" } });
  await db.author.update({ where: { id: author.id }, data: { photoId: image.id } });
  await db.authorBio.update({ where: { authorId_locale: { authorId: author.id, locale: "en" } }, data: { bio: "Bio, updated." } }).catch(() =>
    db.authorBio.create({ data: { authorId: author.id, locale: "en", bio: "Bio, updated." } }),
  );
  await db.authorBio.create({ data: { authorId: author.id, locale: "he", bio: "ביוגרפיה", sourceVersion: 1, sourceSnapshot: { bio: "Bio, updated." } } });
  await db.author.create({ data: { name: "Gone Author", slug: "gone-author", deletedAt: new Date("2026-01-02T03:04:05Z") } });
  const debate = await db.debate.findFirstOrThrow({ include: { translations: true } });
  await db.debate.update({ where: { id: debate.id }, data: { heroImageId: image.id } });

  // A work whose Arabic version follows a revision of the English one, and was restored once.
  const work = await db.article.findFirstOrThrow({ where: { variants: { some: { locale: "en" } } }, include: { variants: true }, orderBy: { id: "asc" } });
  const en = work.variants.find((v) => v.locale === "en")!;
  const source = await db.revision.findFirstOrThrow({ where: { variantId: en.id } });
  const ar =
    work.variants.find((v) => v.locale === "ar") ??
    (await db.articleVariant.create({ data: { articleId: work.id, locale: "ar", title: "عنوان", slug: `transfer-ar-${work.id}`, body: en.body ?? {}, status: "DRAFT" } }));
  const first = await db.revision.create({ data: { variantId: ar.id, version: 10, title: ar.title, slug: ar.slug, summary: "", body: ar.body ?? {}, createdById: translator.id, event: "save" } });
  await db.revision.create({ data: { variantId: ar.id, version: 11, title: ar.title, slug: ar.slug, summary: "", body: ar.body ?? {}, createdById: translator.id, event: "restore", restoredFromId: first.id, minorEdit: true } });
  await db.articleVariant.update({ where: { id: ar.id }, data: { sourceRevisionId: source.id, sourceVersion: en.version, translators: ["Tamar Translator"], version: 11 } });
  await db.article.update({ where: { id: work.id }, data: { heroImageId: image.id, heroCredit: "Credit line" } });
}

describe("content export and import", () => {
  let source: PrismaClient;
  let target: PrismaClient;
  beforeAll(async () => {
    source = await freshDatabase();
    target = await freshDatabase();
    await seedEverything(source);
  }, 180_000);

  it("round-trips the seed losslessly into an empty instance (ids kept, staff by email)", { timeout: 180_000 }, async () => {
    const now = new Date("2026-11-28T12:00:00Z");
    const exported = await exportContent(source, { now });
    expect(exported.works).toHaveLength(32);
    expect(exported.works.flatMap((w) => w.variants).length).toBeGreaterThanOrEqual(78);
    expect(exported.staff.map((s) => s.email).sort()).toEqual(["editor@example.com", "translator@example.com"]);
    expect(JSON.stringify(exported)).not.toMatch(/passwordHash|argon2/);

    // Through text, as the command line does.
    const parsed = parseContentExport(JSON.stringify(exported, null, 2));
    const report = await importContent(target, parsed, { mediaFileExists: async () => false });
    expect(report).toMatchObject({ works: 32, debates: 1, media: 3, createdStaff: ["editor@example.com", "translator@example.com"], missingMediaFiles: expect.arrayContaining(["transfertest01.png", "db3f1a90026c34e718fd4730951e184b.webp", "bc7287c18946626d7c51a5499a0b3bad.webp"]) });

    const again = await exportContent(target, { now });
    expect(again).toEqual(exported);

    // Staff named by the content exist, disabled, until an admin sets a password.
    const created = await target.user.findUniqueOrThrow({ where: { email: "translator@example.com" } });
    expect(created.disabledAt).not.toBeNull();
    // The search index is rebuilt by the trigger: full-text search finds imported articles.
    const hits = await target.$queryRaw<{ n: number }[]>`select count(*)::int as n from "ArticleVariant" where "searchVector" @@ plainto_tsquery('english', 'human rights')`;
    expect(hits[0]!.n).toBeGreaterThan(0);
  });

  it("refuses an instance that already has content, changing nothing", { timeout: 60_000 }, async () => {
    const exported = await exportContent(source);
    const before = await target.articleVariant.count();
    await expect(importContent(target, exported)).rejects.toThrow(/already has content/);
    expect(await target.articleVariant.count()).toBe(before);
  });

  it("is all or nothing: a failure in the middle leaves the instance as it was", { timeout: 120_000 }, async () => {
    const empty = await freshDatabase();
    const exported = await exportContent(source);
    // Two alt texts for one locale: parseContentExport refuses that; given straight to
    // importContent, the database refuses it midway, after staff and media rows were written.
    const broken = structuredClone(exported);
    broken.media[0]!.alts.push({ ...broken.media[0]!.alts[0]! });
    expect(() => parseContentExport(JSON.stringify(broken))).toThrow(/alt locale (ar|en) appears twice/);
    await expect(importContent(empty, broken)).rejects.toThrow();
    expect(await empty.user.count()).toBe(0);
    expect(await empty.media.count()).toBe(0);
    expect(await empty.author.count()).toBe(0);
  });

  it("refuses bad files with a clear message", async () => {
    expect(() => parseContentExport("{ not json")).toThrow(/not valid JSON/);
    expect(() => parseContentExport(JSON.stringify({ hello: "world" }))).toThrow(/not a content export/);
    expect(() => parseContentExport(JSON.stringify({ format: "polyglot-press-content", version: 2 }))).toThrow(/version 2; this app reads version 1/);
    const valid = await exportContent(source);

    const hostile = structuredClone(valid) as unknown as { works: { variants: { body: unknown }[] }[] };
    hostile.works[0]!.variants[0]!.body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] };
    expect(() => parseContentExport(JSON.stringify(hostile))).toThrow(/works\.0\.variants\.0\.body/);

    const dangling = structuredClone(valid);
    dangling.works[0]!.authorIds.push("no-such-author");
    expect(() => parseContentExport(JSON.stringify(dangling))).toThrow(/authorId no-such-author is not in the file/);

    const unknownLocale = structuredClone(valid) as unknown as { debates: { translations: { locale: string }[] }[] };
    unknownLocale.debates[0]!.translations[0]!.locale = "xx";
    expect(() => parseContentExport(JSON.stringify(unknownLocale))).toThrow(/debates\.0\.translations\.0\.locale/);
  });
});
