// `npm run content:export -- <file.json>`: all content as one JSON document
// (docs/content-export.md). Works while the app runs (it reads through the
// same database URL, in one consistent snapshot). "-" writes to stdout.
import { writeFile } from "node:fs/promises";
import { releaseEmbeddedDatabase, resolveDatabaseUrl } from "../src/server/database/connection";
import { pendingMigrations } from "../src/server/database/migrations-folder";
import { applyMigrations } from "../src/server/database/schema-engine";
import { db } from "../src/server/db";
import { exportContent } from "../src/server/transfer/export";

const file = process.argv.slice(2).find((a) => a === "-" || !a.startsWith("-"));
if (!file) {
  console.error("Usage: npm run content:export -- <file.json>   (- for stdout)");
  process.exit(2);
}

let code = 0;
try {
  const url = await resolveDatabaseUrl({ migrate: applyMigrations });
  const pending = await pendingMigrations(url);
  if (pending.length > 0) throw new Error(`the database needs migrating first (${pending.join(", ")}): npm run db:migrate`);
  const content = await exportContent(db);
  const text = `${JSON.stringify(content, null, 2)}\n`;
  if (file === "-") process.stdout.write(text);
  else {
    await writeFile(file, text);
    const variants = content.works.reduce((n, w) => n + w.variants.length, 0);
    const revisions = content.works.reduce((n, w) => n + w.variants.reduce((m, v) => m + v.revisions.length, 0), 0);
    console.log(
      `Exported ${content.debates.length} debates, ${content.works.length} works, ${variants} language versions, ${revisions} revisions, ` +
        `${content.authors.length} authors, ${content.media.length} media (metadata; the files stay in the media folder) to ${file}.`,
    );
  }
} catch (error) {
  console.error(`Export failed: ${(error as Error).message}`);
  code = 1;
} finally {
  await db.$disconnect();
  await releaseEmbeddedDatabase();
}
process.exit(code);
