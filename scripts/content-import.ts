// `npm run content:import -- <file.json>`: imports a content export into an
// instance without content (docs/content-export.md), in one transaction. A
// file that is not valid, or an instance that already has content, is refused
// with nothing changed.
import { readFile } from "node:fs/promises";
import { releaseEmbeddedDatabase, resolveDatabaseUrl } from "../src/server/database/connection";
import { pendingMigrations } from "../src/server/database/migrations-folder";
import { applyMigrations } from "../src/server/database/schema-engine";
import { db } from "../src/server/db";
import { mediaFileExists } from "../src/server/media/storage";
import { ImportError, importContent, parseContentExport } from "../src/server/transfer/import";

const file = process.argv.slice(2).find((a) => !a.startsWith("-"));
if (!file) {
  console.error("Usage: npm run content:import -- <file.json>");
  process.exit(2);
}

let code = 0;
try {
  const content = parseContentExport(await readFile(file, "utf8"));
  // An empty instance may be a database just created: migrate it first, as npm start would.
  const url = await resolveDatabaseUrl({ migrate: applyMigrations });
  if ((await pendingMigrations(url)).length > 0) console.log(`Applied migrations: ${(await applyMigrations(url)).join(", ")}`);
  const started = Date.now();
  const report = await importContent(db, content, { mediaFileExists });
  console.log(
    `Imported ${report.debates} debates, ${report.works} works, ${report.variants} language versions, ${report.revisions} revisions, ` +
      `${report.authors} authors, ${report.media} media in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  if (report.createdStaff.length) {
    console.log(`Staff accounts named by the content were created disabled, without a password: ${report.createdStaff.join(", ")}.`);
  }
  if (report.missingMediaFiles.length) {
    console.log(`${report.missingMediaFiles.length} media file(s) are not in the media folder yet; copy them from the old one: ${report.missingMediaFiles.slice(0, 10).join(", ")}${report.missingMediaFiles.length > 10 ? ", …" : ""}`);
  }
  console.log("A running app shows the imported content within a minute (public pages refresh every 60 s).");
} catch (error) {
  console.error(error instanceof ImportError ? `Import refused, nothing was changed: ${error.message}` : `Import failed, nothing was changed: ${(error as Error).message}`);
  code = 1;
} finally {
  await db.$disconnect();
  await releaseEmbeddedDatabase();
}
process.exit(code);
