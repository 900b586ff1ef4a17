// `npm run db:backup -- [file]`: the database (pg_dump with DATABASE_URL, the
// embedded PGlite folder otherwise) and the media folder, in one tar file.
// Default file: backups/backup-<date>-<time>.tar. See src/server/backup/backup.ts.
import path from "node:path";
import { createBackup } from "../src/server/backup/backup";
import { embeddedDataDir } from "../src/server/database/connection";
import { mediaDir } from "../src/server/media/storage";

const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-");
const file = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? path.join("backups", `backup-${stamp}.tar`);

try {
  const started = Date.now();
  const manifest = await createBackup(file, { databaseUrl: process.env.DATABASE_URL, dataDir: embeddedDataDir(), mediaDir: mediaDir() });
  const c = manifest.counts;
  console.log(
    `Backed up the ${manifest.database === "postgres" ? "Postgres" : "embedded"} database (${c.users} users, ${c.debates} debates, ` +
      `${c.articles} articles, ${c.variants} language versions, ${c.revisions} revisions, ${c.authors} authors, ${c.media} media) ` +
      `and ${manifest.mediaFiles} media files to ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exit(1);
}
