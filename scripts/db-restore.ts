// `npm run db:restore -- <file> [--yes]`: puts a backup of db:backup back.
// Postgres (DATABASE_URL): pg_restore --clean in one transaction — the
// database's current content is replaced, so a database that has any asks for
// --yes. Embedded: the current folder is kept beside the restored one
// (DATA_DIR/pgdata.before-restore-<time>). Media files are copied into the
// media folder. The app must not be running on the embedded database.
import { BackupError, restoreBackup, targetCounts } from "../src/server/backup/backup";
import { embeddedDataDir } from "../src/server/database/connection";
import { mediaDir } from "../src/server/media/storage";

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--"));
if (!file) {
  console.error("Usage: npm run db:restore -- <backup file> [--yes]");
  process.exit(2);
}
const target = { databaseUrl: process.env.DATABASE_URL, dataDir: embeddedDataDir(), mediaDir: mediaDir() };

try {
  const existing = await targetCounts(target);
  if (existing && Object.values(existing).some((n) => n > 0) && !args.includes("--yes")) {
    console.error(
      `The database of DATABASE_URL is not empty (${existing.users} users, ${existing.articles} articles, ${existing.variants} language versions).\n` +
        "Restoring replaces all of it. Run again with --yes to do so.",
    );
    process.exit(1);
  }
  const started = Date.now();
  const { manifest, counts, previous } = await restoreBackup(file, target);
  console.log(
    `Restored ${file} (taken ${manifest.createdAt}): ${counts.users} users, ${counts.debates} debates, ${counts.articles} articles, ` +
      `${counts.variants} language versions, ${counts.revisions} revisions, ${counts.authors} authors, ${counts.media} media; ` +
      `${manifest.mediaFiles} media files, in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  if (previous) console.log(`The database it replaced is kept in ${previous} (delete it when you no longer need it).`);
} catch (error) {
  console.error(`${error instanceof BackupError ? "" : "Restore failed: "}${(error as Error).message}`);
  process.exit(1);
}
