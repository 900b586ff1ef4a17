import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { pngBytes } from "../../../test/support/test-images";
import { createPrismaClient } from "../database/client";
import { startEmbeddedServer } from "../database/embedded-server";
import { applyMigrations } from "../database/schema-engine";
import { seedDemo } from "../seed/demo";
import { createBackup, restoreBackup } from "./backup";

// A backup restored into a fresh database holds every article, language
// version, revision and user it was taken with — for the embedded database
// always, and for Postgres when the suite runs on a Postgres server.

const temp: string[] = [];
afterAll(async () => {
  for (const dir of temp) await rm(dir, { recursive: true, force: true });
});
async function tempDir() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "pp-backup-test-"));
  temp.push(dir);
  return dir;
}

/** Everything the test compares: ids and the content that matters, in a stable order. */
async function snapshot(db: PrismaClient) {
  return {
    users: await db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, email: true, role: true, passwordHash: true, locales: true } }),
    articles: await db.article.findMany({ orderBy: { id: "asc" }, select: { id: true, debateId: true, authors: { orderBy: { position: "asc" }, select: { authorId: true } } } }),
    variants: await db.articleVariant.findMany({ orderBy: { id: "asc" }, select: { id: true, articleId: true, locale: true, slug: true, title: true, status: true, body: true, version: true } }),
    revisions: await db.revision.findMany({ orderBy: { id: "asc" }, select: { id: true, variantId: true, version: true, body: true } }),
    media: await db.media.findMany({ orderBy: { id: "asc" } }),
  };
}

async function seedWithExtras(db: PrismaClient) {
  await seedDemo(db, { accounts: true, password: "backup-test-password" });
  // A later save: a second revision of one version, and an uploaded image.
  const variant = await db.articleVariant.findFirstOrThrow({ where: { locale: "ar" }, orderBy: { id: "asc" } });
  await db.articleVariant.update({ where: { id: variant.id }, data: { title: `${variant.title} (2)`, version: 2 } });
  await db.revision.create({ data: { variantId: variant.id, version: 2, title: `${variant.title} (2)`, slug: variant.slug, summary: variant.summary, body: variant.body ?? {}, event: "save" } });
  await db.media.create({ data: { storageKey: "backuptest0001.png", originalName: "photo.png", mimeType: "image/png", size: 100, width: 4, height: 3 } });
}

describe("backup and restore", () => {
  const databaseUrl = inject("databaseUrl");
  // The suite runs on one kind of database at a time (CI runs it on both): each test here takes ~30 s.
  const onPostgres = inject("databasePoolSize") > 1;

  it.skipIf(onPostgres)("the embedded database: restored into a fresh data folder, everything is there, media files included", { timeout: 240_000 }, async () => {
    const source = await tempDir();
    const server = await startEmbeddedServer({ dataDir: path.join(source, "pgdata") });
    await applyMigrations(server.url);
    const db = createPrismaClient(server.url);
    await seedWithExtras(db);
    const before = await snapshot(db);
    await db.$disconnect();
    await server.close();
    await mkdir(path.join(source, "media"));
    await writeFile(path.join(source, "media", "backuptest0001.png"), pngBytes(4, 3));

    const file = path.join(await tempDir(), "backup.tar");
    const manifest = await createBackup(file, { databaseUrl: undefined, dataDir: source, mediaDir: path.join(source, "media") });
    expect(manifest).toMatchObject({ database: "embedded", mediaFiles: 1, counts: { articles: 32, variants: 81, revisions: 82, users: 3, media: 3 } });

    const target = await tempDir();
    const restored = await restoreBackup(file, { databaseUrl: undefined, dataDir: target, mediaDir: path.join(target, "media") });
    expect(restored.counts).toEqual(manifest.counts);
    expect(await readFile(path.join(target, "media", "backuptest0001.png"))).toEqual(pngBytes(4, 3));

    const again = await startEmbeddedServer({ dataDir: path.join(target, "pgdata") });
    const copy = createPrismaClient(again.url);
    try {
      expect(await snapshot(copy)).toEqual(before);
    } finally {
      await copy.$disconnect();
      await again.close();
    }
  });

  it("refuses what is not a backup, and a backup of the other kind of database, changing nothing", async () => {
    const dir = await tempDir();
    const bogus = path.join(dir, "notes.tar");
    await writeFile(bogus, "not a tar file");
    await expect(restoreBackup(bogus, { databaseUrl: undefined, dataDir: dir, mediaDir: path.join(dir, "media") })).rejects.toThrow(/not a backup/);
    await expect(restoreBackup(path.join(dir, "missing.tar"), { databaseUrl: undefined, dataDir: dir, mediaDir: dir })).rejects.toThrow(/No backup at/);
  });

  it.skipIf(!onPostgres)("Postgres (pg_dump / pg_restore): restored into a fresh database, everything is there", { timeout: 120_000 }, async () => {
    const server = new URL(databaseUrl);
    const names = [`cms_test_backup_src_${process.pid}_${Date.now()}`, `cms_test_backup_dst_${process.pid}_${Date.now()}`];
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    for (const name of names) await admin.query(`CREATE DATABASE "${name}"`);
    const urlOf = (name: string) => Object.assign(new URL(server), { pathname: `/${name}` }).toString();
    try {
      await applyMigrations(urlOf(names[0]!));
      const db = createPrismaClient(urlOf(names[0]!));
      await seedWithExtras(db);
      const before = await snapshot(db);
      await db.$disconnect();

      const dir = await tempDir();
      const file = path.join(dir, "backup.tar");
      const manifest = await createBackup(file, { databaseUrl: urlOf(names[0]!), dataDir: dir, mediaDir: path.join(dir, "no-media") });
      expect(manifest).toMatchObject({ database: "postgres", mediaEntry: null, counts: { articles: 32, variants: 81, revisions: 82, users: 3 } });
      // A backup of Postgres does not go into the embedded database by mistake.
      await expect(restoreBackup(file, { databaseUrl: undefined, dataDir: dir, mediaDir: dir })).rejects.toThrow(/content:export/);

      const restored = await restoreBackup(file, { databaseUrl: urlOf(names[1]!), dataDir: dir, mediaDir: path.join(dir, "media") });
      expect(restored.counts).toEqual(manifest.counts);
      const copy = createPrismaClient(urlOf(names[1]!));
      try {
        expect(await snapshot(copy)).toEqual(before);
        // The search trigger and its index came back too: full-text search finds the seed.
        const hits = await copy.$queryRaw<{ n: number }[]>`select count(*)::int as n from "ArticleVariant" where "searchVector" @@ plainto_tsquery('english', 'human rights')`;
        expect(hits[0]!.n).toBeGreaterThan(0);
      } finally {
        await copy.$disconnect();
      }
    } finally {
      for (const name of names) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  });
});
