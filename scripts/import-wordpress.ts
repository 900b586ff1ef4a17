// `npm run import:wordpress -- export.xml [--uploads DIR] [--dry-run] [--default-locale en]
//   [--locale xx] [--taxonomy category|tag] [--language wp=locale …] [--json]`
// Imports a WordPress export (WXR) with its translation groups (Polylang, WPML),
// bylines, categories or tags as debates, media and old URLs; see README
// "Moving from WordPress". Running it again with the same file changes nothing.
import { parseArgs } from "node:util";
import { isLocale, type Locale } from "../src/i18n/locales";
import { releaseEmbeddedDatabase, resolveDatabaseUrl } from "../src/server/database/connection";
import { pendingMigrations } from "../src/server/database/migrations-folder";
import { applyMigrations } from "../src/server/database/schema-engine";
import { db } from "../src/server/db";
import { importWordpress, WxrFormatError } from "../src/server/import/import-wordpress";

const USAGE = "Usage: npm run import:wordpress -- export.xml [--uploads DIR] [--dry-run] [--default-locale en] [--locale xx] [--taxonomy category|tag] [--language wp=locale]… [--json]";

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      uploads: { type: "string" },
      "dry-run": { type: "boolean" },
      "default-locale": { type: "string" },
      locale: { type: "string" },
      taxonomy: { type: "string" },
      language: { type: "string", multiple: true },
      json: { type: "boolean" },
    },
  });
}
try {
  args = parse();
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = args;
const file = positionals[0];
const localeOption = (name: string, value: string | undefined): Locale | undefined => {
  if (value === undefined) return undefined;
  if (!isLocale(value)) {
    console.error(`--${name} ${value}: not one of this site's locales.`);
    process.exit(2);
  }
  return value;
};
const taxonomy = values.taxonomy ?? "category";
if (!file || (taxonomy !== "category" && taxonomy !== "tag")) {
  console.error(USAGE);
  process.exit(2);
}
const languages = Object.fromEntries((values.language ?? []).map((pair) => pair.split("=", 2) as [string, string]));

/** One line, rewritten in place on a terminal. */
function progress(phase: string, done: number, total: number) {
  if (!process.stderr.isTTY) return;
  const share = total > 0 ? Math.min(1, done / total) : 0;
  const width = 30;
  const bar = "█".repeat(Math.round(share * width)).padEnd(width, "░");
  process.stderr.write(`\r${phase === "scan" ? "Reading  " : "Importing"} ${bar} ${(share * 100).toFixed(0).padStart(3)}%`);
}

let code = 0;
try {
  const url = await resolveDatabaseUrl({ migrate: applyMigrations });
  const pending = await pendingMigrations(url);
  if (pending.length > 0 && values["dry-run"]) {
    // A dry run changes nothing, the schema included.
    throw new Error(`the database needs ${pending.length} migration(s) first (npm run db:migrate); a dry run does not apply them.`);
  }
  if (pending.length > 0) console.log(`Applied migrations: ${(await applyMigrations(url)).join(", ")}`);
  const started = Date.now();
  const report = await importWordpress({
    file,
    uploads: values.uploads,
    dryRun: values["dry-run"],
    defaultLocale: localeOption("default-locale", values["default-locale"]),
    locale: localeOption("locale", values.locale),
    taxonomy,
    languages,
    progress,
  });
  if (process.stderr.isTTY) process.stderr.write("\n");
  console.log(values.json ? JSON.stringify(report.toJSON(), null, 2) : report.format());
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s; peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB.`);
} catch (error) {
  if (process.stderr.isTTY) process.stderr.write("\n");
  console.error(error instanceof WxrFormatError ? `Import refused, nothing was written: ${error.message}` : `Import failed: ${(error as Error).message}`);
  code = 1;
} finally {
  await db.$disconnect();
  await releaseEmbeddedDatabase();
}
process.exit(code);
