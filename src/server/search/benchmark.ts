// Times searchArticles on the database of DATABASE_URL (or the embedded one of
// DATA_DIR), after seeding the demo debate there (idempotent):
//   npx tsx --conditions=react-server src/server/search/benchmark.ts [runs]
import { releaseEmbeddedDatabase, resolveDatabaseUrl } from "../database/connection";
import { applyMigrations } from "../database/schema-engine";
import { db } from "../db";
import { seedDemo } from "../seed/demo";
import { searchArticles } from "./queries";

const runs = Number(process.argv[2] ?? 50);
const cases = [
  { locale: "en", query: "human rights organizations" },
  { locale: "es", query: "derecho" },
  { locale: "ar", query: "تدويل" },
  { locale: "fr", query: "organisation -nord" },
] as const;

const url = await resolveDatabaseUrl({ migrate: applyMigrations });
if (process.env.DATABASE_URL) await applyMigrations(url);
await seedDemo(db, {});
await searchArticles(cases[0]); // warm-up: connection, plans

for (const input of cases) {
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    total = (await searchArticles(input)).total;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
  console.log(`${input.locale} "${input.query}": ${total} hits · median ${at(0.5)} ms · p95 ${at(0.95)} ms · max ${at(1)} ms (${runs} runs)`);
}
await db.$disconnect();
await releaseEmbeddedDatabase();
